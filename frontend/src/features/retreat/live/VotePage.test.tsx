import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Client, fetchExchange, subscriptionExchange, type ExecutionResult } from '@urql/core';
import { graphqlResponse, renderRoute } from '../../../test/render';
import type { Call } from '../../jury/components/juryTestServer';
import { VotePage } from './VotePage';

const PATH = '/c/$cooperationId/retreats/$retreatId/vote';
const URL = '/c/co1/retreats/r1/vote';
const EXTRA = ['/c/$cooperationId/retreats', '/c/$cooperationId/retreats/$retreatId', '/c/$cooperationId/retreats/$retreatId/presenter'];

function entry(proposalId: string, title: string, points: number, myPoints: number, rank: number) {
  return { __typename: 'TallyEntry', proposalId, title, kind: 'TOPIC', points, voters: points > 0 ? 1 : 0, rank, myPoints };
}

// every tally the fake server sends is newer than the one before
let revision = 0;

function tally(myPointsLeft: number, entries: ReturnType<typeof entry>[], votingOpen = true) {
  revision += 1;
  return {
    __typename: 'Tally',
    retreatId: 'r1',
    revision,
    status: 'IN_SESSION',
    votingOpen,
    pointsBudget: 3,
    myPointsLeft,
    totalPoints: entries.reduce((s, e) => s + e.points, 0),
    voterCount: 2,
    participantCount: 3,
    entries,
  };
}

function retreat(t: ReturnType<typeof tally>, amParticipant = true) {
  return {
    data: {
      retreat: {
        __typename: 'Retreat',
        id: 'r1',
        cooperationId: 'co1',
        title: 'Klausur 2027',
        planYear: 2027,
        place: 'Rathaus Lichtenberg',
        status: t.status,
        votingOpen: t.votingOpen,
        pointsBudget: 3,
        amParticipant,
        canVote: amParticipant && t.votingOpen,
        canChair: false,
        proposals: [
          { __typename: 'Proposal', id: 'a', kind: 'TOPIC', title: 'Gewerbeflächen', description: 'Flächen sichern.' },
          { __typename: 'Proposal', id: 'b', kind: 'TOPIC', title: 'Fachkräfte', description: 'Ausbildung stärken.' },
        ],
        tally: t,
      },
    },
  };
}

/**
 * A fake server for queries and mutations (`answer`) and for the websocket: `push` sends a
 * message to every open subscription.
 */
function fakeServer(answer: (call: Call) => unknown) {
  const calls: Call[] = [];
  const sinks = new Set<{ next: (value: ExecutionResult) => void }>();
  const client = new Client({
    url: '/query',
    preferGetMethod: false,
    fetch: (_input, init) => {
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Call;
      calls.push(body);
      return Promise.resolve(graphqlResponse(answer(body)));
    },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: () => ({
          subscribe(sink) {
            sinks.add(sink);
            return { unsubscribe: () => sinks.delete(sink) };
          },
        }),
      }),
    ],
  });
  return {
    client,
    calls,
    count: (name: string) => calls.filter((c) => c.operationName === name).length,
    push: (data: unknown) => act(() => sinks.forEach((s) => s.next({ data } as ExecutionResult))),
    subscribers: () => sinks.size,
  };
}

// rendering with the router and clicking take seconds on a busy machine
describe('VotePage', { timeout: 30_000 }, () => {
  it('places a point, disables "+" when the budget is used up and shows a refusal with the server’s words', async () => {
    const server = fakeServer((call) => {
      if (call.operationName === 'LiveRetreat') return retreat(tally(1, [entry('a', 'Gewerbeflächen', 5, 2, 1), entry('b', 'Fachkräfte', 1, 0, 2)]));
      const input = call.variables.input as { proposalId: string; points: number };
      if (input.proposalId === 'b') {
        return { data: { castVote: { __typename: 'CastVotePayload', tally: tally(0, [entry('a', 'Gewerbeflächen', 5, 2, 1), entry('b', 'Fachkräfte', 2, 1, 2)]) } } };
      }
      return { data: null, errors: [{ message: 'Die Abstimmung ist geschlossen.', extensions: { code: 'INVALID' } }] };
    });
    await renderRoute(VotePage, { path: PATH, url: URL, client: server.client, extraPaths: EXTRA });

    expect(await screen.findByRole('heading', { level: 1, name: 'Klausur 2027' })).toBeInTheDocument();
    expect(screen.getByTestId('points-left')).toHaveTextContent('Noch 1 von 3 Punkten frei');
    expect(screen.getByTestId('voting-state')).toHaveTextContent('Abstimmung offen');
    const cardB = screen.getByRole('listitem', { name: 'Fachkräfte' });
    expect(within(cardB).getByTestId('proposal-total')).toHaveTextContent('1 Punkt insgesamt');

    const user = userEvent.setup();
    await user.click(within(cardB).getByRole('button', { name: 'Einen Punkt mehr für „Fachkräfte“' }));
    await waitFor(() => expect(screen.getByTestId('points-left')).toHaveTextContent('Noch 0 von 3 Punkten frei'));
    expect(server.calls.find((c) => c.operationName === 'LiveCastVote')?.variables).toEqual({ input: { proposalId: 'b', points: 1 } });
    await waitFor(() => expect(within(cardB).getByTestId('proposal-total')).toHaveTextContent('2 Punkte insgesamt'));
    expect(within(cardB).getByTestId('my-points')).toHaveTextContent('1');

    // no points left: every "+" says it cannot be used, and using it sends nothing
    const cardA = screen.getByRole('listitem', { name: 'Gewerbeflächen' });
    const moreA = within(cardA).getByRole('button', { name: 'Einen Punkt mehr für „Gewerbeflächen“' });
    expect(moreA).toHaveAttribute('aria-disabled', 'true');
    await user.click(moreA);
    expect(server.count('LiveCastVote')).toBe(1);

    // a refused vote: the server's message at the card, the points back to the server's
    await user.click(within(cardA).getByRole('button', { name: 'Einen Punkt weniger für „Gewerbeflächen“' }));
    expect(await within(cardA).findByRole('alert')).toHaveTextContent('Die Abstimmung ist geschlossen.');
    expect(within(cardA).getByTestId('my-points')).toHaveTextContent('2');
    expect(screen.getByTestId('points-left')).toHaveTextContent('Noch 0 von 3 Punkten frei');
  });

  it('follows the live tally: others’ points appear and the chair’s switch closes voting', async () => {
    const server = fakeServer(() => retreat(tally(3, [entry('a', 'Gewerbeflächen', 0, 0, 1), entry('b', 'Fachkräfte', 0, 0, 1)])));
    await renderRoute(VotePage, { path: PATH, url: URL, client: server.client, extraPaths: EXTRA });
    const cardA = await screen.findByRole('listitem', { name: 'Gewerbeflächen' });
    expect(screen.getByTestId('connection')).toHaveTextContent('Verbindung wird aufgebaut …');
    await waitFor(() => expect(server.subscribers()).toBe(1));

    server.push({ tallyChanged: tally(3, [entry('a', 'Gewerbeflächen', 4, 0, 1), entry('b', 'Fachkräfte', 0, 0, 2)]) });
    expect(within(cardA).getByTestId('proposal-total')).toHaveTextContent('4 Punkte insgesamt');
    expect(screen.getByTestId('connection')).toHaveTextContent('Live');

    server.push({ tallyChanged: tally(3, [entry('a', 'Gewerbeflächen', 4, 0, 1), entry('b', 'Fachkräfte', 0, 0, 2)], false) });
    expect(screen.getByTestId('voting-state')).toHaveTextContent('Abstimmung geschlossen — warten Sie auf die Moderation');
    expect(within(cardA).getByRole('button', { name: 'Einen Punkt mehr für „Gewerbeflächen“' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('explains why nothing can be placed when voting is closed', async () => {
    const server = fakeServer(() => retreat(tally(3, [entry('a', 'Gewerbeflächen', 0, 0, 1)], false)));
    await renderRoute(VotePage, { path: PATH, url: URL, client: server.client, extraPaths: EXTRA });
    expect(await screen.findByTestId('voting-state')).toHaveTextContent('Abstimmung geschlossen — warten Sie auf die Moderation');
    expect(screen.getByTestId('vote-block')).toHaveTextContent('Die Moderation hat die Abstimmung geschlossen.');
    for (const button of screen.getAllByRole('button', { name: /Einen Punkt/ })) expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it('tells a reader who does not take part that they only watch', async () => {
    const server = fakeServer(() => retreat(tally(0, [entry('a', 'Gewerbeflächen', 4, 0, 1)]), false));
    await renderRoute(VotePage, { path: PATH, url: URL, client: server.client, extraPaths: EXTRA });
    expect(await screen.findByTestId('vote-block')).toHaveTextContent('Sie nehmen an dieser Klausur nicht teil');
    expect(screen.queryByTestId('points-left')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Einen Punkt mehr für „Gewerbeflächen“' })).toHaveAttribute('aria-disabled', 'true');
  });
});

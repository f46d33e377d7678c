import { describe, expect, it } from 'vitest';
import {
  barPercent,
  changedEntries,
  currentTally,
  initialLiveState,
  liveReducer,
  pointsLeft,
  shownPoints,
  voteBlock,
  voteCards,
  voteQueueReducer,
  votesToSend,
  votingState,
  type LiveTally,
  type LiveTallyEntry,
  type VoteQueue,
} from './model';
import { retryDelay } from './useLiveTally';

function entry(proposalId: string, points: number, myPoints = 0, rank = 1): LiveTallyEntry {
  return { proposalId, title: `Vorschlag ${proposalId}`, kind: 'TOPIC', points, voters: points > 0 ? 1 : 0, rank, myPoints };
}

function tally(over: Partial<LiveTally> = {}): LiveTally {
  return {
    retreatId: 'r1',
    revision: 1,
    status: 'IN_SESSION',
    votingOpen: true,
    pointsBudget: 10,
    myPointsLeft: 10,
    totalPoints: 0,
    voterCount: 0,
    participantCount: 3,
    entries: [],
    ...over,
  };
}

describe('liveReducer and currentTally', () => {
  it('shows the query tally until the first message, then the newest snapshot, whichever way it came', () => {
    const fromQuery = tally({ totalPoints: 1 });
    let s = initialLiveState('r1');
    expect(s.connection).toBe('connecting');
    expect(currentTally(s, fromQuery)).toBe(fromQuery);

    const message = tally({ totalPoints: 2, revision: 2 });
    s = liveReducer(s, { type: 'message', tally: message });
    expect(s.connection).toBe('live');
    expect(currentTally(s, fromQuery)).toBe(message);

    const answer = tally({ totalPoints: 3, revision: 3 });
    s = liveReducer(s, { type: 'apply', tally: answer });
    expect(currentTally(s, fromQuery)).toBe(answer);
    expect(s.connection).toBe('live');
  });

  it('keeps the newer snapshot when an older one arrives after it (they come over different connections)', () => {
    const answer = tally({ totalPoints: 5, myPointsLeft: 5, revision: 7 });
    let s = liveReducer(initialLiveState('r1'), { type: 'apply', tally: answer });
    // a live message read before that vote, delivered late
    s = liveReducer(s, { type: 'message', tally: tally({ totalPoints: 4, myPointsLeft: 6, revision: 6 }) });
    expect(currentTally(s, null)).toBe(answer);
    expect(s.connection).toBe('live');
    // the same state read again replaces it; a newer one wins
    const again = tally({ totalPoints: 5, myPointsLeft: 5, revision: 7 });
    s = liveReducer(s, { type: 'message', tally: again });
    expect(currentTally(s, null)).toBe(again);
    const next = tally({ totalPoints: 6, revision: 8 });
    s = liveReducer(s, { type: 'message', tally: next });
    expect(currentTally(s, null)).toBe(next);
  });

  it('says "reconnecting" after a loss until the server sends the full tally again', () => {
    let s = liveReducer(initialLiveState('r1'), { type: 'message', tally: tally() });
    s = liveReducer(s, { type: 'lost' });
    expect(s.connection).toBe('reconnecting');
    // a vote's answer is no proof that the websocket is back
    s = liveReducer(s, { type: 'apply', tally: tally({ totalPoints: 4 }) });
    expect(s.connection).toBe('reconnecting');
    s = liveReducer(s, { type: 'message', tally: tally({ totalPoints: 5 }) });
    expect(s.connection).toBe('live');
    expect(s.tally?.totalPoints).toBe(5);
  });

  it('ignores tallies of another retreat and starts over when the retreat changes', () => {
    let s = liveReducer(initialLiveState('r1'), { type: 'message', tally: tally({ retreatId: 'r2' }) });
    expect(s.tally).toBeNull();
    expect(currentTally(s, tally({ retreatId: 'r2' }))).toBeNull();
    s = liveReducer(s, { type: 'message', tally: tally() });
    s = liveReducer(s, { type: 'reset', retreatId: 'r2' });
    expect(s).toEqual(initialLiveState('r2'));
  });

  it('retries after 1, 2, 4 … seconds, never waiting longer than 30', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 30000]);
  });
});

describe('voting state', () => {
  it('follows the status and the chair’s switch', () => {
    expect(votingState({ status: 'PREPARING', votingOpen: false })).toBe('preparing');
    expect(votingState({ status: 'IN_SESSION', votingOpen: true })).toBe('open');
    expect(votingState({ status: 'IN_SESSION', votingOpen: false })).toBe('closed');
    expect(votingState({ status: 'CLOSED', votingOpen: false })).toBe('finished');
  });

  it('explains why the reader cannot vote, or lets them', () => {
    const open = { status: 'IN_SESSION' as const, votingOpen: true };
    expect(voteBlock(open, true)).toBeNull();
    expect(voteBlock(open, false)).toBe('notParticipant');
    expect(voteBlock({ ...open, votingOpen: false }, true)).toBe('closed');
    expect(voteBlock({ status: 'PREPARING', votingOpen: false }, false)).toBe('preparing');
    expect(voteBlock({ status: 'CLOSED', votingOpen: false }, true)).toBe('finished');
  });
});

describe('voteCards', () => {
  it('keeps the proposals’ order (not the ranking), takes the live points and drops withdrawn ones', () => {
    const proposals = [
      { id: 'a', title: 'Alt', kind: 'TOPIC' as const, description: 'A' },
      { id: 'b', title: 'B', kind: 'EVENT' as const, description: 'B' },
      { id: 'gone', title: 'Zurückgezogen', kind: 'TOPIC' as const, description: '' },
    ];
    const { cards, unknown } = voteCards(proposals, [entry('b', 7, 2, 1), entry('a', 3, 0, 2), entry('new', 0, 0, 3)]);
    expect(cards.map((c) => [c.id, c.points, c.myPoints, c.description])).toEqual([
      ['a', 3, 0, 'A'],
      ['b', 7, 2, 'B'],
      ['new', 0, 0, ''],
    ]);
    // the title comes from the tally, which is newer than the query
    expect(cards[0]?.title).toBe('Vorschlag a');
    expect(unknown).toBe(1);
  });
});

describe('the vote queue', () => {
  const server = new Map([
    ['a', 2],
    ['b', 0],
  ]);
  const serverPoints = (id: string) => server.get(id) ?? 0;

  it('sends one request per proposal at a time and the latest wish after it', () => {
    let q: VoteQueue = {};
    q = voteQueueReducer(q, { type: 'want', id: 'a', points: 3, server: 2 });
    expect(votesToSend(q, serverPoints)).toEqual([{ id: 'a', points: 3 }]);
    q = voteQueueReducer(q, { type: 'sent', id: 'a', points: 3 });
    expect(votesToSend(q, serverPoints)).toEqual([]);
    // two more taps while the first request runs
    q = voteQueueReducer(q, { type: 'want', id: 'a', points: 4, server: 2 });
    q = voteQueueReducer(q, { type: 'want', id: 'a', points: 5, server: 2 });
    expect(votesToSend(q, serverPoints)).toEqual([]);
    expect(shownPoints(q, 'a', 2)).toBe(5);
    // the first request is done: the server has 3, so 5 goes next
    q = voteQueueReducer(q, { type: 'done', id: 'a' });
    server.set('a', 3);
    expect(votesToSend(q, serverPoints)).toEqual([{ id: 'a', points: 5 }]);
    q = voteQueueReducer(q, { type: 'sent', id: 'a', points: 5 });
    q = voteQueueReducer(q, { type: 'done', id: 'a' });
    expect(q).toEqual({});
    server.set('a', 2);
  });

  it('forgets a wish that returns to the server’s value before it was sent', () => {
    let q = voteQueueReducer({}, { type: 'want', id: 'b', points: 1, server: 0 });
    q = voteQueueReducer(q, { type: 'want', id: 'b', points: 0, server: 0 });
    expect(q).toEqual({});
    expect(voteQueueReducer({}, { type: 'want', id: 'b', points: 0, server: 0 })).toEqual({});
    expect(voteQueueReducer({}, { type: 'want', id: 'b', points: -1, server: 0 })).toEqual({});
  });

  it('drops a refused wish: the tally is the truth again', () => {
    let q = voteQueueReducer({}, { type: 'want', id: 'a', points: 9, server: 2 });
    q = voteQueueReducer(q, { type: 'sent', id: 'a', points: 9 });
    q = voteQueueReducer(q, { type: 'failed', id: 'a' });
    expect(q).toEqual({});
    expect(shownPoints(q, 'a', 2)).toBe(2);
  });

  it('counts unconfirmed points against the budget and never shows less than nothing', () => {
    const t = tally({ myPointsLeft: 8, entries: [entry('a', 5, 2), entry('b', 1, 0)] });
    expect(pointsLeft(t, {})).toBe(8);
    expect(pointsLeft(t, { a: { desired: 5, sent: null }, b: { desired: 1, sent: 1 } })).toBe(4);
    expect(pointsLeft(t, { a: { desired: 0, sent: 0 } })).toBe(10);
    expect(pointsLeft(t, { a: { desired: 20, sent: null } })).toBe(0);
  });
});

describe('presenter helpers', () => {
  it('sizes bars against the leader', () => {
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });

  it('finds the proposals whose points moved', () => {
    const before = [entry('a', 3), entry('b', 1)];
    expect(changedEntries(null, before)).toEqual(new Set());
    expect(changedEntries(before, [entry('b', 4), entry('a', 3), entry('c', 0), entry('d', 2)])).toEqual(new Set(['b', 'd']));
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RsvpPageFieldsFragment } from '../../../gql/graphql';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { RsvpPage } from './RsvpPage';

const TOKEN = 'tok-0123456789abcdefghij';

function rsvp(more: Partial<RsvpPageFieldsFragment> = {}): RsvpPageFieldsFragment {
  return {
    __typename: 'Rsvp',
    guestName: 'Dr. Anna Schulz',
    letterSalutation: 'Sehr geehrte Frau Dr. Schulz',
    status: 'INVITED',
    plusOne: false,
    plusOneName: '',
    plusOnesAllowed: true,
    waitlistPosition: 0,
    eventTitle: 'Neujahrsempfang 2027',
    startsAt: '2027-01-20T17:00:00Z',
    endsAt: '2027-01-20T20:00:00Z',
    venue: 'Kulturhaus Karlshorst',
    address: 'Treskowallee 112, 10318 Berlin',
    description: 'Empfang mit Grußworten.',
    eventCancelled: false,
    deadline: '2027-01-13T22:59:00Z',
    open: true,
    closedReason: '',
    optedOut: false,
    cooperationId: 'c1',
    cooperationName: 'Kooperation Bezirksamt Lichtenberg – WKHL',
    ...more,
  };
}

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** A fake server: the query answers `page`, mutations answer what `mutations` returns for their input. */
function server(page: () => unknown, mutations: (call: Call) => unknown = () => ({ errors: [{ message: 'unexpected' }] })) {
  const calls: Call[] = [];
  const client = testClient((input, init) => {
    // urql sends queries as GET (the operation in the URL) and mutations as POST
    let body: Call;
    if (typeof init?.body === 'string') body = JSON.parse(init.body) as Call;
    else {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      body = {
        operationName: url.searchParams.get('operationName') ?? '',
        variables: JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>,
      };
    }
    calls.push(body);
    if (body.operationName === 'RsvpByToken') return Promise.resolve(graphqlResponse(page()));
    return Promise.resolve(graphqlResponse(mutations(body)));
  });
  return { client, calls };
}

async function open(client: ReturnType<typeof testClient>, search = '') {
  return renderRoute(RsvpPage, { path: '/rsvp/$token', url: `/rsvp/${TOKEN}${search}`, client, extraPaths: ['/legal/$cooperationId/$kind'] });
}

describe('RsvpPage', () => {
  it('shows the invitation and saves an acceptance with a companion', async () => {
    const ue = userEvent.setup();
    let state = rsvp();
    const { client, calls } = server(
      () => ({ data: { rsvp: state } }),
      (call) => {
        state = rsvp({ status: 'ACCEPTED', plusOne: true, plusOneName: 'Anke Böttcher' });
        expect(call.variables).toEqual({ input: { token: TOKEN, answer: 'ACCEPT', plusOne: true, plusOneName: 'Anke Böttcher' } });
        return { data: { answerRsvp: { __typename: 'RsvpPayload', rsvp: state } } };
      },
    );
    await open(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Neujahrsempfang 2027' })).toBeInTheDocument();
    expect(screen.getByText('Sehr geehrte Frau Dr. Schulz,')).toBeInTheDocument();
    expect(screen.getByText('Mi., 20.01.2027, 18:00–21:00 Uhr')).toBeInTheDocument();
    expect(screen.getByText('Kulturhaus Karlshorst')).toBeInTheDocument();
    expect(screen.getByText('Antwort bis Mi., 13.01.2027, 23:59 Uhr')).toBeInTheDocument();
    expect(screen.getByText('Sie haben noch nicht geantwortet.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Rechtliche Hinweise' })).toBeInTheDocument();
    // the companion is asked for only with an acceptance
    expect(screen.queryByRole('checkbox', { name: 'mit Begleitung' })).toBeNull();

    await ue.click(screen.getByRole('radio', { name: 'Ich komme' }));
    await ue.click(screen.getByRole('checkbox', { name: 'mit Begleitung' }));
    await ue.type(screen.getByRole('textbox', { name: /Name der Begleitung/ }), 'Anke Böttcher');
    await ue.click(screen.getByRole('button', { name: 'Antwort senden' }));

    const status = await screen.findByText('Vielen Dank! Ihre Zusage ist gespeichert.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText('Sie haben zugesagt (mit Begleitung: Anke Böttcher).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Antwort ändern' })).toBeInTheDocument();
    expect(calls.some((c) => c.operationName === 'RsvpSubmitAnswer')).toBe(true);
  });

  it('asks for a choice and keeps what was typed when the server refuses the companion', async () => {
    const ue = userEvent.setup();
    const { client } = server(
      () => ({ data: { rsvp: rsvp({ status: 'WAITLISTED', waitlistPosition: 2 }) } }),
      () => ({
        data: null,
        errors: [{ message: 'Für eine Begleitung ist leider kein Platz mehr frei.', extensions: { code: 'INVALID', field: 'plusOne' } }],
      }),
    );
    await open(client);
    expect(await screen.findByText('Sie stehen auf der Warteliste auf Platz 2 – wir melden uns, sobald ein Platz frei wird.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Ich komme' })).toBeChecked();

    await ue.click(screen.getByRole('checkbox', { name: 'mit Begleitung' }));
    await ue.type(screen.getByRole('textbox', { name: /Name der Begleitung/ }), 'Jo Beispiel');
    await ue.click(screen.getByRole('button', { name: 'Antwort ändern' }));
    const box = screen.getByRole('checkbox', { name: 'mit Begleitung' });
    expect(await screen.findByText('Für eine Begleitung ist leider kein Platz mehr frei.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Für eine Begleitung ist leider kein Platz mehr frei.');
    expect(screen.getByRole('textbox', { name: /Name der Begleitung/ })).toHaveValue('Jo Beispiel');
  });

  it('wants an answer before sending', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(() => ({ data: { rsvp: rsvp() } }));
    await open(client);
    await ue.click(await screen.findByRole('button', { name: 'Antwort senden' }));
    const group = screen.getByRole('radiogroup', { name: /Kommen Sie\?/ });
    expect(group).toHaveAccessibleDescription('Bitte wählen Sie, ob Sie kommen.');
    expect(calls.filter((c) => c.operationName === 'RsvpSubmitAnswer')).toHaveLength(0);
  });

  it('says plainly when the answer went to the waiting list', async () => {
    const ue = userEvent.setup();
    const { client } = server(
      () => ({ data: { rsvp: rsvp() } }),
      () => ({ data: { answerRsvp: { __typename: 'RsvpPayload', rsvp: rsvp({ status: 'WAITLISTED', waitlistPosition: 1 }) } } }),
    );
    await open(client);
    await ue.click(await screen.findByRole('radio', { name: 'Ich komme' }));
    await ue.click(screen.getByRole('button', { name: 'Antwort senden' }));
    expect(await screen.findByText(/Die Veranstaltung ist derzeit ausgebucht: Sie stehen auf der Warteliste\./)).toBeInTheDocument();
    expect(screen.getByText('Sie stehen auf der Warteliste auf Platz 1 – wir melden uns, sobald ein Platz frei wird.')).toBeInTheDocument();
  });

  it('shows why the answer is closed instead of the form', async () => {
    const { client } = server(() => ({
      data: { rsvp: rsvp({ status: 'DECLINED', open: false, closedReason: 'Die Antwortfrist ist am 13.01.2027 um 23:59 Uhr abgelaufen.' }) },
    }));
    await open(client);
    expect(await screen.findByText('Die Antwortfrist ist am 13.01.2027 um 23:59 Uhr abgelaufen.')).toBeInTheDocument();
    expect(screen.getByText('Sie haben abgesagt.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('answers a wrong link with a friendly page', async () => {
    const message = 'Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.';
    const { client } = server(() => ({ data: null, errors: [{ message, extensions: { code: 'NOT_FOUND' } }] }));
    await open(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Link ungültig' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('offers the opt-out first after the mail’s opt-out link', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(
      () => ({ data: { rsvp: rsvp() } }),
      () => ({ data: { optOut: { __typename: 'RsvpPayload', rsvp: rsvp({ optedOut: true }) } } }),
    );
    await open(client, '?abmelden=1');
    const section = await screen.findByRole('region', { name: 'Keine Einladungen mehr erhalten?' });
    await ue.click(within(section).getByRole('button', { name: 'Keine Einladungen mehr erhalten' }));
    expect(await within(section).findByText('Sie sind abgemeldet. Sie erhalten keine weiteren Einladungen von uns.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'RsvpOptOut')?.variables).toEqual({ input: { token: TOKEN } });
  });

  it('asks once more before opting out from the bottom of the page', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server(
      () => ({ data: { rsvp: rsvp() } }),
      () => ({ data: { optOut: { __typename: 'RsvpPayload', rsvp: rsvp({ optedOut: true }) } } }),
    );
    await open(client);
    await ue.click(await screen.findByRole('button', { name: 'Keine Einladungen mehr erhalten' }));
    expect(calls.filter((c) => c.operationName === 'RsvpOptOut')).toHaveLength(0);
    const confirm = screen.getByRole('button', { name: 'Ja, abmelden' });
    expect(confirm).toHaveFocus();
    await ue.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await ue.click(screen.getByRole('button', { name: 'Keine Einladungen mehr erhalten' }));
    await ue.click(screen.getByRole('button', { name: 'Ja, abmelden' }));
    expect(await screen.findByText('Sie sind abgemeldet. Sie erhalten keine weiteren Einladungen von uns.')).toBeInTheDocument();
    expect(calls.filter((c) => c.operationName === 'RsvpOptOut')).toHaveLength(1);
  });
});

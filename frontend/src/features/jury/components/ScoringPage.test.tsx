import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AwardPhase, JuryScoringQuery } from '../../../gql/graphql';
import { fakeServer, renderJuryPage, type Call } from './juryTestServer';
import { ScoringPage } from './ScoringPage';

type Cycle = JuryScoringQuery['awardCycle'];
type Ballot = NonNullable<Cycle['myBallot']>;
type Score = Ballot['scores'][number];

const PATH = '/c/$cooperationId/award/$cycleId/score';
const URL = '/c/co1/award/cy1/score';

function nomination(id: string, companyName: string, category: string, more: Partial<Cycle['nominations'][number]> = {}): Cycle['nominations'][number] {
  return {
    __typename: 'Nomination',
    id,
    companyName,
    companyAddress: 'Möllendorffstraße 6, 10367 Berlin',
    category,
    justification: `${companyName} bildet seit Jahren aus.`,
    eligibility: 'ELIGIBLE',
    attachments: [],
    myConflict: null,
    ...more,
  };
}

/** The server's state of one juror's ballot in a cycle with two criteria and three nominations. */
function juryState(opts: { phase?: AwardPhase; scores?: Score[]; submittedAt?: string | null; canEdit?: boolean } = {}) {
  const state = {
    phase: opts.phase ?? 'JURY_VOTING',
    scores: opts.scores ?? ([] as Score[]),
    conflicts: [] as string[],
    version: 1,
    submittedAt: opts.submittedAt ?? null,
    canEdit: opts.canEdit ?? true,
  };
  const criteria: Cycle['criteria'] = [
    { __typename: 'Criterion', id: 'c1', name: 'Innovation', description: 'Neue Produkte, Verfahren, Ideen.', weight: 2, scoreMin: 0, scoreMax: 10, position: 1 },
    { __typename: 'Criterion', id: 'c2', name: 'Ausbildung', description: 'Ausbildungsplätze und ihre Qualität.', weight: 1, scoreMin: 1, scoreMax: 5, position: 2 },
  ];
  const nominations = [
    nomination('n1', 'Bäckerei Schmidt', 'Handwerk', {
      attachments: [
        {
          __typename: 'Attachment',
          id: 'a1',
          fileName: 'Bewerbung.pdf',
          contentType: 'application/pdf',
          sizeBytes: 250_000,
          description: 'Unterlagen der Bäckerei',
          downloadUrl: '/files/a1?sig=x',
        },
      ],
    }),
    nomination('n2', 'Tischlerei Krause', 'Handwerk'),
    nomination('n3', 'IT-Service Lichtenberg', 'Dienstleistung'),
    nomination('n4', 'Nicht zugelassen GmbH', 'Dienstleistung', { eligibility: 'INELIGIBLE' }),
  ];
  const required = () => (nominations.filter((n) => n.eligibility === 'ELIGIBLE').length - state.conflicts.length) * criteria.length;
  const ballot = (): Ballot => ({
    __typename: 'Ballot',
    juror: { __typename: 'Juror', id: 'j1', name: 'Dr. Petra Lange', isChair: false },
    scores: state.scores,
    conflicts: state.conflicts.map((id) => ({ __typename: 'Conflict', jurorId: 'j1', nominationId: id, reason: 'verwandt', setByChair: false })),
    required: required(),
    scored: state.scores.length,
    submittedAt: state.submittedAt,
    canEdit: state.canEdit,
    version: state.version,
  });
  const cycle = (): Cycle => ({
    __typename: 'AwardCycle',
    id: 'cy1',
    cooperationId: 'co1',
    programmeName: 'Lichtenberger Unternehmen des Jahres',
    title: 'Lichtenberger Unternehmen des Jahres 2027',
    year: 2027,
    phase: state.phase,
    votingClosesAt: '2027-03-31T21:59:00Z',
    criteria,
    nominations: nominations.map((n) =>
      state.conflicts.includes(n.id)
        ? { ...n, myConflict: { __typename: 'Conflict', jurorId: 'j1', nominationId: n.id, reason: 'verwandt', setByChair: false } }
        : n,
    ),
    myBallot: ballot(),
  });
  return { state, cycle, ballot };
}

function allScores(): Score[] {
  return ['n1', 'n2', 'n3'].flatMap((n) =>
    ['c1', 'c2'].map((c) => ({ __typename: 'Score' as const, nominationId: n, criterionId: c, value: 3, comment: '', updatedAt: '2027-03-01T10:00:00Z' })),
  );
}

type Mutation = (call: Call) => unknown;

function serve(s: ReturnType<typeof juryState>, mutations: Record<string, Mutation> = {}) {
  return fakeServer((call) => {
    if (call.operationName === 'JuryScoring') return { data: { awardCycle: s.cycle() } };
    const m = mutations[call.operationName];
    if (m) return m(call);
    if (call.operationName === 'JurySaveScores') {
      const input = call.variables.input as { ballotVersion: number; scores: { nominationId: string; criterionId: string; value: number; comment: string }[] };
      for (const sc of input.scores) {
        s.state.scores = s.state.scores.filter((x) => !(x.nominationId === sc.nominationId && x.criterionId === sc.criterionId));
        s.state.scores.push({ __typename: 'Score', ...sc, updatedAt: '2027-03-02T10:00:00Z' });
      }
      s.state.version += 1;
      return { data: { saveScores: { __typename: 'BallotPayload', ballot: s.ballot() } } };
    }
    if (call.operationName === 'JurySubmitBallot') {
      s.state.submittedAt = '2027-03-05T09:30:00Z';
      s.state.version += 1;
      return { data: { submitBallot: { __typename: 'BallotPayload', ballot: s.ballot() } } };
    }
    if (call.operationName === 'JuryDeclareConflict') {
      const input = call.variables.input as { nominationId: string };
      s.state.conflicts.push(input.nominationId);
      s.state.scores = s.state.scores.filter((x) => x.nominationId !== input.nominationId);
      s.state.version += 1;
      const n = s.cycle().nominations.find((x) => x.id === input.nominationId);
      return { data: { declareConflict: { __typename: 'ConflictPayload', nomination: { __typename: 'Nomination', id: n?.id, myConflict: n?.myConflict } } } };
    }
    return { errors: [{ message: `unexpected ${call.operationName}` }] };
  });
}

describe('ScoringPage', { timeout: 60_000 }, () => {
  it('scores a nomination with the keyboard only, saves it and moves on', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState();
    const { client, calls } = serve(s);
    await renderJuryPage(ScoringPage, PATH, URL, client);

    expect(await screen.findByRole('heading', { level: 1, name: 'Bewertung' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '0 von 6 Bewertungen' })).toHaveAttribute('aria-valuenow', '0');
    const list = screen.getByRole('navigation', { name: 'Nominierungen' });
    // the ineligible nomination is not offered
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Bäckerei Schmidtoffen',
      'Tischlerei Krauseoffen',
      'IT-Service Lichtenbergoffen',
    ]);
    expect(within(list).getByRole('button', { name: /Bäckerei Schmidt/ })).toHaveAttribute('aria-current', 'true');
    const heading = screen.getByRole('heading', { level: 2, name: 'Bäckerei Schmidt' });
    expect(screen.getByRole('link', { name: 'Bewerbung.pdf herunterladen' })).toHaveAttribute('href', '/files/a1?sig=x');
    expect(screen.getByRole('button', { name: 'Bewertung abgeben' })).toBeDisabled();

    // from the heading: the document link, then the first criterion's radio group
    heading.focus();
    await ue.tab();
    expect(screen.getByRole('link', { name: 'Bewerbung.pdf herunterladen' })).toHaveFocus();
    await ue.tab();
    const innovation = screen.getByRole('radiogroup', { name: 'Innovation (Gewicht 2)' });
    expect(innovation).toHaveAccessibleDescription('Neue Produkte, Verfahren, Ideen. Punkte von 0 bis 10.');
    expect(within(innovation).getByRole('radio', { name: '0' })).toHaveFocus();
    await ue.keyboard('[Space]');
    await ue.keyboard('[ArrowRight][ArrowRight][ArrowRight]');
    expect(within(innovation).getByRole('radio', { name: '3' })).toBeChecked();
    await ue.tab();
    expect(screen.getByRole('textbox', { name: 'Kommentar zu Innovation (optional)' })).toHaveFocus();
    await ue.keyboard('Öfen');
    await ue.tab();
    const training = screen.getByRole('radiogroup', { name: 'Ausbildung (Gewicht 1)' });
    expect(within(training).getByRole('radio', { name: '1' })).toHaveFocus();
    await ue.keyboard('[Space][ArrowRight]');
    expect(within(training).getByRole('radio', { name: '2' })).toBeChecked();
    expect(screen.getByText('Ungespeicherte Änderungen.')).toBeInTheDocument();
    await ue.tab(); // comment
    await ue.tab(); // "Zurück" is disabled on the first nomination: straight to "Speichern"
    expect(screen.getByRole('button', { name: 'Speichern' })).toHaveFocus();
    await ue.keyboard('[Enter]');

    await waitFor(() => expect(screen.getByRole('progressbar', { name: '2 von 6 Bewertungen' })).toBeInTheDocument());
    const save = calls.find((c) => c.operationName === 'JurySaveScores');
    expect(save?.variables).toEqual({
      input: {
        cycleId: 'cy1',
        ballotVersion: 1,
        scores: [
          { nominationId: 'n1', criterionId: 'c1', value: 3, comment: 'Öfen' },
          { nominationId: 'n1', criterionId: 'c2', value: 2, comment: '' },
        ],
      },
    });
    expect(within(list).getByRole('button', { name: /Bäckerei Schmidt/ })).toHaveTextContent('vollständig');

    // "Weiter" moves on and puts the focus on the next nomination's heading
    await ue.tab();
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus();
    await ue.keyboard('[Enter]');
    const next = await screen.findByRole('heading', { level: 2, name: 'Tischlerei Krause' });
    await waitFor(() => expect(next).toHaveFocus());
    expect(within(list).getByRole('button', { name: /Tischlerei Krause/ })).toHaveAttribute('aria-current', 'true');

    // a partly scored nomination is saved by "Zurück" before moving back
    const innovation2 = screen.getByRole('radiogroup', { name: 'Innovation (Gewicht 2)' });
    await ue.click(within(innovation2).getByRole('radio', { name: '7' }));
    await ue.click(screen.getByRole('button', { name: 'Zurück' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bäckerei Schmidt' })).toBeInTheDocument();
    expect(calls.filter((c) => c.operationName === 'JurySaveScores')).toHaveLength(2);
    expect(within(list).getByRole('button', { name: /Tischlerei Krause/ })).toHaveTextContent('teilweise');
    // the saved draft is shown again
    expect(within(screen.getByRole('radiogroup', { name: 'Innovation (Gewicht 2)' })).getByRole('radio', { name: '3' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Kommentar zu Innovation (optional)' })).toHaveValue('Öfen');
  }, 90_000);

  it('reloads and says so when the ballot changed elsewhere', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState();
    const { client, count } = serve(s, {
      JurySaveScores: () => ({
        data: null,
        errors: [{ message: 'Ihre Bewertung wurde inzwischen geändert.', extensions: { code: 'CONFLICT' } }],
      }),
    });
    await renderJuryPage(ScoringPage, PATH, URL, client);
    await screen.findByRole('heading', { level: 2, name: 'Bäckerei Schmidt' });
    await ue.click(within(screen.getByRole('radiogroup', { name: 'Innovation (Gewicht 2)' })).getByRole('radio', { name: '5' }));
    await ue.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/an anderer Stelle geändert/);
    await waitFor(() => expect(count('JuryScoring')).toBeGreaterThanOrEqual(2));
    // what was typed stays, not yet saved
    expect(within(screen.getByRole('radiogroup', { name: 'Innovation (Gewicht 2)' })).getByRole('radio', { name: '5' })).toBeChecked();
    expect(screen.getByText('Ungespeicherte Änderungen.')).toBeInTheDocument();
  });

  it('wants points before a comment is saved', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState();
    const { client, count } = serve(s);
    await renderJuryPage(ScoringPage, PATH, URL, client);
    await ue.type(await screen.findByRole('textbox', { name: 'Kommentar zu Ausbildung (optional)' }), 'Drei Azubis');
    await ue.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByRole('radiogroup', { name: 'Ausbildung (Gewicht 1)' })).toHaveAccessibleDescription(
      /Bitte vergeben Sie zuerst Punkte; ein Kommentar wird nur mit Punkten gespeichert\./,
    );
    expect(count('JurySaveScores')).toBe(0);
  });

  it('declares a conflict of interest after a warning', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState({ scores: allScores().filter((x) => x.nominationId === 'n1') });
    const { client, calls } = serve(s);
    await renderJuryPage(ScoringPage, PATH, URL, client);
    // the first nomination is complete: the screen opens on the first one still to score
    expect(await screen.findByRole('heading', { level: 2, name: 'Tischlerei Krause' })).toBeInTheDocument();
    await ue.click(screen.getByRole('button', { name: 'Interessenkonflikt erklären' }));
    const dialog = await screen.findByRole('dialog', { name: 'Interessenkonflikt erklären: Tischlerei Krause' });
    expect(within(dialog).getByText(/Ihre bisherigen Punkte und Kommentare zu dieser Nominierung werden entfernt\./)).toBeInTheDocument();
    await ue.click(within(dialog).getByRole('button', { name: 'Interessenkonflikt erklären' }));
    expect(within(dialog).getByRole('textbox', { name: /Grund/ })).toHaveAccessibleDescription(/Bitte geben Sie einen Grund an\./);
    await ue.type(within(dialog).getByRole('textbox', { name: /Grund/ }), 'Der Inhaber ist mein Schwager.');
    await ue.click(within(dialog).getByRole('button', { name: 'Interessenkonflikt erklären' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.operationName === 'JuryDeclareConflict')?.variables).toEqual({
      input: { nominationId: 'n2', reason: 'Der Inhaber ist mein Schwager.' },
    });
    const list = screen.getByRole('navigation', { name: 'Nominierungen' });
    await waitFor(() => expect(within(list).getByRole('button', { name: /Tischlerei Krause/ })).toHaveTextContent('Interessenkonflikt'));
    expect(screen.getByText(/Sie haben einen Interessenkonflikt erklärt: verwandt/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.getByRole('progressbar', { name: '2 von 4 Bewertungen' })).toBeInTheDocument();
  });

  it('submits a complete ballot after confirming, and keeps it editable', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState({ scores: allScores() });
    const { client, calls } = serve(s);
    await renderJuryPage(ScoringPage, PATH, URL, client);
    expect(await screen.findByRole('progressbar', { name: '6 von 6 Bewertungen' })).toBeInTheDocument();
    await ue.click(screen.getByRole('button', { name: 'Bewertung abgeben' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bewertung abgeben?' });
    await ue.click(within(dialog).getByRole('button', { name: 'Abgeben' }));
    expect(await screen.findByText('Abgegeben am 05.03.2027, 10:30 — Sie können bis zum Abschluss noch ändern.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'JurySubmitBallot')?.variables).toEqual({ input: { cycleId: 'cy1', ballotVersion: 1 } });
    expect(screen.queryByRole('button', { name: 'Bewertung abgeben' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeEnabled();
  });

  it('is read-only once the vote is closed, with the way to the result', async () => {
    const s = juryState({ phase: 'DECIDED', scores: allScores(), submittedAt: '2027-03-05T09:30:00Z', canEdit: false });
    const { client } = serve(s);
    await renderJuryPage(ScoringPage, PATH, URL, client);
    expect(await screen.findByText(/Die Abstimmung ist geschlossen, das Ergebnis steht fest\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Ergebnis' })).toHaveAttribute('href', '/c/co1/award/cy1/result');
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Speichern' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Interessenkonflikt erklären' })).toBeNull();
    expect(screen.getByText('Abgegeben am 05.03.2027, 10:30.')).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const ue = userEvent.setup({ delay: null });
    const s = juryState();
    const { client, count } = serve(s);
    const { router } = await renderJuryPage(ScoringPage, PATH, URL, client);
    await ue.click(within(await screen.findByRole('radiogroup', { name: 'Innovation (Gewicht 2)' })).getByRole('radio', { name: '4' }));
    await ue.click(screen.getByRole('link', { name: 'Preis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await ue.click(within(dialog).getByRole('button', { name: 'Bleiben' }));
    expect(router.state.location.pathname).toBe('/c/co1/award/cy1/score');
    await ue.click(screen.getByRole('link', { name: 'Preis' }));
    await ue.click(within(await screen.findByRole('dialog', { name: 'Ungespeicherte Änderungen' })).getByRole('button', { name: 'Speichern und verlassen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/c/co1/award'));
    expect(count('JurySaveScores')).toBe(1);
  });

  it('tells a reader who is not on the jury', async () => {
    const s = juryState();
    const { client } = fakeServer(() => ({ data: { awardCycle: { ...s.cycle(), myBallot: null } } }));
    await renderJuryPage(ScoringPage, PATH, URL, client, 'MEMBER');
    expect(await screen.findByText('Sie gehören nicht zur Jury dieser Runde.')).toBeInTheDocument();
  });
});

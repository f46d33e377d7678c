import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AwardCycleQuery, AwardPhase, CycleJuryQuery, NominationFieldsFragment, Role } from '../../../gql/graphql';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { AwardCyclePage } from '../../award/components/AwardCyclePage';
import { CooperationContext, type CurrentCooperation } from '../../cooperation/CooperationContext';

type Cycle = AwardCycleQuery['awardCycle'];
type Juror = CycleJuryQuery['awardCycle']['jurors'][number];

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

function coop(role: Role): CurrentCooperation {
  return {
    __typename: 'Cooperation',
    id: 'co1',
    name: 'Kooperation Bezirksamt Lichtenberg – WKHL',
    description: '',
    myRole: role,
    version: 1,
    partners: [],
  };
}

function cycle(more: Partial<Cycle> = {}): Cycle {
  return {
    __typename: 'AwardCycle',
    id: 'cy1',
    cooperationId: 'co1',
    programmeId: 'p1',
    programmeName: 'Lichtenberger Unternehmen des Jahres',
    year: 2027,
    title: 'Lichtenberger Unternehmen des Jahres 2027',
    categories: ['Handwerk', 'Dienstleistung'],
    nominationOpensAt: '2027-03-01T00:00:00Z',
    nominationClosesAt: '2027-05-31T21:59:00Z',
    votingClosesAt: '2027-09-30T21:59:00Z',
    quorum: 3,
    tieBreakRule: 'MEDIAN_THEN_CHAIR',
    announcementEventId: null,
    announcementEventTitle: null,
    phase: 'NOMINATION_OPEN',
    allApproved: true,
    allowedPhases: [],
    canManage: true,
    version: 3,
    criteriaVersion: 2,
    isChair: false,
    canClose: false,
    closedByName: null,
    closedAt: null,
    publicNominationPath: '/nominieren/cy1',
    criteria: [
      { __typename: 'Criterion', id: 'k1', name: 'Innovation', description: '', weight: 2, scoreMin: 0, scoreMax: 10, position: 1 },
    ],
    approvals: [],
    canApprove: null,
    myBallot: null,
    turnout: { __typename: 'Turnout', jurors: 5, submitted: 3, quorum: 3, quorumMet: true },
    ...more,
  };
}

function nomination(id: string, companyName: string, category: string, more: Partial<NominationFieldsFragment> = {}): NominationFieldsFragment {
  return {
    __typename: 'Nomination',
    id,
    cycleId: 'cy1',
    organisationId: `o-${id}`,
    companyName,
    companyAddress: 'Möllendorffstraße 6, 10367 Berlin',
    category,
    nominatorName: 'Anna Schulz',
    nominatorContactId: 'c1',
    justification: `${companyName} bildet seit Jahren aus.`,
    source: 'STAFF',
    eligibility: 'PENDING',
    eligibilityReason: '',
    eligibilityDecidedByName: null,
    eligibilityDecidedAt: null,
    eligibilityHints: [],
    myConflict: null,
    conflicts: [],
    canManage: true,
    createdAt: '2027-03-10T09:00:00Z',
    version: 1,
    ...more,
  };
}

function juror(id: string, name: string, more: Partial<Juror> = {}): Juror {
  return { __typename: 'Juror', id, userId: `u-${id}`, name, email: `${id}@example.de`, isChair: false, external: false, submittedAt: null, ...more };
}

/** A fake server holding one cycle with its nominations and jury. */
function server(opts: { cycle?: Partial<Cycle>; nominations?: NominationFieldsFragment[]; jurors?: Juror[]; mutate?: (call: Call) => unknown } = {}) {
  const state = {
    cycle: cycle(opts.cycle),
    nominations: opts.nominations ?? [
      nomination('n1', 'Bäckerei Mehlwurm', 'Handwerk', { eligibilityHints: ['Sitz außerhalb des Bezirks (PLZ 10115)'] }),
      nomination('n2', 'Tischlerei Krause', 'Handwerk', {
        eligibility: 'INELIGIBLE',
        eligibilityReason: 'Preisträger 2025',
        eligibilityDecidedByName: 'Clara Conrad',
        eligibilityDecidedAt: '2027-04-01T10:00:00Z',
        source: 'PUBLIC',
      }),
      nomination('n3', 'IT-Service Lichtenberg', 'Dienstleistung', { eligibility: 'ELIGIBLE', nominatorName: null }),
    ],
    jurors: opts.jurors ?? [
      juror('j1', 'Dr. Petra Lange', { isChair: true, submittedAt: '2027-06-10T08:00:00Z' }),
      juror('j2', 'Erik Extern', { external: true }),
    ],
  };
  const calls: Call[] = [];
  const client = testClient((input, init) => {
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
    const c = state.cycle;
    switch (body.operationName) {
      case 'AwardCycle':
        return Promise.resolve(graphqlResponse({ data: { awardCycle: c } }));
      case 'CycleNominations':
        return Promise.resolve(
          graphqlResponse({
            data: { awardCycle: { __typename: 'AwardCycle', id: c.id, phase: c.phase, categories: c.categories, canManage: c.canManage, isChair: c.isChair, nominations: state.nominations } },
          }),
        );
      case 'CycleJury':
        return Promise.resolve(
          graphqlResponse({
            data: {
              awardCycle: {
                __typename: 'AwardCycle',
                id: c.id,
                cooperationId: 'co1',
                phase: c.phase,
                canManage: c.canManage,
                isChair: c.isChair,
                jurors: state.jurors,
                turnout: c.turnout,
                nominations: state.nominations.map((n) => ({ __typename: 'Nomination', id: n.id, companyName: n.companyName, category: n.category, eligibility: n.eligibility, conflicts: n.conflicts })),
              },
            },
          }),
        );
      case 'Attachments':
        return Promise.resolve(graphqlResponse({ data: { attachments: [] } }));
      default:
        return Promise.resolve(graphqlResponse(opts.mutate ? opts.mutate(body) : { errors: [{ message: 'unexpected' }] }));
    }
  });
  return { client, calls, state, count: (name: string) => calls.filter((c) => c.operationName === name).length };
}

async function open(client: ReturnType<typeof testClient>, role: Role = 'COORDINATOR', search = '') {
  const value = coop(role);
  return renderRoute(
    () => (
      <CooperationContext.Provider value={value}>
        <AwardCyclePage />
      </CooperationContext.Provider>
    ),
    {
      path: '/c/$cooperationId/award/$cycleId',
      url: `/c/co1/award/cy1${search}`,
      client,
      extraPaths: ['/c/$cooperationId/award', '/c/$cooperationId/award/$cycleId/score', '/c/$cooperationId/award/$cycleId/result'],
    },
  );
}

describe('AwardCyclePage header and tabs', { timeout: 45000 }, () => {
  it('shows the public link while nominations are open and keeps the tab in the address', async () => {
    const ue = userEvent.setup();
    const { client } = server();
    const { router } = await open(client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lichtenberger Unternehmen des Jahres 2027' })).toBeInTheDocument();
    const link = screen.getByTestId('award-public-url');
    expect(link).toHaveTextContent(`${window.location.origin}/nominieren/cy1`);
    expect(link).toHaveAttribute('href', `${window.location.origin}/nominieren/cy1`);
    expect(screen.getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerten' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ergebnis' })).toBeNull();
    // the turnout counts only once the jury votes
    expect(screen.queryByTestId('award-turnout')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Überblick' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: 'Kriterien' })).toBeInTheDocument();

    await ue.click(screen.getByRole('tab', { name: 'Nominierungen' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'nominations' }));
    expect(await screen.findByRole('region', { name: 'Handwerk' })).toBeInTheDocument();
    await ue.click(screen.getByRole('tab', { name: 'Jury' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'jury' }));
  });

  it('links a juror to scoring and shows the turnout while the jury votes', async () => {
    const { client } = server({
      cycle: { phase: 'JURY_VOTING', canManage: false, myBallot: { __typename: 'Ballot', submittedAt: null, canEdit: true } },
    });
    await open(client, 'EXTERNAL');
    expect(await screen.findByRole('link', { name: 'Bewerten' })).toHaveAttribute('href', '/c/co1/award/cy1/score');
    expect(screen.getByTestId('award-turnout')).toHaveTextContent('3 von 5 Bewertungen abgegeben (Quorum 3)');
    expect(screen.queryByTestId('award-public-url')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Jury' })).toBeInTheDocument();
  });

  it('links to the result once decided', async () => {
    for (const phase of ['DECIDED', 'ANNOUNCED'] as AwardPhase[]) {
      const { client } = server({ cycle: { phase } });
      const { unmount } = await open(client);
      expect(await screen.findByRole('link', { name: 'Ergebnis' })).toHaveAttribute('href', '/c/co1/award/cy1/result');
      unmount();
    }
  });

  it('hides the jury and the turnout from a reader who is neither manager nor juror', async () => {
    const { client } = server({ cycle: { canManage: false, turnout: null } });
    await open(client, 'MEMBER', '?tab=jury');
    expect(await screen.findByRole('tab', { name: 'Überblick' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('tab', { name: 'Jury' })).toBeNull();
    expect(screen.queryByTestId('award-turnout')).toBeNull();
  });
});

describe('Nominierungen', { timeout: 45000 }, () => {
  it('lists the nominations by category with their badges and filters by eligibility', async () => {
    const ue = userEvent.setup();
    const { client } = server();
    await open(client, 'COORDINATOR', '?tab=nominations');
    const handwerk = await screen.findByRole('region', { name: 'Handwerk' });
    expect(within(handwerk).getByText('2 Nominierungen')).toBeInTheDocument();
    const krause = within(handwerk).getByTestId('nomination-Tischlerei Krause');
    expect(within(krause).getByText('Öffentlich')).toBeInTheDocument();
    expect(within(krause).getByText('Nicht teilnahmeberechtigt')).toBeInTheDocument();
    expect(within(krause).getByText('Anna Schulz')).toBeInTheDocument();
    expect(within(krause).getByText('10.03.2027')).toBeInTheDocument();
    expect(screen.getByTestId('nomination-summary')).toHaveTextContent('3 insgesamt: 1 Prüfung offen, 1 teilnahmeberechtigt, 1 nicht teilnahmeberechtigt.');

    await ue.selectOptions(screen.getByRole('combobox', { name: 'Teilnahmeberechtigung anzeigen' }), 'INELIGIBLE');
    expect(within(screen.getByRole('region', { name: 'Handwerk' })).getByText('1 von 2')).toBeInTheDocument();
    expect(screen.queryByText('Bäckerei Mehlwurm')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Dienstleistung' })).toBeNull();
  });

  it('records an eligibility decision with its reason from the detail', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server({
      mutate: (call) => ({
        data: {
          decideEligibility: {
            __typename: 'NominationPayload',
            nomination: nomination('n1', 'Bäckerei Mehlwurm', 'Handwerk', {
              eligibility: 'ELIGIBLE',
              eligibilityReason: String((call.variables.input as { reason: string }).reason),
              eligibilityDecidedByName: 'Clara Conrad',
              eligibilityDecidedAt: '2027-04-02T08:30:00Z',
              version: 2,
            }),
          },
        },
      }),
    });
    await open(client, 'COORDINATOR', '?tab=nominations');
    await ue.click(await screen.findByRole('button', { name: 'Details zu Bäckerei Mehlwurm' }));
    const drawer = await screen.findByRole('dialog', { name: 'Bäckerei Mehlwurm' });
    expect(within(drawer).getByText('Sitz außerhalb des Bezirks (PLZ 10115)')).toBeInTheDocument();
    expect(within(drawer).getByText('Noch nicht entschieden.')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Zurücksetzen' })).toBeNull();

    await ue.click(within(drawer).getByRole('button', { name: 'Teilnahmeberechtigt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Als teilnahmeberechtigt festhalten' });
    await ue.click(within(dialog).getByRole('button', { name: 'Entscheidung speichern' }));
    expect(await within(dialog).findByText('Bitte geben Sie eine Begründung an.')).toBeInTheDocument();
    expect(calls.filter((c) => c.operationName === 'DecideEligibility')).toHaveLength(0);
    await ue.type(within(dialog).getByRole('textbox', { name: /Begründung/ }), 'Sitz laut Handelsregister in Lichtenberg.');
    await ue.click(within(dialog).getByRole('button', { name: 'Entscheidung speichern' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'DecideEligibility')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'DecideEligibility')?.variables).toEqual({
      input: { id: 'n1', version: 1, eligibility: 'ELIGIBLE', reason: 'Sitz laut Handelsregister in Lichtenberg.' },
    });
  });

  it('shows the recorded decision and takes it back after a confirmation', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server({
      mutate: () => ({ data: { decideEligibility: { __typename: 'NominationPayload', nomination: nomination('n2', 'Tischlerei Krause', 'Handwerk', { version: 2 }) } } }),
    });
    await open(client, 'COORDINATOR', '?tab=nominations');
    await ue.click(await screen.findByRole('button', { name: 'Details zu Tischlerei Krause' }));
    const drawer = await screen.findByRole('dialog', { name: 'Tischlerei Krause' });
    expect(within(drawer).getByTestId('eligibility-decision')).toHaveTextContent(
      'Nicht teilnahmeberechtigt – festgehalten von Clara Conrad am 01.04.2027, 12:00Begründung: Preisträger 2025',
    );
    await ue.click(within(drawer).getByRole('button', { name: 'Zurücksetzen' }));
    const confirm = await screen.findByRole('dialog', { name: 'Entscheidung zurücksetzen' });
    await ue.click(within(confirm).getByRole('button', { name: 'Entscheidung zurücksetzen' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'DecideEligibility')?.variables).toEqual({
        input: { id: 'n2', version: 1, eligibility: 'PENDING', reason: null },
      }),
    );
  });

  it('asks before withdrawing and names the company', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server({ mutate: () => ({ data: { deleteNomination: { __typename: 'DeleteNominationPayload', id: 'n3' } } }) });
    await open(client, 'COORDINATOR', '?tab=nominations');
    await ue.click(await screen.findByRole('button', { name: 'Details zu IT-Service Lichtenberg' }));
    await ue.click(await screen.findByRole('button', { name: 'Nominierung von IT-Service Lichtenberg zurückziehen' }));
    const confirm = await screen.findByRole('dialog', { name: 'Nominierung zurückziehen?' });
    expect(confirm).toHaveTextContent('Die Nominierung von „IT-Service Lichtenberg“ in der Kategorie „Dienstleistung“ wird zurückgezogen');
    await ue.click(within(confirm).getByRole('button', { name: 'Zurückziehen' }));
    await waitFor(() => expect(calls.find((c) => c.operationName === 'DeleteNomination')?.variables).toEqual({ input: { id: 'n3', version: 1 } }));
  });

  it('enters a nomination of a new company with a new nominator and puts the server’s message at its field', async () => {
    const ue = userEvent.setup();
    let attempt = 0;
    const { client, calls } = server({
      mutate: (call) => {
        if (call.operationName !== 'CreateNomination') return { data: null };
        attempt += 1;
        if (attempt === 1) {
          return {
            data: null,
            errors: [{ message: 'Mehlwurm GmbH ist in der Kategorie „Handwerk“ bereits nominiert.', extensions: { code: 'INVALID', field: 'company.name' } }],
          };
        }
        return { data: { createNomination: { __typename: 'NominationPayload', nomination: nomination('n9', 'Mehlwurm GmbH', 'Handwerk') } } };
      },
    });
    await open(client, 'COORDINATOR', '?tab=nominations');
    await ue.click(await screen.findByRole('button', { name: 'Nominierung erfassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nominierung erfassen' });
    await ue.click(within(dialog).getByRole('radio', { name: 'Neues Unternehmen' }));
    await ue.type(within(dialog).getByRole('textbox', { name: /Name des Unternehmens/ }), 'Mehlwurm GmbH');
    await ue.type(within(dialog).getByRole('textbox', { name: /Postleitzahl/ }), '10365');
    await ue.selectOptions(within(dialog).getByRole('combobox', { name: /Kategorie/ }), 'Handwerk');
    await ue.click(within(dialog).getByRole('radio', { name: 'Neuer Kontakt' }));
    await ue.type(within(dialog).getByRole('textbox', { name: /Nachname/ }), 'Schulz');
    await ue.click(within(dialog).getByRole('textbox', { name: /Begründung/ }));
    await ue.paste('Bildet aus.');
    await ue.click(within(dialog).getByRole('button', { name: 'Nominierung speichern' }));

    const name = within(dialog).getByRole('textbox', { name: /Name des Unternehmens/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription('Mehlwurm GmbH ist in der Kategorie „Handwerk“ bereits nominiert.'));
    expect(name).toHaveFocus();
    expect(calls.find((c) => c.operationName === 'CreateNomination')?.variables).toEqual({
      input: {
        cycleId: 'cy1',
        category: 'Handwerk',
        justification: 'Bildet aus.',
        company: { name: 'Mehlwurm GmbH', street: null, postalCode: '10365', city: null, website: null },
        nominator: { firstName: null, lastName: 'Schulz', email: null, phone: null },
      },
    });
    await ue.clear(name);
    await ue.type(name, 'Mehlwurm Backstube GmbH');
    await ue.click(within(dialog).getByRole('button', { name: 'Nominierung speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nominierung erfassen' })).toBeNull());
  });
});

describe('Jury', { timeout: 45000 }, () => {
  it('shows who has submitted, never what, and lets a manager change the chair and remove a juror', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server({
      cycle: { phase: 'JURY_VOTING' },
      mutate: (call) => ({
        data: {
          [call.operationName === 'SetJuryChair' ? 'setJuryChair' : 'removeJuror']: {
            __typename: 'JuryPayload',
            awardCycle: { __typename: 'AwardCycle', id: 'cy1', isChair: false, jurors: [], turnout: null },
          },
        },
      }),
    });
    await open(client, 'COORDINATOR', '?tab=jury');
    const lange = await screen.findByTestId('juror-Dr. Petra Lange');
    expect(within(lange).getByText('Vorsitz')).toBeInTheDocument();
    expect(within(lange).getByText('abgegeben am 10.06.2027, 10:00')).toBeInTheDocument();
    expect(within(lange).getByText('j1@example.de')).toBeInTheDocument();
    const extern = screen.getByTestId('juror-Erik Extern');
    expect(within(extern).getByText('Extern')).toBeInTheDocument();
    expect(within(extern).getByText('noch nicht abgegeben')).toBeInTheDocument();
    expect(screen.getByTestId('jury-turnout')).toHaveTextContent('3 von 5 Bewertungen abgegeben (Quorum 3)');
    expect(screen.getByText('Quorum erreicht')).toBeInTheDocument();
    expect(screen.queryByText(/Punkte|Bewertet mit/)).toBeNull();

    await ue.click(screen.getByRole('button', { name: 'Erik Extern zum Vorsitz machen' }));
    await waitFor(() => expect(calls.find((c) => c.operationName === 'SetJuryChair')?.variables).toEqual({ input: { jurorId: 'j2' } }));
    await ue.click(screen.getByRole('button', { name: 'Erik Extern aus der Jury entfernen' }));
    const confirm = await screen.findByRole('dialog', { name: 'Aus der Jury entfernen?' });
    expect(confirm).toHaveTextContent('Erik Extern wird aus der Jury dieser Runde entfernt.');
    await ue.click(within(confirm).getByRole('button', { name: 'Entfernen' }));
    await waitFor(() => expect(calls.find((c) => c.operationName === 'RemoveJuror')?.variables).toEqual({ input: { jurorId: 'j2' } }));
  });

  it('lets the chair set a conflict with a reason', async () => {
    const ue = userEvent.setup();
    const { client, calls } = server({
      cycle: { phase: 'JURY_VOTING', canManage: false, isChair: true, myBallot: { __typename: 'Ballot', submittedAt: null, canEdit: true } },
      mutate: () => ({
        data: { setConflict: { __typename: 'ConflictPayload', nomination: { __typename: 'Nomination', id: 'n3', version: 2, myConflict: null, conflicts: [] } } },
      }),
    });
    await open(client, 'MEMBER', '?tab=jury');
    await ue.click(await screen.findByRole('button', { name: 'Befangenheit festlegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Befangenheit festlegen' });
    await ue.selectOptions(within(dialog).getByRole('combobox', { name: /Jurymitglied/ }), 'j2');
    await ue.selectOptions(within(dialog).getByRole('combobox', { name: /Nominierung/ }), 'n3');
    await ue.type(within(dialog).getByRole('textbox', { name: /Begründung/ }), 'Schwager des Inhabers');
    await ue.click(within(dialog).getByRole('button', { name: 'Befangenheit festlegen' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'SetConflict')?.variables).toEqual({
        input: { jurorId: 'j2', nominationId: 'n3', reason: 'Schwager des Inhabers' },
      }),
    );
    // a juror (even the chair) sees neither e-mail addresses nor the manager's buttons
    expect(screen.queryByText('j1@example.de')).toBeNull();
    expect(screen.queryByRole('button', { name: /zum Vorsitz machen/ })).toBeNull();
  });
});

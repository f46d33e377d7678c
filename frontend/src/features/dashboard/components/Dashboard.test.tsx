import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DashboardQuery } from '../../../gql/graphql';
import { graphqlResponse, renderRoute, testClient } from '../../../test/render';
import { Dashboard } from './Dashboard';

type D = DashboardQuery['dashboard'];

/** The demo cooperation's start page for a coordinator, as the server answered it. */
function coordinator(): D {
  return {
    __typename: 'Dashboard',
    cooperationId: 'co1',
    myRole: 'COORDINATOR',
    today: '2026-11-30',
    myOpenTaskCount: 12,
    myTasks: [
      {
        __typename: 'DashboardTask',
        id: 't1',
        title: 'Einladungen versenden',
        dueOn: '2026-11-20',
        overdue: true,
        event: { __typename: 'TaskEvent', id: 'e1', title: 'Neujahrsempfang 2027', startsAt: '2027-01-20T17:00:00Z' },
        workstream: null,
      },
      {
        __typename: 'DashboardTask',
        id: 't2',
        title: 'Fachkräfteportal abstimmen',
        dueOn: null,
        overdue: false,
        event: null,
        workstream: { __typename: 'TaskWorkstream', id: 'w9', title: 'Fachkräftesicherung' },
      },
    ],
    upcomingEvents: [
      {
        __typename: 'DashboardEvent',
        id: 'e1',
        title: 'Neujahrsempfang 2027',
        startsAt: '2027-01-20T17:00:00Z',
        status: 'INVITATIONS_SENT',
        leadPartnerName: 'BA Lichtenberg',
        invited: 6,
        accepted: 8,
        declined: 2,
        waitlisted: 1,
        capacity: 180,
        openTaskCount: 4,
      },
    ],
    award: {
      __typename: 'DashboardAward',
      cycleId: 'cy1',
      title: 'Lichtenberger Unternehmen des Jahres 2026',
      year: 2026,
      phase: 'JURY_VOTING',
      nextDeadline: '2026-12-18T22:59:00Z',
      nextDeadlineLabel: 'Ende der Jurybewertung',
      nominationCount: 7,
      myBallot: null,
    },
    retreat: {
      __typename: 'DashboardRetreat',
      id: 'r1',
      title: 'Klausur 2027',
      planYear: 2027,
      startsOn: '2026-12-11',
      status: 'IN_SESSION',
      proposalCount: 6,
      decisionCount: 0,
      votingOpen: true,
      participating: true,
    },
    workstreamsAtRisk: [
      { __typename: 'DashboardWorkstream', id: 'w6', title: 'Touristische Infrastruktur', status: 'OFF_TRACK', priority: 'LOW', overdueMilestones: 2 },
    ],
    kpisOffTarget: [
      {
        __typename: 'DashboardKpi',
        id: 'k5',
        name: 'Leerstandsquote',
        unit: '%',
        subject: { __typename: 'KpiSubject', kind: 'WORKSTREAM', id: 'w2', title: 'Einkaufscenter' },
        latestValue: 11.8,
        target: 8,
        targetOn: '2026-12-31',
        progress: 0.42,
        state: 'BEHIND',
      },
    ],
    coverage: { __typename: 'DashboardCoverage', goalsWithoutMeasure: 1, measuresWithoutKpi: 0, measuresWithOnePartner: 3, goalsWithoutPriority: 0 },
    openCommitments: [
      { __typename: 'DashboardCommitment', id: 'c1', agreementId: 'a1', title: 'Einmal pro Jahr in Klausur gehen', status: 'AT_RISK', reason: 'Noch kein Termin.' },
    ],
  };
}

function juror(): D {
  const d = coordinator();
  return {
    ...d,
    myRole: 'EXTERNAL',
    myTasks: [],
    myOpenTaskCount: 0,
    upcomingEvents: [],
    retreat: null,
    workstreamsAtRisk: [],
    kpisOffTarget: [],
    coverage: null,
    openCommitments: [],
    award: { ...d.award!, nominationCount: 6, myBallot: { __typename: 'DashboardBallot', toScore: 6, scored: 2, submitted: false } },
  };
}

const PATHS = [
  '/c/$cooperationId/events',
  '/c/$cooperationId/events/$eventId',
  '/c/$cooperationId/award/$cycleId',
  '/c/$cooperationId/award/$cycleId/score',
  '/c/$cooperationId/retreats/$retreatId',
  '/c/$cooperationId/retreats/$retreatId/vote',
  '/c/$cooperationId/workstreams',
  '/c/$cooperationId/workstreams/$workstreamId',
  '/c/$cooperationId/goals/coverage',
  '/c/$cooperationId/agreements/$agreementId',
];

async function renderDashboard(answer: () => unknown, gate: Promise<void> = Promise.resolve()) {
  let calls = 0;
  const client = testClient(async () => {
    calls++;
    await gate;
    return graphqlResponse(answer());
  });
  await renderRoute(() => <Dashboard cooperationId="co1" />, { path: '/c/$cooperationId', url: '/c/co1', client, extraPaths: PATHS });
  return { calls: () => calls };
}

const href = (el: HTMLElement) => el.getAttribute('href');

describe('Dashboard', { timeout: 30_000 }, () => {
  it('shows a coordinator every section with counts, marks and links', async () => {
    await renderDashboard(() => ({ data: { dashboard: coordinator() } }));
    const tasks = await screen.findByRole('region', { name: 'Meine offenen Aufgaben' });
    expect(within(tasks).getByText('12 offen')).toBeInTheDocument();
    expect(within(tasks).getByText('1 überfällig')).toBeInTheDocument();
    const items = within(tasks).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Überfällig');
    expect(items[0]).toHaveTextContent('fällig am 20.11.2026');
    expect(href(within(items[0]!).getByRole('link', { name: 'Neujahrsempfang 2027' }))).toBe('/c/co1/events/e1?tab=tasks');
    expect(items[1]).toHaveTextContent('ohne Termin');
    expect(items[1]).not.toHaveTextContent('Überfällig');
    expect(href(within(items[1]!).getByRole('link', { name: 'Fachkräftesicherung' }))).toBe('/c/co1/workstreams/w9?tab=tasks');
    expect(tasks).toHaveTextContent('… und 10 weitere Aufgaben');

    const events = screen.getByRole('region', { name: 'Nächste Veranstaltungen' });
    expect(within(events).getAllByRole('term').map((x) => x.textContent)).toEqual(['zugesagt', 'abgesagt', 'offen', 'Warteliste']);
    expect(within(events).getAllByRole('definition').map((x) => x.textContent)).toEqual(['8', '2', '6', '1']);
    expect(events).toHaveTextContent('8 von 180 Plätzen belegt');
    expect(events).toHaveTextContent('Mi., 20.01.2027, 18:00 · Leitung: BA Lichtenberg');
    expect(within(events).getByRole('link', { name: '4 offene Aufgaben' })).toBeInTheDocument();

    const award = screen.getByRole('region', { name: 'Preis' });
    expect(award).toHaveTextContent('Jurybewertung');
    expect(award).toHaveTextContent('Ende der Jurybewertung: 18.12.2026, 23:59');
    expect(award).toHaveTextContent('noch 18 Tage');
    expect(award).toHaveTextContent('7 Nominierungen');
    expect(within(award).queryByRole('link', { name: 'Zur Bewertung' })).not.toBeInTheDocument();

    const retreat = screen.getByRole('region', { name: 'Klausur' });
    expect(retreat).toHaveTextContent('In Sitzung');
    expect(retreat).toHaveTextContent('Abstimmung läuft');
    expect(href(within(retreat).getByRole('link', { name: 'Jetzt abstimmen' }))).toBe('/c/co1/retreats/r1/vote');

    const ws = screen.getByRole('region', { name: 'Gefährdete Projekte' });
    expect(ws).toHaveTextContent('Nicht im Plan');
    expect(ws).toHaveTextContent('2 Meilensteine überfällig');

    const kpis = screen.getByRole('region', { name: 'Kennzahlen hinter Plan' });
    expect(within(kpis).getByTestId('dashboard-kpi-value')).toHaveTextContent('11,8 % · Ziel 8 % bis 31.12.2026');
    expect(href(within(kpis).getByRole('link', { name: 'Leerstandsquote' }))).toBe('/c/co1/workstreams/w2?tab=kpis');

    const coverage = screen.getByRole('region', { name: 'Lücken in der Strategie' });
    expect(within(coverage).getAllByRole('listitem').map((x) => x.textContent)).toEqual(['1Ziele ohne Maßnahme', '3Maßnahmen mit nur einem Partner']);

    const commitments = screen.getByRole('region', { name: 'Offene Zusagen 2026' });
    expect(commitments).toHaveTextContent('Gefährdet');
    expect(commitments).toHaveTextContent('Noch kein Termin.');
    expect(href(within(commitments).getByRole('link', { name: 'Einmal pro Jahr in Klausur gehen' }))).toBe('/c/co1/agreements/a1');
  });

  it('says briefly when a section is empty', async () => {
    const d: D = { ...coordinator(), myTasks: [], myOpenTaskCount: 0, upcomingEvents: [], workstreamsAtRisk: [], kpisOffTarget: [], openCommitments: [], award: null, retreat: null };
    d.coverage = { __typename: 'DashboardCoverage', goalsWithoutMeasure: 0, measuresWithoutKpi: 0, measuresWithOnePartner: 0, goalsWithoutPriority: 0 };
    await renderDashboard(() => ({ data: { dashboard: d } }));
    expect(await screen.findByRole('region', { name: 'Meine offenen Aufgaben' })).toHaveTextContent('Keine offenen Aufgaben.');
    expect(screen.getByRole('region', { name: 'Nächste Veranstaltungen' })).toHaveTextContent('Keine Veranstaltungen in den nächsten 60 Tagen.');
    expect(screen.getByRole('region', { name: 'Preis' })).toHaveTextContent('Noch kein Preiszyklus angelegt.');
    expect(screen.getByRole('region', { name: 'Klausur' })).toHaveTextContent('Noch keine Klausur angelegt.');
    expect(screen.getByRole('region', { name: 'Gefährdete Projekte' })).toHaveTextContent('Alle Projekte sind im Plan.');
    expect(screen.getByRole('region', { name: 'Lücken in der Strategie' })).toHaveTextContent('Keine Lücken');
  });

  it('shows an outside juror only the award, with the ballot and the way to score', async () => {
    await renderDashboard(() => ({ data: { dashboard: juror() } }));
    const award = await screen.findByRole('region', { name: 'Preis' });
    expect(within(award).getByTestId('dashboard-ballot')).toHaveTextContent('2 von 6 Nominierungen bewertet');
    expect(award).toHaveTextContent('Noch nicht abgegeben');
    expect(href(within(award).getByRole('link', { name: 'Zur Bewertung' }))).toBe('/c/co1/award/cy1/score');
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual(['dashboard-award']);
  });

  it('loads with a skeleton and offers a retry in German after an error', async () => {
    let fail = true;
    const user = userEvent.setup();
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { calls } = await renderDashboard(
      () => (fail ? { data: null, errors: [{ message: 'Datenbank nicht erreichbar.', extensions: { code: 'UNAVAILABLE' } }] } : { data: { dashboard: coordinator() } }),
      gate,
    );
    expect(await screen.findByText('Übersicht wird geladen …')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    open();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Übersicht konnte nicht geladen werden');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('region', { name: 'Meine offenen Aufgaben' })).toBeInTheDocument();
    await waitFor(() => expect(calls()).toBe(2));
  });
});

import { createRootRoute, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AuditPage } from '../features/admin/audit/components/AuditPage';
import { MembersPage } from '../features/admin/members/components/MembersPage';
import { ForgotPasswordPage } from '../features/auth/components/ForgotPasswordPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { SetPasswordPage } from '../features/auth/components/SetPasswordPage';
import { getSession, sessionReady } from '../features/auth/session';
import { CooperationLayout } from '../features/cooperation/components/CooperationLayout';
import { HomePage } from '../features/cooperation/components/HomePage';
import { OverviewPage } from '../features/cooperation/components/OverviewPage';
import { BudgetYearPage } from '../features/budget/components/BudgetYearPage';
import { ContactImportPage } from '../features/contacts/components/ContactImportPage';
import { ContactPage } from '../features/contacts/components/ContactPage';
import { ContactsPage } from '../features/contacts/components/ContactsPage';
import { DistributionListPage } from '../features/contacts/components/DistributionListPage';
import { DistributionListsPage } from '../features/contacts/components/DistributionListsPage';
import { EventPage } from '../features/events/components/EventPage';
import { EventsPage } from '../features/events/components/EventsPage';
import { LegalPage } from '../features/legal/components/LegalPage';
import { RsvpPage } from '../features/rsvp/components/RsvpPage';
import { isOptOutParam } from '../features/rsvp/model';
import { BadgesPrintPage } from '../features/guests/print/BadgesPrintPage';
import { GuestListPrintPage } from '../features/guests/print/GuestListPrintPage';
import { LegalTextsAdminPage } from '../features/legal/components/LegalTextsAdminPage';
import { AwardPage } from '../features/award/components/AwardPage';
import { AwardCyclePage } from '../features/award/components/AwardCyclePage';
import { PublicNominationPage } from '../features/nomination/components/PublicNominationPage';
import { ScoringPage } from '../features/jury/components/ScoringPage';
import { ResultPage } from '../features/jury/components/ResultPage';
import { ResultPrintPage, CertificatePrintPage, PressSummaryPrintPage } from '../features/jury/components/AwardPrintPages';
import { SeriesPage } from '../features/events/components/SeriesPage';
import { isEventStatus, isEventTab, type EventTab } from '../features/events/model';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { SystemCooperationsPage } from '../features/system/components/SystemCooperationsPage';
import { WorkstreamPage } from '../features/workstreams/components/WorkstreamPage';
import { WorkstreamsPage } from '../features/workstreams/components/WorkstreamsPage';
import { isWorkstreamTab, type WorkstreamTab } from '../features/workstreams/model';
import { GoalsPage } from '../features/goals/components/GoalsPage';
import { CoveragePage } from '../features/goals/components/CoveragePage';
import { AgreementsPage } from '../features/agreements/components/AgreementsPage';
import { AgreementPage } from '../features/agreements/components/AgreementPage';
import { RetreatsPage } from '../features/retreat/components/RetreatsPage';
import { RetreatPage } from '../features/retreat/components/RetreatPage';
import { MinutesPrintPage } from '../features/retreat/components/MinutesPrintPage';
import { isRetreatTab, type RetreatTab } from '../features/retreat/model';
import { VotePage } from '../features/retreat/live/VotePage';
import { PresenterPage } from '../features/retreat/live/PresenterPage';
import { AnnualReportPage } from '../features/report/components/AnnualReportPage';
import { RetentionReviewPage } from '../features/privacy/components/RetentionReviewPage';
import { PageLoader } from '../components/ui/states';
import { isRole } from '../components/ui/roles';
import type { EventStatus, Role } from '../gql/graphql';
import { safeRedirect } from '../lib/redirect';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './NotFoundPage';

// Search params are validated leniently: a hand-edited URL falls back to defaults, never throws.
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const positiveInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n > 1 ? n : undefined;
};
const month = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : undefined);
const statuses = (v: unknown): EventStatus[] | undefined => {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  const valid = [...new Set(list.filter(isEventStatus))];
  return valid.length > 0 ? valid : undefined;
};
const day = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

const rootRoute = createRootRoute({ component: Outlet, notFoundComponent: NotFoundPage });

const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'login',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: str(s.redirect) }),
  beforeLoad: async ({ search }) => {
    await sessionReady();
    if (getSession().status === 'authenticated') throw redirect({ href: safeRedirect(search.redirect) ?? '/' });
  },
  component: LoginPage,
});

const setPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'set-password',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: str(s.token) }),
  component: SetPasswordPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});

/** A cooperation's imprint, privacy notice or accessibility statement: public, no login. */
const legalRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'legal/$cooperationId/$kind',
  component: LegalPage,
});

/** A guest's answer page from the personal link in the invitation: public, no login (`?abmelden=1` offers the opt-out first). */
const rsvpRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'rsvp/$token',
  validateSearch: (s: Record<string, unknown>): { abmelden?: boolean } => ({ abmelden: isOptOutParam(s.abmelden) ? true : undefined }),
  component: RsvpPage,
});

/** The public nomination page of an award cycle: no login, German first. */
const publicNominationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'nominieren/$cycleId',
  component: PublicNominationPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    await sessionReady();
    if (getSession().status !== 'authenticated') {
      throw redirect({ to: '/login', search: { redirect: location.href === '/' ? undefined : location.href } });
    }
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const cooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'c/$cooperationId',
  component: CooperationLayout,
});

const overviewRoute = createRoute({ getParentRoute: () => cooperationRoute, path: '/', component: OverviewPage });

const membersRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'admin/members',
  validateSearch: (s: Record<string, unknown>): { q?: string; role?: Role; status?: 'active' | 'inactive'; page?: number } => ({
    q: str(s.q),
    role: isRole(s.role) ? s.role : undefined,
    status: s.status === 'active' || s.status === 'inactive' ? s.status : undefined,
    page: positiveInt(s.page),
  }),
  component: MembersPage,
});

const auditRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'admin/audit',
  validateSearch: (
    s: Record<string, unknown>,
  ): { action?: string; entityType?: string; from?: string; until?: string; page?: number } => ({
    action: str(s.action),
    entityType: str(s.entityType),
    from: day(s.from),
    until: day(s.until),
    page: positiveInt(s.page),
  }),
  component: AuditPage,
});

const legalAdminRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'admin/legal', component: LegalTextsAdminPage });

/** The search of Veranstaltungen: view, filters (period "upcoming" is the default), page, calendar month. */
export interface EventsSearch {
  view?: 'calendar';
  q?: string;
  status?: EventStatus[];
  series?: string;
  period?: 'past' | 'all';
  page?: number;
  month?: string;
}

const eventsRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'events',
  validateSearch: (s: Record<string, unknown>): EventsSearch => ({
    view: s.view === 'calendar' ? 'calendar' : undefined,
    q: str(s.q),
    status: statuses(s.status),
    series: str(s.series),
    period: s.period === 'past' || s.period === 'all' ? s.period : undefined,
    page: positiveInt(s.page),
    month: month(s.month),
  }),
  component: EventsPage,
});

const eventSeriesRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'events/series',
  component: SeriesPage,
});

const eventRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'events/$eventId',
  validateSearch: (s: Record<string, unknown>): { tab?: Exclude<EventTab, 'overview'> } => ({
    tab: isEventTab(s.tab) && s.tab !== 'overview' ? s.tab : undefined,
  }),
  component: EventPage,
});

/** The printable guest list and name badges of an event (the shell's chrome is left off the paper). */
const printGuestsRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'events/$eventId/print/guests', component: GuestListPrintPage });
const printBadgesRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'events/$eventId/print/badges', component: BadgesPrintPage });

/** Budgetübersicht of a year (`?year=YYYY`, default the current year). */
const budgetYearRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'events/budget',
  validateSearch: (s: Record<string, unknown>): { year?: number } => {
    const y = typeof s.year === 'number' ? s.year : Number(s.year);
    return { year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined };
  },
  component: BudgetYearPage,
});

/** The search of Kontakte: text, organisation, distribution list, page. */
export interface ContactsSearch {
  q?: string;
  org?: string;
  list?: string;
  page?: number;
}

const contactsRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'contacts',
  validateSearch: (s: Record<string, unknown>): ContactsSearch => ({
    q: str(s.q),
    org: str(s.org),
    list: str(s.list),
    page: positiveInt(s.page),
  }),
  component: ContactsPage,
});

const contactListsRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'contacts/lists', component: DistributionListsPage });

const contactListRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'contacts/lists/$listId', component: DistributionListPage });

const contactImportRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'contacts/import', component: ContactImportPage });

/** Aufbewahrung: contacts past the retention rule, reviewed before they are erased. */
const contactRetentionRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'contacts/retention', component: RetentionReviewPage });

const contactRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'contacts/$contactId', component: ContactPage });

/** Preis: the programmes with their cycles, and one cycle with its setup and criteria. */
const awardRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award', component: AwardPage });
const awardCycleRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId', component: AwardCyclePage });
/** A juror's scoring screen, the result with its breakdown, and the print views of a cycle. */
const awardScoringRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId/score', component: ScoringPage });
const awardResultRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId/result', component: ResultPage });
const printAwardResultRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId/print/result', component: ResultPrintPage });
const printAwardCertificateRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId/print/certificate', component: CertificatePrintPage });
const printAwardPressRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'award/$cycleId/print/press', component: PressSummaryPrintPage });

/** The search of Jahresbericht: the year and, optionally, one partner. */
export interface ReportSearch {
  year?: number;
  partner?: string;
}

/** Jahresbericht: the printable annual report of a year. */
const reportRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'report',
  validateSearch: (s: Record<string, unknown>): ReportSearch => ({ year: positiveInt(s.year), partner: str(s.partner) }),
  component: AnnualReportPage,
});

/** Klausur: the retreats, one retreat with its tabs (`?tab=`), and its minutes for printing. */
const retreatsRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'retreats', component: RetreatsPage });
const retreatRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'retreats/$retreatId',
  validateSearch: (s: Record<string, unknown>): { tab?: Exclude<RetreatTab, 'preparation'> } => ({
    tab: isRetreatTab(s.tab) && s.tab !== 'preparation' ? s.tab : undefined,
  }),
  component: RetreatPage,
});
const printMinutesRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'retreats/$retreatId/print/minutes', component: MinutesPrintPage });
/** The live prioritisation: a participant's voting screen and the projector view (shown without the shell). */
const retreatVoteRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'retreats/$retreatId/vote', component: VotePage });
const retreatPresenterRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'retreats/$retreatId/presenter', component: PresenterPage });

/** Projekte: the workstream board (`?goal=` narrows it to one goal) and one workstream with its tabs. */
const workstreamsRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'workstreams',
  validateSearch: (s: Record<string, unknown>): { goal?: string } => ({ goal: str(s.goal) }),
  component: WorkstreamsPage,
});
const workstreamRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'workstreams/$workstreamId',
  validateSearch: (s: Record<string, unknown>): { tab?: Exclude<WorkstreamTab, 'milestones'> } => ({
    tab: isWorkstreamTab(s.tab) && s.tab !== 'milestones' ? s.tab : undefined,
  }),
  component: WorkstreamPage,
});

/** Ziele: the mission statement and the goal tree (`#goal-<id>` scrolls to one goal), and the coverage view (`?year=`). */
const goalsRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'goals', component: GoalsPage });
const coverageRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: 'goals/coverage',
  validateSearch: (s: Record<string, unknown>): { year?: number } => {
    const y = typeof s.year === 'number' ? s.year : Number(s.year);
    return { year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined };
  },
  component: CoveragePage,
});

/** Vereinbarung: the agreements and one agreement with its commitments ledger (printable). */
const agreementsRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'agreements', component: AgreementsPage });
const agreementRoute = createRoute({ getParentRoute: () => cooperationRoute, path: 'agreements/$agreementId', component: AgreementPage });

const profileRoute = createRoute({ getParentRoute: () => appRoute, path: 'profile', component: ProfilePage });

const systemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'system/cooperations',
  component: SystemCooperationsPage,
});

export const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([loginRoute, setPasswordRoute, forgotPasswordRoute, legalRoute, rsvpRoute, publicNominationRoute]),
  appRoute.addChildren([
    homeRoute,
    cooperationRoute.addChildren([overviewRoute, eventsRoute, eventSeriesRoute, budgetYearRoute, eventRoute, printGuestsRoute, printBadgesRoute, contactsRoute, contactListsRoute, contactListRoute, contactImportRoute, contactRetentionRoute, contactRoute, membersRoute, auditRoute, legalAdminRoute, awardRoute, awardCycleRoute, awardScoringRoute, awardResultRoute, printAwardResultRoute, printAwardCertificateRoute, printAwardPressRoute, retreatsRoute, retreatRoute, printMinutesRoute, retreatVoteRoute, retreatPresenterRoute, workstreamsRoute, workstreamRoute, goalsRoute, coverageRoute, agreementsRoute, agreementRoute, reportRoute]),
    profileRoute,
    systemRoute,
  ]),
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    defaultPreload: false,
    defaultPendingComponent: () => <PageLoader />,
    defaultPendingMs: 300,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

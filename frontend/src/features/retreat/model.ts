import type { DecisionOutcome, PlanItemKind, Priority, ProposalKind, RetreatStatus, Role } from '../../gql/graphql';
import { berlinParts, formatDay, toBerlinRfc3339 } from '../../lib/berlin';
import { TIME_ZONE } from '../../lib/format';

/** The statuses in order. Labels: `retreat:status.<STATUS>`. */
export const RETREAT_STATUSES: readonly RetreatStatus[] = ['PREPARING', 'IN_SESSION', 'CLOSED'];

/** Badge colours; each light variant passes AA with the theme's darker texts. */
export const STATUS_COLOR: Record<RetreatStatus, string> = {
  PREPARING: 'blue',
  IN_SESSION: 'green',
  CLOSED: 'gray',
};

/** The proposal kinds in board order. Labels: `retreat:kind.<KIND>` (the board's columns: `kinds.<KIND>`). */
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['TOPIC', 'EVENT', 'WORKSTREAM', 'PRIORITY'];

export function isProposalKind(v: unknown): v is ProposalKind {
  return typeof v === 'string' && (PROPOSAL_KINDS as readonly string[]).includes(v);
}

/** The outcomes in the order the decisions editor offers them. Labels: `retreat:outcome.<OUTCOME>`. */
export const OUTCOMES: readonly DecisionOutcome[] = ['ACCEPTED', 'REJECTED', 'DEFERRED'];

export function isOutcome(v: unknown): v is DecisionOutcome {
  return typeof v === 'string' && (OUTCOMES as readonly string[]).includes(v);
}

export const OUTCOME_COLOR: Record<DecisionOutcome, string> = {
  ACCEPTED: 'green',
  REJECTED: 'red',
  DEFERRED: 'yellow',
};

export const PRIORITIES: readonly Priority[] = ['HIGH', 'MEDIUM', 'LOW'];

export function isPriority(v: unknown): v is Priority {
  return typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v);
}

/** Creating retreats: those who plan (the API's PermManageRetreat). */
export function canCreateRetreats(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** The tabs of a retreat's page, as `?tab=` names them (no parameter: the preparation). */
export const RETREAT_TABS = ['preparation', 'proposals', 'decisions', 'minutes'] as const;
export type RetreatTab = (typeof RETREAT_TABS)[number];

export function isRetreatTab(v: unknown): v is RetreatTab {
  return typeof v === 'string' && (RETREAT_TABS as readonly string[]).includes(v);
}

/** The board's columns: every kind in board order with its proposals, in the order given. */
export function groupByKind<T extends { kind: ProposalKind }>(items: readonly T[]): { kind: ProposalKind; items: T[] }[] {
  return PROPOSAL_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) }));
}

interface PartnerLike {
  id: string;
  organisation: { name: string; shortName: string };
}

interface ParticipantLike {
  name: string;
  partner?: PartnerLike | null;
}

/**
 * Participants grouped by partner: in the cooperation's partner order (`partnerOrder`, IDs), then
 * partners the cooperation no longer lists, then those without a partner; names sorted in each.
 */
export function participantsByPartner<P extends ParticipantLike>(
  participants: readonly P[],
  partnerOrder: readonly string[] = [],
): { partner: PartnerLike | null; participants: P[] }[] {
  const groups = new Map<string, { partner: PartnerLike | null; participants: P[] }>();
  for (const p of participants) {
    const key = p.partner?.id ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { partner: p.partner ?? null, participants: [] };
      groups.set(key, g);
    }
    g.participants.push(p);
  }
  const rank = (key: string) => {
    if (key === '') return Number.MAX_SAFE_INTEGER;
    const i = partnerOrder.indexOf(key);
    return i < 0 ? partnerOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a, ga], [b, gb]) => rank(a) - rank(b) || (ga.partner?.organisation.name ?? '').localeCompare(gb.partner?.organisation.name ?? '', 'de'))
    .map(([, g]) => ({ ...g, participants: [...g.participants].sort((x, y) => x.name.localeCompare(y.name, 'de')) }));
}

/** When an agenda item ends: its start plus its duration, in Berlin time. */
export function agendaItemEnd(startsAt: string, durationMinutes: number): string {
  const ms = Date.parse(startsAt);
  if (Number.isNaN(ms)) return startsAt;
  return toBerlinRfc3339(ms + durationMinutes * 60_000);
}

/** The agenda's total length in minutes. */
export function agendaMinutes(items: readonly { durationMinutes: number }[]): number {
  return items.reduce((sum, i) => sum + i.durationMinutes, 0);
}

interface ProposalLike {
  id: string;
  kind: ProposalKind;
  workstream?: { id: string } | null;
  goals?: readonly unknown[];
}

interface DecisionLike {
  id: string;
  outcome: DecisionOutcome;
  proposal?: { id: string; kind: ProposalKind } | null;
}

/**
 * What an accepted decision turns into when the retreat closes (as the API plans it): what its
 * proposal asks for — a draft event, a new workstream, a workstream's priority, a priority on
 * each of its goals — and always a task for the owner partner.
 */
export function planKindsOf(decision: DecisionLike, proposals: readonly ProposalLike[]): PlanItemKind[] {
  const p = decision.proposal ? proposals.find((x) => x.id === decision.proposal?.id) : undefined;
  const kind = p?.kind ?? decision.proposal?.kind;
  const out: PlanItemKind[] = [];
  if (kind === 'EVENT') out.push('EVENT');
  if (kind === 'WORKSTREAM') out.push(p?.workstream ? 'WORKSTREAM_PRIORITY' : 'WORKSTREAM');
  if (kind === 'PRIORITY') for (let i = 0; i < (p?.goals?.length ?? 0); i++) out.push('GOAL_PRIORITY');
  out.push('TASK');
  return out;
}

/** The plan kinds in the order the closing summary lists them. Labels: `retreat:close.items.<KIND>`. */
export const PLAN_ITEM_KINDS: readonly PlanItemKind[] = ['EVENT', 'WORKSTREAM', 'WORKSTREAM_PRIORITY', 'GOAL_PRIORITY', 'TASK'];

/**
 * What closing the retreat will create, counted from the accepted decisions: draft events, new
 * workstreams, priorities on workstreams and goals, and one task per accepted decision. Only
 * kinds with at least one item, in PLAN_ITEM_KINDS order.
 */
export function closeSummary(decisions: readonly DecisionLike[], proposals: readonly ProposalLike[]): { kind: PlanItemKind; count: number }[] {
  const counts = new Map<PlanItemKind, number>();
  for (const d of decisions) {
    if (d.outcome !== 'ACCEPTED') continue;
    for (const kind of planKindsOf(d, proposals)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return PLAN_ITEM_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

interface TallyEntryLike {
  proposalId: string;
  points: number;
  voters: number;
  rank: number;
}

/** One row of the decisions editor: a proposal in tally order with its points and decision. */
export interface DecisionRow<P, D> {
  proposal: P;
  points: number;
  voters: number;
  rank: number | null;
  decision: D | null;
}

/**
 * The decisions editor's rows: every proposal in tally order (points, then title, as the API
 * ranks them; a proposal the tally lacks comes last, by title) with its decision; and the free
 * decisions (those without a proposal) in the order given.
 */
export function decisionRows<P extends { id: string; title: string }, D extends { proposal?: { id: string } | null }>(
  proposals: readonly P[],
  decisions: readonly D[],
  entries: readonly TallyEntryLike[],
): { rows: DecisionRow<P, D>[]; free: D[] } {
  const byProposal = new Map<string, D>();
  const free: D[] = [];
  for (const d of decisions) {
    if (d.proposal) byProposal.set(d.proposal.id, d);
    else free.push(d);
  }
  const order = new Map(entries.map((e, i) => [e.proposalId, i]));
  const entryOf = new Map(entries.map((e) => [e.proposalId, e]));
  const rows = [...proposals]
    .sort((a, b) => {
      const ia = order.get(a.id);
      const ib = order.get(b.id);
      if (ia !== undefined && ib !== undefined) return ia - ib;
      if (ia !== undefined) return -1;
      if (ib !== undefined) return 1;
      return a.title.localeCompare(b.title, 'de');
    })
    .map((proposal) => {
      const e = entryOf.get(proposal.id);
      return {
        proposal,
        points: e?.points ?? 0,
        voters: e?.voters ?? 0,
        rank: e ? e.rank : null,
        decision: byProposal.get(proposal.id) ?? null,
      };
    });
  return { rows, free };
}

/** Whether points have been placed or the session has begun: then the board shows points. */
export function showsPoints(status: RetreatStatus, totalPoints: number): boolean {
  return status !== 'PREPARING' || totalPoints > 0;
}

/** The link a plan item leads to, or null for a task (text only). */
export type PlanItemLink =
  | { to: '/c/$cooperationId/events/$eventId'; params: { eventId: string } }
  | { to: '/c/$cooperationId/workstreams/$workstreamId'; params: { workstreamId: string } }
  | { to: '/c/$cooperationId/goals'; params: Record<string, never> }
  | null;

export function planItemLink(item: { kind: PlanItemKind; targetId: string }): PlanItemLink {
  switch (item.kind) {
    case 'EVENT':
      return { to: '/c/$cooperationId/events/$eventId', params: { eventId: item.targetId } };
    case 'WORKSTREAM':
    case 'WORKSTREAM_PRIORITY':
      return { to: '/c/$cooperationId/workstreams/$workstreamId', params: { workstreamId: item.targetId } };
    case 'GOAL_PRIORITY':
      return { to: '/c/$cooperationId/goals', params: {} };
    default:
      return null;
  }
}

/** A date (`YYYY-MM-DD`) lies in the year. */
export function inYear(date: string, year: number): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && Number(date.slice(0, 4)) === year;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(cache: Map<string, Intl.DateTimeFormat>, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { timeZone: TIME_ZONE, ...options });
    cache.set(language, f);
  }
  return f;
}

/** A Berlin clock time, "09:00". */
export function berlinTime(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatFor(timeFormats, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

/**
 * When a retreat takes place: "Fr., 11.12.2026, 09:00" on one day, with " – 12.12.2026" added
 * when it lasts several.
 */
export function retreatPeriod(startsAt: string, endsOn: string, language: string): string {
  const d = new Date(startsAt);
  if (Number.isNaN(d.getTime())) return startsAt;
  const day = formatFor(weekdayFormats, language, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
  const start = `${day}, ${berlinTime(startsAt, language)}`;
  return berlinParts(startsAt).date === endsOn || endsOn === '' ? start : `${start} – ${formatDay(endsOn, language)}`;
}

/** An agenda item's time: "09:00–10:30", with its date in front when it is not the retreat's first day. */
export function agendaSlot(startsAt: string, durationMinutes: number, firstDay: string, language: string): string {
  const end = agendaItemEnd(startsAt, durationMinutes);
  const slot = `${berlinTime(startsAt, language)}–${berlinTime(end, language)}`;
  const day = berlinParts(startsAt).date;
  return day === firstDay ? slot : `${formatDay(day, language)}, ${slot}`;
}

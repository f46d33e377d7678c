import type { AgreementStatus, CommitmentStatus, FulfilmentKind, FulfilmentState, Role } from '../../gql/graphql';
import { addDays, berlinInstant, formatDay } from '../../lib/berlin';

/** Badge colours; each light variant passes AA with the theme's darker texts. */
export const AGREEMENT_STATUS_COLOR: Record<AgreementStatus, string> = { DRAFT: 'gray', SIGNED: 'green' };

export const COMMITMENT_STATUS_COLOR: Record<CommitmentStatus, string> = { FULFILLED: 'green', OPEN: 'blue', AT_RISK: 'red' };

export const FULFILMENT_STATE_COLOR: Record<FulfilmentState, string> = { DONE: 'green', UNDER_WAY: 'blue', TROUBLED: 'orange', VOID: 'gray' };

/** The kinds of measures, in the order the dialog offers them. Labels: `agreements:kind.<KIND>`. */
export const FULFILMENT_KINDS: readonly FulfilmentKind[] = ['EVENT', 'AWARD_CYCLE', 'WORKSTREAM', 'RETREAT'];

/** Reading agreements: everyone but EXTERNAL. */
export function canReadAgreements(role: Role): boolean {
  return role !== 'EXTERNAL';
}

/** Drafting agreements: those who plan (the API's PermManageStrategy). */
export function canDraftAgreements(role: Role): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** "01.01.2022 – 31.12.2026", or "ab 01.01.2022" (`openEnded` is the translated "from …") when open-ended. */
export function validityText(from: string, until: string | null | undefined, language: string, openEnded: (from: string) => string): string {
  if (!until) return openEnded(formatDay(from, language));
  return `${formatDay(from, language)} – ${formatDay(until, language)}`;
}

/** The translation key of a linked measure's own status (event status, award phase, workstream status). */
export function detailKey(kind: FulfilmentKind, detail: string): string {
  switch (kind) {
    case 'EVENT':
      return `events:status.${detail}`;
    case 'AWARD_CYCLE':
      return `award:phases.${detail}`;
    case 'RETREAT':
      return `agreements:retreatStatus.${detail}`;
    default:
      return `workstreams:status.${detail}`;
  }
}

/** The span of calendar years as RFC 3339 instants in Berlin, for the event filter (null when no years). */
export function yearSpan(years: readonly number[]): { from: string; until: string } | null {
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = berlinInstant(`${first}-01-01`, '00:00');
  const until = berlinInstant(`${last + 1}-01-01`, '00:00');
  if (from.kind !== 'ok' || until.kind !== 'ok') return null;
  return { from: from.iso, until: until.iso };
}

/** Whether a workstream runs in a calendar year (an open end runs on). */
export function runsIn(w: { startsOn: string; endsOn?: string | null }, year: number): boolean {
  const startYear = Number(w.startsOn.slice(0, 4));
  const endYear = w.endsOn ? Number(w.endsOn.slice(0, 4)) : Number.POSITIVE_INFINITY;
  return startYear <= year && year <= endYear;
}

/** The year a new workstream link defaults to: this year when the agreement covers it, else its first. */
export function defaultYear(years: readonly number[], today: string): number | null {
  const current = Number(today.slice(0, 4));
  if (years.includes(current)) return current;
  return years[0] ?? null;
}

interface CommitmentLike {
  recurring: boolean;
  years: readonly { status: CommitmentStatus }[];
}

/**
 * The commitments a successor takes over: the recurring ones, and the one-off ones never
 * fulfilled (what the server does; shown before the user drafts).
 */
export function carriedOver<C extends CommitmentLike>(commitments: readonly C[]): C[] {
  return commitments.filter((c) => c.recurring || !c.years.some((y) => y.status === 'FULFILLED'));
}

/** The first day of a successor: the day after the predecessor ends (empty when open-ended). */
export function successorStart(validUntil: string | null | undefined): string {
  return validUntil ? addDays(validUntil, 1) : '';
}

/** How many cells of the ledger stand in each status, for the summary above it. */
export function countStatuses(commitments: readonly CommitmentLike[]): Record<CommitmentStatus, number> {
  const out: Record<CommitmentStatus, number> = { FULFILLED: 0, OPEN: 0, AT_RISK: 0 };
  for (const c of commitments) for (const y of c.years) out[y.status] += 1;
  return out;
}

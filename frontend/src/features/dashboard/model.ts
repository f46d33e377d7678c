import type { DashboardQuery, KpiSubjectKind, Role } from '../../gql/graphql';
import { berlinParts } from '../../lib/berlin';
import { TIME_ZONE } from '../../lib/format';
import { goalAnchor } from '../goals/model';

/** The start page as the query returns it. */
export type Dashboard = DashboardQuery['dashboard'];

/** The sections of the start page, in the order they appear. */
export type DashboardSection = 'tasks' | 'events' | 'award' | 'retreat' | 'workstreams' | 'kpis' | 'coverage' | 'commitments';

/**
 * The sections the reader's role gets. A hidden section is left out altogether (no empty box):
 * VIEWER and EXTERNAL have no tasks; EXTERNAL readers see only the award cycle they judge and the
 * retreat they take part in, so those two show only when the server sent them.
 */
export function visibleSections(d: Pick<Dashboard, 'myRole' | 'award' | 'retreat' | 'coverage'>): DashboardSection[] {
  const external = d.myRole === 'EXTERNAL';
  const out: DashboardSection[] = [];
  if (hasTasks(d.myRole)) out.push('tasks');
  if (!external) out.push('events');
  if (!external || d.award) out.push('award');
  if (!external || d.retreat) out.push('retreat');
  if (!external) out.push('workstreams', 'kpis');
  if (!external && d.coverage) out.push('coverage');
  if (!external) out.push('commitments');
  return out;
}

/** Whether a role can have tasks at all (MEMBER and up). */
export function hasTasks(role: Role): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR' || role === 'MEMBER';
}

/** Whole calendar days from `today` (`YYYY-MM-DD`) to a date or to an instant's Berlin day; negative when past. */
export function daysUntil(today: string, dateOrInstant: string): number {
  const day = dateOrInstant.length > 10 ? berlinParts(dateOrInstant).date : dateOrInstant;
  const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(day) - ms(today)) / 86_400_000);
}

/** The i18n key and count for "noch 12 Tage" / "heute" / "morgen" / "vorbei". */
export function remainingKey(days: number): { key: string; count: number } {
  if (days < 0) return { key: 'remaining.past', count: -days };
  if (days === 0) return { key: 'remaining.today', count: 0 };
  if (days === 1) return { key: 'remaining.tomorrow', count: 1 };
  return { key: 'remaining.days', count: days };
}

/** The guests' answers of an event: seats taken against capacity, as a share 0–100 (null when unlimited). */
export function capacityPercent(accepted: number, capacity: number | null | undefined): number | null {
  if (capacity === null || capacity === undefined || capacity <= 0) return null;
  return Math.min(100, Math.round((accepted / capacity) * 100));
}

/** A juror's ballot progress as 0–100. */
export function ballotPercent(b: { toScore: number; scored: number }): number {
  if (b.toScore <= 0) return 100;
  return Math.min(100, Math.round((b.scored / b.toScore) * 100));
}

/** Where a KPI lives in the SPA, as router link props. */
export type KpiLink =
  | { to: '/c/$cooperationId/workstreams/$workstreamId'; params: { workstreamId: string }; search: { tab: 'kpis' }; hash?: undefined }
  | { to: '/c/$cooperationId/goals'; params: Record<string, never>; search?: undefined; hash: string }
  | { to: '/c/$cooperationId/events/series'; params: Record<string, never>; search?: undefined; hash?: undefined };

/** The page that shows a KPI: its workstream's KPI tab, its goal in the goal tree, or the series page. */
export function kpiLink(subject: { kind: KpiSubjectKind; id: string }): KpiLink {
  switch (subject.kind) {
    case 'WORKSTREAM':
      return { to: '/c/$cooperationId/workstreams/$workstreamId', params: { workstreamId: subject.id }, search: { tab: 'kpis' } };
    case 'GOAL':
      return { to: '/c/$cooperationId/goals', params: {}, hash: goalAnchor(subject.id) };
    case 'EVENT_SERIES':
      return { to: '/c/$cooperationId/events/series', params: {} };
  }
}

/** The coverage gaps that are not zero, in a fixed order, with their i18n key. */
export function coverageGaps(c: NonNullable<Dashboard['coverage']>): { key: string; count: number }[] {
  const all = [
    { key: 'goalsWithoutMeasure', count: c.goalsWithoutMeasure },
    { key: 'measuresWithoutKpi', count: c.measuresWithoutKpi },
    { key: 'measuresWithOnePartner', count: c.measuresWithOnePartner },
    { key: 'goalsWithoutPriority', count: c.goalsWithoutPriority },
  ];
  return all.filter((g) => g.count > 0);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}:${language}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { timeZone: TIME_ZONE, hourCycle: 'h23', ...options });
    formats.set(id, f);
  }
  return f;
}

/** An event's start in Berlin with the weekday: "Mi., 20.01.2027, 18:00". */
export function formatStart(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format('start', language, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A deadline in Berlin: "15.03.2027, 23:59". */
export function formatDeadline(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format('deadline', language, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

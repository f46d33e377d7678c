import type { Priority, Role, WorkstreamStatus } from '../../gql/graphql';

/** The statuses in board order. Labels: `workstreams:status.<STATUS>`. */
export const WORKSTREAM_STATUSES: readonly WorkstreamStatus[] = ['PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'PAUSED', 'DONE'];

export function isWorkstreamStatus(v: unknown): v is WorkstreamStatus {
  return typeof v === 'string' && (WORKSTREAM_STATUSES as readonly string[]).includes(v);
}

/** Badge colours; each light variant passes AA with the theme's darker texts. */
export const STATUS_COLOR: Record<WorkstreamStatus, string> = {
  PROPOSED: 'gray',
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  OFF_TRACK: 'red',
  PAUSED: 'cyan',
  DONE: 'koop',
};

export const PRIORITIES: readonly Priority[] = ['HIGH', 'MEDIUM', 'LOW'];

export const PRIORITY_COLOR: Record<Priority, string> = {
  HIGH: 'red',
  MEDIUM: 'yellow',
  LOW: 'gray',
};

/** Sorts by priority (high first, none last); ties keep their order. */
export function priorityRank(p: Priority | null | undefined): number {
  return p ? PRIORITIES.indexOf(p) : PRIORITIES.length;
}

/** Reading workstreams: everyone but EXTERNAL. */
export function canReadWorkstreams(role: Role): boolean {
  return role !== 'EXTERNAL';
}

/** Creating workstreams: those who plan (the API's PermManageStrategy). */
export function canManageWorkstreams(role: Role): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** The board's columns: every status in board order with its workstreams, high priority first. */
export function groupByStatus<T extends { status: WorkstreamStatus; priority?: Priority | null }>(
  items: readonly T[],
): { status: WorkstreamStatus; items: T[] }[] {
  return WORKSTREAM_STATUSES.map((status) => ({
    status,
    items: items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item.status === status)
      .sort((a, b) => priorityRank(a.item.priority) - priorityRank(b.item.priority) || a.i - b.i)
      .map(({ item }) => item),
  }));
}

interface MilestoneLike {
  dueOn: string;
  doneOn?: string | null;
}

/** The first milestone not done yet, by due date. */
export function nextOpenMilestone<M extends MilestoneLike>(milestones: readonly M[]): M | null {
  return [...milestones].filter((m) => !m.doneOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}

/** An entry of the milestone timeline: a milestone, or the marker of today between them. */
export type TimelineEntry<M> = { kind: 'milestone'; milestone: M } | { kind: 'today'; date: string };

/**
 * The timeline: milestones by due date, with "today" placed after every milestone due before or
 * on today (a milestone due today stays above the marker).
 */
export function timeline<M extends MilestoneLike>(milestones: readonly M[], today: string): TimelineEntry<M>[] {
  const sorted = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const out: TimelineEntry<M>[] = [];
  let placed = false;
  for (const m of sorted) {
    if (!placed && m.dueOn > today) {
      out.push({ kind: 'today', date: today });
      placed = true;
    }
    out.push({ kind: 'milestone', milestone: m });
  }
  if (!placed) out.push({ kind: 'today', date: today });
  return out;
}

/** The tabs of a workstream's page, as `?tab=` names them (no parameter: the milestones). */
export const WORKSTREAM_TABS = ['milestones', 'kpis', 'reports', 'tasks', 'discussion'] as const;
export type WorkstreamTab = (typeof WORKSTREAM_TABS)[number];

export function isWorkstreamTab(v: unknown): v is WorkstreamTab {
  return typeof v === 'string' && (WORKSTREAM_TABS as readonly string[]).includes(v);
}

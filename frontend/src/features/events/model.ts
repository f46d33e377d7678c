import type { EventStatus, Role } from '../../gql/graphql';

/** The statuses in their usual order; CANCELLED stands aside. Labels: `events:status.<STATUS>`. */
export const EVENT_STATUSES: readonly EventStatus[] = [
  'IDEA',
  'PLANNING',
  'CONFIRMED',
  'INVITATIONS_SENT',
  'HELD',
  'DOCUMENTED',
  'CANCELLED',
];

export function isEventStatus(v: unknown): v is EventStatus {
  return typeof v === 'string' && (EVENT_STATUSES as readonly string[]).includes(v);
}

/** Badge colours; all have an AA-contrast light variant in the theme. */
export const STATUS_COLOR: Record<EventStatus, string> = {
  IDEA: 'gray',
  PLANNING: 'blue',
  CONFIRMED: 'teal',
  INVITATIONS_SENT: 'cyan',
  HELD: 'green',
  DOCUMENTED: 'green',
  CANCELLED: 'red',
};

/** Whether moving from `from` to `to` goes back along the usual order (e.g. CONFIRMED → PLANNING). */
export function isBackward(from: EventStatus, to: EventStatus): boolean {
  if (from === 'CANCELLED' || to === 'CANCELLED') return false;
  return EVENT_STATUSES.indexOf(to) < EVENT_STATUSES.indexOf(from);
}

/** Cancelling and going back ask for confirmation first; moving forward does not. */
export function needsConfirmation(from: EventStatus, to: EventStatus): boolean {
  return to === 'CANCELLED' || isBackward(from, to);
}

/**
 * The translation key (namespace events) of the button that moves an event from `from` to `to`:
 * forward steps name what happens ("Bestätigen"), backward ones say "Zurück zu …".
 */
export function transitionLabelKey(from: EventStatus, to: EventStatus): string {
  if (from === 'CANCELLED' && to === 'IDEA') return 'transition.revive';
  if (isBackward(from, to)) return 'transition.back';
  return `transition.to.${to}`;
}

/** Reading events, series and tasks: everyone but EXTERNAL. */
export function canReadEvents(role: Role): boolean {
  return role !== 'EXTERNAL';
}

/** Creating and changing series, events, statuses and tasks. */
export function canPlan(role: Role): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** Taking a free task and completing one's own: MEMBER and up. */
export function canTakeTasks(role: Role): boolean {
  return canPlan(role) || role === 'MEMBER';
}

interface TaskLike {
  done: boolean;
  dueOn?: string | null;
  assignee?: { id: string } | null;
}

/** Whether the user may tick a task done or open again: planners, and the assignee (MEMBER and up). */
export function canToggleTask(role: Role, task: TaskLike, userId: string): boolean {
  return canPlan(role) || (canTakeTasks(role) && task.assignee?.id === userId);
}

/** Whether the user may take the task: it is free and open, and they are MEMBER or more. */
export function canTakeTask(role: Role, task: TaskLike): boolean {
  return canTakeTasks(role) && !task.assignee && !task.done;
}

/** An open task whose due date (Berlin calendar) lies before today; due today is not overdue yet. */
export function isOverdue(task: TaskLike, today: string): boolean {
  return !task.done && !!task.dueOn && task.dueOn < today;
}

/** How a partner is named in tight places: its short name, else its name. */
export function partnerLabel(p: { organisation: { name: string; shortName: string } } | null | undefined): string {
  if (!p) return '';
  return p.organisation.shortName || p.organisation.name;
}

/**
 * Active members as a select offers them, "Name (Partner)" sorted by that label; `kept` are the
 * people a record already names who are no longer among them, so that an edit keeps them.
 */
export function memberOptions(
  members: readonly { id: string; user: { name: string }; organisation?: { name: string; shortName: string } | null }[],
  kept: readonly { membershipId: string; name: string; partner?: { organisation: { name: string; shortName: string } } | null }[] = [],
): { value: string; label: string }[] {
  const options = members
    .map((m) => ({ value: m.id, label: m.organisation ? `${m.user.name} (${partnerLabel({ organisation: m.organisation })})` : m.user.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  for (const k of kept) {
    if (!options.some((o) => o.value === k.membershipId)) {
      options.push({ value: k.membershipId, label: k.partner ? `${k.name} (${partnerLabel(k.partner)})` : k.name });
    }
  }
  return options;
}

/** The tabs of an event's page, as `?tab=` names them (no parameter: the overview). */
export const EVENT_TABS = ['overview', 'tasks', 'budget', 'guests', 'checkin', 'files'] as const;
export type EventTab = (typeof EVENT_TABS)[number];

export function isEventTab(v: unknown): v is EventTab {
  return typeof v === 'string' && (EVENT_TABS as readonly string[]).includes(v);
}

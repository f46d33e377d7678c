import type { Role } from '../../gql/graphql';

/** Exporting a contact's data: ADMIN and COORDINATOR of its cooperation (as the API allows). */
export function canExportContact(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** Erasing a contact and the retention review: ADMIN only. */
export function canEraseContact(role: Role | null | undefined): boolean {
  return role === 'ADMIN';
}

/** The retention rule's bounds in years (as the API checks them). */
export const RETENTION_MIN_YEARS = 1;
export const RETENTION_MAX_YEARS = 30;

/** Whether a retention period is one the API accepts: a whole number of years, 1–30. */
export function isValidRetentionYears(years: unknown): years is number {
  return typeof years === 'number' && Number.isInteger(years) && years >= RETENTION_MIN_YEARS && years <= RETENTION_MAX_YEARS;
}

function normaliseName(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
}

/**
 * Whether the typed confirmation names the person: their last name, ignoring case, surrounding
 * and repeated blanks. An empty last name never matches (the dialog then asks for a tick).
 */
export function confirmationMatches(typed: string, lastName: string): boolean {
  const want = normaliseName(lastName);
  return want !== '' && normaliseName(typed) === want;
}

/** What the erase dialog knows when deciding whether its button may be pressed. */
export interface EraseState {
  /** The plan has been loaded (null while loading or after a failure). */
  plan: { blockers: readonly string[] } | null;
  reason: string;
  /** The last name to type; null or empty: confirmed with a checkbox instead. */
  lastName: string | null;
  typed: string;
  ticked: boolean;
}

/** Whether the person's name is to be typed (else a checkbox confirms). */
export function confirmsByName(lastName: string | null): lastName is string {
  return lastName !== null && lastName.trim() !== '';
}

/**
 * Erasing is allowed once the plan is loaded without blockers, a reason is given and the
 * confirmation is there (the last name typed, or the box ticked where there is no last name).
 */
export function canConfirmErasure(s: EraseState): boolean {
  if (!s.plan || s.plan.blockers.length > 0) return false;
  if (s.reason.trim() === '') return false;
  return confirmsByName(s.lastName) ? confirmationMatches(s.typed, s.lastName) : s.ticked;
}

/**
 * A file name safe to offer for download: the server's suggestion without folders or characters
 * file systems refuse, ending in `.json`; `fallback` when nothing is left.
 */
export function safeFileName(name: string, fallback = 'koop-personendaten.json', extension = '.json'): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '');
  if (base === '') return fallback;
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}

/**
 * Offers text as a file download (a Blob behind a temporary link), e.g. the JSON of an export.
 * The object URL is released once the browser has taken the file.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Selects or deselects one ID. */
export function toggleId(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The state of a "select all" box over `ids`: all, some (indeterminate) or none selected. */
export function selectionState(ids: readonly string[], selected: ReadonlySet<string>): 'all' | 'some' | 'none' {
  const n = ids.filter((id) => selected.has(id)).length;
  if (n === 0) return 'none';
  return n === ids.length ? 'all' : 'some';
}

/** Keeps only the IDs still listed (after the review changed). */
export function keepListed(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const listed = new Set(ids);
  return new Set([...selected].filter((id) => listed.has(id)));
}

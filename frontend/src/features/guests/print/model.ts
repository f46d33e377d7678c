import type { InvitationStatus, PrintGuestFieldsFragment } from '../../../gql/graphql';

/** A guest as the print views read them. */
export type PrintGuest = PrintGuestFieldsFragment;

/** The groups of the printed guest list, in the order the door needs them. */
export type GuestGroupKey = 'seated' | 'waitlisted' | 'invited';

/** One group of the printed list with its guests. */
export interface GuestGroup {
  key: GuestGroupKey;
  guests: PrintGuest[];
}

function groupOf(status: InvitationStatus): GuestGroupKey | null {
  switch (status) {
    case 'ACCEPTED':
    case 'ATTENDED':
      return 'seated';
    case 'WAITLISTED':
      return 'waitlisted';
    case 'INVITED':
      return 'invited';
    default:
      return null;
  }
}

/**
 * Splits the guests into those who hold a seat (accepted or already there), the waiting list in
 * its order, and those who have not answered; other statuses are left out, empty groups too.
 * Within a group the API's order (by name) is kept.
 */
export function guestGroups(guests: readonly PrintGuest[]): GuestGroup[] {
  const by: Record<GuestGroupKey, PrintGuest[]> = { seated: [], waitlisted: [], invited: [] };
  for (const g of guests) {
    const key = groupOf(g.status);
    if (key) by[key].push(g);
  }
  by.waitlisted.sort((a, b) => a.waitlistPosition - b.waitlistPosition);
  return (['seated', 'waitlisted', 'invited'] as const).filter((k) => by[k].length > 0).map((key) => ({ key, guests: by[key] }));
}

/** How many people a group brings, plus-ones included. */
export function peopleIn(guests: readonly PrintGuest[]): number {
  return guests.reduce((n, g) => n + (g.plusOne ? 2 : 1), 0);
}

/** The organisation line under a name: "Geschäftsführerin, Muster GmbH"; empty when unknown. */
export function organisationLine(g: PrintGuest): string {
  return [g.contact?.function ?? '', g.contact?.organisation?.name ?? '']
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(', ');
}

/** One name badge: a guest, or a guest's companion (named, or known only as "Begleitung von …"). */
export type Badge =
  | { key: string; kind: 'guest'; name: string; detail: string }
  | { key: string; kind: 'companion'; name: string; companionOf: string };

/** The badges of everyone who holds a seat: each guest, then their companion. */
export function badgesFor(guests: readonly PrintGuest[]): Badge[] {
  const out: Badge[] = [];
  for (const g of guests) {
    if (g.status !== 'ACCEPTED' && g.status !== 'ATTENDED') continue;
    out.push({ key: g.id, kind: 'guest', name: g.guestName, detail: organisationLine(g) });
    if (g.plusOne) out.push({ key: `${g.id}+1`, kind: 'companion', name: g.plusOneName.trim(), companionOf: g.guestName });
  }
  return out;
}

/** Badges per A4 sheet: two columns of four 90 × 55 mm badges. */
export const BADGES_PER_SHEET = 8;

/** Splits a list into pages of `size` (the last one may be shorter); none for an empty list. */
export function pages<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The Berlin wall-clock time of an instant: "18:05". */
export function berlinTime(iso: string, language: string): string {
  const key = language === 'en' ? 'en-GB' : 'de-DE';
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(key, { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(key, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

import type { InvitationStatus } from '../../gql/graphql';

export const INVITATION_STATUSES: readonly InvitationStatus[] = ['DRAFT', 'INVITED', 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'ATTENDED', 'NO_SHOW'];

export const STATUS_COLOR: Record<InvitationStatus, string> = {
  DRAFT: 'gray',
  INVITED: 'blue',
  ACCEPTED: 'teal',
  WAITLISTED: 'yellow',
  DECLINED: 'red',
  ATTENDED: 'green',
  NO_SHOW: 'orange',
};

interface Searchable {
  guestName: string;
  plusOneName: string;
  contact?: { email?: string | null; organisation?: { name: string } | null } | null;
}

/** Whether a guest matches a search: name, companion, organisation or e-mail, any case, umlauts as typed or folded. */
export function guestMatches(g: Searchable, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  const hay = fold([g.guestName, g.plusOneName, g.contact?.organisation?.name ?? '', g.contact?.email ?? ''].join(' '));
  return q.split(/\s+/).every((word) => hay.includes(word));
}

/** Lower case without accents, with ß as ss: "Böttcher" and "bottcher" meet. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The statuses the door sees: everyone who may come or came. */
export function atTheDoor(status: InvitationStatus): boolean {
  return status === 'ACCEPTED' || status === 'ATTENDED' || status === 'INVITED' || status === 'WAITLISTED';
}

import { describe, expect, it } from 'vitest';
import { badgesFor, berlinTime, guestGroups, organisationLine, pages, peopleIn, type PrintGuest } from './model';

function guest(id: string, status: PrintGuest['status'], more: Partial<PrintGuest> = {}): PrintGuest {
  return {
    __typename: 'Invitation',
    id,
    status,
    guestName: `Gast ${id}`,
    plusOne: false,
    plusOneName: '',
    seats: more.plusOne ? 2 : 1,
    waitlistPosition: 0,
    checkedInAt: null,
    walkIn: false,
    contact: null,
    ...more,
  };
}

describe('guestGroups', () => {
  it('puts seats first, then the waiting list in its order, then the unanswered; leaves out the rest', () => {
    const groups = guestGroups([
      guest('a', 'INVITED'),
      guest('b', 'WAITLISTED', { waitlistPosition: 2 }),
      guest('c', 'ACCEPTED'),
      guest('d', 'DECLINED'),
      guest('e', 'WAITLISTED', { waitlistPosition: 1 }),
      guest('f', 'ATTENDED'),
      guest('g', 'DRAFT'),
      guest('h', 'NO_SHOW'),
    ]);
    expect(groups.map((g) => [g.key, g.guests.map((x) => x.id)])).toEqual([
      ['seated', ['c', 'f']],
      ['waitlisted', ['e', 'b']],
      ['invited', ['a']],
    ]);
    expect(guestGroups([guest('x', 'DECLINED')])).toEqual([]);
  });

  it('counts people with their companions', () => {
    expect(peopleIn([guest('a', 'ACCEPTED', { plusOne: true }), guest('b', 'ACCEPTED')])).toBe(3);
  });
});

describe('organisationLine', () => {
  it('joins function and organisation, skipping what is unknown', () => {
    const org = { __typename: 'Organisation' as const, id: 'o', name: 'Muster GmbH' };
    expect(organisationLine(guest('a', 'ACCEPTED', { contact: { __typename: 'Contact', id: 'c', function: 'Geschäftsführerin', organisation: org } }))).toBe(
      'Geschäftsführerin, Muster GmbH',
    );
    expect(organisationLine(guest('a', 'ACCEPTED', { contact: { __typename: 'Contact', id: 'c', function: ' ', organisation: org } }))).toBe('Muster GmbH');
    expect(organisationLine(guest('a', 'ACCEPTED'))).toBe('');
  });
});

describe('badgesFor', () => {
  it('makes a badge for each seat holder and one for each companion, named or not', () => {
    const badges = badgesFor([
      guest('a', 'ACCEPTED', { guestName: 'Dr. Anna Schulz', plusOne: true, plusOneName: ' Anke Böttcher ' }),
      guest('b', 'WAITLISTED', { plusOne: true }),
      guest('c', 'ATTENDED', { guestName: 'Bernd Meier', plusOne: true }),
      guest('d', 'INVITED'),
    ]);
    expect(badges).toEqual([
      { key: 'a', kind: 'guest', name: 'Dr. Anna Schulz', detail: '' },
      { key: 'a+1', kind: 'companion', name: 'Anke Böttcher', companionOf: 'Dr. Anna Schulz' },
      { key: 'c', kind: 'guest', name: 'Bernd Meier', detail: '' },
      { key: 'c+1', kind: 'companion', name: '', companionOf: 'Bernd Meier' },
    ]);
  });
});

describe('pages', () => {
  it('splits into full sheets and a last shorter one', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 8)).toEqual([]);
  });
});

describe('berlinTime', () => {
  it('is the wall-clock time in Berlin', () => {
    expect(berlinTime('2027-01-20T17:05:00Z', 'de')).toBe('18:05');
  });
});

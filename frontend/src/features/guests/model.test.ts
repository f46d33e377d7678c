import { describe, expect, it } from 'vitest';
import { atTheDoor, fold, guestMatches } from './model';

describe('guest search', () => {
  const g = { guestName: 'Jens Böttcher', plusOneName: 'Anke Weiß', contact: { email: 'jens@spreekueche.example', organisation: { name: 'Spreeküche Catering GmbH' } } };
  it('finds by name, companion, organisation and e-mail, umlauts folded', () => {
    expect(guestMatches(g, 'böttcher')).toBe(true);
    expect(guestMatches(g, 'BOTTCHER')).toBe(true);
    expect(guestMatches(g, 'weiss')).toBe(true);
    expect(guestMatches(g, 'spreeküche jens')).toBe(true);
    expect(guestMatches(g, '')).toBe(true);
    expect(guestMatches(g, 'krüger')).toBe(false);
  });
  it('folds case, accents and ß', () => {
    expect(fold('Straße Ölmühle')).toBe('strasse olmuhle');
  });
  it('lets the door see who may come', () => {
    expect(atTheDoor('ACCEPTED')).toBe(true);
    expect(atTheDoor('WAITLISTED')).toBe(true);
    expect(atTheDoor('DRAFT')).toBe(false);
    expect(atTheDoor('DECLINED')).toBe(false);
  });
});

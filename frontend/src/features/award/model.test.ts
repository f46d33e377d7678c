import { describe, expect, it } from 'vitest';
import { berlinField, formatMoment, moveId, parseCategories, parseWhole } from './model';

describe('award model', () => {
  it('reads categories one per line', () => {
    expect(parseCategories(' Handwerk \n\nDienstleistung\n  \nNeugründung')).toEqual(['Handwerk', 'Dienstleistung', 'Neugründung']);
    expect(parseCategories('')).toEqual([]);
  });

  it('reads Berlin dates with their offset', () => {
    expect(berlinField('2027-03-01', '00:00')).toEqual({ iso: '2027-03-01T00:00:00+01:00', ms: Date.parse('2027-02-28T23:00:00Z') });
    expect(berlinField('2027-06-01', '12:00')).toMatchObject({ iso: '2027-06-01T12:00:00+02:00' });
    expect(berlinField('', '12:00')).toBe('missing');
    expect(berlinField('2027-03-28', '02:30')).toBe('nonexistent');
  });

  it('moves an ID up and down, never past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('shows moments in Berlin time without seconds', () => {
    expect(formatMoment('2027-05-31T21:59:00Z', 'de')).toBe('31.05.2027, 23:59');
    expect(formatMoment('2027-01-20T17:00:00Z', 'de')).toBe('20.01.2027, 18:00');
  });

  it('parses whole numbers only', () => {
    expect(parseWhole(' 10 ')).toBe(10);
    expect(parseWhole('2.5')).toBeNull();
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('zehn')).toBeNull();
  });
});

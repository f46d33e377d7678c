import { describe, expect, it } from 'vitest';
import {
  addDays,
  berlinInstant,
  berlinParts,
  berlinToday,
  berlinWallTime,
  formatDay,
  formatEventSpan,
  monthName,
} from './berlin';

describe('berlinInstant', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(berlinInstant('2027-01-20', '18:00')).toEqual({
      kind: 'ok',
      iso: '2027-01-20T18:00:00+01:00',
      ms: Date.parse('2027-01-20T17:00:00Z'),
      ambiguous: false,
    });
    expect(berlinInstant('2027-05-19', '19:00')).toMatchObject({ kind: 'ok', iso: '2027-05-19T19:00:00+02:00' });
  });

  it('knows the hours around the change to summer time (2027-03-28)', () => {
    expect(berlinInstant('2027-03-28', '01:59')).toMatchObject({ kind: 'ok', iso: '2027-03-28T01:59:00+01:00' });
    // 02:00–02:59 is skipped: the clocks jump from 02:00 to 03:00.
    expect(berlinInstant('2027-03-28', '02:30')).toEqual({ kind: 'nonexistent' });
    expect(berlinInstant('2027-03-28', '02:00')).toEqual({ kind: 'nonexistent' });
    expect(berlinInstant('2027-03-28', '03:00')).toMatchObject({ kind: 'ok', iso: '2027-03-28T03:00:00+02:00' });
  });

  it('takes the earlier of the two 02:30 on the change to winter time (2026-10-25)', () => {
    const r = berlinInstant('2026-10-25', '02:30');
    expect(r).toEqual({ kind: 'ok', iso: '2026-10-25T02:30:00+02:00', ms: Date.parse('2026-10-25T00:30:00Z'), ambiguous: true });
    expect(berlinInstant('2026-10-25', '01:59')).toMatchObject({ iso: '2026-10-25T01:59:00+02:00', ambiguous: false });
    expect(berlinInstant('2026-10-25', '03:00')).toMatchObject({ iso: '2026-10-25T03:00:00+01:00', ambiguous: false });
  });

  it('refuses dates and times that are not well-formed or do not exist', () => {
    expect(berlinInstant('2027-02-30', '10:00')).toEqual({ kind: 'invalid' });
    expect(berlinInstant('2027-01-20', '24:00')).toEqual({ kind: 'invalid' });
    expect(berlinInstant('', '10:00')).toEqual({ kind: 'invalid' });
    expect(berlinInstant('2027-01-20', '')).toEqual({ kind: 'invalid' });
  });

  it('round-trips through berlinParts', () => {
    for (const [date, time] of [
      ['2027-01-20', '18:00'],
      ['2026-10-25', '01:30'],
      ['2026-10-25', '03:30'],
      ['2027-03-28', '03:15'],
      ['2026-12-31', '23:59'],
    ] as const) {
      const r = berlinInstant(date, time);
      if (r.kind !== 'ok') throw new Error(`${date} ${time}: ${r.kind}`);
      expect(berlinParts(r.iso)).toEqual({ date, time });
      expect(berlinParts(new Date(r.ms).toISOString())).toEqual({ date, time });
    }
  });
});

describe('Berlin calendar helpers', () => {
  it('finds the Berlin date of an instant, not the UTC one', () => {
    expect(berlinToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(berlinToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(berlinToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(berlinWallTime('2027-01-20T17:00:00Z')).toBe('2027-01-20T18:00:00');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('formats dates, spans and months in German and English', () => {
    expect(formatDay('2027-01-20', 'de')).toBe('20.01.2027');
    expect(formatDay('2027-01-20', 'en')).toBe('20/01/2027');
    expect(formatEventSpan('2027-01-20T18:00:00+01:00', '2027-01-20T21:00:00+01:00', 'de')).toBe('Mi., 20.01.2027, 18:00–21:00');
    expect(formatEventSpan('2027-03-09T08:30:00Z', '2027-03-10T16:30:00Z', 'de')).toBe(
      'Di., 09.03.2027, 09:30 – Mi., 10.03.2027, 17:30',
    );
    expect(monthName(1, 'de')).toBe('Januar');
    expect(monthName(3, 'de')).toBe('März');
    expect(monthName(3, 'en')).toBe('March');
  });
});

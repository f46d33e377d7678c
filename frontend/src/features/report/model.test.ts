import { describe, expect, it } from 'vitest';
import { budgetTotals, canReadReport, defaultReportYear, eventTotals, formatFigure, reportYears, withUnit } from './model';

describe('defaultReportYear', () => {
  it.each([
    ['2027-01-01', 2026],
    ['2027-03-31', 2026],
    ['2027-04-01', 2027],
    ['2026-11-30', 2026],
    ['2026-12-31', 2026],
  ])('on %s opens %i', (today, year) => {
    expect(defaultReportYear(today)).toBe(year);
  });
});

describe('reportYears', () => {
  it('offers the running year and nine before it, newest first', () => {
    const years = reportYears(2026);
    expect(years).toHaveLength(10);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2017);
  });
  it('adds a year from the URL outside the range, in order', () => {
    expect(reportYears(2026, 2030).slice(0, 2)).toEqual([2030, 2026]);
    expect(reportYears(2026, 2001).at(-1)).toBe(2001);
    expect(reportYears(2026, 2020)).toHaveLength(10);
  });
});

describe('totals', () => {
  it('sums the guest counts of the events', () => {
    expect(
      eventTotals([
        { invited: 10, accepted: 6, attended: 5, seatsAttended: 7 },
        { invited: 3, accepted: 2, attended: 2, seatsAttended: 2 },
      ]),
    ).toEqual({ invited: 13, accepted: 8, attended: 7, seatsAttended: 9 });
    expect(eventTotals([])).toEqual({ invited: 0, accepted: 0, attended: 0, seatsAttended: 0 });
  });
  it('sums planned and actual money', () => {
    expect(
      budgetTotals([
        { plannedCents: 150000, actualCents: 99950 },
        { plannedCents: 50, actualCents: 0 },
      ]),
    ).toEqual({ plannedCents: 150050, actualCents: 99950 });
  });
});

describe('figures', () => {
  it('formats German first, English second', () => {
    expect(formatFigure(1234.5, '', 'de')).toBe('1.234,5');
    expect(formatFigure(1234.5, '', 'en')).toBe('1,234.5');
    expect(formatFigure(2 / 3, '', 'de')).toBe('0,67');
    expect(formatFigure(1234.5, ' Gäste ', 'de')).toBe('1.234,5 Gäste');
    expect(formatFigure(85, '%', 'en')).toBe('85 %');
  });
  it('adds the unit only when there is one', () => {
    expect(withUnit('85', '%')).toBe('85 %');
    expect(withUnit('12', ' ')).toBe('12');
  });
  it('keeps EXTERNAL members out', () => {
    expect(canReadReport('VIEWER')).toBe(true);
    expect(canReadReport('EXTERNAL')).toBe(false);
    expect(canReadReport(null)).toBe(false);
  });
});

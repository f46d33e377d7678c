import { describe, expect, it } from 'vitest';
import { carriedOver, countStatuses, defaultYear, detailKey, runsIn, successorStart, validityText, yearSpan } from './model';

const fulfilled = { status: 'FULFILLED' as const };
const open = { status: 'OPEN' as const };
const atRisk = { status: 'AT_RISK' as const };

describe('succession', () => {
  it('takes over the recurring commitments and the one-off ones never fulfilled', () => {
    const commitments = [
      { id: 'dinner', recurring: true, years: [fulfilled, fulfilled] },
      { id: 'fair', recurring: false, years: [fulfilled, fulfilled] },
      { id: 'portal', recurring: false, years: [atRisk, open] },
    ];
    expect(carriedOver(commitments).map((c) => c.id)).toEqual(['dinner', 'portal']);
  });

  it('starts the successor the day after the predecessor ends', () => {
    expect(successorStart('2026-12-31')).toBe('2027-01-01');
    expect(successorStart('2028-02-28')).toBe('2028-02-29');
    expect(successorStart(null)).toBe('');
  });
});

describe('the ledger', () => {
  it('counts cells by status', () => {
    expect(countStatuses([{ recurring: true, years: [fulfilled, atRisk, open, open] }])).toEqual({ FULFILLED: 1, OPEN: 2, AT_RISK: 1 });
  });

  it('translates a measure status by its kind', () => {
    expect(detailKey('EVENT', 'HELD')).toBe('events:status.HELD');
    expect(detailKey('AWARD_CYCLE', 'DECIDED')).toBe('award:phases.DECIDED');
    expect(detailKey('WORKSTREAM', 'ON_TRACK')).toBe('workstreams:status.ON_TRACK');
  });

  it('shows validity as a span, or open-ended', () => {
    expect(validityText('2022-01-01', '2026-12-31', 'de', (f) => `ab ${f}`)).toBe('01.01.2022 – 31.12.2026');
    expect(validityText('2027-01-01', null, 'de', (f) => `ab ${f}`)).toBe('ab 01.01.2027');
  });
});

describe('linking measures', () => {
  it('asks for the events of the whole term in Berlin time', () => {
    expect(yearSpan([2022, 2023, 2024])).toEqual({ from: '2022-01-01T00:00:00+01:00', until: '2025-01-01T00:00:00+01:00' });
    expect(yearSpan([])).toBeNull();
  });

  it('offers a workstream for the years it runs in', () => {
    expect(runsIn({ startsOn: '2023-04-01', endsOn: '2025-06-30' }, 2022)).toBe(false);
    expect(runsIn({ startsOn: '2023-04-01', endsOn: '2025-06-30' }, 2025)).toBe(true);
    expect(runsIn({ startsOn: '2023-04-01', endsOn: null }, 2030)).toBe(true);
  });

  it('defaults the year to this one within the term, else the first', () => {
    expect(defaultYear([2022, 2023, 2024, 2025, 2026], '2026-03-01')).toBe(2026);
    expect(defaultYear([2027, 2028], '2026-03-01')).toBe(2027);
    expect(defaultYear([], '2026-03-01')).toBeNull();
  });
});

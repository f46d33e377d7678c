import { describe, expect, it } from 'vitest';
import { chartLayout, countStates, dateTicks, dayNumber, formatValue, niceTicks, parseDecimal, progressPercent } from './model';

describe('parseDecimal', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['2.5', 2.5],
    ['1234.56', 1234.56],
    [' -3,25 ', -3.25],
    ['0', 0],
  ])('reads %s', (input, want) => {
    expect(parseDecimal(input)).toBe(want);
  });

  it.each(['', 'abc', '1,2,3', '12a', '1.23.4,5'])('refuses %s', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('formatting', () => {
  it('writes figures with their unit in the UI language', () => {
    expect(formatValue(1234.5, 'Unternehmen', 'de')).toBe('1.234,5 Unternehmen');
    expect(formatValue(1234.5, '%', 'en')).toBe('1,234.5 %');
  });

  it('clamps progress to a bar of 0 to 100', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent(-0.4)).toBe(0);
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(1.7)).toBe(100);
  });

  it('counts KPIs per state, behind first, leaving empty states out', () => {
    expect(countStates([{ state: 'ON_TRACK' }, { state: 'BEHIND' }, { state: 'ON_TRACK' }])).toEqual([
      { state: 'BEHIND', count: 1 },
      { state: 'ON_TRACK', count: 2 },
    ]);
  });
});

describe('niceTicks', () => {
  it('rounds out to steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(12, 47, 5)).toEqual([10, 20, 30, 40, 50]);
    expect(niceTicks(0.1, 0.9, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives a flat series some room', () => {
    const ticks = niceTicks(50, 50);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(50);
  });
});

describe('dateTicks', () => {
  it('uses years over a long span and quarters over a shorter one', () => {
    expect(dateTicks(dayNumber('2022-03-15'), dayNumber('2026-12-31'))).toEqual(['2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
    expect(dateTicks(dayNumber('2025-01-10'), dayNumber('2025-12-01'))).toEqual(['2025-04-01', '2025-07-01', '2025-10-01']);
  });

  it('falls back to the ends of a very short span', () => {
    expect(dateTicks(dayNumber('2025-03-02'), dayNumber('2025-03-20'))).toEqual(['2025-03-02', '2025-03-20']);
  });
});

describe('chartLayout', () => {
  const kpi = {
    baseline: 10,
    baselineOn: '2024-01-01',
    target: 50,
    targetOn: '2026-01-01',
    measurements: [
      { measuredOn: '2024-07-01', value: 20 },
      { measuredOn: '2025-01-01', value: 35 },
    ],
  };

  it('places points left to right in time and higher values higher up', () => {
    const c = chartLayout(kpi, 560, 240);
    expect(c.points).toHaveLength(2);
    const [p0, p1] = c.points;
    expect(p0!.x).toBeLessThan(p1!.x);
    expect(p0!.y).toBeGreaterThan(p1!.y);
    // the baseline lies below the target, both inside the plot
    expect(c.baselineY).toBeGreaterThan(c.targetY);
    expect(c.targetY).toBeGreaterThanOrEqual(c.plot.top);
    expect(c.baselineY).toBeLessThanOrEqual(c.plot.bottom);
    // the time axis runs from the baseline date to the target date
    expect(c.plan).toEqual({ x1: c.plot.left, y1: c.baselineY, x2: c.plot.right, y2: c.targetY });
    expect(c.xTicks.map((t) => t.date)).toContain('2025-01-01');
  });

  it('draws a KPI without dates or measurements without failing', () => {
    const c = chartLayout({ baseline: 5, target: 1, measurements: [] });
    expect(c.points).toEqual([]);
    expect(c.plan).toBeNull();
    expect(c.baselineY).toBeLessThan(c.targetY);
    expect(c.yTicks.length).toBeGreaterThan(1);
  });
});

describe('chartLayout value axis', () => {
  it('keeps lines off the axis but never goes below zero for a figure from zero', () => {
    const lower = chartLayout({ baseline: 14.5, target: 8, measurements: [{ measuredOn: '2025-01-01', value: 12 }] });
    expect(lower.targetY).toBeLessThan(lower.plot.bottom);
    const fromZero = chartLayout({ baseline: 0, target: 12, measurements: [{ measuredOn: '2025-01-01', value: 5 }] });
    expect(fromZero.yTicks[0]?.value).toBe(0);
  });
});

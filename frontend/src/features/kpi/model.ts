import type { KpiDirection, KpiState } from '../../gql/graphql';

/** The states in the order a summary lists them. Labels: `kpi:state.<STATE>`. */
export const KPI_STATES: readonly KpiState[] = ['BEHIND', 'ON_TRACK', 'ACHIEVED', 'NO_DATA'];

/** Badge colours whose light variant passes AA (see the theme's resolver). */
export const KPI_STATE_COLOR: Record<KpiState, string> = {
  NO_DATA: 'gray',
  ACHIEVED: 'green',
  ON_TRACK: 'blue',
  BEHIND: 'red',
};

export const KPI_DIRECTIONS: readonly KpiDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A figure for people: "1.234,5" in German, "1,234.5" in English; at most two decimals. */
export function formatNumber(value: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

/** A figure with its unit: "42 Unternehmen", "12,5 %". */
export function formatValue(value: number, unit: string, language: string): string {
  const n = formatNumber(value, language);
  return unit ? `${n} ${unit}` : n;
}

/**
 * Reads a number as people type it: "1.234,5" or "1234,5" (German), "1234.5", "-3", "12".
 * A single dot with one to two or more than three digits after it, and no comma, is read as the
 * decimal point ("2.5"); "1.234" is read as one thousand two hundred thirty-four. Null when it
 * is no number.
 */
export function parseDecimal(input: string): number | null {
  let s = input.trim().replace(/\s/g, '').replace('−', '-');
  if (s === '') return null;
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  if (!s.includes(',') && /^\d+\.\d+$/.test(s) && !/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace('.', ',');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
  const value = Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? sign * value : null;
}

/** A number as typed into a German form field: 1234.5 → "1234,5". */
export function numberToInput(value: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** Progress (0 = baseline, 1 = target) as a bar's percentage, clamped to 0–100. */
export function progressPercent(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || !Number.isFinite(progress)) return 0;
  return Math.round(Math.min(Math.max(progress, 0), 1) * 100);
}

/** How many KPIs are in each state (states without any are left out). */
export function countStates(kpis: readonly { state: KpiState }[]): { state: KpiState; count: number }[] {
  return KPI_STATES.map((state) => ({ state, count: kpis.filter((k) => k.state === state).length })).filter((x) => x.count > 0);
}

// ---------------------------------------------------------------------------------------------
// Chart geometry: pure, so that it can be tested without a browser.
// ---------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a calendar date (`YYYY-MM-DD`); NaN when it is none. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The calendar date of a day number. */
export function dayString(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * "Nice" axis ticks covering [min, max]: steps of 1, 2, 2.5 or 5 times a power of ten, about
 * `count` of them. The first tick is at or below min, the last at or above max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(count - 1, 1);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v < max + step * 0.5; v += step) {
    // avoid 0.30000000000000004
    ticks.push(Number(v.toPrecision(12)));
    if (ticks.length > 20) break;
  }
  const last = ticks[ticks.length - 1] ?? first;
  if (last < max) ticks.push(Number((last + step).toPrecision(12)));
  return ticks;
}

/**
 * Date ticks between two day numbers: the first of each year, quarter or month, whichever gives
 * at most `max` ticks (a span shorter than two months gets its ends).
 */
export function dateTicks(from: number, to: number, max = 6): string[] {
  const start = dayString(from);
  const end = dayString(to);
  const y0 = Number(start.slice(0, 4));
  const y1 = Number(end.slice(0, 4));
  for (const months of [1, 3, 6, 12, 24, 60]) {
    const ticks: string[] = [];
    for (let y = y0; y <= y1; y++) {
      for (let m = 1; m <= 12; m++) {
        const index = y * 12 + (m - 1);
        if (index % months !== 0) continue;
        const d = `${y}-${String(m).padStart(2, '0')}-01`;
        if (d >= start && d <= end) ticks.push(d);
      }
    }
    if (ticks.length >= 2 && ticks.length <= max) return ticks;
    if (ticks.length < 2 && months === 1) return [start, end];
  }
  return [start, end];
}

export interface ChartInput {
  baseline: number;
  baselineOn?: string | null;
  target: number;
  targetOn?: string | null;
  measurements: readonly { measuredOn: string; value: number }[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The measurements as points, oldest first. */
  points: { x: number; y: number; date: string; value: number }[];
  baselineY: number;
  targetY: number;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; date: string }[];
  /** The planned path from the baseline (at its date) to the target (at its date), when both dates are known. */
  plan: { x1: number; y1: number; x2: number; y2: number } | null;
}

/**
 * Places a KPI's measurements, baseline and target in a chart of the given size: the time axis
 * spans the baseline date, the measurements and the target date; the value axis spans baseline,
 * target and every value, rounded out to nice ticks.
 */
export function chartLayout(kpi: ChartInput, width = 560, height = 240): ChartLayout {
  const plot = { left: 56, right: width - 16, top: 12, bottom: height - 28 };
  const days = kpi.measurements.map((m) => dayNumber(m.measuredOn)).filter(Number.isFinite);
  if (kpi.baselineOn) days.push(dayNumber(kpi.baselineOn));
  if (kpi.targetOn) days.push(dayNumber(kpi.targetOn));
  const valid = days.filter(Number.isFinite);
  let d0 = valid.length > 0 ? Math.min(...valid) : dayNumber('2000-01-01');
  let d1 = valid.length > 0 ? Math.max(...valid) : d0;
  if (d1 - d0 < 30) {
    d0 -= 15;
    d1 += 15;
  }
  const values = [kpi.baseline, kpi.target, ...kpi.measurements.map((m) => m.value)];
  // a little room above and below, so that no line runs along the axis
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.04;
  // ...but no negative values for a figure that cannot be negative
  const yTickValues = niceTicks(lo >= 0 ? Math.max(lo - pad, 0) : lo - pad, hi + pad, 5);
  const v0 = yTickValues[0] ?? 0;
  const v1 = yTickValues[yTickValues.length - 1] ?? 1;
  const x = (day: number) => plot.left + ((day - d0) / (d1 - d0)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - ((value - v0) / (v1 - v0 || 1)) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = kpi.measurements
    .filter((m) => Number.isFinite(dayNumber(m.measuredOn)))
    .map((m) => ({ x: round(x(dayNumber(m.measuredOn))), y: round(y(m.value)), date: m.measuredOn, value: m.value }));
  const plan =
    kpi.baselineOn && kpi.targetOn
      ? {
          x1: round(x(dayNumber(kpi.baselineOn))),
          y1: round(y(kpi.baseline)),
          x2: round(x(dayNumber(kpi.targetOn))),
          y2: round(y(kpi.target)),
        }
      : null;
  return {
    width,
    height,
    plot,
    points,
    baselineY: round(y(kpi.baseline)),
    targetY: round(y(kpi.target)),
    yTicks: yTickValues.map((value) => ({ value, y: round(y(value)) })),
    xTicks: dateTicks(d0, d1).map((date) => ({ date, x: round(x(dayNumber(date))) })),
    plan,
  };
}

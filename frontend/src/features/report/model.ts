import type { Role } from '../../gql/graphql';
import { formatNumber } from '../kpi/model';

/** The annual report is read by everyone but EXTERNAL members (as the API allows). */
export function canReadReport(role: Role | null | undefined): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR' || role === 'MEMBER' || role === 'VIEWER';
}

/**
 * The year the report opens with when the URL names none. Annual reports are written in the first
 * quarter about the year just ended, so until the end of March it is the previous year; from
 * April on the running year (its report grows as the year goes on). `today` is a Berlin date,
 * `YYYY-MM-DD`.
 */
export function defaultReportYear(today: string): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month <= 3 ? year - 1 : year;
}

/** How many years back the year picker reaches. */
export const REPORT_YEARS_BACK = 9;

/**
 * The years offered in the picker, newest first: the running year and the nine before it, plus
 * the selected one when a URL names a year outside that range.
 */
export function reportYears(currentYear: number, selected?: number): number[] {
  const years = Array.from({ length: REPORT_YEARS_BACK + 1 }, (_, i) => currentYear - i);
  if (selected !== undefined && !years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

/** The counts of the events table's total row. */
export interface EventTotals {
  invited: number;
  accepted: number;
  attended: number;
  seatsAttended: number;
}

/** Sums the guest counts of the year's events. */
export function eventTotals(events: readonly EventTotals[]): EventTotals {
  return events.reduce(
    (sum, e) => ({
      invited: sum.invited + e.invited,
      accepted: sum.accepted + e.accepted,
      attended: sum.attended + e.attended,
      seatsAttended: sum.seatsAttended + e.seatsAttended,
    }),
    { invited: 0, accepted: 0, attended: 0, seatsAttended: 0 },
  );
}

/** Sums the planned and actual money of the budget rows. */
export function budgetTotals(rows: readonly { plannedCents: number; actualCents: number }[]): { plannedCents: number; actualCents: number } {
  return rows.reduce((sum, r) => ({ plannedCents: sum.plannedCents + r.plannedCents, actualCents: sum.actualCents + r.actualCents }), {
    plannedCents: 0,
    actualCents: 0,
  });
}

/** A figure with its unit ("1.234,5 Gäste", "85 %"); no unit, no blank. */
export function withUnit(value: string, unit: string): string {
  return unit.trim() === '' ? value : `${value} ${unit.trim()}`;
}

/**
 * A KPI figure for people with its unit: German format in German ("1.234,5 Gäste"), at most two
 * decimals (the KPI pages' `formatNumber`).
 */
export function formatFigure(value: number, unit: string, language: string): string {
  return withUnit(formatNumber(value, language), unit);
}

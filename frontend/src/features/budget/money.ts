import type { BudgetCategory, Role } from '../../gql/graphql';

/** The categories in the order the form offers them. Labels: `budget:category.<CATEGORY>`. */
export const BUDGET_CATEGORIES: readonly BudgetCategory[] = [
  'VENUE',
  'CATERING',
  'PRINT_AND_ADVERTISING',
  'TECHNOLOGY',
  'FEES',
  'GIFTS_AND_AWARDS',
  'OTHER',
];

/** 100 % in basis points: percentages carry two decimals. */
export const FULL_SHARE = 10000;

/** Reading budgets: everyone but EXTERNAL. */
export function canReadBudget(role: Role): boolean {
  return role !== 'EXTERNAL';
}

/** Editing lines and sponsorships: those who plan events. */
export function canEditBudget(role: Role): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

const euroFormats = new Map<string, Intl.NumberFormat>();

/** Euro cents for people, always with German number format in German ("1.234,50 €"). */
export function formatEuro(cents: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  let f = euroFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    euroFormats.set(locale, f);
  }
  return f.format(cents / 100);
}

/** Basis points as a percentage ("33,33 %", "40 %"). */
export function formatPercent(basisPoints: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / FULL_SHARE);
}

/**
 * Reads a number typed the German way with at most two decimals: "1.234,50", "1234,5", "12" or
 * "1234.50" (a dot followed by one or two digits at the end is read as the decimal point).
 * Returns hundredths (cents, basis points) or null when it is no such number. Negative numbers
 * are read, so that the server can say why they are refused.
 */
export function parseHundredths(input: string): number | null {
  let s = input.trim().replace(/\s|€|%/g, '');
  if (s === '') return null;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  }
  if (!s.includes(',') && /^\d+\.\d{1,2}$/.test(s)) s = s.replace('.', ',');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{0,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.replace(/\./g, '').split(',');
  const value = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return Number.isSafeInteger(value) ? sign * value : null;
}

/** Cents as typed in a German form field: 123450 → "1.234,50", 0 → "0,00". */
export function centsToInput(cents: number): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** Basis points as typed in a form field: 4000 → "40", 3333 → "33,33". */
export function basisPointsToInput(bp: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2, useGrouping: false }).format(bp / 100);
}

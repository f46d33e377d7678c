import type { AwardPhase, TieBreakRule } from '../../gql/graphql';
import { berlinInstant, berlinParts, formatDay } from '../../lib/berlin';

/** The tie-break rules, in the order offered. */
export const TIE_BREAK_RULES: readonly TieBreakRule[] = ['MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR', 'MEDIAN_THEN_CHAIR'];

/** Badge colour of each phase; all have an AA-contrast light variant in the theme. */
export const PHASE_COLOR: Record<AwardPhase, string> = {
  DRAFT: 'gray',
  NOMINATION_OPEN: 'green',
  NOMINATION_CLOSED: 'cyan',
  JURY_VOTING: 'blue',
  DECIDED: 'teal',
  ANNOUNCED: 'green',
};

/** The categories typed one per line: trimmed, empty lines dropped. */
export function parseCategories(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A date and time field pair read as a Berlin instant: its ISO form, or the reason it is none. */
export function berlinField(date: string, time: string): { iso: string; ms: number } | 'missing' | 'nonexistent' {
  if (date.trim() === '' || time.trim() === '') return 'missing';
  const r = berlinInstant(date, time);
  if (r.kind === 'nonexistent') return 'nonexistent';
  if (r.kind !== 'ok') return 'missing';
  return { iso: r.iso, ms: r.ms };
}

/** The IDs with the one at `index` moved by `delta` places; unchanged at either end. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  const out = [...ids];
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as string);
  return out;
}

/** Parses a whole number typed by a person; null when it is none. */
export function parseWhole(s: string): number | null {
  const t = s.trim();
  if (!/^-?\d{1,6}$/.test(t)) return null;
  return Number(t);
}

/** A moment as people read it, in Berlin time without seconds: "31.05.2027, 23:59". */
export function formatMoment(iso: string, language: string): string {
  const p = berlinParts(iso);
  return `${formatDay(p.date, language)}, ${p.time}`;
}

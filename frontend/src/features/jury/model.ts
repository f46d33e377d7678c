import type { AwardPhase, ScoreInput, TieBreakStep } from '../../gql/graphql';
import { berlinParts, formatDay } from '../../lib/berlin';

/** A criterion as the scoring screen needs it. */
export interface ScoringCriterion {
  id: string;
  name: string;
  scoreMin: number;
  scoreMax: number;
}

/** A saved score of the reader's ballot. */
export interface SavedScore {
  nominationId: string;
  criterionId: string;
  value: number;
  comment: string;
}

/** What the juror has typed for one criterion and not yet saved. */
export interface ScoreEdit {
  value: number | null;
  comment: string;
}

/** The unsaved edits of one nomination, by criterion ID. */
export type NominationEdits = Record<string, ScoreEdit>;

/** Where a nomination stands on the reader's ballot. */
export type NominationStatus = 'complete' | 'partial' | 'open' | 'conflict';

/** Ranges with more values than this are typed into a number field instead of a radio group. */
export const MAX_RADIO_VALUES = 11;

/** The progress of a ballot: "12 von 24 Bewertungen". */
export function ballotProgress(scored: number, required: number): { scored: number; required: number; percent: number; complete: boolean } {
  const s = Math.max(0, scored);
  const r = Math.max(0, required);
  const percent = r === 0 ? 100 : Math.min(100, Math.round((s / r) * 100));
  return { scored: Math.min(s, r), required: r, percent, complete: s >= r };
}

/** The status of one nomination: conflicted, or how many of the criteria the saved scores cover. */
export function nominationStatus(
  nominationId: string,
  criteria: readonly { id: string }[],
  scores: readonly SavedScore[],
  conflicted: boolean,
): NominationStatus {
  if (conflicted) return 'conflict';
  const scored = new Set(scores.filter((s) => s.nominationId === nominationId).map((s) => s.criterionId));
  const n = criteria.filter((c) => scored.has(c.id)).length;
  if (criteria.length > 0 && n === criteria.length) return 'complete';
  return n === 0 ? 'open' : 'partial';
}

/** The values a criterion offers as radio buttons, or null when the range is too wide (a number field). */
export function scoreOptions(c: { scoreMin: number; scoreMax: number }): number[] | null {
  const count = c.scoreMax - c.scoreMin + 1;
  if (count < 1 || count > MAX_RADIO_VALUES) return null;
  return Array.from({ length: count }, (_, i) => c.scoreMin + i);
}

/** The value and comment shown for a criterion: the unsaved edit, else the saved score. */
export function shownScore(criterionId: string, saved: readonly SavedScore[], edits: NominationEdits | undefined): ScoreEdit {
  const edit = edits?.[criterionId];
  if (edit) return edit;
  const s = saved.find((x) => x.criterionId === criterionId);
  return s ? { value: s.value, comment: s.comment } : { value: null, comment: '' };
}

/**
 * What saving the edits of a nomination sends: the scores whose value or comment differs from
 * the saved one; and the criteria with a comment but no value (a score needs a value).
 */
export function changedScores(
  nominationId: string,
  criteria: readonly ScoringCriterion[],
  saved: readonly SavedScore[],
  edits: NominationEdits | undefined,
): { scores: ScoreInput[]; commentWithoutValue: string[]; outOfRange: string[] } {
  const scores: ScoreInput[] = [];
  const commentWithoutValue: string[] = [];
  const outOfRange: string[] = [];
  const mine = saved.filter((s) => s.nominationId === nominationId);
  for (const c of criteria) {
    const edit = edits?.[c.id];
    if (!edit) continue;
    const before = mine.find((s) => s.criterionId === c.id);
    const comment = edit.comment.trim();
    if (edit.value === null) {
      if (comment !== '' && comment !== (before?.comment ?? '')) commentWithoutValue.push(c.id);
      continue;
    }
    if (!Number.isInteger(edit.value) || edit.value < c.scoreMin || edit.value > c.scoreMax) {
      outOfRange.push(c.id);
      continue;
    }
    if (before && before.value === edit.value && before.comment === comment) continue;
    scores.push({ nominationId, criterionId: c.id, value: edit.value, comment });
  }
  return { scores, commentWithoutValue, outOfRange };
}

/** Whether the edits of a nomination differ from what is saved. */
export function hasChanges(
  nominationId: string,
  criteria: readonly ScoringCriterion[],
  saved: readonly SavedScore[],
  edits: NominationEdits | undefined,
): boolean {
  if (!edits) return false;
  const r = changedScores(nominationId, criteria, saved, edits);
  return r.scores.length > 0 || r.commentWithoutValue.length > 0 || r.outOfRange.length > 0;
}

/** Reads a score typed into a number field: a whole number, or null while empty or not a number. */
export function parseScore(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d{1,4}$/.test(t)) return null;
  return Number(t);
}

/** The translation key of a tie-break step ("entschieden durch"). */
export function tieBreakKey(step: TieBreakStep): `decidedBy.${TieBreakStep}` {
  return `decidedBy.${step}`;
}

/** Whether the cycle's vote is closed (the result is locked). */
export function isDecided(phase: AwardPhase): boolean {
  return phase === 'DECIDED' || phase === 'ANNOUNCED';
}

/** A number as people read it: at most two decimals, German comma ("7,25"); a dash for none. */
export function formatScore(n: number | null | undefined, language: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2 }).format(n);
}

/** The parts of a category's ranking the result views need. */
export interface RankingLike {
  rank: number;
  mean?: number | null;
  nomination: { id: string };
}

/**
 * The winner of a category: the nomination ranked first, unless first place is still shared
 * (awaiting the casting vote) or nobody was scored.
 */
export function categoryWinner<R extends RankingLike>(category: { ranking: readonly R[]; winnerTie: readonly string[] }): R | null {
  if (category.winnerTie.length > 0) return null;
  const first = category.ranking[0];
  if (!first || first.rank !== 1 || first.mean === null || first.mean === undefined) return null;
  const shared = category.ranking.filter((r) => r.rank === 1);
  return shared.length === 1 ? first : null;
}

/** The IDs with the one at `index` moved by `delta` places; unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const out = [...items];
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** The casting vote sent to the server: every tied category's order, preferred first, one after another. */
export function castingVoteOrder(orders: readonly (readonly string[])[]): string[] {
  return orders.flatMap((o) => [...o]);
}

/** One row of a nomination's breakdown table: a criterion with each juror's score. */
export interface BreakdownRow {
  criterionId: string;
  criterionName: string;
  /** Per juror, in the order of the breakdown: the value, or null (conflicted or not given). */
  values: (number | null)[];
  mean: number | null;
}

/** The breakdown of a nomination as a table: criteria × jurors, with the criterion means. */
export function breakdownRows(
  criteria: readonly { id: string; name: string }[],
  breakdown: readonly { conflicted: boolean; scores: readonly { criterionId: string; value: number }[] }[],
  criterionMeans: readonly { criterionId: string; mean: number }[],
): BreakdownRow[] {
  return criteria.map((c) => ({
    criterionId: c.id,
    criterionName: c.name,
    values: breakdown.map((j) => (j.conflicted ? null : (j.scores.find((s) => s.criterionId === c.id)?.value ?? null))),
    mean: criterionMeans.find((m) => m.criterionId === c.id)?.mean ?? null,
  }));
}

/** The comments of a breakdown, each with its juror and criterion, in criterion order. */
export function breakdownComments(
  criteria: readonly { id: string; name: string }[],
  breakdown: readonly { jurorName: string; conflicted: boolean; scores: readonly { criterionId: string; comment: string }[] }[],
): { juror: string; criterion: string; comment: string }[] {
  const out: { juror: string; criterion: string; comment: string }[] = [];
  for (const c of criteria) {
    for (const j of breakdown) {
      if (j.conflicted) continue;
      const comment = j.scores.find((s) => s.criterionId === c.id)?.comment.trim() ?? '';
      if (comment !== '') out.push({ juror: j.jurorName, criterion: c.name, comment });
    }
  }
  return out;
}

/** The first sentence of a text (for the press summary), at most `max` characters. */
export function firstSentence(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return '';
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  const sentence = m?.[1] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s]+$/, '')} …`;
}

/** A file size as people read it: "840 KB", "2,4 MB". */
export function formatSize(bytes: number, language: string): string {
  const nf = (n: number, digits: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(Math.round(bytes / 1024), 0)} KB`;
  return `${nf(bytes / (1024 * 1024), 1)} MB`;
}

/** A moment as people read it, in Berlin time without seconds: "05.03.2027, 10:30". */
export function formatMoment(iso: string, language: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const p = berlinParts(iso);
  return `${formatDay(p.date, language)}, ${p.time}`;
}

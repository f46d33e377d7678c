import { describe, expect, it } from 'vitest';
import de from '../../locales/de/jury.json';
import en from '../../locales/en/jury.json';
import { i18n } from '../../lib/i18n';
import type { TieBreakStep } from '../../gql/graphql';
import {
  ballotProgress,
  breakdownComments,
  breakdownRows,
  castingVoteOrder,
  categoryWinner,
  changedScores,
  firstSentence,
  formatMoment,
  formatScore,
  hasChanges,
  moveItem,
  nominationStatus,
  parseScore,
  scoreOptions,
  shownScore,
  tieBreakKey,
  type SavedScore,
} from './model';

const criteria = [
  { id: 'c1', name: 'Innovation', scoreMin: 0, scoreMax: 10 },
  { id: 'c2', name: 'Nachhaltigkeit', scoreMin: 1, scoreMax: 5 },
];

const saved: SavedScore[] = [
  { nominationId: 'n1', criterionId: 'c1', value: 7, comment: '' },
  { nominationId: 'n1', criterionId: 'c2', value: 4, comment: 'gut' },
  { nominationId: 'n2', criterionId: 'c1', value: 3, comment: '' },
];

describe('ballot progress', () => {
  it('counts scores against what is required', () => {
    expect(ballotProgress(12, 24)).toEqual({ scored: 12, required: 24, percent: 50, complete: false });
    expect(ballotProgress(24, 24)).toMatchObject({ percent: 100, complete: true });
    expect(ballotProgress(0, 24)).toMatchObject({ percent: 0, complete: false });
    expect(ballotProgress(1, 3).percent).toBe(33);
  });

  it('treats a ballot with nothing to score as complete', () => {
    expect(ballotProgress(0, 0)).toEqual({ scored: 0, required: 0, percent: 100, complete: true });
  });
});

describe('nomination status', () => {
  it('is complete, partial or open by the saved scores, and conflict first', () => {
    expect(nominationStatus('n1', criteria, saved, false)).toBe('complete');
    expect(nominationStatus('n2', criteria, saved, false)).toBe('partial');
    expect(nominationStatus('n3', criteria, saved, false)).toBe('open');
    expect(nominationStatus('n1', criteria, saved, true)).toBe('conflict');
  });

  it('ignores scores of criteria that no longer exist', () => {
    const stray: SavedScore[] = [{ nominationId: 'n3', criterionId: 'gone', value: 1, comment: '' }];
    expect(nominationStatus('n3', criteria, stray, false)).toBe('open');
    expect(nominationStatus('n3', [], stray, false)).toBe('open');
  });
});

describe('score inputs', () => {
  it('offers radio values up to eleven, a number field beyond', () => {
    expect(scoreOptions({ scoreMin: 0, scoreMax: 10 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scoreOptions({ scoreMin: 1, scoreMax: 5 })).toEqual([1, 2, 3, 4, 5]);
    expect(scoreOptions({ scoreMin: 0, scoreMax: 11 })).toBeNull();
    expect(scoreOptions({ scoreMin: 0, scoreMax: 100 })).toBeNull();
  });

  it('reads typed numbers', () => {
    expect(parseScore(' 42 ')).toBe(42);
    expect(parseScore('')).toBeNull();
    expect(parseScore('4,5')).toBeNull();
    expect(parseScore('abc')).toBeNull();
  });

  it('shows the edit over the saved score', () => {
    const mine = saved.filter((s) => s.nominationId === 'n1');
    expect(shownScore('c2', mine, undefined)).toEqual({ value: 4, comment: 'gut' });
    expect(shownScore('c2', mine, { c2: { value: 5, comment: '' } })).toEqual({ value: 5, comment: '' });
    expect(shownScore('c9', mine, undefined)).toEqual({ value: null, comment: '' });
  });

  it('sends only what changed and refuses a comment without points', () => {
    const edits = { c1: { value: 7, comment: '' }, c2: { value: 5, comment: ' sehr gut ' } };
    expect(changedScores('n1', criteria, saved, edits)).toEqual({
      scores: [{ nominationId: 'n1', criterionId: 'c2', value: 5, comment: 'sehr gut' }],
      commentWithoutValue: [],
      outOfRange: [],
    });
    expect(hasChanges('n1', criteria, saved, { c1: { value: 7, comment: '' } })).toBe(false);
    expect(hasChanges('n1', criteria, saved, edits)).toBe(true);

    const bad = changedScores('n3', criteria, saved, { c1: { value: null, comment: 'Notiz' }, c2: { value: 9, comment: '' } });
    expect(bad.scores).toEqual([]);
    expect(bad.commentWithoutValue).toEqual(['c1']);
    expect(bad.outOfRange).toEqual(['c2']);
  });
});

describe('tie-break labels', () => {
  const steps: TieBreakStep[] = ['MEAN', 'TOP_RANKS', 'MEDIAN', 'CASTING_VOTE', 'TIED'];

  it('labels every step in German', () => {
    const t = i18n.getFixedT('de', 'jury');
    expect(steps.map((s) => t(tieBreakKey(s)))).toEqual([
      'Mittelwert',
      'mehr Erstplatzierungen',
      'höherer Median',
      'Stichentscheid des Vorsitzes',
      'Gleichstand',
    ]);
  });

  it('has every step in English too', () => {
    const t = i18n.getFixedT('en', 'jury');
    for (const s of steps) expect(t(tieBreakKey(s))).not.toBe(tieBreakKey(s));
  });
});

describe('results', () => {
  const ranking = (id: string, rank: number, mean: number | null = 5) => ({ rank, mean, nomination: { id } });

  it('names the winner only when first place is not shared', () => {
    expect(categoryWinner({ ranking: [ranking('a', 1), ranking('b', 2)], winnerTie: [] })?.nomination.id).toBe('a');
    expect(categoryWinner({ ranking: [ranking('a', 1), ranking('b', 1)], winnerTie: ['a', 'b'] })).toBeNull();
    expect(categoryWinner({ ranking: [ranking('a', 1), ranking('b', 1)], winnerTie: [] })).toBeNull();
    expect(categoryWinner({ ranking: [ranking('a', 1, null)], winnerTie: [] })).toBeNull();
    expect(categoryWinner({ ranking: [], winnerTie: [] })).toBeNull();
  });

  it('shows moments in Berlin time without seconds', () => {
    expect(formatMoment('2027-03-05T09:30:00Z', 'de')).toBe('05.03.2027, 10:30');
    expect(formatMoment('2027-07-05T09:30:00Z', 'de')).toBe('05.07.2027, 11:30');
  });

  it('formats means the German way', () => {
    expect(formatScore(7.25, 'de')).toBe('7,25');
    expect(formatScore(7.256, 'de')).toBe('7,26');
    expect(formatScore(8, 'de')).toBe('8');
    expect(formatScore(null, 'de')).toBe('–');
    expect(formatScore(7.25, 'en')).toBe('7.25');
  });

  it('builds the breakdown table and the comments, skipping conflicted jurors', () => {
    const breakdown = [
      {
        jurorName: 'Anna',
        conflicted: false,
        scores: [
          { criterionId: 'c1', value: 8, comment: 'stark' },
          { criterionId: 'c2', value: 3, comment: '' },
        ],
      },
      { jurorName: 'Ben', conflicted: true, scores: [] },
    ];
    expect(breakdownRows(criteria, breakdown, [{ criterionId: 'c1', mean: 8 }])).toEqual([
      { criterionId: 'c1', criterionName: 'Innovation', values: [8, null], mean: 8 },
      { criterionId: 'c2', criterionName: 'Nachhaltigkeit', values: [3, null], mean: null },
    ]);
    expect(breakdownComments(criteria, breakdown)).toEqual([{ juror: 'Anna', criterion: 'Innovation', comment: 'stark' }]);
  });

  it('moves tied nominations and joins the orders of every category', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(castingVoteOrder([['b', 'a'], ['x', 'y']])).toEqual(['b', 'a', 'x', 'y']);
  });

  it('quotes the first sentence of a justification', () => {
    expect(firstSentence('Die Bäckerei bildet seit 20 Jahren aus. Außerdem …')).toBe('Die Bäckerei bildet seit 20 Jahren aus.');
    expect(firstSentence('  Ohne Punkt  ')).toBe('Ohne Punkt');
    expect(firstSentence('')).toBe('');
    expect(firstSentence('Ein sehr langer Satz ohne Ende', 12)).toBe('Ein sehr …');
  });
});

describe('jury texts', () => {
  function keys(o: unknown, prefix = ''): string[] {
    if (typeof o !== 'object' || o === null) return [prefix];
    return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }

  it('has the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
});

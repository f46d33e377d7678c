/** Test fixtures: a decided award cycle with its result, as the result page and print views read it. */
import type { AwardPhase, JuryPrintQuery, JuryResultFieldsFragment } from '../../../gql/graphql';

type PrintCycle = JuryPrintQuery['awardCycle'];
type Ranking = JuryResultFieldsFragment['categories'][number]['ranking'][number];

function ranking(
  id: string,
  companyName: string,
  category: string,
  rank: number,
  mean: number,
  meanText: string,
  decidedBy: Ranking['decidedBy'],
  more: Partial<Ranking> = {},
): Ranking {
  return {
    __typename: 'AwardRanking',
    nomination: {
      __typename: 'Nomination',
      id,
      companyName,
      companyAddress: 'Frankfurter Allee 1, 10365 Berlin',
      category,
      justification: `${companyName} bildet seit 20 Jahren aus. Außerdem engagiert sich der Betrieb im Kiez.`,
    },
    rank,
    mean,
    meanText,
    median: mean,
    jurors: 3,
    topRanks: rank === 1 ? 2 : 0,
    decidedBy,
    criterionMeans: [
      { __typename: 'CriterionMean', criterionId: 'c1', mean: mean },
      { __typename: 'CriterionMean', criterionId: 'c2', mean: 4 },
    ],
    breakdown: [
      {
        __typename: 'JurorBreakdown',
        jurorName: 'Dr. Petra Lange',
        conflicted: false,
        weighted: mean,
        scores: [
          { __typename: 'Score', nominationId: id, criterionId: 'c1', value: 8, comment: 'Sehr innovativ.' },
          { __typename: 'Score', nominationId: id, criterionId: 'c2', value: 4, comment: '' },
        ],
      },
      { __typename: 'JurorBreakdown', jurorName: 'Jan Berger', conflicted: true, weighted: null, scores: [] },
    ],
    ...more,
  };
}

/** A cycle with two categories: Handwerk decided, Dienstleistung tied for first unless `castingDone`. */
export function decidedCycle(opts: { phase?: AwardPhase; tie?: boolean; isChair?: boolean } = {}): PrintCycle {
  const tie = opts.tie ?? false;
  return {
    __typename: 'AwardCycle',
    id: 'cy1',
    cooperationId: 'co1',
    programmeName: 'Lichtenberger Unternehmen des Jahres',
    title: 'Lichtenberger Unternehmen des Jahres 2027',
    year: 2027,
    phase: opts.phase ?? 'DECIDED',
    categories: ['Handwerk', 'Dienstleistung'],
    quorum: 3,
    tieBreakRule: 'MORE_TOP_RANKS_THEN_MEDIAN_THEN_CHAIR',
    announcementEventId: 'e1',
    announcementEventTitle: 'Neujahrsempfang 2028',
    votingClosesAt: '2027-03-31T21:59:00Z',
    version: 7,
    isChair: opts.isChair ?? false,
    canClose: false,
    closedByName: 'Dr. Petra Lange',
    closedAt: '2027-04-01T08:15:00Z',
    criteria: [
      { __typename: 'Criterion', id: 'c1', name: 'Innovation', weight: 2, scoreMin: 0, scoreMax: 10, position: 1 },
      { __typename: 'Criterion', id: 'c2', name: 'Ausbildung', weight: 1, scoreMin: 1, scoreMax: 5, position: 2 },
    ],
    turnout: { __typename: 'Turnout', jurors: 4, submitted: 3, quorum: 3, quorumMet: true },
    result: {
      __typename: 'AwardResult',
      closedByName: 'Dr. Petra Lange',
      closedAt: '2027-04-01T08:15:00Z',
      needsCastingVote: tie,
      castingVote: [],
      categories: [
        {
          __typename: 'AwardCategoryResult',
          category: 'Handwerk',
          winnerTie: [],
          ranking: [
            ranking('n1', 'Bäckerei Schmidt', 'Handwerk', 1, 7.25, '7,25', 'TOP_RANKS'),
            ranking('n2', 'Tischlerei Krause', 'Handwerk', 2, 7.25, '7,25', 'MEAN', { breakdown: [] }),
          ],
        },
        {
          __typename: 'AwardCategoryResult',
          category: 'Dienstleistung',
          winnerTie: tie ? ['n3', 'n4'] : [],
          ranking: [
            ranking('n3', 'IT-Service Lichtenberg', 'Dienstleistung', 1, 6.5, '6,50', tie ? 'TIED' : 'CASTING_VOTE'),
            ranking('n4', 'Pflegedienst Sonnenschein', 'Dienstleistung', tie ? 1 : 2, 6.5, '6,50', 'MEAN'),
          ],
        },
      ],
    },
    nominations: [
      { __typename: 'Nomination', id: 'n1', category: 'Handwerk' },
      { __typename: 'Nomination', id: 'n2', category: 'Handwerk' },
      { __typename: 'Nomination', id: 'n3', category: 'Dienstleistung' },
      { __typename: 'Nomination', id: 'n4', category: 'Dienstleistung' },
      { __typename: 'Nomination', id: 'n5', category: 'Dienstleistung' },
    ],
  };
}

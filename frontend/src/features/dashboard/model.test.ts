import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import {
  ballotPercent,
  capacityPercent,
  coverageGaps,
  daysUntil,
  formatDeadline,
  formatStart,
  hasTasks,
  kpiLink,
  remainingKey,
  visibleSections,
  type Dashboard,
} from './model';

const award = { cycleId: 'cy1' } as Dashboard['award'];
const retreat = { id: 'r1' } as Dashboard['retreat'];
const coverage = { goalsWithoutMeasure: 0, measuresWithoutKpi: 0, measuresWithOnePartner: 0, goalsWithoutPriority: 0 };

describe('visibleSections', () => {
  const cases: { name: string; role: Role; award?: Dashboard['award']; retreat?: Dashboard['retreat']; coverage?: Dashboard['coverage']; want: string[] }[] = [
    {
      name: 'a coordinator gets everything, empty or not',
      role: 'COORDINATOR',
      coverage,
      want: ['tasks', 'events', 'award', 'retreat', 'workstreams', 'kpis', 'coverage', 'commitments'],
    },
    { name: 'a member gets their tasks', role: 'MEMBER', coverage, want: ['tasks', 'events', 'award', 'retreat', 'workstreams', 'kpis', 'coverage', 'commitments'] },
    { name: 'a viewer has no tasks', role: 'VIEWER', coverage, want: ['events', 'award', 'retreat', 'workstreams', 'kpis', 'coverage', 'commitments'] },
    { name: 'coverage the server left out is hidden', role: 'VIEWER', coverage: null, want: ['events', 'award', 'retreat', 'workstreams', 'kpis', 'commitments'] },
    { name: 'an external juror sees only the award', role: 'EXTERNAL', award, want: ['award'] },
    { name: 'an external participant sees only the retreat', role: 'EXTERNAL', retreat, want: ['retreat'] },
    { name: 'an external reader without either sees nothing', role: 'EXTERNAL', coverage, want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(visibleSections({ myRole: c.role, award: c.award ?? null, retreat: c.retreat ?? null, coverage: c.coverage ?? null })).toEqual(c.want);
    });
  }

  it('only MEMBER and up have tasks', () => {
    expect((['ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER', 'EXTERNAL'] as Role[]).filter(hasTasks)).toEqual(['ADMIN', 'COORDINATOR', 'MEMBER']);
  });
});

describe('deadline text', () => {
  it('counts calendar days in Berlin, not 24-hour spans', () => {
    // 23:30 Berlin on 15 March is 22:30 UTC: still the 15th in Berlin.
    expect(daysUntil('2027-03-03', '2027-03-15T22:30:00Z')).toBe(12);
    // 00:30 Berlin on 16 March is 23:30 UTC on the 15th: already the 16th in Berlin.
    expect(daysUntil('2027-03-03', '2027-03-15T23:30:00Z')).toBe(13);
    expect(daysUntil('2027-03-15', '2027-03-15')).toBe(0);
    expect(daysUntil('2027-03-16', '2027-03-15')).toBe(-1);
    // across the change to summer time
    expect(daysUntil('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('says today, tomorrow, days left or past', () => {
    expect(remainingKey(0)).toEqual({ key: 'remaining.today', count: 0 });
    expect(remainingKey(1)).toEqual({ key: 'remaining.tomorrow', count: 1 });
    expect(remainingKey(12)).toEqual({ key: 'remaining.days', count: 12 });
    expect(remainingKey(-3)).toEqual({ key: 'remaining.past', count: 3 });
  });

  it('formats a deadline and an event start in Berlin time', () => {
    expect(formatDeadline('2027-03-15T22:59:00Z', 'de')).toBe('15.03.2027, 23:59');
    expect(formatDeadline('2027-07-01T08:00:00Z', 'en')).toBe('01/07/2027, 10:00');
    expect(formatStart('2027-01-20T17:00:00Z', 'de')).toBe('Mi., 20.01.2027, 18:00');
  });
});

describe('progress', () => {
  it('fills seats against capacity, capped at 100, none when unlimited', () => {
    expect(capacityPercent(30, 120)).toBe(25);
    expect(capacityPercent(130, 120)).toBe(100);
    expect(capacityPercent(30, null)).toBeNull();
    expect(capacityPercent(30, 0)).toBeNull();
  });

  it('shows a ballot with nothing to score as complete', () => {
    expect(ballotPercent({ toScore: 8, scored: 2 })).toBe(25);
    expect(ballotPercent({ toScore: 0, scored: 0 })).toBe(100);
  });
});

describe('links', () => {
  it('opens a KPI where it lives', () => {
    expect(kpiLink({ kind: 'WORKSTREAM', id: 'w1' })).toEqual({
      to: '/c/$cooperationId/workstreams/$workstreamId',
      params: { workstreamId: 'w1' },
      search: { tab: 'kpis' },
    });
    expect(kpiLink({ kind: 'GOAL', id: 'g1' })).toEqual({ to: '/c/$cooperationId/goals', params: {}, hash: 'goal-g1' });
    expect(kpiLink({ kind: 'EVENT_SERIES', id: 's1' })).toEqual({ to: '/c/$cooperationId/events/series', params: {} });
  });

  it('lists only the coverage gaps there are, in a fixed order', () => {
    expect(coverageGaps({ goalsWithoutMeasure: 2, measuresWithoutKpi: 0, measuresWithOnePartner: 1, goalsWithoutPriority: 3 })).toEqual([
      { key: 'goalsWithoutMeasure', count: 2 },
      { key: 'measuresWithOnePartner', count: 1 },
      { key: 'goalsWithoutPriority', count: 3 },
    ]);
    expect(coverageGaps(coverage)).toEqual([]);
  });
});

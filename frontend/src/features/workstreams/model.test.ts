import { describe, expect, it } from 'vitest';
import { groupByStatus, isWorkstreamTab, nextOpenMilestone, timeline } from './model';

describe('groupByStatus', () => {
  it('gives every status a column in board order, high priority first', () => {
    const cols = groupByStatus([
      { id: 'a', status: 'ON_TRACK' as const, priority: 'LOW' as const },
      { id: 'b', status: 'AT_RISK' as const, priority: null },
      { id: 'c', status: 'ON_TRACK' as const, priority: null },
      { id: 'd', status: 'ON_TRACK' as const, priority: 'HIGH' as const },
    ]);
    expect(cols.map((c) => c.status)).toEqual(['PROPOSED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'PAUSED', 'DONE']);
    expect(cols[1]?.items.map((x) => x.id)).toEqual(['d', 'a', 'c']);
    expect(cols[2]?.items.map((x) => x.id)).toEqual(['b']);
    expect(cols[0]?.items).toEqual([]);
  });
});

describe('milestones', () => {
  const ms = [
    { id: 'late', dueOn: '2026-05-01', doneOn: null },
    { id: 'done', dueOn: '2026-01-15', doneOn: '2026-01-10' },
    { id: 'today', dueOn: '2026-03-01', doneOn: null },
    { id: 'open', dueOn: '2026-02-01', doneOn: null },
  ];

  it('finds the next open milestone by due date', () => {
    expect(nextOpenMilestone(ms)?.id).toBe('open');
    expect(nextOpenMilestone([{ dueOn: '2026-01-01', doneOn: '2026-01-01' }])).toBeNull();
  });

  it('places today after what is due up to today', () => {
    const entries = timeline(ms, '2026-03-01');
    expect(entries.map((e) => (e.kind === 'today' ? 'TODAY' : e.milestone.id))).toEqual(['done', 'open', 'today', 'TODAY', 'late']);
  });

  it('puts today first or last when every milestone lies ahead or behind', () => {
    expect(timeline(ms, '2025-01-01')[0]).toEqual({ kind: 'today', date: '2025-01-01' });
    expect(timeline(ms, '2027-01-01').at(-1)).toEqual({ kind: 'today', date: '2027-01-01' });
    expect(timeline([], '2027-01-01')).toEqual([{ kind: 'today', date: '2027-01-01' }]);
  });
});

describe('tabs', () => {
  it('knows its tabs', () => {
    expect(isWorkstreamTab('kpis')).toBe(true);
    expect(isWorkstreamTab('guests')).toBe(false);
  });
});

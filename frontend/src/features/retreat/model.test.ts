import { describe, expect, it } from 'vitest';
import {
  agendaItemEnd,
  agendaMinutes,
  agendaSlot,
  closeSummary,
  decisionRows,
  groupByKind,
  inYear,
  isRetreatTab,
  participantsByPartner,
  planItemLink,
  planKindsOf,
  retreatPeriod,
  showsPoints,
} from './model';

const ba = { id: 'pBA', organisation: { name: 'Bezirksamt Lichtenberg', shortName: 'BA Lichtenberg' } };
const wkhl = { id: 'pWK', organisation: { name: 'Wirtschaftskreis Hohenschönhausen-Lichtenberg', shortName: 'WKHL' } };

describe('groupByKind', () => {
  it('gives every kind a column in board order, keeping the proposals in their order', () => {
    const groups = groupByKind([
      { id: '1', kind: 'EVENT' as const },
      { id: '2', kind: 'TOPIC' as const },
      { id: '3', kind: 'EVENT' as const },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['TOPIC', 'EVENT', 'WORKSTREAM', 'PRIORITY']);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(['1', '3']);
    expect(groups[2]?.items).toEqual([]);
  });
});

describe('participantsByPartner', () => {
  it('groups by partner in the cooperation order, names sorted, those without a partner last', () => {
    const groups = participantsByPartner(
      [
        { name: 'Mira Maaß', partner: wkhl },
        { name: 'Ohne Partner' },
        { name: 'Clara Conrad', partner: ba },
        { name: 'Cem Wolter', partner: wkhl },
      ],
      ['pBA', 'pWK'],
    );
    expect(groups.map((g) => g.partner?.id ?? null)).toEqual(['pBA', 'pWK', null]);
    expect(groups[1]?.participants.map((p) => p.name)).toEqual(['Cem Wolter', 'Mira Maaß']);
  });

  it('puts a partner the cooperation no longer lists after the listed ones', () => {
    const old = { id: 'pOld', organisation: { name: 'Alt', shortName: '' } };
    const groups = participantsByPartner([{ name: 'A', partner: old }, { name: 'B', partner: wkhl }], ['pWK']);
    expect(groups.map((g) => g.partner?.id)).toEqual(['pWK', 'pOld']);
  });
});

describe('agenda times', () => {
  it('ends an item its duration after its start, in Berlin time', () => {
    expect(agendaItemEnd('2026-12-11T09:00:00+01:00', 90)).toBe('2026-12-11T10:30:00+01:00');
    // across the change to summer time the wall clock jumps
    expect(agendaItemEnd('2027-03-28T01:30:00+01:00', 60)).toBe('2027-03-28T03:30:00+02:00');
  });

  it('adds up the durations', () => {
    expect(agendaMinutes([{ durationMinutes: 30 }, { durationMinutes: 45 }])).toBe(75);
    expect(agendaMinutes([])).toBe(0);
  });
});

const proposals = [
  { id: 'e', title: 'Neujahrsempfang 2028', kind: 'EVENT' as const, workstream: null },
  { id: 'wNew', title: 'Gründerzentrum', kind: 'WORKSTREAM' as const, workstream: null },
  { id: 'wOld', title: 'Fachkräfte stärken', kind: 'WORKSTREAM' as const, workstream: { id: 'ws1' } },
  { id: 'p', title: 'Tourismus priorisieren', kind: 'PRIORITY' as const, workstream: null, goals: [{ id: 'g1' }, { id: 'g2' }] },
  { id: 't', title: 'Leerstand', kind: 'TOPIC' as const, workstream: null },
];
const ref = (id: string) => {
  const p = proposals.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return { id, kind: p.kind };
};

describe('closeSummary', () => {
  it('counts what the accepted decisions turn into, with a task for each', () => {
    const decisions = [
      { id: '1', outcome: 'ACCEPTED' as const, proposal: ref('e') },
      { id: '2', outcome: 'ACCEPTED' as const, proposal: ref('wNew') },
      { id: '3', outcome: 'ACCEPTED' as const, proposal: ref('wOld') },
      { id: '4', outcome: 'REJECTED' as const, proposal: ref('p') },
      { id: '5', outcome: 'ACCEPTED' as const, proposal: null },
      { id: '6', outcome: 'ACCEPTED' as const, proposal: ref('t') },
      { id: '7', outcome: 'DEFERRED' as const, proposal: ref('t') },
    ];
    expect(closeSummary(decisions, proposals)).toEqual([
      { kind: 'EVENT', count: 1 },
      { kind: 'WORKSTREAM', count: 1 },
      { kind: 'WORKSTREAM_PRIORITY', count: 1 },
      { kind: 'TASK', count: 5 },
    ]);
  });

  it('is empty without accepted decisions', () => {
    expect(closeSummary([{ id: '1', outcome: 'REJECTED', proposal: ref('e') }], proposals)).toEqual([]);
  });

  it('sets a priority on each goal of a priority proposal', () => {
    expect(planKindsOf({ id: '1', outcome: 'ACCEPTED', proposal: ref('p') }, proposals)).toEqual(['GOAL_PRIORITY', 'GOAL_PRIORITY', 'TASK']);
    expect(planKindsOf({ id: '1', outcome: 'ACCEPTED', proposal: null }, proposals)).toEqual(['TASK']);
  });
});

describe('decisionRows', () => {
  it('orders proposals as the tally ranks them, attaches decisions and keeps free ones apart', () => {
    const entries = [
      { proposalId: 'wNew', points: 7, voters: 3, rank: 1 },
      { proposalId: 'e', points: 7, voters: 2, rank: 1 },
      { proposalId: 't', points: 2, voters: 1, rank: 3 },
    ];
    const decisions = [
      { id: 'd1', proposal: { id: 'e' } },
      { id: 'free', proposal: null },
    ];
    const { rows, free } = decisionRows(proposals.slice(0, 2).concat(proposals[4]!, proposals[3]!, proposals[2]!), decisions, entries);
    expect(rows.map((r) => r.proposal.id)).toEqual(['wNew', 'e', 't', 'wOld', 'p']);
    expect(rows[1]).toMatchObject({ points: 7, voters: 2, rank: 1, decision: { id: 'd1' } });
    expect(rows[3]).toMatchObject({ points: 0, voters: 0, rank: null, decision: null });
    expect(free.map((d) => d.id)).toEqual(['free']);
  });
});

describe('plan item links', () => {
  it('links events, workstreams and goals; tasks stay text', () => {
    expect(planItemLink({ kind: 'EVENT', targetId: 'ev' })).toEqual({ to: '/c/$cooperationId/events/$eventId', params: { eventId: 'ev' } });
    expect(planItemLink({ kind: 'WORKSTREAM_PRIORITY', targetId: 'ws' })).toEqual({
      to: '/c/$cooperationId/workstreams/$workstreamId',
      params: { workstreamId: 'ws' },
    });
    expect(planItemLink({ kind: 'GOAL_PRIORITY', targetId: 'g' })?.to).toBe('/c/$cooperationId/goals');
    expect(planItemLink({ kind: 'TASK', targetId: 't' })).toBeNull();
  });
});

describe('small rules', () => {
  it('shows points once the session began or points were placed', () => {
    expect(showsPoints('PREPARING', 0)).toBe(false);
    expect(showsPoints('PREPARING', 3)).toBe(true);
    expect(showsPoints('IN_SESSION', 0)).toBe(true);
  });

  it('knows the tabs and the planned year', () => {
    expect(isRetreatTab('decisions')).toBe(true);
    expect(isRetreatTab('vote')).toBe(false);
    expect(inYear('2028-01-15', 2028)).toBe(true);
    expect(inYear('2027-12-31', 2028)).toBe(false);
    expect(inYear('', 2028)).toBe(false);
  });
});

describe('formatting', () => {
  it('writes the period of a retreat on one or several days', () => {
    expect(retreatPeriod('2026-12-11T09:00:00+01:00', '2026-12-11', 'de')).toBe('Fr., 11.12.2026, 09:00');
    expect(retreatPeriod('2026-12-11T09:00:00+01:00', '2026-12-12', 'de')).toBe('Fr., 11.12.2026, 09:00 – 12.12.2026');
  });

  it('writes an agenda slot, with the date from the second day on', () => {
    expect(agendaSlot('2026-12-11T09:00:00+01:00', 90, '2026-12-11', 'de')).toBe('09:00–10:30');
    expect(agendaSlot('2026-12-12T09:00:00+01:00', 30, '2026-12-11', 'de')).toBe('12.12.2026, 09:00–09:30');
  });
});

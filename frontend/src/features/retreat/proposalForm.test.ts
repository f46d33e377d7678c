import { describe, expect, it } from 'vitest';
import { proposalDefaults, proposalSchema, submitInput, updateInput, type ProposalFormValues } from './proposalForm';
import { retreatDefaults, retreatInput, retreatSchema, type RetreatFormValues } from './retreatForm';

const t = (key: string) => key;
const base: ProposalFormValues = { ...proposalDefaults(), title: 'Neujahrsempfang 2028' };

function problems(v: ProposalFormValues): Record<string, string> {
  const r = proposalSchema(t, 2028).safeParse(v);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('proposal form', () => {
  it('needs a kind and a title', () => {
    expect(problems({ ...base, title: ' ' })).toEqual({ kind: 'validation.kindRequired', title: 'validation.titleRequired' });
  });

  it('needs a series and a day in the planned year for an event', () => {
    expect(problems({ ...base, kind: 'EVENT' })).toEqual({ seriesId: 'validation.seriesRequired', plannedOn: 'validation.plannedOnRequired' });
    expect(problems({ ...base, kind: 'EVENT', seriesId: 's', plannedOn: '2027-12-31' })).toEqual({ plannedOn: 'validation.plannedOnYear' });
    expect(problems({ ...base, kind: 'EVENT', seriesId: 's', plannedOn: '2028-01-15' })).toEqual({});
  });

  it('needs a priority for an existing workstream, not for a new one', () => {
    expect(problems({ ...base, kind: 'WORKSTREAM' })).toEqual({});
    expect(problems({ ...base, kind: 'WORKSTREAM', workstreamId: 'w' })).toEqual({ priority: 'validation.priorityRequired' });
  });

  it('needs a priority and goals for a priority proposal', () => {
    expect(problems({ ...base, kind: 'PRIORITY' })).toEqual({ priority: 'validation.priorityRequired', goals: 'validation.goalsRequired' });
  });

  it('sends only the fields of the kind', () => {
    const v = { ...base, kind: 'EVENT', seriesId: 's', plannedOn: '2028-01-15', workstreamId: 'w', priority: 'HIGH', goals: ['g'] };
    expect(submitInput('r', v)).toEqual({
      retreatId: 'r',
      kind: 'EVENT',
      title: 'Neujahrsempfang 2028',
      description: null,
      goalIds: ['g'],
      seriesId: 's',
      plannedOn: '2028-01-15',
    });
    expect(submitInput('r', { ...base, kind: 'WORKSTREAM', priority: 'LOW' })).toMatchObject({ kind: 'WORKSTREAM', priority: 'LOW' });
    expect(submitInput('r', { ...base, kind: 'WORKSTREAM' })).not.toHaveProperty('workstreamId');
  });

  it('clears a workstream that an edit dropped', () => {
    const p = { id: 'p', version: 3, kind: 'WORKSTREAM' as const, title: 'X', description: '', workstream: { id: 'w' }, priority: 'HIGH' as const, goals: [] };
    const v = { ...proposalDefaults(p), workstreamId: '' };
    expect(updateInput(p, v)).toMatchObject({ id: 'p', version: 3, clearWorkstream: true, priority: 'HIGH' });
    expect(updateInput(p, v)).not.toHaveProperty('workstreamId');
  });
});

const retreat: RetreatFormValues = {
  title: 'Klausur 2028',
  planYear: '2028',
  startDate: '2027-11-26',
  startTime: '09:00',
  endsOn: '2027-11-27',
  place: ' Rathaus ',
  pointsBudget: '10',
  participants: ['a', 'b'],
  chair: 'a',
};

function retreatProblems(v: RetreatFormValues): Record<string, string> {
  const r = retreatSchema(t).safeParse(v);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('retreat form', () => {
  it('accepts a complete retreat and sends the start in Berlin time', () => {
    expect(retreatProblems(retreat)).toEqual({});
    expect(retreatInput(retreat)).toEqual({
      title: 'Klausur 2028',
      planYear: 2028,
      startsAt: '2027-11-26T09:00:00+01:00',
      endsOn: '2027-11-27',
      place: 'Rathaus',
      pointsBudget: 10,
      participantMembershipIds: ['a', 'b'],
      chairMembershipId: 'a',
    });
  });

  it('refuses an end before the start, a budget out of range and a chair who does not take part', () => {
    expect(retreatProblems({ ...retreat, endsOn: '2027-11-25', pointsBudget: '0', chair: 'c' })).toEqual({
      endsOn: 'validation.endBeforeStart',
      pointsBudget: 'validation.pointsBudget',
      chair: 'validation.chairParticipant',
    });
    expect(retreatProblems({ ...retreat, participants: [], chair: '' })).toEqual({
      participants: 'validation.participantsRequired',
      chair: 'validation.chairRequired',
    });
  });

  it('suggests the first year after today that no retreat plans yet', () => {
    expect(retreatDefaults('2026-11-30')).toMatchObject({ title: 'Klausur 2027', planYear: '2027', pointsBudget: '10', startTime: '09:00' });
    expect(retreatDefaults('2026-11-30', undefined, [2026, 2027])).toMatchObject({ title: 'Klausur 2028', planYear: '2028' });
  });

  it('refuses a start in the hour the clocks skip', () => {
    expect(retreatProblems({ ...retreat, startDate: '2027-03-28', startTime: '02:30', endsOn: '2027-03-28' })).toEqual({
      startTime: 'validation.timeNonexistent',
    });
  });
});

import { z } from 'zod';
import type { Priority, ProposalKind, SubmitProposalInput, UpdateProposalInput } from '../../gql/graphql';
import { inYear, isPriority, isProposalKind } from './model';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The fields of the proposal form; which ones count depends on the kind. */
export interface ProposalFormValues {
  kind: string;
  title: string;
  description: string;
  seriesId: string;
  plannedOn: string;
  /** An existing workstream; empty: a new one. */
  workstreamId: string;
  priority: string;
  goals: string[];
}

export const PROPOSAL_FORM_FIELDS = ['kind', 'title', 'description', 'seriesId', 'plannedOn', 'workstreamId', 'priority', 'goals'] as const;
export const PROPOSAL_FIELD_MAP = { goalIds: 'goals', clearWorkstream: 'workstreamId' } as const;

/** Every rule in one refinement, so that one submit shows every problem at once. */
export function proposalSchema(t: Translate, planYear: number) {
  return z
    .object({
      kind: z.string(),
      title: z.string(),
      description: z.string(),
      seriesId: z.string(),
      plannedOn: z.string(),
      workstreamId: z.string(),
      priority: z.string(),
      goals: z.array(z.string()),
    })
    .superRefine((v, ctx) => {
      const issue = (path: keyof ProposalFormValues, key: string, options?: Record<string, unknown>) =>
        ctx.addIssue({ code: 'custom', path: [path], message: t(key, options) });
      if (!isProposalKind(v.kind)) issue('kind', 'validation.kindRequired');
      if (v.title.trim() === '') issue('title', 'validation.titleRequired');
      if (v.kind === 'EVENT') {
        if (v.seriesId === '') issue('seriesId', 'validation.seriesRequired');
        if (v.plannedOn === '') issue('plannedOn', 'validation.plannedOnRequired');
        else if (!inYear(v.plannedOn, planYear)) issue('plannedOn', 'validation.plannedOnYear', { year: planYear });
      }
      if (v.kind === 'WORKSTREAM' && v.workstreamId !== '' && !isPriority(v.priority)) issue('priority', 'validation.priorityRequired');
      if (v.kind === 'PRIORITY') {
        if (!isPriority(v.priority)) issue('priority', 'validation.priorityRequired');
        if (v.goals.length === 0) issue('goals', 'validation.goalsRequired');
      }
    });
}

interface ProposalLike {
  kind: ProposalKind;
  title: string;
  description: string;
  series?: { id: string } | null;
  plannedOn?: string | null;
  workstream?: { id: string } | null;
  priority?: Priority | null;
  goals: readonly { id: string }[];
  id: string;
  version: number;
}

export function proposalDefaults(proposal?: ProposalLike | null): ProposalFormValues {
  return {
    kind: proposal?.kind ?? '',
    title: proposal?.title ?? '',
    description: proposal?.description ?? '',
    seriesId: proposal?.series?.id ?? '',
    plannedOn: proposal?.plannedOn ?? '',
    workstreamId: proposal?.workstream?.id ?? '',
    priority: proposal?.priority ?? '',
    goals: proposal?.goals.map((g) => g.id) ?? [],
  };
}

/** A new proposal: only the fields of its kind. */
export function submitInput(retreatId: string, v: ProposalFormValues): SubmitProposalInput {
  const kind = v.kind as ProposalKind;
  const input: SubmitProposalInput = {
    retreatId,
    kind,
    title: v.title.trim(),
    description: v.description.trim() || null,
    goalIds: v.goals,
  };
  if (kind === 'EVENT') {
    input.seriesId = v.seriesId;
    input.plannedOn = v.plannedOn;
  }
  if (kind === 'WORKSTREAM' && v.workstreamId) input.workstreamId = v.workstreamId;
  if ((kind === 'WORKSTREAM' || kind === 'PRIORITY') && isPriority(v.priority)) input.priority = v.priority;
  return input;
}

/** A changed proposal (its kind stays): the fields of its kind, clearing a workstream that was dropped. */
export function updateInput(proposal: ProposalLike, v: ProposalFormValues): UpdateProposalInput {
  const input: UpdateProposalInput = {
    id: proposal.id,
    version: proposal.version,
    title: v.title.trim(),
    description: v.description.trim(),
    goalIds: v.goals,
  };
  if (proposal.kind === 'EVENT') {
    input.seriesId = v.seriesId;
    input.plannedOn = v.plannedOn;
  }
  if (proposal.kind === 'WORKSTREAM') {
    if (v.workstreamId) input.workstreamId = v.workstreamId;
    else if (proposal.workstream) input.clearWorkstream = true;
  }
  if ((proposal.kind === 'WORKSTREAM' || proposal.kind === 'PRIORITY') && isPriority(v.priority)) input.priority = v.priority;
  return input;
}

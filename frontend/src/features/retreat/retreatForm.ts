import { z } from 'zod';
import { berlinInstant, berlinParts } from '../../lib/berlin';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The fields of the retreat form; the start is Berlin wall time (see lib/berlin). */
export interface RetreatFormValues {
  title: string;
  planYear: string;
  startDate: string;
  startTime: string;
  endsOn: string;
  place: string;
  pointsBudget: string;
  participants: string[];
  chair: string;
}

export const RETREAT_FORM_FIELDS = ['title', 'planYear', 'startDate', 'startTime', 'endsOn', 'place', 'pointsBudget', 'participants', 'chair'] as const;

/** API field names that differ from the form's. */
export const RETREAT_FIELD_MAP = {
  startsAt: 'startDate',
  participantMembershipIds: 'participants',
  chairMembershipId: 'chair',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INT = /^\d+$/;

/**
 * Every field is a plain string and all rules sit in one refinement, so that one submit shows
 * every problem at once.
 */
export function retreatSchema(t: Translate) {
  return z
    .object({
      title: z.string(),
      planYear: z.string(),
      startDate: z.string(),
      startTime: z.string(),
      endsOn: z.string(),
      place: z.string(),
      pointsBudget: z.string(),
      participants: z.array(z.string()),
      chair: z.string(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: keyof RetreatFormValues, key: string, options?: Record<string, unknown>) =>
        ctx.addIssue({ code: 'custom', path: [path], message: t(key, options) });
      if (v.title.trim() === '') issue('title', 'validation.titleRequired');
      const year = Number(v.planYear);
      if (!INT.test(v.planYear.trim()) || year < 2000 || year > 2100) issue('planYear', 'validation.planYear');
      if (v.startDate === '') issue('startDate', 'validation.dateRequired');
      if (v.startTime === '') issue('startTime', 'validation.timeRequired');
      if (v.startDate !== '' && v.startTime !== '') {
        const at = berlinInstant(v.startDate, v.startTime);
        if (at.kind === 'invalid') issue('startDate', 'validation.dateInvalid');
        if (at.kind === 'nonexistent') issue('startTime', 'validation.timeNonexistent');
      }
      if (!DATE.test(v.endsOn)) issue('endsOn', 'validation.dateRequired');
      else if (DATE.test(v.startDate) && v.endsOn < v.startDate) issue('endsOn', 'validation.endBeforeStart');
      const budget = Number(v.pointsBudget);
      if (!INT.test(v.pointsBudget.trim()) || budget < 1 || budget > 100) issue('pointsBudget', 'validation.pointsBudget');
      if (v.participants.length === 0) issue('participants', 'validation.participantsRequired');
      if (v.chair === '') issue('chair', 'validation.chairRequired');
      else if (!v.participants.includes(v.chair)) issue('chair', 'validation.chairParticipant');
    });
}

/**
 * The form's values for an existing retreat, or for a new one: it plans the first year after
 * `today` that no retreat plans yet (`takenYears`).
 */
export function retreatDefaults(
  today: string,
  retreat?: {
    title: string;
    planYear: number;
    startsAt: string;
    endsOn: string;
    place: string;
    pointsBudget: number;
    participants: readonly { membershipId: string }[];
    chair?: { membershipId: string } | null;
  },
  takenYears: readonly number[] = [],
): RetreatFormValues {
  if (retreat) {
    const start = berlinParts(retreat.startsAt);
    return {
      title: retreat.title,
      planYear: String(retreat.planYear),
      startDate: start.date,
      startTime: start.time,
      endsOn: retreat.endsOn,
      place: retreat.place,
      pointsBudget: String(retreat.pointsBudget),
      participants: retreat.participants.map((p) => p.membershipId),
      chair: retreat.chair?.membershipId ?? '',
    };
  }
  let next = Number(today.slice(0, 4)) + 1;
  while (takenYears.includes(next)) next++;
  return {
    title: `Klausur ${next}`,
    planYear: String(next),
    startDate: '',
    startTime: '09:00',
    endsOn: '',
    place: '',
    pointsBudget: '10',
    participants: [],
    chair: '',
  };
}

/** The validated form as the API's fields (the start as RFC 3339 in Berlin time). */
export function retreatInput(v: RetreatFormValues) {
  const at = berlinInstant(v.startDate, v.startTime);
  return {
    title: v.title.trim(),
    planYear: Number(v.planYear),
    startsAt: at.kind === 'ok' ? at.iso : '',
    endsOn: v.endsOn,
    place: v.place.trim(),
    pointsBudget: Number(v.pointsBudget),
    participantMembershipIds: v.participants,
    chairMembershipId: v.chair,
  };
}

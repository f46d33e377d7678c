import { z } from 'zod';
import { berlinInstant, berlinParts } from '../../lib/berlin';

type Translate = (key: string) => string;

/** The fields of the event forms; date and time are Berlin wall time (see lib/berlin). */
export interface EventFormValues {
  title: string;
  seriesId: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  address: string;
  capacity: string;
  leadPartnerId: string;
  description: string;
  status: string;
}

export const EVENT_FORM_FIELDS = [
  'title',
  'seriesId',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'venue',
  'address',
  'capacity',
  'leadPartnerId',
  'description',
  'status',
] as const;

/** API field names that differ from the form's (the API has one instant, the form date + time). */
export const EVENT_FIELD_MAP = { startsAt: 'startDate', endsAt: 'endDate' } as const;

type Ctx = z.RefinementCtx;

function wall(date: string, time: string, dateField: string, timeField: string, ctx: Ctx, t: Translate): number | null {
  let ok = true;
  if (date.trim() === '') {
    ctx.addIssue({ code: 'custom', path: [dateField], message: t('validation.dateRequired') });
    ok = false;
  }
  if (time.trim() === '') {
    ctx.addIssue({ code: 'custom', path: [timeField], message: t('validation.timeRequired') });
    ok = false;
  }
  if (!ok) return null;
  const r = berlinInstant(date, time);
  if (r.kind === 'invalid') {
    ctx.addIssue({ code: 'custom', path: [dateField], message: t('validation.dateInvalid') });
    return null;
  }
  if (r.kind === 'nonexistent') {
    ctx.addIssue({ code: 'custom', path: [timeField], message: t('validation.timeNonexistent') });
    return null;
  }
  return r.ms;
}

/**
 * Every field is a plain string and all rules sit in one refinement, so that one submit shows
 * every problem at once (zod skips refinements while a field's own type check fails).
 */
export function eventSchema(t: Translate) {
  return z
    .object({
      title: z.string(),
      seriesId: z.string(),
      startDate: z.string(),
      startTime: z.string(),
      endDate: z.string(),
      endTime: z.string(),
      venue: z.string(),
      address: z.string(),
      capacity: z.string(),
      leadPartnerId: z.string(),
      description: z.string(),
      status: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.title.trim() === '') ctx.addIssue({ code: 'custom', path: ['title'], message: t('validation.titleRequired') });
      const start = wall(v.startDate, v.startTime, 'startDate', 'startTime', ctx, t);
      const end = wall(v.endDate, v.endTime, 'endDate', 'endTime', ctx, t);
      if (start !== null && end !== null && end <= start) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: t('validation.endBeforeStart') });
      }
      const c = v.capacity.trim();
      if (c !== '' && !(/^\d+$/.test(c) && Number(c) >= 1 && Number(c) <= 100_000)) {
        ctx.addIssue({ code: 'custom', path: ['capacity'], message: t('validation.capacityInvalid') });
      }
      if (v.leadPartnerId === '') ctx.addIssue({ code: 'custom', path: ['leadPartnerId'], message: t('validation.leadPartnerRequired') });
    });
}

/** The instants of a validated form, as the API wants them. */
export function eventTimes(v: Pick<EventFormValues, 'startDate' | 'startTime' | 'endDate' | 'endTime'>): {
  startsAt: string;
  endsAt: string;
} {
  const s = berlinInstant(v.startDate, v.startTime);
  const e = berlinInstant(v.endDate, v.endTime);
  if (s.kind !== 'ok' || e.kind !== 'ok') throw new Error('eventTimes on an unvalidated form');
  return { startsAt: s.iso, endsAt: e.iso };
}

/** The form values of an existing event. */
export function eventFormValues(e: {
  title: string;
  series?: { id: string } | null;
  startsAt: string;
  endsAt: string;
  venue: string;
  address: string;
  capacity?: number | null;
  leadPartner: { id: string };
  description: string;
  status: string;
}): EventFormValues {
  const s = berlinParts(e.startsAt);
  const end = berlinParts(e.endsAt);
  return {
    title: e.title,
    seriesId: e.series?.id ?? '',
    startDate: s.date,
    startTime: s.time,
    endDate: end.date,
    endTime: end.time,
    venue: e.venue,
    address: e.address,
    capacity: e.capacity ? String(e.capacity) : '',
    leadPartnerId: e.leadPartner.id,
    description: e.description,
    status: e.status,
  };
}

/**
 * The year for a suggested title "<Reihe> <Jahr>": the year of the chosen start, else the next
 * time the series' usual month comes round (this year if it is still ahead), else this year.
 */
export function suggestedYear(startDate: string, usualMonth: number | null | undefined, today: string): number {
  const start = /^(\d{4})-\d{2}-\d{2}$/.exec(startDate);
  if (start) return Number(start[1]);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (usualMonth && usualMonth < month) return year + 1;
  return year;
}

/** An end time two hours after the start, for a form whose end time is still empty. */
export function defaultEndTime(startTime: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(startTime);
  if (!m) return '';
  const h = Math.min(23, Number(m[1]) + 2);
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

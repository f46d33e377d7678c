import type { InvitationStatus, RsvpAnswer, RsvpPageFieldsFragment } from '../../gql/graphql';

/** The RSVP page's data as the API returns it. */
export type RsvpData = RsvpPageFieldsFragment;

/** A sentence of the `rsvp` namespace and the values it needs. */
export interface Sentence {
  key: string;
  values?: Record<string, string | number>;
}

type AnswerState = Pick<RsvpData, 'status' | 'plusOne' | 'plusOneName' | 'waitlistPosition'>;

/** The companion part of a key: none, unnamed or named. */
function companion(s: AnswerState): { suffix: '' | 'PlusOne' | 'PlusOneNamed'; values: Record<string, string> } {
  if (!s.plusOne) return { suffix: '', values: {} };
  const name = s.plusOneName.trim();
  return name === '' ? { suffix: 'PlusOne', values: {} } : { suffix: 'PlusOneNamed', values: { name } };
}

/**
 * The guest's current answer in words: "Sie haben zugesagt (mit Begleitung: Anke Böttcher)",
 * "Sie stehen auf der Warteliste auf Platz 2 — …", "Sie haben abgesagt".
 */
export function answerSentence(s: AnswerState): Sentence {
  switch (s.status) {
    case 'ACCEPTED': {
      const c = companion(s);
      return { key: `answer.accepted${c.suffix}`, values: c.values };
    }
    case 'WAITLISTED': {
      const c = companion(s);
      if (s.waitlistPosition < 1) return { key: `answer.waitlistedUnknown${c.suffix}`, values: c.values };
      return { key: `answer.waitlisted${c.suffix}`, values: { ...c.values, position: s.waitlistPosition } };
    }
    case 'DECLINED':
      return { key: 'answer.declined' };
    case 'ATTENDED':
      return { key: 'answer.attended' };
    case 'NO_SHOW':
      return { key: 'answer.noShow' };
    case 'DRAFT':
      return { key: 'answer.draft' };
    case 'INVITED':
    default:
      return { key: 'answer.invited' };
  }
}

/**
 * What the page confirms after an answer was saved. Moving onto the waiting list is said plainly,
 * since the guest asked for a seat and did not get one (yet).
 */
export function savedSentence(before: InvitationStatus, after: AnswerState): Sentence {
  switch (after.status) {
    case 'ACCEPTED':
      return { key: before === 'WAITLISTED' ? 'saved.acceptedFromWaitlist' : 'saved.accepted' };
    case 'WAITLISTED':
      if (before === 'WAITLISTED') return { key: 'saved.stillWaitlisted' };
      return { key: 'saved.waitlisted' };
    case 'DECLINED':
      return { key: 'saved.declined' };
    default:
      return { key: 'saved.other' };
  }
}

/** The values of the answer form. */
export interface AnswerFormValues {
  answer: '' | RsvpAnswer;
  plusOne: boolean;
  plusOneName: string;
}

/** The form as the current answer fills it; nothing is chosen while the guest has not answered. */
export function formDefaults(s: AnswerState): AnswerFormValues {
  const answer = s.status === 'ACCEPTED' || s.status === 'WAITLISTED' ? 'ACCEPT' : s.status === 'DECLINED' ? 'DECLINE' : '';
  return { answer, plusOne: answer === 'ACCEPT' && s.plusOne, plusOneName: answer === 'ACCEPT' && s.plusOne ? s.plusOneName : '' };
}

/**
 * What is sent for the form's values: a companion only with an acceptance to an event that allows
 * one. Whatever else was typed stays in the form.
 */
export function answerInput(
  token: string,
  v: AnswerFormValues,
  plusOnesAllowed: boolean,
): { token: string; answer: RsvpAnswer; plusOne: boolean; plusOneName: string } {
  const answer: RsvpAnswer = v.answer === 'DECLINE' ? 'DECLINE' : 'ACCEPT';
  const plusOne = answer === 'ACCEPT' && plusOnesAllowed && v.plusOne;
  return { token, answer, plusOne, plusOneName: plusOne ? v.plusOneName.trim() : '' };
}

/** Whether the `?abmelden=` parameter asks for the opt-out first (`1`, `true`, `ja`). */
export function isOptOutParam(v: unknown): boolean {
  if (v === true || v === 1) return true;
  return typeof v === 'string' && ['1', 'true', 'ja'].includes(v.trim().toLowerCase());
}

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant in Berlin time with the weekday, for the answer deadline: "Mi., 20.01.2027, 18:00". */
export function formatBerlinDateTime(iso: string, language: string): string {
  const key = locale(language);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(key, {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

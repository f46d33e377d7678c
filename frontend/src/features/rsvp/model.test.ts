import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { answerInput, answerSentence, formatBerlinDateTime, formDefaults, isOptOutParam, savedSentence } from './model';

const base = { status: 'INVITED' as const, plusOne: false, plusOneName: '', waitlistPosition: 0 };

function say(s: { key: string; values?: Record<string, string | number> }, lng = 'de'): string {
  return i18n.getFixedT(lng, 'rsvp')(s.key, s.values);
}

describe('answerSentence', () => {
  it('says the answer in words, with the companion and the place on the waiting list', () => {
    expect(say(answerSentence(base))).toBe('Sie haben noch nicht geantwortet.');
    expect(say(answerSentence({ ...base, status: 'ACCEPTED' }))).toBe('Sie haben zugesagt.');
    expect(say(answerSentence({ ...base, status: 'ACCEPTED', plusOne: true, plusOneName: ' Anke Böttcher ' }))).toBe(
      'Sie haben zugesagt (mit Begleitung: Anke Böttcher).',
    );
    expect(say(answerSentence({ ...base, status: 'ACCEPTED', plusOne: true }))).toBe('Sie haben zugesagt (mit Begleitung).');
    expect(say(answerSentence({ ...base, status: 'WAITLISTED', waitlistPosition: 2 }))).toBe(
      'Sie stehen auf der Warteliste auf Platz 2 – wir melden uns, sobald ein Platz frei wird.',
    );
    expect(say(answerSentence({ ...base, status: 'WAITLISTED', waitlistPosition: 1, plusOne: true, plusOneName: 'Jo' }))).toBe(
      'Sie stehen mit Begleitung (Jo) auf der Warteliste auf Platz 1 – wir melden uns, sobald ein Platz frei wird.',
    );
    expect(say(answerSentence({ ...base, status: 'DECLINED', plusOne: true, plusOneName: 'Jo' }))).toBe('Sie haben abgesagt.');
    expect(say(answerSentence({ ...base, status: 'ATTENDED' }))).toMatch(/dabei/);
  });

  it('has every sentence in English too', () => {
    expect(say(answerSentence({ ...base, status: 'WAITLISTED', waitlistPosition: 3 }), 'en')).toBe(
      'You are number 3 on the waiting list – we will let you know as soon as a seat becomes free.',
    );
    for (const status of ['DRAFT', 'INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW'] as const) {
      for (const plusOne of [false, true]) {
        for (const waitlistPosition of [0, 4]) {
          const s = answerSentence({ status, plusOne, plusOneName: plusOne ? 'Jo' : '', waitlistPosition });
          for (const lng of ['de', 'en']) {
            expect(i18n.exists(s.key, { ns: 'rsvp', lng }), `${lng} ${s.key}`).toBe(true);
            expect(say(s, lng)).not.toMatch(/\{\{/);
          }
        }
      }
    }
  });
});

describe('savedSentence', () => {
  it('says plainly when an acceptance went to the waiting list', () => {
    expect(savedSentence('INVITED', { ...base, status: 'WAITLISTED', waitlistPosition: 1 }).key).toBe('saved.waitlisted');
    expect(say(savedSentence('DECLINED', { ...base, status: 'WAITLISTED' }))).toMatch(/ausgebucht.*Warteliste/);
    expect(savedSentence('WAITLISTED', { ...base, status: 'WAITLISTED' }).key).toBe('saved.stillWaitlisted');
    expect(savedSentence('INVITED', { ...base, status: 'ACCEPTED' }).key).toBe('saved.accepted');
    expect(savedSentence('WAITLISTED', { ...base, status: 'ACCEPTED' }).key).toBe('saved.acceptedFromWaitlist');
    expect(savedSentence('ACCEPTED', { ...base, status: 'DECLINED' }).key).toBe('saved.declined');
  });
});

describe('the answer form', () => {
  it('starts from the current answer', () => {
    expect(formDefaults(base)).toEqual({ answer: '', plusOne: false, plusOneName: '' });
    expect(formDefaults({ ...base, status: 'WAITLISTED', plusOne: true, plusOneName: 'Jo' })).toEqual({
      answer: 'ACCEPT',
      plusOne: true,
      plusOneName: 'Jo',
    });
    expect(formDefaults({ ...base, status: 'DECLINED' })).toEqual({ answer: 'DECLINE', plusOne: false, plusOneName: '' });
  });

  it('sends a companion only with an acceptance to an event that allows one', () => {
    const v = { answer: 'ACCEPT' as const, plusOne: true, plusOneName: '  Anke Böttcher ' };
    expect(answerInput('t', v, true)).toEqual({ token: 't', answer: 'ACCEPT', plusOne: true, plusOneName: 'Anke Böttcher' });
    expect(answerInput('t', v, false)).toEqual({ token: 't', answer: 'ACCEPT', plusOne: false, plusOneName: '' });
    expect(answerInput('t', { ...v, answer: 'DECLINE' }, true)).toEqual({ token: 't', answer: 'DECLINE', plusOne: false, plusOneName: '' });
    expect(answerInput('t', { ...v, plusOne: false }, true)).toEqual({ token: 't', answer: 'ACCEPT', plusOne: false, plusOneName: '' });
  });
});

describe('isOptOutParam', () => {
  it('reads ?abmelden=1 however the router parsed it', () => {
    expect([1, '1', true, 'true', 'ja', ' JA '].map(isOptOutParam)).toEqual([true, true, true, true, true, true]);
    expect([undefined, 0, '0', '', 'nein', false, {}].map(isOptOutParam)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('formatBerlinDateTime', () => {
  it('shows Berlin time with the weekday, whatever the browser zone', () => {
    expect(formatBerlinDateTime('2027-01-20T17:00:00Z', 'de')).toBe('Mi., 20.01.2027, 18:00');
    expect(formatBerlinDateTime('2027-07-01T06:30:00Z', 'de')).toBe('Do., 01.07.2027, 08:30');
    expect(formatBerlinDateTime('2027-01-20T17:00:00Z', 'en')).toMatch(/^Wed,? 20\/01\/2027,? 18:00$/);
    expect(formatBerlinDateTime('kaputt', 'de')).toBe('kaputt');
  });
});

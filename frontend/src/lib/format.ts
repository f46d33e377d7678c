import dayjs from 'dayjs';

/** All times are shown in Berlin time, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an RFC 3339 time for people, e.g. "15.01.2026, 18:30" in German. */
export function formatDateTime(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(locale, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

/**
 * The start of a calendar day (`YYYY-MM-DD`) in Berlin as RFC 3339; with `nextDay` the start of
 * the following day, so that an "until" date includes the whole day.
 */
export function berlinDayStart(day: string, nextDay = false): string {
  // Step the calendar day before converting: adding a day to a zoned time keeps the old UTC
  // offset across a daylight-saving change.
  const date = nextDay ? dayjs(day).add(1, 'day').format('YYYY-MM-DD') : day;
  return dayjs.tz(date, TIME_ZONE).format();
}

import { TIME_ZONE } from './format';

/**
 * Wall-clock times in Berlin and the instants they mean. Events are planned in Berlin whatever
 * the zone of the browser, so forms hold a Berlin date ("2027-01-20") and time ("18:00") and the
 * API gets RFC 3339 with the offset that applied then ("2027-01-20T18:00:00+01:00").
 *
 * Daylight saving makes two kinds of wall time special:
 * - on the last Sunday of March the clocks jump from 02:00 to 03:00, so 02:00–02:59 does not
 *   exist (2027-03-28 02:30): `berlinInstant` answers `nonexistent`, and forms refuse the time
 *   with a message instead of guessing;
 * - on the last Sunday of October 02:00–02:59 happens twice (2026-10-25 02:30): `berlinInstant`
 *   takes the earlier one, still in summer time (+02:00), and says it was `ambiguous`. That is
 *   what java.time and Temporal ("compatible") do as well.
 */

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(ms: number): WallParts {
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** Berlin's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(ms: number): number {
  const p = wallParts(ms);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = ms - (ms % 1000);
  return Math.round((wallAsUtc - whole) / 60_000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** Formats an instant as RFC 3339 in Berlin time with its offset, e.g. `2027-01-20T18:00:00+01:00`. */
export function toBerlinRfc3339(ms: number): string {
  const p = wallParts(ms);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetText(berlinOffsetMinutes(ms))}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What a Berlin date and time mean as an instant. */
export type BerlinInstant =
  | { kind: 'ok'; iso: string; ms: number; ambiguous: boolean }
  | { kind: 'nonexistent' }
  | { kind: 'invalid' };

/** The instant of a Berlin wall time (`YYYY-MM-DD`, `HH:mm`); see the file comment for DST. */
export function berlinInstant(date: string, time: string): BerlinInstant {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) return { kind: 'invalid' };
  const [year, month, day, hour, minute, second] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return { kind: 'invalid' };
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: refuse dates that do not exist.
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { kind: 'invalid' };
  // The offsets in force a day before and a day after cover any change on this day.
  const offsets = [...new Set([berlinOffsetMinutes(wall - 86_400_000), berlinOffsetMinutes(wall + 86_400_000)])];
  const candidates = offsets
    .map((o) => wall - o * 60_000)
    .filter((ms) => berlinOffsetMinutes(ms) * 60_000 === wall - ms)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first === undefined) return { kind: 'nonexistent' };
  return { kind: 'ok', iso: toBerlinRfc3339(first), ms: first, ambiguous: candidates.length > 1 };
}

/** The Berlin date and time (`YYYY-MM-DD`, `HH:mm`) of an RFC 3339 instant, for form fields. */
export function berlinParts(iso: string): { date: string; time: string } {
  const p = wallParts(Date.parse(iso));
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * The Berlin wall time of an instant without offset (`2027-01-20T18:00:00`), for a calendar that
 * works in UTC coordinates and should show Berlin's clock.
 */
export function berlinWallTime(iso: string): string {
  return toBerlinRfc3339(Date.parse(iso)).slice(0, 19);
}

/** Today's date in Berlin as `YYYY-MM-DD`. */
export function berlinToday(now: Date = new Date()): string {
  return berlinParts(now.toISOString()).date;
}

/** Adds days to a calendar date (`YYYY-MM-DD`), without any time zone involved. */
export function addDays(date: string, days: number): string {
  const d = DATE_RE.exec(date);
  if (!d) return date;
  const ms = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days);
  return new Date(ms).toISOString().slice(0, 10);
}

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A calendar date (`YYYY-MM-DD`, e.g. a due date) for people: "20.01.2027". */
export function formatDay(date: string, language: string): string {
  const d = DATE_RE.exec(date);
  if (!d) return date;
  const f = cached(`day:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
  );
  return f.format(new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))));
}

/**
 * An event's time span in Berlin: "Mi., 20.01.2027, 18:00–21:00" on one day, with both dates
 * when it spans several.
 */
export function formatEventSpan(startsAt: string, endsAt: string, language: string): string {
  const dayF = cached(`wday:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), { timeZone: TIME_ZONE, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }),
  );
  const timeF = cached(`time:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  const s = new Date(startsAt);
  const e = new Date(endsAt);
  if (Number.isNaN(s.getTime()) || Number.isNaN(e.getTime())) return startsAt;
  const sameDay = berlinParts(startsAt).date === berlinParts(endsAt).date;
  if (sameDay) return `${dayF.format(s)}, ${timeF.format(s)}–${timeF.format(e)}`;
  return `${dayF.format(s)}, ${timeF.format(s)} – ${dayF.format(e)}, ${timeF.format(e)}`;
}

/** The name of a month (1–12) in the UI language: "Januar" / "January". */
export function monthName(month: number, language: string): string {
  const f = cached(`month:${language}`, () => new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', month: 'long' }));
  return f.format(new Date(Date.UTC(2000, month - 1, 1)));
}

// Time as a county lives it: calendar days and business days in its own time zone, with its
// holidays. Clocks run from instants; deadlines fall on local midnights (docs/PROTOCOL.md).
import { isTimeZone } from './legal-profile.js';

const DAY_MS = 86_400_000;

export const isIsoDate = (text: string) => {
  const parsed = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; reading it back catches that.
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
};

export const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export const isBusinessDay = (date: string, holidays: readonly string[]) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(date);
};

// Formatters kept by locale and options: making one costs far more than using it (a county-year
// simulation spent a second making the same few), and a deployment uses a handful.
const formats = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, made once per locale and options. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formats.size >= 256) formats.clear();
    formats.set(key, format);
  }
  return format;
}

// One formatter per time zone, kept: making one costs far more than using it (see localDate).
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (wallClockFormats.size >= 64) wallClockFormats.clear();
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** Reads the calendar date in `timeZone` at an instant, and how far its clock is ahead of UTC. */
export function wallClock(timeZone: string) {
  const format = wallClockFormat(timeZone);
  return (instant: number) => {
    const parts = format.formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((p) => p.type === type)?.value);
    const [year, month, day] = [part('year'), part('month'), part('day')];
    const wall = Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second'));
    return {
      date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      offset: wall - Math.floor(instant / 1000) * 1000,
    };
  };
}

/** The first instant of a calendar day: its midnight, or later if DST skips midnight. */
function startOfLocalDayWith(date: string, clock: ReturnType<typeof wallClock>): Date {
  const wallMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offsets a day either side cover any DST change near midnight; the earliest candidate
  // that falls on the day is its start.
  const candidates = [-DAY_MS, 0, DAY_MS]
    .map((shift) => wallMidnight - clock(wallMidnight + shift).offset)
    .filter((instant) => clock(instant).date === date);
  return new Date(Math.min(...candidates));
}

/**
 * When an answer is due: the end of the `days`th business day (Monday to Friday, not a holiday)
 * after the day `startInstant` falls on in `timeZone`, i.e. local midnight the next morning.
 * A weekend or holiday send counts the next business day as day 1. With 0 days, the answer is
 * due by the end of the send day, or of the next business day if sent on a weekend or holiday
 * (so for a weekend send 0 and 1 give the same deadline).
 */
export function addBusinessDays(
  startInstant: Date,
  days: number,
  timeZone: string,
  holidays: readonly string[] = [],
): Date {
  if (!Number.isInteger(days) || days < 0 || days > 30) {
    throw new RangeError('Business days must be a whole number from 0 to 30.');
  }
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}.`);
  if (Number.isNaN(startInstant.getTime())) throw new RangeError('The start is not a valid date.');
  const badHoliday = holidays.find((h) => !isIsoDate(h));
  if (badHoliday !== undefined) {
    throw new RangeError(`Holidays must be dates written YYYY-MM-DD: ${badHoliday}.`);
  }
  const clock = wallClock(timeZone);
  let day = clock(startInstant.getTime()).date;
  if (days === 0) {
    while (!isBusinessDay(day, holidays)) day = nextDate(day);
  }
  for (let counted = 0; counted < days;) {
    day = nextDate(day);
    if (isBusinessDay(day, holidays)) counted += 1;
  }
  return startOfLocalDayWith(nextDate(day), clock);
}

const previousDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/** The first instant of a calendar day in `timeZone` (its midnight, or later if DST skips it). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return startOfLocalDayWith(date, wallClock(timeZone));
}

/**
 * The instant that is `days` calendar days after `instant` at the same wall-clock time in
 * `timeZone`: a day across a daylight-saving change is 23 or 25 hours long, as people count it.
 * A wall time that does not exist that day (skipped by DST) moves forward by the gap.
 */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const clock = wallClock(timeZone);
  const { offset } = clock(instant.getTime());
  const wall = instant.getTime() + offset + days * DAY_MS;
  // The offset at the target may differ from the start's; two passes settle it.
  let guess = wall - offset;
  for (let i = 0; i < 2; i += 1) guess = wall - clock(guess).offset;
  return new Date(guess);
}

/** The calendar day `days` business days before `date` (YYYY-MM-DD). */
export function businessDaysBefore(
  date: string,
  days: number,
  holidays: readonly string[] = [],
): string {
  let day = date;
  for (let counted = 0; counted < days;) {
    day = previousDate(day);
    if (isBusinessDay(day, holidays)) counted += 1;
  }
  return day;
}

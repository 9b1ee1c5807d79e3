// The oracle's own clock arithmetic for a county on America/Los_Angeles, written from the US
// daylight-saving rule (since 2007: from the second Sunday of March at 2:00 standard time to the
// first Sunday of November at 2:00 daylight time) rather than from the engine's Intl-based code,
// so that a mistake in one is not repeated in the other. Dates are YYYY-MM-DD strings.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const dayOfMonth = (year: number, month: number, weekday: number, nth: number) => {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
};

/** Hours the county's clock is behind UTC at an instant: 7 in summer, 8 in winter. */
export function hoursBehindUtc(instant: number): 7 | 8 {
  const year = new Date(instant).getUTCFullYear();
  const springForward = Date.UTC(year, 2, dayOfMonth(year, 2, 0, 2), 10); // 2:00 PST
  const fallBack = Date.UTC(year, 10, dayOfMonth(year, 10, 0, 1), 9); // 2:00 PDT
  return instant >= springForward && instant < fallBack ? 7 : 8;
}

export const dateOf = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const utcMidnightOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const addDays = (date: string, days: number) => dateOf(utcMidnightOf(date) + days * DAY);

/** The county's calendar date at an instant. */
export function localDate(instant: number): string {
  const wall = instant - hoursBehindUtc(instant) * HOUR;
  return dateOf(wall - (((wall % DAY) + DAY) % DAY));
}

/** The instant the county's clock shows midnight starting `date` (never skipped in this zone). */
export function localMidnight(date: string): number {
  const wall = utcMidnightOf(date);
  for (const behind of [8, 7] as const) {
    if (hoursBehindUtc(wall + behind * HOUR) === behind) return wall + behind * HOUR;
  }
  throw new Error(`no midnight on ${date}`);
}

/** The instant the county's clock shows `hh:mm` on `date` (the first, if it happens twice). */
export function localTime(date: string, hour: number, minute: number): number {
  const wall = utcMidnightOf(date) + hour * HOUR + minute * 60_000;
  for (const behind of [7, 8] as const) {
    if (hoursBehindUtc(wall + behind * HOUR) === behind) return wall + behind * HOUR;
  }
  throw new Error(`${date} ${hour}:${minute} does not exist in the county`);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(utcMidnightOf(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * "Within n business days" as docs/PROTOCOL.md defines it: the end of the nth working day after
 * the day the clock starts (that day is day 0), i.e. the midnight that starts the day after it.
 */
export function endOfBusinessDays(from: number, n: number, holidays: ReadonlySet<string>): number {
  let day = localDate(from);
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return localMidnight(addDays(day, 1));
}

/** "n business days before the hearing": the start of the nth working day before its day. */
export function startOfBusinessDaysBefore(
  date: string,
  n: number,
  holidays: ReadonlySet<string>,
): number {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return localMidnight(day);
}

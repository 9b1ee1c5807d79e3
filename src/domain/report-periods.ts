// The periods reports compare and print (docs/REPORTS.md, "Comparing periods" and "The board
// report"): the period before a period, and a quarter written YYYYQn. Dates are the county's
// calendar days 'YYYY-MM-DD', `to` included. Pure: no I/O.

export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

const DAY = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last day of a month (month 1 to 12). */
function lastDayOf(year: number, month: number): string {
  return iso(Date.UTC(year, month, 0));
}

/** Whether the period is whole calendar months: from the 1st of one to the last day of another. */
function wholeMonths(period: ReportPeriod): boolean {
  const [year, month] = [Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7))];
  return period.from.endsWith('-01') && period.to === lastDayOf(year, month);
}

/**
 * The period just before: as many whole months before when the period is whole months (a quarter
 * is compared with the quarter before, January with December, whatever their lengths), else as
 * many days, ending the day before `from`.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (wholeMonths(period)) {
    const startYear = Number(period.from.slice(0, 4));
    const startMonth = Number(period.from.slice(5, 7));
    const months =
      (Number(period.to.slice(0, 4)) - startYear) * 12 +
      Number(period.to.slice(5, 7)) -
      startMonth +
      1;
    const first = new Date(Date.UTC(startYear, startMonth - 1 - months, 1));
    return {
      from: iso(first.getTime()),
      to: iso(day(period.from) - DAY),
    };
  }
  const days = (day(period.to) - day(period.from)) / DAY + 1;
  return { from: iso(day(period.from) - days * DAY), to: iso(day(period.from) - DAY) };
}

/** A quarter as the board report names it: '2026Q4'. */
export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

/** The days of a quarter, or null when it is not written YYYYQn. */
export function quarterPeriod(quarter: string): ReportPeriod | null {
  const match = QUARTER_PATTERN.exec(quarter);
  if (match === null) return null;
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3 + 1;
  return {
    from: `${String(year)}-${String(first).padStart(2, '0')}-01`,
    to: lastDayOf(year, first + 2),
  };
}

/**
 * Why a quarter cannot be reported on `today` (the county's date), or null. A quarter that has
 * begun may be printed (its figures so far); one that has not has nothing to say.
 */
export function quarterProblem(quarter: string, today: string): string | null {
  const period = quarterPeriod(quarter);
  if (period === null) return 'a quarter is written YYYYQn, as 2026Q4';
  if (period.from > today) return 'that quarter has not begun';
  return null;
}

/** The quarter a day falls in: '2026-11-05' is '2026Q4'. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${String(Math.ceil(Number(date.slice(5, 7)) / 3))}`;
}

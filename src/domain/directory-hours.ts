// Whether a service is open around the clock, read from its HSDS schedules: a shelter staffed
// day and night is shown as "Open 24 hours", not "No hours are listed". HSDS 3.0 has no flag
// for it; a schedule says it by opening at midnight and closing at the end of the day on every
// day of the week (byday listing all seven: HSDS's freq is only WEEKLY or MONTHLY).

/** The fields of an HSDS `schedule` this rule reads; imported data, so anything may be there. */
export interface ScheduleFields {
  readonly [field: string]: unknown;
  readonly byday?: unknown;
  readonly opens_at?: unknown;
  readonly closes_at?: unknown;
}

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "00:00", "0:00:00", "00:00Z": the minutes after midnight, or null when unreadable. */
function minutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const mins = Number(match[2]);
  return hours <= 24 && mins < 60 ? hours * 60 + mins : null;
}

function everyDay(schedule: ScheduleFields): boolean {
  if (typeof schedule.byday !== 'string') return false;
  const byday = schedule.byday;
  // "MO,TU" or "1MO" (the first Monday): only plain days count as every week.
  const days = new Set(byday.split(',').map((day) => day.trim().toUpperCase()));
  return WEEK.every((day) => days.has(day));
}

/** Opens at midnight and closes at the end of the day (23:59, 24:00, or midnight again). */
function allDay(schedule: ScheduleFields): boolean {
  const opens = minutes(schedule.opens_at);
  const closes = minutes(schedule.closes_at);
  return opens === 0 && closes !== null && (closes === 0 || closes >= 23 * 60 + 59);
}

export function isOpen24Hours(schedules: readonly ScheduleFields[]): boolean {
  return schedules.some((schedule) => everyDay(schedule) && allDay(schedule));
}

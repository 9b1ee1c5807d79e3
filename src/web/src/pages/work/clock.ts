// A task's clock as a worker reads it: how long until it is due (or how long overdue), and which
// part of My work it belongs in, by the worker's own calendar days. Pure, so it is tested alone.
import { dateTimeFormat } from '../../intl.js';

export const WORK_SECTIONS = ['overdue', 'today', 'week', 'later'] as const;
export type WorkSection = (typeof WORK_SECTIONS)[number];

/** A span of time in the largest units a person reads at a glance. */
export interface Span {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

export type Countdown =
  | { readonly overdue: false; readonly span: Span }
  | { readonly overdue: true; readonly span: Span };

const MINUTE = 60_000;

function spanOf(totalMinutes: number): Span {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  // Two units are enough to act on: "2 d 3 h", not "2 d 3 h 14 min".
  return days > 0 ? { days, hours, minutes: 0 } : { days: 0, hours, minutes };
}

/**
 * Overdue from the due instant on, as the server counts it. Time left is rounded up (at 89.5
 * minutes left the worker still has "1 h 30 min" of the minute to start), time overdue down.
 */
export function countdown(dueAt: Date, now: Date): Countdown {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) {
    return { overdue: true, span: spanOf(Math.floor((now.getTime() - dueAt.getTime()) / MINUTE)) };
  }
  return { overdue: false, span: spanOf(Math.ceil(left / MINUTE)) };
}

/** The calendar day of an instant in a time zone, as a day number (days since 1970-01-01). */
export function localDayNumber(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / 86_400_000;
}

/**
 * Overdue first; then due later today, in the next seven days, or after, by the worker's calendar
 * in their time zone (a task due at 11 p.m. is today's, one due at 1 a.m. tomorrow's).
 */
export function workSection(dueAt: Date, now: Date, timeZone: string): WorkSection {
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  const days = localDayNumber(dueAt, timeZone) - localDayNumber(now, timeZone);
  if (days <= 0) return 'today';
  return days <= 7 ? 'week' : 'later';
}

/** Tasks in their sections, each section by due time (most urgent first). */
export function groupBySection<T extends { readonly dueAt: string }>(
  tasks: readonly T[],
  now: Date,
  timeZone: string,
): Record<WorkSection, T[]> {
  const groups: Record<WorkSection, T[]> = { overdue: [], today: [], week: [], later: [] };
  const byDue = [...tasks].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  for (const task of byDue) groups[workSection(new Date(task.dueAt), now, timeZone)].push(task);
  return groups;
}

/** When the next minute begins, so a countdown ticks on the minute. */
export function msToNextMinute(now: Date): number {
  return MINUTE - (now.getTime() % MINUTE);
}

// The county's re-screen schedule (docs/SCREENING.md): when a youth is screened for exploitation.
// At case opening and on suspicion (an identification) within hours, because a child's safety
// does not wait for Monday; periodically every N days while the case is open, a routine clock
// that falls on a working day of the county. On return from missing the protocol's own rules
// (returned-debrief, 24 hours, or 72 with a known runaway history) give the re-screen.
import { z } from 'zod';
import { isBusinessDay, nextDate, startOfLocalDay, wallClock } from './local-time.js';
import type { CountyCalendar } from './protocol.js';
import { ORGANIZATION_TYPES } from './vocabulary.js';

/** At most a month for a "within hours" trigger: a screening later than that is not a response. */
export const MAX_SCREENING_HOURS = 720;

const withinHours = z.int().min(1).max(MAX_SCREENING_HOURS);

export const screeningScheduleSchema = z.strictObject({
  /** Screen within this many hours of a case being opened; null: no screening at opening. */
  atCaseOpeningHours: withinHours.nullable().default(null),
  /** Screen within this many hours of an identification (a suspicion); null: none. */
  onSuspicionHours: withinHours.nullable().default(null),
  /** Screen again every this many days after the last screening (or the opening); null: never. */
  periodicDays: z.int().min(7).max(366).nullable().default(null),
  /** Who is given the screening task: the organization of this type on the case (docs). */
  assigneeOrganizationType: z.enum(ORGANIZATION_TYPES).default('advocacy'),
});
export type ScreeningSchedule = z.output<typeof screeningScheduleSchema>;

/** A county starts with no schedule of its own but the protocol's return rules: it decides. */
export const DEFAULT_SCREENING_SCHEDULE: ScreeningSchedule = screeningScheduleSchema.parse({});

export type ScreeningTrigger =
  | { readonly kind: 'case_opening'; readonly at: Date }
  | { readonly kind: 'suspicion'; readonly at: Date }
  | { readonly kind: 'periodic'; readonly lastScreenedAt: Date };

export interface ScreeningDue {
  /** When the task appears (the trigger, or the morning of a periodic screening's day). */
  readonly opensAt: Date;
  readonly dueAt: Date;
}

const HOUR = 3_600_000;

/**
 * When a screening is due for a trigger, or null when the schedule has none for it. Hours are
 * real hours from the trigger (a night across a daylight-saving change is still 24 hours, and a
 * holiday moves nothing). A periodic screening falls on the calendar day `periodicDays` after the
 * last one, moved to the next working day when that is a weekend or a holiday; it opens at that
 * day's start and is due by its end, in the county's time zone.
 */
export function screeningDue(
  schedule: ScreeningSchedule,
  trigger: ScreeningTrigger,
  calendar: CountyCalendar,
): ScreeningDue | null {
  switch (trigger.kind) {
    case 'case_opening':
    case 'suspicion': {
      const hours =
        trigger.kind === 'case_opening' ? schedule.atCaseOpeningHours : schedule.onSuspicionHours;
      if (hours === null) return null;
      return { opensAt: trigger.at, dueAt: new Date(trigger.at.getTime() + hours * HOUR) };
    }
    case 'periodic': {
      if (schedule.periodicDays === null) return null;
      const last = wallClock(calendar.timeZone)(trigger.lastScreenedAt.getTime()).date;
      let day = last;
      for (let i = 0; i < schedule.periodicDays; i += 1) day = nextDate(day);
      while (!isBusinessDay(day, calendar.holidays)) day = nextDate(day);
      return {
        opensAt: startOfLocalDay(day, calendar.timeZone),
        dueAt: startOfLocalDay(nextDate(day), calendar.timeZone),
      };
    }
  }
}

/** Whether the schedule screens on this kind of trigger at all. */
export function scheduleHas(schedule: ScreeningSchedule, kind: ScreeningTrigger['kind']): boolean {
  switch (kind) {
    case 'case_opening':
      return schedule.atCaseOpeningHours !== null;
    case 'suspicion':
      return schedule.onSuspicionHours !== null;
    case 'periodic':
      return schedule.periodicDays !== null;
  }
}

/** The words of each trigger, for the task's reason. */
export const TRIGGER_REASONS: Readonly<Record<ScreeningTrigger['kind'], string>> = {
  case_opening: 'County re-screen schedule: at case opening',
  suspicion: 'County re-screen schedule: on suspicion (an identification)',
  periodic: 'County re-screen schedule: periodic',
};

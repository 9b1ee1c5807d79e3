// When a certifying agency must answer a T/U visa certification request (docs/LEGAL-AND-MDT.md,
// "Certifications and compensation"): the legal profile's calendar days after the day the request
// was received, or its business days when the youth is in removal proceedings (California: 90
// days, 14 business days; Penal Code 679.10 / 679.11). The answer is due by the end of the last
// day in the county's time zone, whatever daylight saving does that night.
import type { LegalMatterClocks } from './legal-profile.js';
import { addBusinessDays, isIsoDate, startOfLocalDay, wallClock } from './local-time.js';

export const VISA_KINDS = ['u_visa', 't_visa'] as const;
export type VisaKind = (typeof VISA_KINDS)[number];

export interface CertificationDue {
  /** The last day of the clock (YYYY-MM-DD, the county's calendar). */
  readonly dueOn: string;
  /** The end of that day: the county's next local midnight. */
  readonly dueAt: Date;
}

const DAY_MS = 86_400_000;

const addCalendarDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The clock of a request received on `receivedOn`. Calendar days count every day, so a 90th day
 * on a weekend or holiday stays where it falls (the statute gives days, not business days).
 * Business days skip weekends and the county's holidays; a request received on a weekend or
 * holiday counts its first business day after it as day 1.
 */
export function certificationDue(
  request: { readonly receivedOn: string; readonly removalProceedings: boolean },
  clocks: Pick<LegalMatterClocks, 'certificationCalendarDays' | 'certificationRemovalBusinessDays'>,
  calendar: { readonly timeZone: string; readonly holidays: readonly string[] },
): CertificationDue {
  if (!isIsoDate(request.receivedOn)) {
    throw new RangeError(`The date received must be written YYYY-MM-DD: ${request.receivedOn}.`);
  }
  if (request.removalProceedings) {
    const dueAt = addBusinessDays(
      startOfLocalDay(request.receivedOn, calendar.timeZone),
      clocks.certificationRemovalBusinessDays,
      calendar.timeZone,
      calendar.holidays,
    );
    // The day that ends at dueAt: the calendar day of the instant just before it.
    return { dueOn: wallClock(calendar.timeZone)(dueAt.getTime() - 1).date, dueAt };
  }
  const dueOn = addCalendarDays(request.receivedOn, clocks.certificationCalendarDays);
  return { dueOn, dueAt: startOfLocalDay(addCalendarDays(dueOn, 1), calendar.timeZone) };
}

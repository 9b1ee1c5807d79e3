// The T/U visa certification response clock (src/domain/certification-clock.ts): calendar days
// and business days written out by hand in Los Angeles across both daylight-saving changes, with
// the county's holidays and weekends; then every day of two years received, in both modes,
// against an oracle written here that walks the calendar one day at a time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { certificationDue } from '../../src/domain/certification-clock.js';

const LA = 'America/Los_Angeles';
const CALIFORNIA = { certificationCalendarDays: 90, certificationRemovalBusinessDays: 14 };
// Veterans Day, Thanksgiving and the day after, Christmas, New Year's Day.
const HOLIDAYS = ['2026-11-11', '2026-11-26', '2026-11-27', '2026-12-25', '2027-01-01'];

// [received, removal proceedings, due on, due at (UTC)]
const CASES: readonly (readonly [string, boolean, string, string])[] = [
  // 90 calendar days; a due day on a weekend stays there.
  ['2026-01-05', false, '2026-04-05', '2026-04-06T07:00:00.000Z'],
  // Received in winter (PST), due in spring (PDT).
  ['2026-01-01', false, '2026-04-01', '2026-04-02T07:00:00.000Z'],
  // Received in summer (PDT), due after the fall change (PST).
  ['2026-08-10', false, '2026-11-08', '2026-11-09T08:00:00.000Z'],
  // Due on the day clocks spring forward (March 8, 2026): that day ends at 00:00 PDT.
  ['2025-12-08', false, '2026-03-08', '2026-03-09T07:00:00.000Z'],
  // Due the day before: it ends at 00:00 PST of the change day.
  ['2025-12-07', false, '2026-03-07', '2026-03-08T08:00:00.000Z'],
  // Due on the day clocks fall back (November 1, 2026): a 25-hour day, ending at 00:00 PST.
  ['2026-08-03', false, '2026-11-01', '2026-11-02T08:00:00.000Z'],
  ['2026-08-02', false, '2026-10-31', '2026-11-01T07:00:00.000Z'],
  // A leap year's February counts its 29th.
  ['2027-12-01', false, '2028-02-29', '2028-03-01T08:00:00.000Z'],
  // 14 business days in removal proceedings: Veterans Day (Wed 11th) skipped.
  ['2026-11-02', true, '2026-11-23', '2026-11-24T08:00:00.000Z'],
  // Received on a Saturday: Monday is day 1; Thanksgiving and the Friday after skipped.
  ['2026-11-07', true, '2026-12-01', '2026-12-02T08:00:00.000Z'],
  // Received on a holiday (Thanksgiving): the next business day, Monday, is day 1.
  ['2026-11-26', true, '2026-12-17', '2026-12-18T08:00:00.000Z'],
  // Christmas and New Year's Day skipped.
  ['2026-12-18', true, '2027-01-11', '2027-01-12T08:00:00.000Z'],
  // Received on the Friday before the spring change: due in PDT.
  ['2026-03-06', true, '2026-03-26', '2026-03-27T07:00:00.000Z'],
  // Received on the Friday before the fall change: due in PST, Veterans Day skipped.
  ['2026-10-30', true, '2026-11-20', '2026-11-21T08:00:00.000Z'],
];

describe('certificationDue: written out', () => {
  for (const [receivedOn, removalProceedings, dueOn, dueAt] of CASES) {
    test(`${receivedOn}${removalProceedings ? ', in removal proceedings' : ''} is due ${dueOn}`, () => {
      const due = certificationDue({ receivedOn, removalProceedings }, CALIFORNIA, {
        timeZone: LA,
        holidays: HOLIDAYS,
      });
      assert.equal(due.dueOn, dueOn);
      assert.equal(due.dueAt.toISOString(), dueAt);
    });
  }

  test('the profile sets the numbers, and the county its time zone', () => {
    const clocks = { certificationCalendarDays: 30, certificationRemovalBusinessDays: 5 };
    const calendar = { timeZone: 'America/New_York', holidays: [] };
    const calendarDays = certificationDue(
      { receivedOn: '2026-01-05', removalProceedings: false },
      clocks,
      calendar,
    );
    assert.equal(calendarDays.dueOn, '2026-02-04');
    assert.equal(calendarDays.dueAt.toISOString(), '2026-02-05T05:00:00.000Z');
    const businessDays = certificationDue(
      { receivedOn: '2026-01-05', removalProceedings: true },
      clocks,
      calendar,
    );
    assert.equal(businessDays.dueOn, '2026-01-12');
    assert.equal(businessDays.dueAt.toISOString(), '2026-01-13T05:00:00.000Z');
  });

  test('a date that is not a date is refused', () => {
    for (const receivedOn of ['2026-02-30', '2026-1-5', 'yesterday']) {
      assert.throws(
        () =>
          certificationDue({ receivedOn, removalProceedings: false }, CALIFORNIA, {
            timeZone: LA,
            holidays: [],
          }),
        RangeError,
      );
    }
  });
});

// --- the oracle: the calendar walked one day at a time ---

const nextDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthDays = [
    31,
    (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  const [ny, nm, nd] =
    d < (monthDays[m - 1] ?? 0) ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
  return `${String(ny)}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
};

// Zeller's congruence: 0 is Saturday, 1 Sunday.
const weekend = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const m = month < 3 ? month + 12 : month;
  const y = month < 3 ? year - 1 : year;
  const h =
    (day +
      Math.floor((13 * (m + 1)) / 5) +
      y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400)) %
    7;
  return h === 0 || h === 1;
};

const oracleDueOn = (receivedOn: string, removal: boolean): string => {
  let day = receivedOn;
  if (!removal) {
    for (let i = 0; i < 90; i += 1) day = nextDay(day);
    return day;
  }
  for (let counted = 0; counted < 14;) {
    day = nextDay(day);
    if (!weekend(day) && !HOLIDAYS.includes(day)) counted += 1;
  }
  return day;
};

const laParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: LA,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const laDayAndTime = (instant: number) => {
  const parts = Object.fromEntries(laParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
};

describe('certificationDue: every day of 2026 and 2027 received, against the oracle', () => {
  for (const removalProceedings of [false, true]) {
    test(removalProceedings ? '14 business days' : '90 calendar days', () => {
      for (
        let receivedOn = '2026-01-01';
        receivedOn < '2028-01-01';
        receivedOn = nextDay(receivedOn)
      ) {
        const due = certificationDue({ receivedOn, removalProceedings }, CALIFORNIA, {
          timeZone: LA,
          holidays: HOLIDAYS,
        });
        const expected = oracleDueOn(receivedOn, removalProceedings);
        assert.equal(due.dueOn, expected, `received ${receivedOn}`);
        // Due at the very end of that day in Los Angeles: a millisecond before is still that day,
        // and the due instant is midnight of the next.
        assert.equal(laDayAndTime(due.dueAt.getTime() - 1).day, expected, receivedOn);
        assert.deepEqual(laDayAndTime(due.dueAt.getTime()), {
          day: nextDay(expected),
          time: '00:00',
        });
        if (removalProceedings) {
          assert.ok(!weekend(due.dueOn) && !HOLIDAYS.includes(due.dueOn), receivedOn);
        }
      }
    });
  }
});

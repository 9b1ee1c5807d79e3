// My work's clocks (src/web/src/pages/work/clock.ts) and the event form's draft
// (src/web/src/pages/youth/events/event-draft.ts): countdowns and sections written out here, in
// Los Angeles across the daylight-saving change, and as properties.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  countdown,
  groupBySection,
  localDayNumber,
  msToNextMinute,
  WORK_SECTIONS,
  workSection,
} from '../../src/web/src/pages/work/clock.js';
import {
  detailsOf,
  draftErrors,
  emptyDraft,
  recordedLate,
} from '../../src/web/src/pages/youth/events/event-draft.js';

const LA = 'America/Los_Angeles';
const MINUTE = 60_000;
// 1:40 a.m. in Los Angeles (PST) on Tuesday 2026-11-24.
const NIGHT = new Date('2026-11-24T09:40:00Z');

// [ms from now until due, overdue, days, hours, minutes]
const COUNTDOWNS: readonly (readonly [number, boolean, number, number, number])[] = [
  [90 * MINUTE, false, 0, 1, 30],
  [90 * MINUTE - 30_000, false, 0, 1, 30], // time left rounds up
  [52 * MINUTE, false, 0, 0, 52],
  [1, false, 0, 0, 1],
  [0, true, 0, 0, 0], // due now is overdue, as the server counts it
  [-30_000, true, 0, 0, 0],
  [-70 * MINUTE, true, 0, 1, 10],
  [-(70 * MINUTE + 59_000), true, 0, 1, 10], // time overdue rounds down
  [24 * 60 * MINUTE, false, 1, 0, 0],
  [(2 * 24 * 60 + 3 * 60 + 14) * MINUTE, false, 2, 3, 0], // two units at most
  [-(3 * 24 * 60 + 59) * MINUTE, true, 3, 0, 0],
];

describe('countdown', () => {
  for (const [ms, overdue, days, hours, minutes] of COUNTDOWNS) {
    test(`${String(ms / MINUTE)} min from now: ${overdue ? 'overdue' : 'due'} ${String(days)} d ${String(hours)} h ${String(minutes)} min`, () => {
      assert.deepEqual(countdown(new Date(NIGHT.getTime() + ms), NIGHT), {
        overdue,
        span: { days, hours, minutes },
      });
    });
  }

  test('under a day, the span adds up to the minutes left (up) or overdue (down)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1439 * MINUTE, max: 1439 * MINUTE }), (ms) => {
        const clock = countdown(new Date(NIGHT.getTime() + ms), NIGHT);
        const total = clock.span.hours * 60 + clock.span.minutes;
        assert.equal(clock.overdue, ms <= 0);
        // Math.abs, not -ms: at ms = 0, -ms is -0 and strict equality tells -0 from 0.
        assert.equal(total, ms > 0 ? Math.ceil(ms / MINUTE) : Math.floor(Math.abs(ms) / MINUTE));
      }),
      { examples: [[0], [1], [-1], [MINUTE], [-MINUTE]] },
    );
  });
});

// [now, due, section], all in Los Angeles.
const SECTIONS: readonly (readonly [string, string, string])[] = [
  ['2026-11-24T09:40:00Z', '2026-11-24T09:39:00Z', 'overdue'],
  ['2026-11-24T09:40:00Z', '2026-11-24T09:40:00Z', 'overdue'],
  ['2026-11-24T09:40:00Z', '2026-11-24T11:10:00Z', 'today'],
  // 11:59 p.m. Tuesday in Los Angeles is still today; 12:00 a.m. Wednesday is not.
  ['2026-11-24T09:40:00Z', '2026-11-25T07:59:00Z', 'today'],
  ['2026-11-24T09:40:00Z', '2026-11-25T08:00:00Z', 'week'],
  // Seven days ahead is this week; eight is later.
  ['2026-11-24T09:40:00Z', '2026-12-02T07:59:00Z', 'week'],
  ['2026-11-24T09:40:00Z', '2026-12-02T08:00:00Z', 'later'],
  // Across the change to daylight time (2027-03-14): days are calendar days, 23 hours long or not.
  // Saturday is still standard time (midnight is 08:00Z); after the change midnight is 07:00Z.
  ['2027-03-13T09:00:00Z', '2027-03-14T07:59:00Z', 'today'],
  ['2027-03-13T09:00:00Z', '2027-03-14T08:00:00Z', 'week'],
  ['2027-03-13T09:00:00Z', '2027-03-21T06:59:00Z', 'week'],
  ['2027-03-13T09:00:00Z', '2027-03-21T07:00:00Z', 'later'],
];

describe('workSection', () => {
  for (const [now, due, section] of SECTIONS) {
    test(`now ${now}, due ${due}: ${section}`, () => {
      assert.equal(workSection(new Date(due), new Date(now), LA), section);
    });
  }

  test('the day depends on the time zone: 11 p.m. in Los Angeles is tomorrow in New York', () => {
    const now = new Date('2026-11-24T18:00:00Z');
    const due = new Date('2026-11-25T07:00:00Z');
    assert.equal(workSection(due, now, LA), 'today');
    assert.equal(workSection(due, now, 'America/New_York'), 'week');
  });

  test('a later due time is never in an earlier section', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30 * 1440, max: 30 * 1440 }),
        fc.integer({ min: 0, max: 30 * 1440 }),
        (a, extra) => {
          const rank = (minutes: number) =>
            WORK_SECTIONS.indexOf(
              workSection(new Date(NIGHT.getTime() + minutes * MINUTE), NIGHT, LA),
            );
          assert.ok(rank(a) <= rank(a + extra));
        },
      ),
    );
  });

  test('localDayNumber counts calendar days in the zone', () => {
    assert.equal(
      localDayNumber(new Date('2026-11-25T07:59:00Z'), LA) -
        localDayNumber(new Date('2026-11-24T08:00:00Z'), LA),
      0,
    );
    assert.equal(localDayNumber(new Date('1970-01-01T12:00:00Z'), 'UTC'), 0);
  });
});

describe('groupBySection', () => {
  test('each section by due time, every task in exactly one', () => {
    const at = (minutes: number) => new Date(NIGHT.getTime() + minutes * MINUTE).toISOString();
    const tasks = [
      { id: 'later', dueAt: at(10 * 1440) },
      { id: 'today-late', dueAt: at(600) },
      { id: 'overdue-least', dueAt: at(-5) },
      { id: 'week', dueAt: at(2 * 1440) },
      { id: 'overdue-most', dueAt: at(-180) },
      { id: 'today-soon', dueAt: at(90) },
    ];
    const groups = groupBySection(tasks, NIGHT, LA);
    assert.deepEqual(
      Object.fromEntries(WORK_SECTIONS.map((s) => [s, groups[s].map((t) => t.id)])),
      {
        overdue: ['overdue-most', 'overdue-least'],
        today: ['today-soon', 'today-late'],
        week: ['week'],
        later: ['later'],
      },
    );
  });
});

describe('msToNextMinute', () => {
  test('the tick lands on the next minute', () => {
    assert.equal(msToNextMinute(new Date('2026-11-24T09:40:00.000Z')), MINUTE);
    assert.equal(msToNextMinute(new Date('2026-11-24T09:40:59.250Z')), 750);
  });
});

describe('the event form', () => {
  test('a time later than now (beyond a phone clock two minutes fast) is refused; earlier is fine', () => {
    const now = new Date();
    const later = (ms: number) => {
      const draft = emptyDraft('identification', new Date(now.getTime() + ms));
      return draftErrors(draft, now).occurredAt;
    };
    assert.equal(later(60 * MINUTE), 'future');
    assert.equal(later(3 * MINUTE), 'future');
    assert.equal(later(0), undefined);
    assert.equal(later(-3 * 60 * MINUTE), undefined);
    assert.equal(
      draftErrors({ ...emptyDraft('missing', now), occurredAt: 'yesterday' }, now).occurredAt,
      'invalid',
    );
  });

  // [type, the fields that must be filled]
  const REQUIRED: readonly (readonly [Parameters<typeof emptyDraft>[0], readonly string[]])[] = [
    ['', ['type']],
    ['identification', []],
    ['protective_custody', []],
    ['arrest_attempt', ['offenseCode']],
    ['charging', ['offenseCode']],
    ['missing', []],
    ['returned', []],
    ['disclosure', ['toOrganizationType']],
    ['subpoena', ['hearingDate']],
    ['hearing', ['hearingDate']],
    ['transfer', ['toJurisdictionId']],
  ];
  for (const [type, fields] of REQUIRED) {
    test(`${type || 'no type'}: required ${fields.join(', ') || 'nothing more'}`, () => {
      const now = new Date();
      const errors = draftErrors(emptyDraft(type, now), now);
      assert.deepEqual(Object.keys(errors).sort(), [...fields].sort());
    });
  }

  test('an offense not on the legal profile’s list must be described', () => {
    const now = new Date();
    const draft = (offenseCode: string, offenseDescription = '') => ({
      ...emptyDraft('arrest_attempt', now),
      offenseCode,
      offenseDescription,
    });
    assert.deepEqual(draftErrors(draft('prostitution'), now), {});
    assert.deepEqual(draftErrors(draft('other'), now), { offenseDescription: 'required' });
    assert.deepEqual(draftErrors(draft('other', 'Shoplifting'), now), {});
    assert.deepEqual(detailsOf({ ...draft('prostitution'), type: 'arrest_attempt' }), {
      offenseCode: 'prostitution',
    });
  });

  test('only the chosen type’s details are sent, blanks left out, where kept', () => {
    const draft = {
      ...emptyDraft('identification', NIGHT),
      where: '  St. Mary’s emergency entrance ',
      prostitutionRelated: true,
      offenseDescription: 'not an identification field',
      fromCare: true,
    };
    assert.deepEqual(detailsOf({ ...draft, type: 'identification' }), {
      where: 'St. Mary’s emergency entrance',
      prostitutionRelated: true,
      meetsForensicInterviewCriteria: false,
    });
    assert.deepEqual(
      detailsOf({ ...emptyDraft('subpoena', NIGHT), type: 'subpoena', hearingDate: '2027-01-12' }),
      { hearingDate: '2027-01-12' },
    );
    assert.deepEqual(detailsOf({ ...emptyDraft('detention', NIGHT), type: 'detention' }), {});
  });

  // [minutes between happening and recording, what the list says]
  const LATE: readonly (readonly [number, { hours: number } | { minutes: number } | null])[] = [
    [0, null],
    [14, null],
    [15, { minutes: 15 }],
    [59, { minutes: 59 }],
    [60, { hours: 1 }],
    [179, { hours: 2 }],
    [3 * 60, { hours: 3 }],
    [-5, null],
  ];
  for (const [minutes, said] of LATE) {
    test(`recorded ${String(minutes)} min after: ${JSON.stringify(said)}`, () => {
      const occurredAt = NIGHT.toISOString();
      const recordedAt = new Date(NIGHT.getTime() + minutes * MINUTE).toISOString();
      assert.deepEqual(recordedLate(occurredAt, recordedAt), said);
    });
  }
});

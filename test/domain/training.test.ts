// Training records (src/domain/training.ts): the lapse day written out by hand (month ends, leap
// years, year ends), the day boundary in the county's own time zone (a lapse ends the
// privilege-qualifying status at the county's midnight, across daylight saving too), renewals,
// standings at 30 and 31 days, the qualification rule in every combination, and who records
// and reads whose training. Then properties against arithmetic written here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import { localDate, type CaseworkerQualification } from '../../src/domain/legal-profile.js';
import {
  courseStanding,
  decideComplianceRead,
  decideCompletionRecord,
  decideCourseManage,
  decideTrainingRead,
  hoursInForce,
  inForceOn,
  isSupervisorOf,
  lapseDay,
  personStanding,
  qualifiesOn,
  warningDay,
  type Completion,
} from '../../src/domain/training.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

// [completed on, validity in months, first day no longer in force]
const LAPSES: readonly (readonly [string, number | null, string | null])[] = [
  ['2026-01-15', 12, '2027-01-15'],
  ['2026-01-15', 1, '2026-02-15'],
  // A month shorter than the day: its last day.
  ['2026-01-31', 1, '2026-02-28'],
  ['2027-01-31', 1, '2027-02-28'],
  ['2028-01-31', 1, '2028-02-29'],
  ['2026-03-31', 1, '2026-04-30'],
  ['2026-08-31', 6, '2027-02-28'],
  // A leap day: a year later has none.
  ['2028-02-29', 12, '2029-02-28'],
  ['2028-02-29', 48, '2032-02-29'],
  // Across the year's end, and many years.
  ['2026-12-31', 1, '2027-01-31'],
  ['2026-11-30', 3, '2027-02-28'],
  ['2026-05-10', 24, '2028-05-10'],
  ['2026-05-10', 120, '2036-05-10'],
  // Does not expire.
  ['2026-05-10', null, null],
];

describe('lapseDay: written out', () => {
  for (const [completedOn, months, lapsesOn] of LAPSES) {
    test(`${completedOn} + ${String(months)} months: lapses ${String(lapsesOn)}`, () => {
      assert.equal(lapseDay(completedOn, months), lapsesOn);
    });
  }
  test('the warning is 30 days before the lapse day', () => {
    assert.equal(warningDay('2027-01-15'), '2026-12-16');
    assert.equal(warningDay('2028-03-01'), '2028-01-31');
    assert.equal(warningDay('2027-03-01'), '2027-01-30');
  });
});

const course = (courseId: string, hours: number, completedOn: string, lapsesOn: string | null) =>
  ({ courseId, hours, completedOn, lapsesOn }) satisfies Completion;

const TRAINED: CaseworkerQualification = {
  basis: 'training',
  trainingHours: 40,
  supervisor: 'Program director',
  revoked: false,
};
const PROFILE = { minimumTrainingHours: 40 };

describe('a lapse ends the status on the county’s day it lapses', () => {
  // [time zone, lapse day, last instant still in force, first instant lapsed]
  const BOUNDARIES = [
    // Pacific standard time (UTC-8), on the day daylight saving begins.
    ['America/Los_Angeles', '2027-03-14', '2027-03-14T07:59:59.999Z', '2027-03-14T08:00:00.000Z'],
    // Pacific daylight time (UTC-7), and the day it ends.
    ['America/Los_Angeles', '2027-07-01', '2027-07-01T06:59:59.999Z', '2027-07-01T07:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '2026-11-01T06:59:59.999Z', '2026-11-01T07:00:00.000Z'],
    // Another county's zone: its own midnight, not Lantern's server's.
    ['America/New_York', '2027-01-15', '2027-01-15T04:59:59.999Z', '2027-01-15T05:00:00.000Z'],
    ['Pacific/Honolulu', '2027-01-15', '2027-01-15T09:59:59.999Z', '2027-01-15T10:00:00.000Z'],
  ] as const;
  for (const [timeZone, lapsesOn, lastIn, firstOut] of BOUNDARIES) {
    test(`${timeZone}, lapsing ${lapsesOn}`, () => {
      const completions = [
        course('core', 32, '2024-01-10', null),
        course('csec', 8, '2025-01-10', lapsesOn),
      ];
      const before = localDate(new Date(lastIn), timeZone);
      const after = localDate(new Date(firstOut), timeZone);
      assert.equal(after, lapsesOn);
      assert.equal(hoursInForce(completions, before), 40);
      assert.equal(qualifiesOn(TRAINED, completions, PROFILE, before), true);
      assert.equal(hoursInForce(completions, after), 32);
      assert.equal(qualifiesOn(TRAINED, completions, PROFILE, after), false);
      assert.equal(inForceOn(completions[1] as Completion, before), true);
      assert.equal(inForceOn(completions[1] as Completion, after), false);
    });
  }
});

describe('renewal and standing', () => {
  const first = course('csec', 8, '2025-01-10', '2026-01-10');
  const renewal = course('csec', 8, '2025-12-20', '2026-12-20');
  test('a course counts once, by its latest completion', () => {
    assert.equal(hoursInForce([first, renewal], '2025-12-31'), 8);
    assert.equal(hoursInForce([first, renewal], '2026-01-10'), 8);
    assert.equal(hoursInForce([first, renewal], '2026-12-20'), 0);
    // Before the renewal happened, only the first counts.
    assert.equal(hoursInForce([first, renewal], '2025-12-19'), 8);
    assert.equal(hoursInForce([renewal], '2025-12-19'), 0);
  });
  test('a completion counts from its own day, not before', () => {
    assert.equal(inForceOn(renewal, '2025-12-19'), false);
    assert.equal(inForceOn(renewal, '2025-12-20'), true);
  });
  // [day, standing of `first`]
  const STANDINGS = [
    ['2025-06-01', 'current'],
    ['2025-12-10', 'current'], // 31 days left
    ['2025-12-11', 'due'], // 30 days left
    ['2026-01-09', 'due'], // its last day
    ['2026-01-10', 'lapsed'],
    ['2027-01-10', 'lapsed'],
  ] as const;
  for (const [day, standing] of STANDINGS) {
    test(`on ${day} it is ${standing}`, () => {
      assert.equal(courseStanding(first, day), standing);
      assert.equal(personStanding([first], day), standing);
    });
  }
  test('a course that does not expire stays current; the person is their worst course', () => {
    const forever = course('core', 32, '2020-01-01', null);
    assert.equal(courseStanding(forever, '2099-01-01'), 'current');
    assert.equal(personStanding([forever, first], '2025-12-11'), 'due');
    assert.equal(personStanding([forever, first], '2026-01-10'), 'lapsed');
    assert.equal(personStanding([forever, first, renewal], '2026-01-10'), 'current');
    assert.equal(personStanding([], '2026-01-10'), null);
    assert.equal(personStanding([renewal], '2025-01-01'), null);
  });
  test('hours in tenths add up exactly', () => {
    const tenths = Array.from({ length: 10 }, (_, i) =>
      course(`c${String(i)}`, 0.1, '2026-01-01', null),
    );
    assert.equal(hoursInForce(tenths, '2026-02-01'), 1);
  });
});

describe('qualifiesOn: every combination', () => {
  const inForce40 = [course('a', 40, '2026-01-01', '2027-01-01')];
  const inForce39 = [course('a', 39.9, '2026-01-01', '2027-01-01')];
  const lapsed = [course('a', 40, '2024-01-01', '2025-01-01')];
  const completionSets = { none: [], inForce40, inForce39, lapsed } as const;
  const DAY = '2026-06-01';
  // [basis, recorded hours, supervisor, revoked] -> per completion set
  const RECORDS: readonly (readonly [
    CaseworkerQualification | null,
    Record<keyof typeof completionSets, boolean>,
  ])[] = [
    [null, { none: false, inForce40: false, inForce39: false, lapsed: false }],
    [TRAINED, { none: true, inForce40: true, inForce39: false, lapsed: false }],
    [
      { ...TRAINED, trainingHours: 20 },
      { none: false, inForce40: true, inForce39: false, lapsed: false },
    ],
    [
      { ...TRAINED, supervisor: null },
      { none: false, inForce40: false, inForce39: false, lapsed: false },
    ],
    [
      { ...TRAINED, revoked: true },
      { none: false, inForce40: false, inForce39: false, lapsed: false },
    ],
    [
      { basis: 'degree_and_experience', trainingHours: 0, supervisor: null, revoked: false },
      { none: true, inForce40: true, inForce39: true, lapsed: true },
    ],
    [
      { basis: 'degree_and_experience', trainingHours: 0, supervisor: null, revoked: true },
      { none: false, inForce40: false, inForce39: false, lapsed: false },
    ],
  ];
  for (const [record, expected] of RECORDS) {
    for (const [name, completions] of Object.entries(completionSets)) {
      const key = name as keyof typeof completionSets;
      test(`${JSON.stringify(record)} with ${name}: ${String(expected[key])}`, () => {
        assert.equal(qualifiesOn(record, completions, PROFILE, DAY), expected[key]);
      });
    }
  }
});

describe('who records, reads and manages training', () => {
  const actor = (roles: Role[], over: Partial<Actor> = {}): Actor => ({
    userId: 'u-actor',
    organizationId: 'org-a',
    organizationType: 'advocacy',
    jurisdictionId: 'j1',
    roles,
    ...over,
  });
  const person = { userId: 'u-person', organizationId: 'org-a', jurisdictionId: 'j1' };
  // [actor roles, actor organization, supervisor?, self?, other county?, record, read]
  const CASES: readonly (readonly [Role[], string, boolean, boolean, boolean, string, boolean])[] =
    [
      [['advocate'], 'org-a', true, false, false, 'allowed', true],
      [['advocate'], 'org-a', false, false, false, 'not_a_supervisor', false],
      [['advocate'], 'org-b', true, false, false, 'not_a_supervisor', false],
      [['advocate'], 'org-a', true, true, false, 'own_training', true],
      [['advocate'], 'org-a', true, false, true, 'other_jurisdiction', false],
      [['coordinator'], 'org-lead', false, false, false, 'allowed', true],
      [['coordinator'], 'org-lead', false, true, false, 'own_training', true],
      [['coordinator'], 'org-lead', false, false, true, 'other_jurisdiction', false],
      [['oversight_analyst'], 'org-o', false, false, false, 'not_a_supervisor', false],
      [['administrator'], 'org-lead', false, false, false, 'not_a_supervisor', false],
    ];
  for (const [roles, organizationId, supervisor, self, otherCounty, record, read] of CASES) {
    test(`${roles.join()} of ${organizationId}${supervisor ? ', supervisor' : ''}${self ? ', self' : ''}${otherCounty ? ', other county' : ''}`, () => {
      const who = actor(roles, {
        organizationId,
        ...(self ? { userId: person.userId } : {}),
        ...(otherCounty ? { jurisdictionId: 'j2' } : {}),
      });
      const decision = decideCompletionRecord(who, person, supervisor);
      assert.equal(decision.allowed ? 'allowed' : decision.code, record);
      assert.equal(decideTrainingRead(who, person, supervisor).allowed, read);
    });
  }
  test('a supervisor is an active point person of the organization whose roles see youth data', () => {
    const base = {
      userId: 'u',
      organizationId: 'org-a',
      active: true,
      pointPerson: true,
      roles: ['advocate'] as Role[],
    };
    assert.equal(isSupervisorOf(base, 'org-a'), true);
    assert.equal(isSupervisorOf(base, 'org-b'), false);
    assert.equal(isSupervisorOf({ ...base, active: false }, 'org-a'), false);
    assert.equal(isSupervisorOf({ ...base, pointPerson: false }, 'org-a'), false);
    assert.equal(isSupervisorOf({ ...base, roles: [] }, 'org-a'), false);
    assert.equal(isSupervisorOf({ ...base, roles: ['oversight_analyst'] }, 'org-a'), false);
    assert.equal(isSupervisorOf(null, 'org-a'), false);
  });
  test('courses are the coordinator’s; compliance the oversight analyst’s and the coordinator’s', () => {
    for (const role of ROLES) {
      assert.equal(decideCourseManage(actor([role])).allowed, role === 'coordinator', role);
      assert.equal(
        decideComplianceRead(actor([role])).allowed,
        role === 'coordinator' || role === 'oversight_analyst',
        role,
      );
    }
  });
});

describe('properties', () => {
  const day = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  /** Month arithmetic written apart: count months forward, then clamp to the month's length. */
  const expectedLapse = (from: string, months: number) => {
    const [y = 0, m = 1, d = 1] = from.split('-').map(Number);
    let year = y;
    let month = m;
    for (let i = 0; i < months; i += 1) {
      month += 1;
      if (month === 13) {
        month = 1;
        year += 1;
      }
    }
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const clamped = Math.min(d, lengths[month - 1] ?? 31);
    return `${String(year)}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
  };
  test('the lapse day is completed on + months, clamped to the month’s end', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (from, months) => {
        assert.equal(lapseDay(from, months), expectedLapse(from, months));
      }),
    );
  });
  test('in force exactly from the completion up to the day before the lapse', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 }), day, (from, months, on) => {
        const lapsesOn = expectedLapse(from, months);
        const completion = course('c', 8, from, lapsesOn);
        assert.equal(inForceOn(completion, on), from <= on && on < lapsesOn);
        assert.equal(hoursInForce([completion], on), from <= on && on < lapsesOn ? 8 : 0);
      }),
    );
  });
});

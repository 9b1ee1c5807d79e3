// Screening's pure rules: scoring every answer type at the threshold's edges, refused answers
// naming their item, a malformed instrument's problems with item and reason, who administers to
// whom, and the re-screen schedule for every trigger across daylight saving and holidays. The
// expected answers are written here from docs/SCREENING.md, not read from the modules.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { LANTERN_INDICATORS } from '../../src/domain/lantern-indicators.js';
import {
  ageOn,
  decideAdminister,
  instrumentProblems,
  scoreScreening,
  type InstrumentDefinition,
} from '../../src/domain/screening.js';
import {
  scheduleHas,
  screeningDue,
  screeningScheduleSchema,
  type ScreeningSchedule,
} from '../../src/domain/screening-schedule.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

// A small instrument with one item of each answer type.
const MIXED: InstrumentDefinition = {
  key: 'mixed',
  name: { en: 'Mixed', es: 'Mixto' },
  languages: ['en', 'es'],
  items: [
    {
      id: 'q1',
      text: { en: 'One?', es: '¿Uno?' },
      answer: { type: 'yes_no_unsure', points: { yes: 2, no: 0, unsure: 1 } },
    },
    {
      id: 'q2',
      text: { en: 'Two?', es: '¿Dos?' },
      answer: {
        type: 'choice',
        options: [
          { value: 'never', label: { en: 'Never', es: 'Nunca' }, points: 0 },
          { value: 'once', label: { en: 'Once', es: 'Una vez' }, points: 1 },
          { value: 'often', label: { en: 'Often', es: 'A menudo' }, points: 3 },
        ],
      },
    },
    {
      id: 'q3',
      text: { en: 'How many?', es: '¿Cuántas?' },
      answer: {
        type: 'number',
        min: 0,
        max: 50,
        bands: [
          { atLeast: 2, points: 1 },
          { atLeast: 5, points: 2 },
        ],
      },
    },
  ],
  scoring: { method: 'sum', threshold: 4 },
  administeredBy: ['advocate'],
  minimumAge: 12,
  source: 'Test',
};

const YES_NO_POINTS = { yes: 2, no: 0, unsure: 1 } as const;
const CHOICE_POINTS = { never: 0, once: 1, often: 3 } as const;
// [answer, points] for the number item, at every band edge.
const NUMBER_POINTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [1.99, 0],
  [2, 1],
  [4, 1],
  [4.5, 1],
  [5, 2],
  [50, 2],
];

describe('scoring every combination of answers', () => {
  for (const [yn, ynPoints] of Object.entries(YES_NO_POINTS)) {
    for (const [choice, choicePoints] of Object.entries(CHOICE_POINTS)) {
      for (const [count, countPoints] of NUMBER_POINTS) {
        const sum = ynPoints + choicePoints + countPoints;
        const indicators = [ynPoints, choicePoints, countPoints].filter((p) => p > 0).length;
        test(`${yn}, ${choice}, ${String(count)}: sum ${String(sum)}, count ${String(indicators)}`, () => {
          const answers = { q1: yn, q2: choice, q3: count };
          const summed = scoreScreening(MIXED, answers);
          assert.deepEqual(summed, {
            ok: true,
            score: sum,
            positive: sum >= 4,
            indicators,
            threshold: 4,
          });
          const counted = scoreScreening(
            { ...MIXED, scoring: { method: 'count_positive', threshold: 2 } },
            answers,
          );
          assert.deepEqual(counted, {
            ok: true,
            score: indicators,
            positive: indicators >= 2,
            indicators,
            threshold: 2,
          });
        });
      }
    }
  }

  test('positive exactly at the threshold, not one below', () => {
    const at = scoreScreening(MIXED, { q1: 'unsure', q2: 'often', q3: 0 });
    assert.deepEqual(at.ok && [at.score, at.positive], [4, true]);
    const below = scoreScreening(MIXED, { q1: 'no', q2: 'often', q3: 0 });
    assert.deepEqual(below.ok && [below.score, below.positive], [3, false]);
  });

  test('property: the score is between 0 and the most the items give; positive iff at threshold', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('yes', 'no', 'unsure'),
        fc.constantFrom('never', 'once', 'often'),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 7 }),
        (q1, q2, q3, threshold) => {
          const result = scoreScreening(
            { ...MIXED, scoring: { method: 'sum', threshold } },
            { q1, q2, q3 },
          );
          assert.ok(result.ok);
          assert.ok(result.score >= 0 && result.score <= 7);
          assert.equal(result.positive, result.score >= threshold);
        },
      ),
    );
  });
});

describe('refused answers name the item and why', () => {
  const cases: readonly (readonly [string, Record<string, unknown>, string, string])[] = [
    ['an item left out', { q1: 'yes', q2: 'once' }, 'q3', 'missing_answer'],
    ['a null answer', { q1: null, q2: 'once', q3: 1 }, 'q1', 'missing_answer'],
    ['an unknown item', { q1: 'yes', q2: 'once', q3: 1, q9: 'yes' }, 'q9', 'unknown_item'],
    ['a yes/no item answered true', { q1: true, q2: 'once', q3: 1 }, 'q1', 'wrong_answer'],
    ['a yes/no item answered Yes', { q1: 'Yes', q2: 'once', q3: 1 }, 'q1', 'wrong_answer'],
    ['a choice not offered', { q1: 'yes', q2: 'sometimes', q3: 1 }, 'q2', 'wrong_answer'],
    ['a number as text', { q1: 'yes', q2: 'once', q3: '3' }, 'q3', 'wrong_answer'],
    ['a number below the range', { q1: 'yes', q2: 'once', q3: -1 }, 'q3', 'wrong_answer'],
    ['a number above the range', { q1: 'yes', q2: 'once', q3: 51 }, 'q3', 'wrong_answer'],
    ['not a number', { q1: 'yes', q2: 'once', q3: Number.NaN }, 'q3', 'wrong_answer'],
  ];
  for (const [what, answers, itemId, code] of cases) {
    test(what, () => {
      const result = scoreScreening(MIXED, answers);
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.deepEqual(
        result.problems.map((p) => [p.itemId, p.code]),
        [[itemId, code]],
      );
    });
  }
});

describe('instrument problems', () => {
  const withItems = (items: unknown[]) => ({
    ...MIXED,
    items,
    scoring: { method: 'sum', threshold: 1 },
  });
  const item = MIXED.items[0];
  const cases: readonly (readonly [string, unknown, string, string, string | undefined])[] = [
    [
      'an unknown answer type',
      withItems([{ id: 'q1', text: { en: 'a', es: 'b' }, answer: { type: 'scale' } }]),
      'items.0.answer.type',
      'unknown_answer_type',
      'q1',
    ],
    ['a duplicate item id', withItems([item, item]), 'items.1.id', 'duplicate_item', 'q1'],
    [
      'a language missing an item’s text',
      withItems([{ ...item, text: { en: 'One?' } }]),
      'items.0.text.es',
      'missing_text',
      'q1',
    ],
    [
      'text in a language the instrument does not list',
      withItems([{ ...item, text: { en: 'a', es: 'b', fr: 'c' } }]),
      'items.0.text.fr',
      'unknown_language',
      'q1',
    ],
    [
      'a duplicate option',
      withItems([
        {
          id: 'c',
          text: { en: 'a', es: 'b' },
          answer: {
            type: 'choice',
            options: [
              { value: 'x', label: { en: 'x', es: 'x' }, points: 3 },
              { value: 'x', label: { en: 'y', es: 'y' }, points: 1 },
            ],
          },
        },
      ]),
      'items.0.answer.options.1.value',
      'duplicate_option',
      'c',
    ],
    [
      'a number range upside down',
      withItems([
        {
          id: 'n',
          text: { en: 'a', es: 'b' },
          answer: { type: 'number', min: 5, max: 1, bands: [{ atLeast: 3, points: 9 }] },
        },
      ]),
      'items.0.answer.min',
      'wrong_range',
      'n',
    ],
    [
      'a threshold no answers reach',
      { ...MIXED, scoring: { method: 'sum', threshold: 8 } },
      'scoring.threshold',
      'threshold_out_of_range',
      undefined,
    ],
    [
      'a count threshold above the number of items',
      { ...MIXED, scoring: { method: 'count_positive', threshold: 4 } },
      'scoring.threshold',
      'threshold_out_of_range',
      undefined,
    ],
    [
      'a threshold of zero',
      { ...MIXED, scoring: { method: 'sum', threshold: 0 } },
      'scoring.threshold',
      'invalid_instrument',
      undefined,
    ],
    [
      'administrators as administering role',
      { ...MIXED, administeredBy: ['advocate', 'administrator'] },
      'administeredBy.1',
      'role_cannot_administer',
      undefined,
    ],
    [
      'a name missing a language',
      { ...MIXED, name: { en: 'Mixed' } },
      'name.es',
      'missing_text',
      undefined,
    ],
    [
      'a language twice',
      { ...MIXED, languages: ['en', 'es', 'en'] },
      'languages',
      'duplicate_language',
      undefined,
    ],
    ['no items', withItems([]), 'items', 'invalid_instrument', undefined],
    [
      'an unknown field',
      { ...MIXED, formula: 'x' },
      '(definition)',
      'invalid_instrument',
      undefined,
    ],
    [
      'an unknown role',
      { ...MIXED, administeredBy: ['wizard'] },
      'administeredBy.0',
      'invalid_instrument',
      undefined,
    ],
  ];
  for (const [what, definition, path, code, itemId] of cases) {
    test(what, () => {
      const problems = instrumentProblems(definition);
      assert.deepEqual(
        problems.map((p) => [p.path, p.code, p.itemId]),
        [[path, code, itemId]],
      );
      assert.ok(problems.every((p) => p.message.length > 0));
    });
  }

  test('not an object at all', () => {
    assert.ok(instrumentProblems(null).length > 0);
    assert.ok(instrumentProblems('{}').length > 0);
  });

  test('the test instrument and Lantern indicators have no problem', () => {
    assert.deepEqual(instrumentProblems(MIXED), []);
    // As a county would import it: without the version Lantern gives.
    const definition = Object.fromEntries(
      Object.entries(LANTERN_INDICATORS).filter(([field]) => field !== 'version'),
    );
    assert.deepEqual(instrumentProblems(definition), []);
  });

  test('Lantern indicators: English and Spanish for every item, an indicator screen', () => {
    for (const i of LANTERN_INDICATORS.items) {
      assert.ok(i.text.en && i.text.es, i.id);
    }
    assert.match(LANTERN_INDICATORS.source, /not a diagnosis/);
    assert.match(LANTERN_INDICATORS.source, /county decision/);
    // Two indicators out of twelve make it positive; one does not.
    const answers = (yes: number) =>
      Object.fromEntries(LANTERN_INDICATORS.items.map((i, n) => [i.id, n < yes ? 'yes' : 'no']));
    assert.equal(
      (scoreScreening(LANTERN_INDICATORS, answers(1)) as { positive: boolean }).positive,
      false,
    );
    assert.equal(
      (scoreScreening(LANTERN_INDICATORS, answers(2)) as { positive: boolean }).positive,
      true,
    );
  });
});

describe('who administers to whom', () => {
  const roles: readonly Role[] = ['advocate'];
  for (const role of ROLES) {
    test(`role ${role}`, () => {
      const decision = decideAdminister({ roles: [role] }, MIXED, { age: 14, language: 'es' });
      assert.deepEqual(
        decision,
        roles.includes(role)
          ? { allowed: true }
          : { allowed: false, reason: 'role_cannot_administer' },
      );
    });
  }
  const ages: readonly (readonly [number | null, boolean])[] = [
    [null, true],
    [0, false],
    [11, false],
    [12, true],
    [17, true],
  ];
  for (const [age, allowed] of ages) {
    test(`age ${String(age)} against a minimum of 12`, () => {
      assert.equal(decideAdminister({ roles }, MIXED, { age, language: 'en' }).allowed, allowed);
    });
  }
  test('a language the instrument is not written in', () => {
    assert.deepEqual(decideAdminister({ roles }, MIXED, { age: 14, language: 'fr' }), {
      allowed: false,
      reason: 'language',
    });
  });

  const birthdays: readonly (readonly [string | null, number | null, string, number | null])[] = [
    ['2012-06-15', null, '2026-06-14', 13],
    ['2012-06-15', null, '2026-06-15', 14],
    ['2012-02-29', null, '2026-02-28', 13],
    ['2012-02-29', null, '2026-03-01', 14],
    [null, 2012, '2026-01-01', 14],
    [null, 2012, '2026-12-31', 14],
    [null, null, '2026-06-15', null],
    ['2012-06-15', 2000, '2026-06-15', 14],
  ];
  for (const [birthDate, estimatedBirthYear, day, age] of birthdays) {
    test(`born ${String(birthDate ?? estimatedBirthYear)}: ${String(age)} on ${day}`, () => {
      assert.equal(ageOn({ birthDate, estimatedBirthYear }, day), age);
    });
  }
});

describe('the re-screen schedule', () => {
  const LA = { timeZone: 'America/Los_Angeles', holidays: ['2026-11-26', '2026-12-25'] };
  const schedule = (input: Partial<ScreeningSchedule>): ScreeningSchedule =>
    screeningScheduleSchema.parse(input);
  const all = schedule({ atCaseOpeningHours: 72, onSuspicionHours: 24, periodicDays: 90 });
  const at = (iso: string) => new Date(iso);

  test('nothing is scheduled unless the county says so', () => {
    const none = schedule({});
    for (const kind of ['case_opening', 'suspicion', 'periodic'] as const) {
      assert.equal(scheduleHas(none, kind), false, kind);
      assert.equal(scheduleHas(all, kind), true, kind);
    }
    assert.deepEqual(
      (['case_opening', 'suspicion', 'periodic'] as const).map((kind) =>
        scheduleHas(schedule({ onSuspicionHours: 1 }), kind),
      ),
      [false, true, false],
    );
    assert.equal(
      screeningDue(none, { kind: 'case_opening', at: at('2026-11-24T09:40:00Z') }, LA),
      null,
    );
    assert.equal(
      screeningDue(none, { kind: 'suspicion', at: at('2026-11-24T09:40:00Z') }, LA),
      null,
    );
    assert.equal(
      screeningDue(none, { kind: 'periodic', lastScreenedAt: at('2026-11-24T09:40:00Z') }, LA),
      null,
    );
  });

  // [trigger, at, due]
  const HOURLY: readonly (readonly ['case_opening' | 'suspicion', string, string])[] = [
    ['case_opening', '2026-11-24T09:40:00Z', '2026-11-27T09:40:00Z'],
    ['suspicion', '2026-11-24T09:40:00Z', '2026-11-25T09:40:00Z'],
    // Thanksgiving (a holiday) moves nothing: a child's safety does not wait.
    ['suspicion', '2026-11-25T20:00:00Z', '2026-11-26T20:00:00Z'],
    // Across the end of daylight time (2026-11-01) 24 hours are 24 real hours.
    ['suspicion', '2026-10-31T18:00:00Z', '2026-11-01T18:00:00Z'],
    ['case_opening', '2027-03-13T18:00:00Z', '2027-03-16T18:00:00Z'],
  ];
  for (const [kind, from, due] of HOURLY) {
    test(`${kind} at ${from}: due ${due}`, () => {
      assert.deepEqual(screeningDue(all, { kind, at: at(from) }, LA), {
        opensAt: at(from),
        dueAt: at(due),
      });
    });
  }

  // [last screened, periodic days, the day it falls on (opens at its start, due at its end)]
  const PERIODIC: readonly (readonly [string, number, string, string])[] = [
    // Tuesday 2026-09-01 + 90 days = Monday 2026-11-30 (Pacific standard time: midnight 08:00Z).
    ['2026-09-01T17:00:00Z', 90, '2026-11-30T08:00:00Z', '2026-12-01T08:00:00Z'],
    // 11 p.m. in Los Angeles is already the next day in UTC; the county's day counts.
    ['2026-09-02T06:00:00Z', 90, '2026-11-30T08:00:00Z', '2026-12-01T08:00:00Z'],
    // Lands on Thanksgiving (Thursday 2026-11-26, a holiday): Friday.
    ['2026-08-28T17:00:00Z', 90, '2026-11-27T08:00:00Z', '2026-11-28T08:00:00Z'],
    // Lands on a Saturday (2026-11-28): Monday.
    ['2026-08-30T17:00:00Z', 90, '2026-11-30T08:00:00Z', '2026-12-01T08:00:00Z'],
    // Christmas on a Friday: the next Monday.
    ['2026-09-26T17:00:00Z', 90, '2026-12-28T08:00:00Z', '2026-12-29T08:00:00Z'],
    // Across the start of daylight time (2027-03-14): midnight moves from 08:00Z to 07:00Z.
    ['2027-03-08T18:00:00Z', 7, '2027-03-15T07:00:00Z', '2027-03-16T07:00:00Z'],
    // The day before the change: opens at 08:00Z (standard), due at 07:00Z (daylight).
    ['2027-03-05T18:00:00Z', 7, '2027-03-12T08:00:00Z', '2027-03-13T08:00:00Z'],
  ];
  for (const [last, days, opens, due] of PERIODIC) {
    test(`periodic ${String(days)} days after ${last}: ${opens}`, () => {
      assert.deepEqual(
        screeningDue(
          schedule({ periodicDays: days }),
          { kind: 'periodic', lastScreenedAt: at(last) },
          LA,
        ),
        { opensAt: at(opens), dueAt: at(due) },
      );
    });
  }

  test('property: a periodic screening falls on a working day at least N days later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2028-12-31') }),
        fc.integer({ min: 7, max: 366 }),
        (instant, days) => {
          const due = screeningDue(
            schedule({ periodicDays: days }),
            { kind: 'periodic', lastScreenedAt: new Date(instant) },
            LA,
          );
          assert.ok(due);
          const span = due.opensAt.getTime() - instant;
          assert.ok(span >= (days - 1) * 86_400_000 - 3_600_000);
          const day = new Intl.DateTimeFormat('en-CA', { timeZone: LA.timeZone }).format(
            due.opensAt,
          );
          const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
          assert.ok(weekday !== 0 && weekday !== 6 && !LA.holidays.includes(day), day);
          // A county day is 23 to 25 hours long.
          const length = due.dueAt.getTime() - due.opensAt.getTime();
          assert.ok(length >= 23 * 3_600_000 && length <= 25 * 3_600_000);
        },
      ),
    );
  });

  test('the schedule refuses what no county means', () => {
    for (const bad of [
      { atCaseOpeningHours: 0 },
      { onSuspicionHours: 721 },
      { periodicDays: 6 },
      { periodicDays: 1.5 },
      { assigneeOrganizationType: 'wizards' },
      { other: 1 },
    ]) {
      assert.equal(screeningScheduleSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});

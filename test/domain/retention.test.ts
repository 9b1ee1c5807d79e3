// Retention (src/domain/retention.ts, docs/RETENTION.md): when a closed case's data is past its
// time, the floor no setting goes below, and the birth day a purged youth is counted by, which
// keeps every fact's age band. Expected days are written here, not read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ageOn,
  anniversary,
  bandOn,
  closedSince,
  DEFAULT_RETENTION,
  pastRetention,
  reportBirthDay,
  retentionDate,
  retentionProblems,
  type Birth,
  type RetentionRule,
  type StatusChange,
} from '../../src/domain/retention.js';
import { DATA_CATEGORIES } from '../../src/domain/vocabulary.js';

describe('retentionDate', () => {
  const cases: {
    name: string;
    rule: RetentionRule;
    closedOn: string | null;
    birth: Birth;
    expected: { purgeOn: string; basis: 'closure' | 'age'; birthUnknown: boolean } | null;
  }[] = [
    {
      name: 'never closed: never purged',
      rule: { yearsAfterClosure: 1, untilAge: null },
      closedOn: null,
      birth: { date: '2000-01-01' },
      expected: null,
    },
    {
      name: 'years after closure alone',
      rule: { yearsAfterClosure: 7, untilAge: null },
      closedOn: '2020-03-15',
      birth: { date: '2005-06-01' },
      expected: { purgeOn: '2027-03-15', basis: 'closure', birthUnknown: false },
    },
    {
      name: 'the age is later than the years',
      rule: { yearsAfterClosure: 7, untilAge: 28 },
      closedOn: '2020-03-15',
      birth: { date: '2005-06-01' },
      expected: { purgeOn: '2033-06-01', basis: 'age', birthUnknown: false },
    },
    {
      name: 'the years are later than the age',
      rule: { yearsAfterClosure: 10, untilAge: 18 },
      closedOn: '2020-03-15',
      birth: { date: '2005-06-01' },
      expected: { purgeOn: '2030-03-15', basis: 'closure', birthUnknown: false },
    },
    {
      name: 'age and years on the same day: closure',
      rule: { yearsAfterClosure: 5, untilAge: 20 },
      closedOn: '2020-06-01',
      birth: { date: '2005-06-01' },
      expected: { purgeOn: '2025-06-01', basis: 'closure', birthUnknown: false },
    },
    {
      name: 'closed on a leap day: March 1 in a common year',
      rule: { yearsAfterClosure: 1, untilAge: null },
      closedOn: '2024-02-29',
      birth: null,
      expected: { purgeOn: '2025-03-01', basis: 'closure', birthUnknown: true },
    },
    {
      name: 'closed on a leap day, four years: February 29 again',
      rule: { yearsAfterClosure: 4, untilAge: null },
      closedOn: '2024-02-29',
      birth: null,
      expected: { purgeOn: '2028-02-29', basis: 'closure', birthUnknown: true },
    },
    {
      name: 'born on a leap day: turns 28 on March 1 of a common year',
      rule: { yearsAfterClosure: 1, untilAge: 28 },
      closedOn: '2020-01-10',
      birth: { date: '2004-02-29' },
      expected: { purgeOn: '2032-02-29', basis: 'age', birthUnknown: false },
    },
    {
      name: 'born on a leap day, turns 21 in a common year',
      rule: { yearsAfterClosure: 1, untilAge: 21 },
      closedOn: '2020-01-10',
      birth: { date: '2004-02-29' },
      expected: { purgeOn: '2025-03-01', basis: 'age', birthUnknown: false },
    },
    {
      name: 'a birth year alone: the last day of the year she turns the age',
      rule: { yearsAfterClosure: 1, untilAge: 25 },
      closedOn: '2020-01-10',
      birth: { year: 2003 },
      expected: { purgeOn: '2028-12-31', basis: 'age', birthUnknown: false },
    },
    {
      name: 'no birth known: the years after closure alone, said so',
      rule: { yearsAfterClosure: 7, untilAge: 28 },
      closedOn: '2020-03-15',
      birth: null,
      expected: { purgeOn: '2027-03-15', basis: 'closure', birthUnknown: true },
    },
    {
      name: 'a stored zero below the floor still keeps a year',
      rule: { yearsAfterClosure: 0, untilAge: null },
      closedOn: '2020-03-15',
      birth: null,
      expected: { purgeOn: '2021-03-15', basis: 'closure', birthUnknown: true },
    },
    {
      name: 'a negative age below the floor still waits for 18',
      rule: { yearsAfterClosure: 1, untilAge: -4 },
      closedOn: '2020-03-15',
      birth: { date: '2010-05-05' },
      expected: { purgeOn: '2028-05-05', basis: 'age', birthUnknown: false },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(retentionDate(c.rule, c.closedOn, c.birth), c.expected);
    });
  }
});

describe('closedSince', () => {
  const closed: StatusChange = { status: 'closed', on: '2020-01-01' };
  const cases: {
    name: string;
    status: 'open' | 'closed' | 'merged';
    changes: StatusChange[];
    expected: string | null;
  }[] = [
    { name: 'open, never closed', status: 'open', changes: [], expected: null },
    { name: 'closed once', status: 'closed', changes: [closed], expected: '2020-01-01' },
    {
      name: 'reopened: open again, never purged',
      status: 'open',
      changes: [closed, { status: 'reopened', on: '2021-01-01' }],
      expected: null,
    },
    {
      name: 'closed again after a reopening: the last closing counts',
      status: 'closed',
      changes: [
        closed,
        { status: 'reopened', on: '2021-01-01' },
        { status: 'closed', on: '2022-06-30' },
      ],
      expected: '2022-06-30',
    },
    {
      name: 'merged into another record: the survivor carries the data',
      status: 'merged',
      changes: [closed, { status: 'merged', on: '2021-01-01' }],
      expected: null,
    },
    {
      name: 'a status and a history that disagree: not closed',
      status: 'closed',
      changes: [closed, { status: 'reopened', on: '2021-01-01' }],
      expected: null,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(closedSince(c.status, c.changes), c.expected);
    });
  }
});

describe('pastRetention', () => {
  test('only the categories whose day has come, from that day on', () => {
    const settings = {
      ...DEFAULT_RETENTION,
      case_notes: { yearsAfterClosure: 2, untilAge: null },
      medical: { yearsAfterClosure: 3, untilAge: null },
    };
    const birth = { date: '1990-01-01' };
    assert.deepEqual(pastRetention(settings, '2020-05-01', birth, '2022-04-30'), []);
    assert.deepEqual(
      pastRetention(settings, '2020-05-01', birth, '2022-05-01').map((p) => p.category),
      ['case_notes'],
    );
    assert.deepEqual(
      pastRetention(settings, '2020-05-01', birth, '2023-05-01').map((p) => p.category),
      ['case_notes', 'medical'],
    );
    assert.equal(pastRetention(settings, '2020-05-01', birth, '2027-05-01').length, 11);
    assert.deepEqual(pastRetention(settings, null, birth, '2999-01-01'), []);
  });
});

describe('retentionProblems', () => {
  test('the default is sound', () => {
    assert.deepEqual(retentionProblems(DEFAULT_RETENTION), []);
  });
  const cases: { name: string; change: Record<string, unknown>; expected: string[] }[] = [
    {
      name: 'below the floor',
      change: { medical: { yearsAfterClosure: 0, untilAge: null } },
      expected: ['years_below_floor:medical'],
    },
    {
      name: 'negative',
      change: { legal: { yearsAfterClosure: -3, untilAge: null } },
      expected: ['years_below_floor:legal'],
    },
    {
      name: 'over the maximum',
      change: { identity: { yearsAfterClosure: 76, untilAge: null } },
      expected: ['years_above_maximum:identity'],
    },
    {
      name: 'not whole',
      change: { identity: { yearsAfterClosure: 2.5, untilAge: null } },
      expected: ['years_below_floor:identity'],
    },
    {
      name: 'an age under 18',
      change: { screening: { yearsAfterClosure: 2, untilAge: 17 } },
      expected: ['age_out_of_range:screening'],
    },
    {
      name: 'an age over 99',
      change: { screening: { yearsAfterClosure: 2, untilAge: 100 } },
      expected: ['age_out_of_range:screening'],
    },
    {
      name: 'the edges are allowed',
      change: {
        screening: { yearsAfterClosure: 1, untilAge: 18 },
        legal: { yearsAfterClosure: 75, untilAge: 99 },
      },
      expected: [],
    },
    {
      name: 'an unknown category',
      change: { horoscope: { yearsAfterClosure: 2, untilAge: null } },
      expected: ['unknown_category:horoscope'],
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(retentionProblems({ ...DEFAULT_RETENTION, ...c.change }), c.expected);
    });
  }
  test('a missing category', () => {
    const rest: Partial<Record<string, RetentionRule>> = { ...DEFAULT_RETENTION };
    delete rest.education;
    assert.deepEqual(retentionProblems(rest), ['missing_category:education']);
  });
});

describe('calendar', () => {
  const anniversaries: [string, number, string][] = [
    ['2020-01-31', 1, '2021-01-31'],
    ['2024-02-29', 1, '2025-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 76, '2100-03-01'],
    ['2023-02-28', 1, '2024-02-28'],
  ];
  for (const [from, years, expected] of anniversaries) {
    test(`${from} + ${String(years)} years = ${expected}`, () => {
      assert.equal(anniversary(from, years), expected);
    });
  }
  // PostgreSQL: age('2021-02-28', '2008-02-29') is 12 years 11 months 30 days.
  const ages: [string, string, number][] = [
    ['2008-02-29', '2021-02-28', 12],
    ['2008-02-29', '2021-03-01', 13],
    ['2008-02-29', '2020-02-29', 12],
    ['2008-02-29', '2020-02-28', 11],
    ['2005-06-01', '2023-05-31', 17],
    ['2005-06-01', '2023-06-01', 18],
  ];
  for (const [birth, on, expected] of ages) {
    test(`born ${birth}, on ${on}: ${String(expected)}`, () => {
      assert.equal(ageOn(birth, on), expected);
    });
  }
});

describe('reportBirthDay', () => {
  test('nothing known stays unknown', () => {
    assert.equal(reportBirthDay(null, ['2020-01-01']), null);
  });
  test('no fact near an edge: July 1 of her year', () => {
    assert.equal(
      reportBirthDay({ date: '2006-03-04' }, ['2020-01-10', '2020-05-01']),
      '2006-07-01',
    );
  });
  test('a year alone: July 1 of it', () => {
    assert.equal(reportBirthDay({ year: 2006 }, ['2021-08-01']), '2006-07-01');
  });
  test('an edge between two facts moves it only as far as the facts need', () => {
    // Turned 15 on 2021-03-04; facts on 2021-03-01 (14) and 2021-03-10 (15).
    const day = reportBirthDay({ date: '2006-03-04' }, ['2021-03-01', '2021-03-10']);
    assert.equal(day, '2006-03-10');
    assert.equal(bandOn(day, '2021-03-01'), '12_14');
    assert.equal(bandOn(day, '2021-03-10'), '15_17');
  });
  test('a fact on her birthday pins it', () => {
    assert.equal(
      reportBirthDay({ date: '2006-03-04' }, ['2021-03-03', '2021-03-04']),
      '2006-03-04',
    );
  });
});

const dayArb = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  test('a purge is never on or before the day the case closed, whatever is stored', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -100, max: 200 }),
        fc.option(fc.integer({ min: -100, max: 200 })),
        fc.option(
          fc.oneof(
            dayArb.map((date) => ({ date })),
            fc.integer({ min: 1950, max: 2050 }).map((year) => ({ year })),
          ),
        ),
        (closedOn, years, untilAge, birth) => {
          const date = retentionDate({ yearsAfterClosure: years, untilAge }, closedOn, birth);
          assert.ok(date);
          assert.ok(date.purgeOn > closedOn, `${date.purgeOn} after ${closedOn}`);
          assert.ok(date.purgeOn >= anniversary(closedOn, 1));
        },
      ),
    );
  });
  test('every fact keeps its age band under the report birth day', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          dayArb.map((date): Birth => ({ date })),
          fc.integer({ min: 1990, max: 2050 }).map((year): Birth => ({ year })),
        ),
        fc.array(dayArb, { maxLength: 12 }),
        (birth, facts) => {
          const truth = birth && 'date' in birth ? birth.date : `${String(birth?.year)}-07-01`;
          const counted = reportBirthDay(birth, facts);
          for (const day of facts) assert.equal(bandOn(counted, day), bandOn(truth, day));
          if (facts.length === 0) assert.equal(counted, `${truth.slice(0, 4)}-07-01`);
        },
      ),
    );
  });
  test('every category of the default has a rule', () => {
    for (const category of DATA_CATEGORIES) assert.ok(DEFAULT_RETENTION[category]);
  });
});

// The victim compensation filing deadline (src/domain/compensation-deadline.ts): births around
// the 18th and 28th birthdays and leap days written out by hand, then as properties against
// arithmetic written here: never before crime + 7 years, and for a minor never before the 28th
// birthday.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addYears, compensationDeadline } from '../../src/domain/compensation-deadline.js';

const CALIFORNIA = { compensationYears: 7, compensationMinorUntilAge: 28 };

// [birth date, crime date, deadline, basis, minor at the crime]
const CASES: readonly (readonly [string | null, string, string, string, boolean | null])[] = [
  // A 13-year-old: until her 28th birthday.
  ['2010-05-15', '2024-03-01', '2038-05-15', 'minor_until_age', true],
  // The day before her 18th birthday she was a minor.
  ['2000-05-15', '2018-05-14', '2028-05-15', 'minor_until_age', true],
  // On her 18th birthday she was not: seven years.
  ['2000-05-15', '2018-05-15', '2025-05-15', 'years_after_crime', false],
  ['2000-05-15', '2018-05-16', '2025-05-16', 'years_after_crime', false],
  // A minor at the last day of a year, born on the first of one.
  ['2005-01-01', '2022-12-31', '2033-01-01', 'minor_until_age', true],
  // Born on a leap day: the 28th birthday of 2008-02-29 is in 2036, a leap year.
  ['2008-02-29', '2020-01-10', '2036-02-29', 'minor_until_age', true],
  // Her 18th birthday in 2026 (no February 29) is February 28: that day she is 18.
  ['2008-02-29', '2026-02-28', '2033-02-28', 'years_after_crime', false],
  ['2008-02-29', '2026-02-27', '2036-02-29', 'minor_until_age', true],
  // A leap-day birth whose 28th birthday falls in 2100, not a leap year: February 28.
  ['2072-02-29', '2085-06-01', '2100-02-28', 'minor_until_age', true],
  // A crime on a leap day: seven years later has no February 29.
  ['1990-01-01', '2024-02-29', '2031-02-28', 'years_after_crime', false],
  // No birth date: seven years, and the answer says the birth date is missing.
  [null, '2024-02-29', '2031-02-28', 'years_after_crime', null],
  [null, '2020-07-04', '2027-07-04', 'years_after_crime', null],
];

describe('compensationDeadline: written out', () => {
  for (const [birthDate, crimeDate, deadline, basis, minorAtCrime] of CASES) {
    test(`born ${birthDate ?? 'unknown'}, crime ${crimeDate}: apply by ${deadline}`, () => {
      const answer = compensationDeadline({ birthDate, crimeDate }, CALIFORNIA);
      assert.deepEqual(answer, {
        deadline,
        basis,
        minorAtCrime,
        birthDateMissing: birthDate === null,
      });
    });
  }

  test('the profile sets the numbers: a minor until 20 may get only the years', () => {
    const answer = compensationDeadline(
      { birthDate: '2000-01-01', crimeDate: '2017-06-01' },
      { compensationYears: 7, compensationMinorUntilAge: 20 },
    );
    assert.deepEqual(answer, {
      deadline: '2024-06-01',
      basis: 'years_after_crime',
      minorAtCrime: true,
      birthDateMissing: false,
    });
    assert.equal(
      compensationDeadline(
        { birthDate: null, crimeDate: '2020-02-29' },
        {
          compensationYears: 8,
          compensationMinorUntilAge: 28,
        },
      ).deadline,
      '2028-02-29',
    );
  });

  test('addYears keeps the day, and February 29 becomes February 28 without one', () => {
    const table = [
      ['2024-02-29', 1, '2025-02-28'],
      ['2024-02-29', 4, '2028-02-29'],
      ['2096-02-29', 4, '2100-02-28'],
      ['1996-02-29', 4, '2000-02-29'],
      ['2023-02-28', 1, '2024-02-28'],
      ['2023-12-31', 7, '2030-12-31'],
    ] as const;
    for (const [from, years, to] of table) assert.equal(addYears(from, years), to);
  });

  test('dates that are not dates are refused', () => {
    assert.throws(
      () => compensationDeadline({ birthDate: null, crimeDate: '2026-02-29' }, CALIFORNIA),
      RangeError,
    );
    assert.throws(
      () => compensationDeadline({ birthDate: '2010-13-01', crimeDate: '2026-02-01' }, CALIFORNIA),
      RangeError,
    );
  });
});

// --- properties ---

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Year, month and day plus years, written again here: a lost leap day is February 28. */
const plusYears = ([y, m, d]: readonly [number, number, number], years: number) =>
  `${pad(y + years, 4)}-${pad(m)}-${pad(m === 2 && d === 29 && !leap(y + years) ? 28 : d)}`;

const aDate = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()] as const);
const text = ([y, m, d]: readonly [number, number, number]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

describe('compensationDeadline: properties', () => {
  test('never before crime + 7 years; for a minor never before the 28th birthday; one of the two', () => {
    fc.assert(
      fc.property(aDate, aDate, (birth, crime) => {
        fc.pre(text(crime) >= text(birth));
        const answer = compensationDeadline(
          { birthDate: text(birth), crimeDate: text(crime) },
          CALIFORNIA,
        );
        const sevenYears = plusYears(crime, 7);
        const twentyEighth = plusYears(birth, 28);
        const minor = text(crime) < plusYears(birth, 18);
        assert.equal(answer.minorAtCrime, minor);
        assert.ok(answer.deadline >= sevenYears);
        if (minor) assert.ok(answer.deadline >= twentyEighth);
        assert.equal(
          answer.deadline,
          minor && twentyEighth > sevenYears ? twentyEighth : sevenYears,
        );
      }),
      { numRuns: 2000 },
    );
  });

  test('without a birth date: crime + 7 years, birth date missing', () => {
    fc.assert(
      fc.property(aDate, (crime) => {
        const answer = compensationDeadline(
          { birthDate: null, crimeDate: text(crime) },
          CALIFORNIA,
        );
        assert.equal(answer.deadline, plusYears(crime, 7));
        assert.equal(answer.birthDateMissing, true);
      }),
    );
  });
});

// Race and ethnicity as recorded (src/domain/race-ethnicity.ts): which answers a record may hold,
// their stored order, and the report rows a youth counts in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  orderedRaceEthnicity,
  RACE_ETHNICITY_ANSWERS,
  RACE_ETHNICITY_ROWS,
  raceEthnicityProblem,
  raceEthnicityRows,
  type RaceEthnicity,
  withRaceEthnicityAnswer,
} from '../../src/domain/race-ethnicity.js';

const CATEGORIES: RaceEthnicity[] = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'hispanic_latino',
  'middle_eastern_north_african',
  'native_hawaiian_pacific_islander',
  'white',
];

describe('race and ethnicity', () => {
  test('the seven SPD 15 (2024) categories, two answers that stand alone, and not recorded', () => {
    assert.deepEqual([...RACE_ETHNICITY_ANSWERS], [...CATEGORIES, 'prefers_not_to_say', 'unknown']);
    assert.deepEqual([...RACE_ETHNICITY_ROWS].slice(-1), ['not_recorded']);
  });

  test('what a record may hold', () => {
    const table: [string[] | null, boolean][] = [
      [null, true],
      [['asian'], true],
      [['hispanic_latino', 'white'], true],
      [[...CATEGORIES], true],
      [['prefers_not_to_say'], true],
      [['unknown'], true],
      [[], false],
      [['latino'], false],
      [['Asian'], false],
      [['not_recorded'], false],
      [['asian', 'asian'], false],
      [['asian', 'unknown'], false],
      [['prefers_not_to_say', 'white'], false],
      [['prefers_not_to_say', 'unknown'], false],
    ];
    for (const [answers, storable] of table) {
      assert.equal(raceEthnicityProblem(answers) === null, storable, JSON.stringify(answers));
    }
    assert.match(raceEthnicityProblem(['latino']) ?? '', /"latino" is not/);
  });

  test('rows: each category recorded, or not recorded', () => {
    assert.deepEqual(raceEthnicityRows(null), ['not_recorded']);
    assert.deepEqual(raceEthnicityRows(['white', 'asian']), ['asian', 'white']);
    assert.deepEqual(raceEthnicityRows(['unknown']), ['unknown']);
    assert.deepEqual(raceEthnicityRows(['prefers_not_to_say']), ['prefers_not_to_say']);
  });

  test('any set of categories is storable, kept in one order, and counts once in each', () => {
    fc.assert(
      fc.property(fc.subarray(CATEGORIES, { minLength: 1 }), (chosen) => {
        const shuffled = [...chosen].reverse();
        assert.equal(raceEthnicityProblem(shuffled), null);
        assert.deepEqual(orderedRaceEthnicity(shuffled), orderedRaceEthnicity(chosen));
        assert.deepEqual(
          raceEthnicityRows(shuffled),
          CATEGORIES.filter((category) => chosen.includes(category)),
        );
      }),
    );
  });

  test('ticking an answer on a form: the two that stand alone clear the rest', () => {
    const table: [RaceEthnicity[], RaceEthnicity, boolean, RaceEthnicity[]][] = [
      [[], 'asian', true, ['asian']],
      [['white'], 'asian', true, ['asian', 'white']],
      [['asian', 'white'], 'white', false, ['asian']],
      [['asian'], 'asian', false, []],
      [['asian', 'white'], 'unknown', true, ['unknown']],
      [['hispanic_latino'], 'prefers_not_to_say', true, ['prefers_not_to_say']],
      [['unknown'], 'prefers_not_to_say', true, ['prefers_not_to_say']],
      [['prefers_not_to_say'], 'unknown', true, ['unknown']],
      [['prefers_not_to_say'], 'asian', true, ['asian']],
      [['unknown'], 'white', true, ['white']],
      [['unknown'], 'unknown', false, []],
    ];
    for (const [chosen, answer, ticked, expected] of table) {
      assert.deepEqual(
        withRaceEthnicityAnswer(chosen, answer, ticked),
        expected,
        JSON.stringify([chosen, answer, ticked]),
      );
    }
  });

  test('whatever is ticked or unticked, what the form holds can be stored', () => {
    const step = fc.tuple(fc.constantFrom(...RACE_ETHNICITY_ANSWERS), fc.boolean());
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let chosen: RaceEthnicity[] = [];
        for (const [answer, ticked] of steps) {
          chosen = withRaceEthnicityAnswer(chosen, answer, ticked);
          assert.equal(chosen.length === 0 || raceEthnicityProblem(chosen) === null, true);
          assert.equal(chosen.includes(answer), ticked);
        }
      }),
    );
  });
});

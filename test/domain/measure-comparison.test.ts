// Comparing a measure with the period before (src/domain/measure-comparison.ts): which figure is
// compared, how rows pair, and that a change is never worked out beside a hidden cell.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  changeBetween,
  compareRows,
  compareTotals,
  comparedColumn,
  type ComparedCell,
  type ComparedTable,
} from '../../src/domain/measure-comparison.js';

const shown = (value: number | null): ComparedCell => ({ value, suppressed: false });
const hidden: ComparedCell = { value: null, suppressed: true };

function table(
  columns: string[],
  rows: [string, ComparedCell[], ComparedCell][],
  totals: ComparedCell[],
  grandTotal: ComparedCell,
): ComparedTable {
  return {
    columns,
    rows: rows.map(([key, cells, total]) => ({ key, cells, total })),
    totals,
    grandTotal,
  };
}

describe('measure comparison', () => {
  test('the compared figure: a total, the one column, or the median hours', () => {
    const cases: [Parameters<typeof comparedColumn>, number | 'total'][] = [
      [['count', ['on_time', 'late', 'missed']], 'total'],
      [['count', ['identifications']], 0],
      [['duration', ['timed', 'median_hours', 'p90_hours']], 1],
    ];
    for (const [args, expected] of cases) assert.equal(comparedColumn(...args), expected);
  });

  test('a change only between two shown cells that have a value', () => {
    const cases: [ComparedCell | null, ComparedCell | null, number | null][] = [
      [shown(14), shown(11), 3],
      [shown(11), shown(14), -3],
      [shown(0), shown(0), 0],
      [hidden, shown(14), null],
      [shown(14), hidden, null],
      [hidden, hidden, null],
      [shown(null), shown(12), null],
      [shown(12), null, null],
      [null, shown(12), null],
    ];
    for (const [current, previous, change] of cases) {
      assert.equal(changeBetween(current, previous), change, JSON.stringify([current, previous]));
    }
  });

  test('months pair in order; other breakdowns by key, a row missing before has no figure', () => {
    const quarter = table(
      ['identifications'],
      [
        ['2026-10', [shown(12)], shown(12)],
        ['2026-11', [hidden], hidden],
        ['2026-12', [shown(0)], shown(0)],
      ],
      [shown(20)],
      shown(20),
    );
    const before = table(
      ['identifications'],
      [
        ['2026-07', [shown(15)], shown(15)],
        ['2026-08', [shown(11)], shown(11)],
        ['2026-09', [hidden], hidden],
      ],
      [shown(30)],
      shown(30),
    );
    assert.deepEqual(compareRows('count', 'month', quarter, before), [
      { previousKey: '2026-07', previous: shown(15), change: -3 },
      { previousKey: '2026-08', previous: shown(11), change: null },
      { previousKey: '2026-09', previous: hidden, change: null },
    ]);
    assert.deepEqual(compareTotals('count', quarter, before), {
      previousKey: null,
      previous: shown(30),
      change: -10,
    });

    const byAge = table(
      ['youth'],
      [
        ['12_14', [shown(13)], shown(13)],
        ['15_17', [shown(20)], shown(20)],
      ],
      [shown(33)],
      shown(33),
    );
    const byAgeBefore = table(
      ['youth'],
      [['15_17', [shown(12)], shown(12)]],
      [shown(12)],
      shown(12),
    );
    assert.deepEqual(compareRows('count', 'age_band', byAge, byAgeBefore), [
      { previousKey: null, previous: null, change: null },
      { previousKey: '15_17', previous: shown(12), change: 8 },
    ]);
  });

  test('a table of several columns compares row totals and the grand total', () => {
    const now = table(
      ['on_time', 'late'],
      [['r', [shown(12), shown(0)], shown(12)]],
      [shown(12), shown(0)],
      shown(12),
    );
    const before = table(
      ['on_time', 'late'],
      [['r', [shown(11), shown(13)], shown(24)]],
      [shown(11), shown(13)],
      hidden,
    );
    assert.deepEqual(compareRows('count', 'rule', now, before), [
      { previousKey: 'r', previous: shown(24), change: -12 },
    ]);
    assert.equal(compareTotals('count', now, before).change, null);
  });

  test('property: a change exists exactly when both compared cells are shown with a value', () => {
    const cell = fc.oneof(
      fc.constant(hidden),
      fc.option(fc.nat(500), { nil: null }).map((value) => shown(value)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }), (pairs) => {
        const make = (side: 0 | 1) =>
          table(
            ['identifications'],
            pairs.map((pair, i) => [`k${String(i)}`, [pair[side]], pair[side]]),
            [shown(0)],
            shown(0),
          );
        const compared = compareRows('count', 'gender', make(0), make(1));
        compared.forEach((row, i) => {
          const [current, previous] = pairs[i] ?? [hidden, hidden];
          const both =
            !current.suppressed &&
            !previous.suppressed &&
            current.value !== null &&
            previous.value !== null;
          assert.equal(row.change !== null, both);
          if (both) assert.equal(row.change, current.value - previous.value);
        });
      }),
    );
  });
});

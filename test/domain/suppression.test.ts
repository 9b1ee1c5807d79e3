// Small-cell suppression (docs/REPORTS.md): the expected tables are written here by hand, and
// every result is attacked with test/domain/suppression-attacker.ts, which knows only arithmetic.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  isHidden,
  suppressList,
  suppressTable,
  type CountTable,
  type PublishedCount,
  type PublishedList,
  type PublishedTable,
} from '../../src/domain/suppression.js';
import {
  linearAttack,
  listEntries,
  listLines,
  seeList,
  seeTable,
  subtractionAttack,
  tableEntries,
  tableLines,
  withEntry,
  type Line,
  type Seen,
} from './suppression-attacker.js';

/** P hidden as small, C hidden as complementary, else the number shown. */
const word = (count: PublishedCount) =>
  isHidden(count) ? (count.rule === 'primary' ? 'P' : 'C') : String(count);
const drawTable = (table: PublishedTable) => [
  ...table.cells.map((row, r) => `${row.map(word).join(' ')} | ${word(table.rowTotals[r]!)}`),
  `${table.columnTotals.map(word).join(' ')} | ${word(table.grandTotal)}`,
];
const drawList = (list: PublishedList) =>
  `${list.counts.map(word).join(' ')} | ${word(list.total)}`.trim();

// Two blocks of small counts joined by a 2: a table that hides no count alone.
const BRIDGED: CountTable = [
  [3, 4, 50, 50, 50],
  [5, 6, 2, 50, 50],
  [50, 50, 3, 4, 50],
  [50, 20, 5, 6, 50],
  [50, 50, 50, 50, 50],
];

describe('hand-picked tables, threshold 11', () => {
  const TABLES: readonly [string, CountTable, readonly string[]][] = [
    [
      'nothing small: nothing hidden',
      [
        [25, 30],
        [40, 50],
      ],
      ['25 30 | 55', '40 50 | 90', '65 80 | 145'],
    ],
    [
      'a true zero is shown',
      [
        [0, 25],
        [30, 40],
      ],
      ['0 25 | 25', '30 40 | 70', '30 65 | 95'],
    ],
    [
      '11 is shown, 10 is not',
      [
        [11, 30, 30],
        [40, 10, 9],
      ],
      ['11 C C | 71', '40 P P | 59', '51 40 39 | 130'],
    ],
    // One small count in a 2 x 2: the smallest cycle through it is the four counts.
    [
      'one small count in a 2 x 2',
      [
        [4, 25],
        [30, 40],
      ],
      ['P C | 29', 'C C | 70', '34 65 | 99'],
    ],
    // The row total is small too; row 1 is the cheapest way around, its total included.
    [
      'a small row and its total',
      [
        [4, 5],
        [30, 40],
      ],
      ['P P | P', 'C C | C', '34 45 | 79'],
    ],
    // The zero is never the complement: it would leave the row's hidden sum equal to the 4.
    [
      'a zero beside a small count',
      [
        [4, 0],
        [30, 40],
      ],
      ['P 0 | P', 'C 40 | C', '34 40 | 74'],
    ],
    [
      'the smallest cycle, not the first one',
      [
        [25, 30, 40],
        [12, 4, 50],
        [20, 13, 60],
      ],
      ['25 30 40 | 95', 'C P 50 | 66', 'C C 60 | 93', '57 47 150 | 254'],
    ],
    [
      'three small counts in an L: one complement closes it',
      [
        [4, 5, 30],
        [6, 40, 30],
        [30, 30, 30],
      ],
      ['P P 30 | 39', 'P C 30 | 76', '30 30 30 | 90', '40 75 90 | 205'],
    ],
    [
      'two blocks of small counts protect each other',
      [
        [3, 4, 50, 50],
        [5, 6, 50, 50],
        [50, 50, 3, 4],
        [50, 50, 5, 6],
      ],
      [
        'P P 50 50 | 107',
        'P P 50 50 | 111',
        '50 50 P P | 107',
        '50 50 P P | 111',
        '108 110 108 110 | 436',
      ],
    ],
    // The 2 links the two blocks: no line has it alone, yet rows 0 and 1 minus columns 0 and 1
    // give it. The cheapest count joining the blocks (the 20) closes a cycle through it.
    [
      'a small count that only several lines together give away',
      BRIDGED,
      [
        'P P 50 50 50 | 157',
        'P P P 50 50 | 113',
        '50 50 P P 50 | 157',
        '50 C P P 50 | 131',
        '50 50 50 50 50 | 250',
        '158 130 110 160 250 | 808',
      ],
    ],
  ];
  for (const [name, table, expected] of TABLES) {
    test(name, () => {
      const result = suppressTable(table);
      assert.deepEqual(drawTable(result), expected);
      assert.equal(result.threshold, DEFAULT_SUPPRESSION_THRESHOLD);
      assert.equal(DEFAULT_SUPPRESSION_THRESHOLD, 11);
    });
  }

  const LISTS: readonly [readonly number[], string][] = [
    [[], '| 0'],
    [[0, 0], '0 0 | 0'],
    [[12, 0], '12 0 | 12'],
    [[4], 'P | P'],
    [[4, 25, 30], 'P C 30 | 59'],
    [[4, 0, 30], 'P 0 C | 34'],
    [[4, 5, 30], 'P P 30 | 39'],
    [[3, 8, 0], 'P P 0 | 11'],
    [[10, 11], 'P C | 21'],
    [[30, 40, 10], 'C 40 P | 80'],
  ];
  for (const [counts, expected] of LISTS) {
    test(`list ${counts.join(', ') || '(empty)'}: ${expected}`, () => {
      assert.equal(drawList(suppressList(counts)), expected);
    });
  }
});

describe('another threshold', () => {
  // [table, threshold, expected]
  const TABLE: readonly [CountTable, number, readonly string[]][] = [
    [
      [
        [4, 25],
        [30, 40],
      ],
      4,
      ['4 25 | 29', '30 40 | 70', '34 65 | 99'],
    ],
    [
      [
        [4, 25],
        [30, 40],
      ],
      5,
      ['P C | 29', 'C C | 70', '34 65 | 99'],
    ],
    [
      [
        [1, 0],
        [0, 1],
      ],
      1,
      ['1 0 | 1', '0 1 | 1', '1 1 | 2'],
    ],
    [
      [
        [1, 0],
        [0, 1],
      ],
      2,
      ['P 0 | P', '0 P | P', 'P P | 2'],
    ],
  ];
  for (const [table, threshold, expected] of TABLE) {
    test(`${JSON.stringify(table)} at ${threshold}`, () => {
      const result = suppressTable(table, threshold);
      assert.deepEqual(drawTable(result), expected);
      assert.equal(result.threshold, threshold);
    });
  }
  test('a list at threshold 5', () => {
    assert.equal(drawList(suppressList([4, 5], 5)), 'P C | 9');
  });
});

describe('the attacker works', () => {
  // Without these, an attacker that never learns anything would pass every test below.
  test('subtraction gives a lone hidden count back, with its value', () => {
    const seen = withEntry(
      seeTable(
        suppressTable([
          [25, 30],
          [40, 50],
        ]),
      ),
      0,
      null,
    );
    assert.deepEqual([...subtractionAttack(seen)], [[0, 25]]);
    assert.deepEqual([...linearAttack(seen)], [[0, 25]]);
  });
  test('subtraction goes on with what it learned', () => {
    // Hidden: 25, 30 and 40. Row 1 gives the 40; only then does column 0 give the 25.
    const seen = seeOnly(
      truthOfTable([
        [25, 30],
        [40, 50],
      ]),
      (_, i) => [0, 1, 3].includes(i),
    );
    const learned = [...subtractionAttack(seen)].sort(([a], [b]) => a - b);
    assert.deepEqual(learned, [
      [0, 25],
      [1, 30],
      [3, 40],
    ]);
  });
  test('the rank attack gets what no single line gives', () => {
    const primaryOnly = seeOnly(truthOfTable(BRIDGED), (v) => v > 0 && v < 11);
    assert.equal(subtractionAttack(primaryOnly).size, 0);
    assert.deepEqual([...linearAttack(primaryOnly)], [[1 * 6 + 2, 2]]);
  });
  test('a list with one hidden count gives it back', () => {
    const seen = seeOnly(truthOfList([4, 25, 30]), (_, i) => i === 0);
    assert.deepEqual([...subtractionAttack(seen)], [[0, 4]]);
    assert.deepEqual([...linearAttack(seen)], [[0, 4]]);
  });
});

/** The true entries of a table and its lines, computed here. */
interface Truth {
  readonly values: readonly number[];
  readonly lines: readonly Line[];
}

function truthOfTable(table: CountTable): Truth {
  const columns = table[0]!.length;
  const rows = table.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, c) =>
    rows.reduce((sum, row) => sum + row[c]!, 0),
  );
  return { values: [...rows.flat(), ...totals], lines: tableLines(table.length, columns) };
}

function truthOfList(counts: readonly number[]): Truth {
  return {
    values: [...counts, counts.reduce((a, b) => a + b, 0)],
    lines: listLines(counts.length),
  };
}

function seeOnly(truth: Truth, hidden: (value: number, index: number) => boolean): Seen {
  return { entries: truth.values.map((v, i) => (hidden(v, i) ? null : v)), lines: truth.lines };
}

const isSmall = (threshold: number) => (value: number) => value > 0 && value < threshold;

/** (1) Every shown entry is its true value, 0 or at least the threshold; P exactly the small. */
function assertOnlySafeNumbersShown(truth: Truth, published: readonly PublishedCount[], t: number) {
  assert.equal(published.length, truth.values.length);
  truth.values.forEach((value, i) => {
    const count = published[i]!;
    if (isSmall(t)(value)) assert.deepEqual(count, { suppressed: true, rule: 'primary' }, `${i}`);
    else if (isHidden(count)) {
      assert.equal(count.rule, 'complementary', `entry ${i}`);
      assert.ok(value > 0, `entry ${i}: a zero is never hidden`);
    } else assert.equal(count, value, `entry ${i}`);
  });
}

/** (2) Neither subtraction line by line nor any combination of lines gives a hidden count. */
function assertNothingDerivable(seen: Seen) {
  assert.deepEqual([...subtractionAttack(seen)], []);
  assert.deepEqual([...linearAttack(seen)], []);
}

/**
 * (3) As few as reasonable, exactly: (a) no complement when the small counts alone give nothing
 * away; (b) exactly one when one more shown non-zero entry, whichever, would be enough; (c) each
 * complement is needed: showing it again alone lets some hidden count be worked out.
 */
function assertFewComplements(truth: Truth, published: readonly PublishedCount[], t: number) {
  const complements = published.flatMap((c, i) =>
    isHidden(c) && c.rule === 'complementary' ? [i] : [],
  );
  const seen = seeOnly(truth, (_, i) => isHidden(published[i]!));
  for (const i of complements) {
    const shownAgain = withEntry(seen, i, truth.values[i]!);
    assert.ok(linearAttack(shownAgain).size > 0, `complement ${i} is not needed`);
  }
  // (a) and (b) can only fail with complements, and (b) only with two or more.
  if (complements.length === 0) return;
  const primaryOnly = seeOnly(truth, isSmall(t));
  assert.ok(linearAttack(primaryOnly).size > 0, 'a complement where none was needed');
  if (complements.length === 1) return;
  const oneIsEnough = truth.values.some(
    (value, j) =>
      value > 0 &&
      primaryOnly.entries[j] !== null &&
      linearAttack(withEntry(primaryOnly, j, null)).size === 0,
  );
  assert.ok(!oneIsEnough, `${complements.length} complements where one was enough`);
}

function checkTable(table: CountTable, threshold: number) {
  const frozen = Object.freeze(table.map((row) => Object.freeze([...row])));
  const result = suppressTable(frozen, threshold);
  const truth = truthOfTable(table);
  const published = tableEntries(result);
  assert.equal(result.cells.length, table.length);
  assert.ok(result.cells.every((row) => row.length === table[0]!.length));
  assertOnlySafeNumbersShown(truth, published, threshold);
  assertNothingDerivable(seeTable(result));
  assertFewComplements(truth, published, threshold);
}

function checkList(counts: readonly number[], threshold: number) {
  const result = suppressList(Object.freeze([...counts]), threshold);
  const truth = truthOfList(counts);
  const published = listEntries(result);
  assertOnlySafeNumbersShown(truth, published, threshold);
  assertNothingDerivable(seeList(result));
  assertFewComplements(truth, published, threshold);
  assert.deepEqual(suppressList(counts, threshold), result);
}

/** Every table of the given shape whose counts are drawn from values. */
function everyTable(rows: number, columns: number, values: readonly number[]): number[][][] {
  let tables: number[][] = [[]];
  for (let k = 0; k < rows * columns; k++) {
    tables = tables.flatMap((cells) => values.map((v) => [...cells, v]));
  }
  return tables.map((cells) =>
    Array.from({ length: rows }, (_, r) => cells.slice(r * columns, (r + 1) * columns)),
  );
}

describe('every small table', () => {
  // 0, the edges of the small counts, the threshold itself, and one large count.
  const SHAPES: readonly [number, number, readonly number[]][] = [
    [2, 2, [0, 1, 4, 10, 11, 25]],
    [2, 3, [0, 1, 10, 11]],
    [3, 2, [0, 1, 10, 11]],
  ];
  for (const [rows, columns, values] of SHAPES) {
    test(`every ${rows} x ${columns} table of ${values.join(', ')}`, () => {
      const tables = everyTable(rows, columns, values);
      assert.equal(tables.length, values.length ** (rows * columns));
      for (const table of tables) checkTable(table, DEFAULT_SUPPRESSION_THRESHOLD);
    });
  }
  test('every list of up to 4 of 0, 1, 10, 11, 30', () => {
    for (let length = 0; length <= 4; length++) {
      for (const [counts] of everyTable(1, length, [0, 1, 10, 11, 30])) {
        checkList(counts ?? [], DEFAULT_SUPPRESSION_THRESHOLD);
      }
    }
  });
});

describe('properties of random tables up to 6 x 6', () => {
  const RUNS = { numRuns: 300 };
  const count = fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 3 },
    { arbitrary: fc.integer({ min: 11, max: 60 }), weight: 5 },
  );
  const tables = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
  const thresholds = fc.oneof(
    fc.constant(DEFAULT_SUPPRESSION_THRESHOLD),
    fc.integer({ min: 1, max: 20 }),
  );
  const lists = fc.array(count, { maxLength: 12 });

  test('(1) no shown count is from 1 to the threshold - 1, and shown counts are true', () => {
    fc.assert(
      fc.property(tables, thresholds, (table, t) => {
        assertOnlySafeNumbersShown(truthOfTable(table), tableEntries(suppressTable(table, t)), t);
      }),
      RUNS,
    );
  });
  test('(2) no hidden count can be worked out, by subtraction or any combination of lines', () => {
    fc.assert(
      fc.property(tables, thresholds, (table, t) => {
        assertNothingDerivable(seeTable(suppressTable(table, t)));
      }),
      RUNS,
    );
  });
  test('(3) no complement to spare, and one when one is enough', () => {
    fc.assert(
      fc.property(tables, thresholds, (table, t) => {
        assertFewComplements(truthOfTable(table), tableEntries(suppressTable(table, t)), t);
      }),
      RUNS,
    );
  });
  test('(4) the same table gives the same result, and the table is not changed', () => {
    fc.assert(
      fc.property(tables, thresholds, (table, t) => {
        const copy = table.map((row) => [...row]);
        const first = suppressTable(table, t);
        assert.deepEqual(table, copy);
        assert.deepEqual(suppressTable(copy, t), first);
      }),
      RUNS,
    );
  });
  test('lists: all four', () => {
    fc.assert(
      fc.property(lists, thresholds, (counts, t) => {
        checkList(counts, t);
      }),
      RUNS,
    );
  });
});

describe('bad input is refused, without repeating the count', () => {
  const TABLES: readonly [string, CountTable, RegExp][] = [
    ['no rows', [], /at least one row and one column/],
    ['no columns', [[]], /at least one row and one column/],
    ['rows of different lengths', [[1, 2], [3]], /row 1 is not as long as row 0/],
    ['a negative count', [[5, -1234]], /row 0, column 1 is not a whole number of at least 0/],
    ['a fraction', [[12.5]], /row 0, column 0/],
    ['not a number', [[Number.NaN]], /row 0, column 0/],
    ['infinity', [[Number.POSITIVE_INFINITY]], /row 0, column 0/],
    ['past the safe integers', [[2 ** 53]], /row 0, column 0/],
    ['a sum past the safe integers', [[Number.MAX_SAFE_INTEGER, 1]], /add up to too much/],
  ];
  for (const [name, table, message] of TABLES) {
    test(`a table with ${name}`, () => {
      assert.throws(
        () => suppressTable(table),
        (error: unknown) =>
          error instanceof RangeError &&
          message.test(error.message) &&
          !error.message.includes('1234'),
      );
    });
  }
  for (const threshold of [0, -11, 1.5, Number.NaN]) {
    test(`threshold ${threshold}`, () => {
      assert.throws(() => suppressTable([[1]], threshold), RangeError);
      assert.throws(() => suppressList([1], threshold), RangeError);
    });
  }
  test('a list with a negative count or a fraction', () => {
    assert.throws(() => suppressList([3, -1234]), /count 1 is not a whole number of at least 0/);
    assert.throws(() => suppressList([0.5]), RangeError);
  });
});

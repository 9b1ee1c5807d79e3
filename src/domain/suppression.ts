// Small-cell suppression (docs/REPORTS.md, "Small numbers are hidden"): which counts of a
// published table are hidden before it leaves Lantern. Pure: no I/O.
//
// Why: in one county, "3 girls aged 12 to 14 identified by the police in March" can be children
// someone knows. So a count from 1 to threshold - 1 (default 11, the public-health rule
// CMS uses: n < 11) is hidden ("primary"), and then enough other counts are hidden
// ("complementary") that no hidden count can be worked out exactly from what is shown, by
// subtracting along a row, a column or the totals, or by adding and subtracting several of them.
//
// A true zero is shown: it says that nothing happened and points at no one, and hiding zeros
// would hide the good news too (no identified victim arrested). A zero is also never used as a
// complementary count, because a hidden zero beside one hidden count leaves their sum equal to
// that count, and anyone who guesses the zero has it.
//
// Totals are computed here from the counts, never taken from the caller, so a shown total is
// always the sum of what it totals. They are counts like the others (a row total of 4 is hidden).
//
// How a table is checked: a two-way table with its totals is (rows + 1) x (columns + 1) entries,
// and each of its lines (every row and the totals row, every column and the totals column) says
// "the entries add up to the line's total". Take each line as a point and each hidden entry as a
// link between its row line and its column line. A hidden entry can be worked out from what is
// shown exactly when no cycle of hidden entries passes through it (a bridge): along a cycle,
// adding to one entry and taking from the next keeps every line's sum, so its value is open;
// without one, adding and subtracting the lines on one side of it leaves it alone. A line with
// exactly one hidden entry is the simplest case. So the table is safe when no hidden entry is a
// bridge, and complementary counts are chosen to close cycles, the smallest counts first: they
// say the least.
//
// Not promised: a hidden count can still be known to lie in a range (a row total of 14 with two
// hidden counts bounds both), and tables of the same counts published side by side (age by
// month and age by organization) are checked one at a time.

export const DEFAULT_SUPPRESSION_THRESHOLD = 11;
/**
 * The range a county may choose its threshold from: some health departments hide counts under
 * 10, CMS under 11; a lower one would publish counts small enough to point at a child.
 */
export const SUPPRESSION_THRESHOLD_RANGE = { min: 10, max: 100 } as const;

/** Why a count is hidden: it is small itself, or it would let a small one be worked out. */
export type SuppressionRule = 'primary' | 'complementary';

export interface HiddenCount {
  readonly suppressed: true;
  readonly rule: SuppressionRule;
}

/** A count as published: its value, or that it is hidden and by which rule. */
export type PublishedCount = number | HiddenCount;

/** Counts by one breakdown (months, age bands, organizations...) and their total. */
export interface PublishedList {
  readonly threshold: number;
  readonly counts: readonly PublishedCount[];
  readonly total: PublishedCount;
}

/** Counts by two breakdowns: rows x columns, each row the same length. */
export type CountTable = readonly (readonly number[])[];

export interface PublishedTable {
  readonly threshold: number;
  readonly cells: readonly (readonly PublishedCount[])[];
  readonly rowTotals: readonly PublishedCount[];
  readonly columnTotals: readonly PublishedCount[];
  readonly grandTotal: PublishedCount;
}

export function isHidden(count: PublishedCount): count is HiddenCount {
  return typeof count !== 'number';
}

/**
 * Hides the small counts of a list and, when exactly one count or the total would be hidden,
 * the smallest other non-zero count too, since a list is one line: the total minus the rest.
 */
export function suppressList(
  counts: readonly number[],
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): PublishedList {
  checkThreshold(threshold);
  counts.forEach((count, i) => {
    checkCount(count, `count ${i}`);
  });
  const values = [...counts, checkedSum(counts)];
  const rules = values.map(primaryRule(threshold));
  if (rules.filter((rule) => rule !== null).length === 1) {
    // One hidden count, so not the whole list is zero: some other entry is a non-zero count.
    const complement = cheapestShown(values, rules);
    if (complement === null) throw new Error('a lone hidden count has no complement');
    rules[complement] = 'complementary';
  }
  const published = values.map((value, i) => publish(value, rules[i] ?? null));
  return { threshold, counts: published.slice(0, -1), total: published.at(-1) ?? 0 };
}

/**
 * Hides the small counts of a two-way table and its totals, then as few complementary counts as
 * it finds (one when one is enough), until no hidden count can be worked out from what is shown.
 */
export function suppressTable(
  table: CountTable,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): PublishedTable {
  checkThreshold(threshold);
  const grid = withTotals(table);
  const rules = grid.values.map(primaryRule(threshold));
  closeCycles(grid, rules);
  const published = grid.values.map((value, i) => publish(value, rules[i] ?? null));
  const entry = (row: number, column: number) => published[row * grid.width + column] ?? 0;
  const rowCount = grid.height - 1;
  const columnCount = grid.width - 1;
  return {
    threshold,
    cells: table.map((_, r) => Array.from({ length: columnCount }, (_, c) => entry(r, c))),
    rowTotals: table.map((_, r) => entry(r, columnCount)),
    columnTotals: Array.from({ length: columnCount }, (_, c) => entry(rowCount, c)),
    grandTotal: entry(rowCount, columnCount),
  };
}

/** The table with a totals column and a totals row, entries row by row. */
interface Grid {
  readonly values: readonly number[];
  readonly height: number;
  readonly width: number;
}

function withTotals(table: CountTable): Grid {
  const columnCount = table[0]?.length ?? 0;
  if (table.length === 0 || columnCount === 0) {
    throw new RangeError('a table needs at least one row and one column');
  }
  const values: number[] = [];
  table.forEach((row, r) => {
    if (row.length !== columnCount) throw new RangeError(`row ${r} is not as long as row 0`);
    row.forEach((count, c) => {
      checkCount(count, `row ${r}, column ${c}`);
    });
    values.push(...row, checkedSum(row));
  });
  const columnTotals = Array.from({ length: columnCount }, (_, c) =>
    checkedSum(table.map((row) => row[c] ?? 0)),
  );
  values.push(...columnTotals, checkedSum(columnTotals));
  return { values, height: table.length + 1, width: columnCount + 1 };
}

/**
 * Adds complementary counts until no hidden entry is a bridge, then shows again every one that is
 * not needed, the largest first, so the result is the fewest the search found and none to spare.
 */
function closeCycles(grid: Grid, rules: (SuppressionRule | null)[]): void {
  for (let open = bridges(grid, rules); open.length > 0; open = bridges(grid, rules)) {
    const single = singleCompletion(grid, rules);
    const added = single === null ? completingPath(grid, rules, open[0] ?? 0) : [single];
    for (const entry of added) rules[entry] = 'complementary';
  }
  const complements = rules.flatMap((rule, i) => (rule === 'complementary' ? [i] : []));
  for (const entry of complements.sort(byValueThenIndex(grid.values)).reverse()) {
    rules[entry] = null;
    if (bridges(grid, rules).length > 0) rules[entry] = 'complementary';
  }
}

/** The cheapest shown non-zero entry whose hiding alone leaves no bridge, or null. */
function singleCompletion(grid: Grid, rules: (SuppressionRule | null)[]): number | null {
  const { height, width, values } = grid;
  // A line with one hidden entry needs the new one on it, and an entry is on one row and one
  // column: so at most one such row and one such column, and the entry is where they cross.
  const hiddenOn = new Array<number>(height + width).fill(0);
  rules.forEach((rule, entry) => {
    if (rule === null) return;
    const row = Math.floor(entry / width);
    const column = height + (entry % width);
    hiddenOn[row] = (hiddenOn[row] ?? 0) + 1;
    hiddenOn[column] = (hiddenOn[column] ?? 0) + 1;
  });
  const loneRows = hiddenOn.slice(0, height).flatMap((n, row) => (n === 1 ? [row] : []));
  const loneColumns = hiddenOn.slice(height).flatMap((n, column) => (n === 1 ? [column] : []));
  if (loneRows.length > 1 || loneColumns.length > 1) return null;
  const candidates = values.flatMap((value, entry) => {
    const onLoneRow = loneRows.every((row) => Math.floor(entry / width) === row);
    const onLoneColumn = loneColumns.every((column) => entry % width === column);
    return value > 0 && rules[entry] === null && onLoneRow && onLoneColumn ? [entry] : [];
  });
  for (const entry of candidates.sort(byValueThenIndex(values))) {
    rules[entry] = 'complementary';
    const safe = bridges(grid, rules).length === 0;
    rules[entry] = null;
    if (safe) return entry;
  }
  return null;
}

/**
 * The shown entries that close a cycle through a bridge: the path between its row line and its
 * column line that hides the fewest new entries, then the smallest sum, through hidden entries
 * for free and never through a zero. Such a path always exists: a non-zero entry has a non-zero
 * row total, column total and grand total, the other three corners of a cycle.
 */
function completingPath(grid: Grid, rules: readonly (SuppressionRule | null)[], bridge: number) {
  const { height, width, values } = grid;
  const lines = height + width;
  // Cost of reaching a line: [new entries hidden, their sum], compared in that order.
  const cost: Cost[] = Array.from({ length: lines }, () => UNREACHED);
  const via = new Array<number>(lines).fill(-1);
  const done = new Array<boolean>(lines).fill(false);
  const start = Math.floor(bridge / width);
  const goal = height + (bridge % width);
  cost[start] = [0, 0];
  for (;;) {
    let line = -1;
    for (let l = 0; l < lines; l++) {
      if (done[l] || costAt(cost, l) === UNREACHED) continue;
      if (line === -1 || cheaper(costAt(cost, l), costAt(cost, line))) line = l;
    }
    if (line === -1 || line === goal) break;
    done[line] = true;
    const [entriesSoFar, sumSoFar] = costAt(cost, line);
    const across = line < height ? width : height;
    for (let k = 0; k < across; k++) {
      const entry = line < height ? line * width + k : k * width + (line - height);
      const other = line < height ? height + k : k;
      const value = values[entry] ?? 0;
      if (entry === bridge || done[other] || value === 0) continue;
      const shown = rules[entry] === null;
      const through: Cost = shown ? [entriesSoFar + 1, sumSoFar + value] : [entriesSoFar, sumSoFar];
      if (cheaper(through, costAt(cost, other))) {
        cost[other] = through;
        via[other] = entry;
      }
    }
  }
  const path: number[] = [];
  for (let line = goal; line !== start;) {
    const entry = via[line] ?? -1;
    // Cannot happen (see above); refusing is safer than publishing a count that can be derived.
    if (entry < 0) throw new Error('no cycle of counts closes through a hidden count');
    if (rules[entry] === null) path.push(entry);
    line = line < height ? height + (entry % width) : Math.floor(entry / width);
  }
  return path;
}

type Cost = readonly [entries: number, sum: number];
const UNREACHED: Cost = [Infinity, Infinity];

function costAt(cost: readonly Cost[], line: number): Cost {
  return cost[line] ?? UNREACHED;
}

function cheaper([entries, sum]: Cost, [otherEntries, otherSum]: Cost): boolean {
  return entries < otherEntries || (entries === otherEntries && sum < otherSum);
}

/** Hidden entries on no cycle of hidden entries (Tarjan's bridges), by index. */
function bridges(grid: Grid, rules: readonly (SuppressionRule | null)[]): number[] {
  const { height, width } = grid;
  const links: [number, number][][] = Array.from({ length: height + width }, () => []);
  rules.forEach((rule, entry) => {
    if (rule === null) return;
    const row = Math.floor(entry / width);
    const column = height + (entry % width);
    links[row]?.push([column, entry]);
    links[column]?.push([row, entry]);
  });
  const order = new Array<number>(links.length).fill(-1);
  const found: number[] = [];
  let time = 0;
  const visit = (line: number, through: number): number => {
    let reach = (order[line] = time++);
    for (const [other, entry] of links[line] ?? []) {
      if (entry === through) continue;
      const seen = order[other] ?? -1;
      if (seen >= 0) {
        reach = Math.min(reach, seen);
        continue;
      }
      const otherReach = visit(other, entry);
      reach = Math.min(reach, otherReach);
      if (otherReach > (order[line] ?? 0)) found.push(entry);
    }
    return reach;
  };
  for (let line = 0; line < links.length; line++) if (order[line] === -1) visit(line, -1);
  return found.sort((a, b) => a - b);
}

function primaryRule(threshold: number) {
  return (value: number): SuppressionRule | null =>
    value > 0 && value < threshold ? 'primary' : null;
}

function cheapestShown(values: readonly number[], rules: readonly (SuppressionRule | null)[]) {
  const shown = values.flatMap((value, i) => (value > 0 && rules[i] === null ? [i] : []));
  return shown.sort(byValueThenIndex(values))[0] ?? null;
}

function byValueThenIndex(values: readonly number[]) {
  return (a: number, b: number) => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
}

function publish(value: number, rule: SuppressionRule | null): PublishedCount {
  return rule === null ? value : { suppressed: true, rule };
}

// The messages name where a bad count is, never the count: these are numbers of children.
function checkCount(count: number, where: string): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${where} is not a whole number of at least 0`);
  }
}

function checkThreshold(threshold: number): void {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new RangeError('the threshold is not a whole number of at least 1');
  }
}

function checkedSum(counts: readonly number[]): number {
  const sum = counts.reduce((total, count) => total + count, 0);
  if (!Number.isSafeInteger(sum)) throw new RangeError('the counts add up to too much');
  return sum;
}

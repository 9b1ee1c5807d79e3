// A measure's counts as published (docs/REPORTS.md): every table passes through the small-cell
// rule (src/domain/suppression.ts) before it leaves Lantern, and a hidden cell is `null` with
// `suppressed: true` and why. Pure: no I/O.
import {
  isHidden,
  suppressList,
  suppressTable,
  type PublishedCount,
  type SuppressionRule,
} from './suppression.js';
import type { MeasureDefinition } from './measures.js';

/** A hidden cell is null with `suppressed: true`; a duration with nothing timed is null alone. */
export type PublishedCell =
  | { readonly value: number | null; readonly suppressed: false }
  | { readonly value: null; readonly suppressed: true; readonly rule: SuppressionRule };

export interface MeasureRow {
  readonly key: string;
  readonly cells: readonly PublishedCell[];
  readonly total: PublishedCell;
}

export interface MeasureTable {
  readonly columns: readonly string[];
  readonly rows: readonly MeasureRow[];
  /** Per column: the sum of the rows (count), or over every timed record (duration). */
  readonly totals: readonly PublishedCell[];
  /** Count: every row's total; duration: how many were timed. */
  readonly grandTotal: PublishedCell;
}

/** Counts of one measure, keyed by row then column; a missing entry is zero. */
export type Counts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** What the SQL gives for a duration measure: per row, how many timed and the two hours. */
export interface DurationGroup {
  readonly timed: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

const shown = (value: number): PublishedCell => ({ value, suppressed: false });
const cell = (count: PublishedCount): PublishedCell =>
  isHidden(count) ? { value: null, suppressed: true, rule: count.rule } : shown(count);
const HIDDEN_WITH_ITS_COUNT: PublishedCell = { value: null, suppressed: true, rule: 'primary' };

/**
 * A count measure: rows x its columns with row totals, column totals and the grand total, after
 * suppression. One column is a list (its cells are the row totals, so it is suppressed as one
 * line, not as a table that would repeat each count).
 */
export function publishCounts(
  measure: MeasureDefinition,
  rowKeys: readonly string[],
  counts: Counts,
  threshold: number,
): MeasureTable {
  const { columns } = measure;
  const grid = rowKeys.map((row) => columns.map((column) => counts.get(row)?.get(column) ?? 0));
  if (rowKeys.length === 0) {
    return { columns, rows: [], totals: columns.map(() => shown(0)), grandTotal: shown(0) };
  }
  if (columns.length === 1) {
    const list = suppressList(
      grid.map((row) => row[0] ?? 0),
      threshold,
    );
    const rows = rowKeys.map((key, r) => {
      const published = cell(list.counts[r] ?? 0);
      return { key, cells: [published], total: published };
    });
    return { columns, rows, totals: [cell(list.total)], grandTotal: cell(list.total) };
  }
  const table = suppressTable(grid, threshold);
  return {
    columns,
    rows: rowKeys.map((key, r) => ({
      key,
      cells: (table.cells[r] ?? []).map(cell),
      total: cell(table.rowTotals[r] ?? 0),
    })),
    totals: table.columnTotals.map(cell),
    grandTotal: cell(table.grandTotal),
  };
}

/**
 * A duration measure: how many were timed per row is a list of counts and is suppressed as one;
 * a row's median and 90th percentile are shown only where its count is (a duration of a hidden
 * count could be one child's). Hours are rounded to one decimal.
 */
export function publishDurations(
  measure: MeasureDefinition,
  rowKeys: readonly string[],
  groups: ReadonlyMap<string, DurationGroup>,
  overall: DurationGroup,
  threshold: number,
): MeasureTable {
  const { columns } = measure;
  const timed = rowKeys.map((row) => groups.get(row)?.timed ?? 0);
  const list = rowKeys.length === 0 ? null : suppressList(timed, threshold);
  const line = (count: PublishedCell, group: DurationGroup | undefined): PublishedCell[] => {
    const hours = (value: number | null | undefined): PublishedCell =>
      count.suppressed ? HIDDEN_WITH_ITS_COUNT : shownHours(value);
    return [count, hours(group?.medianHours), hours(group?.p90Hours)];
  };
  const rows = rowKeys.map((key, r) => {
    const count = cell(list?.counts[r] ?? 0);
    return { key, cells: line(count, groups.get(key)), total: count };
  });
  const total = cell(list?.total ?? 0);
  return { columns, rows, totals: line(total, overall), grandTotal: total };
}

// Null and not suppressed: nothing was timed, so there is no duration (0 timed is beside it).
function shownHours(value: number | null | undefined): PublishedCell {
  return value === null || value === undefined
    ? { value: null, suppressed: false }
    : shown(Math.round(value * 10) / 10);
}

const NO_TOTAL: PublishedCell = { value: null, suppressed: false };

/**
 * A snapshot measure: its columns count different things (places, youth), so each column is its
 * own list, suppressed on its own, with its total; a row has no total (null, not hidden).
 */
export function publishSnapshot(
  measure: MeasureDefinition,
  rowKeys: readonly string[],
  counts: Counts,
  threshold: number,
): MeasureTable {
  const { columns } = measure;
  const lists = columns.map((column) =>
    rowKeys.length === 0
      ? null
      : suppressList(
          rowKeys.map((row) => counts.get(row)?.get(column) ?? 0),
          threshold,
        ),
  );
  return {
    columns,
    rows: rowKeys.map((key, r) => ({
      key,
      cells: lists.map((list) => cell(list?.counts[r] ?? 0)),
      total: NO_TOTAL,
    })),
    totals: lists.map((list) => cell(list?.total ?? 0)),
    grandTotal: NO_TOTAL,
  };
}

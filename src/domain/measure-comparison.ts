// Comparing a measure with the period before (docs/REPORTS.md, "Comparing periods"). Each period's
// table is suppressed on its own, so a change is worked out only between two cells that are both
// shown: a change beside a hidden cell would give the hidden count away. Pure.
import type { Breakdown, MeasureKind } from './measures.js';

/** A published cell as the API sends it: a hidden cell has no value. */
export type ComparedCell =
  | { readonly value: number | null; readonly suppressed: false }
  | { readonly value: null; readonly suppressed: true };

export interface ComparedRow<C extends ComparedCell = ComparedCell> {
  readonly key: string;
  readonly cells: readonly C[];
  readonly total: C;
}

export interface ComparedTable<C extends ComparedCell = ComparedCell> {
  readonly columns: readonly string[];
  readonly rows: readonly ComparedRow<C>[];
  readonly totals: readonly C[];
  readonly grandTotal: C;
}

export interface RowComparison<C extends ComparedCell = ComparedCell> {
  /** The previous period's row this one is set against, or null when it has none. */
  readonly previousKey: string | null;
  readonly previous: C | null;
  /** This period's figure minus the previous one; null unless both are shown. */
  readonly change: number | null;
}

/**
 * Which figure of a row is compared: a count of several columns its total, a count of one
 * column that column, a duration its median hours.
 */
export function comparedColumn(kind: MeasureKind, columns: readonly string[]): number | 'total' {
  if (kind === 'duration') return Math.max(columns.indexOf('median_hours'), 0);
  return columns.length > 1 ? 'total' : 0;
}

function pick<C extends ComparedCell>(row: ComparedRow<C>, column: number | 'total'): C | null {
  return column === 'total' ? row.total : (row.cells[column] ?? null);
}

/** The change between two cells, only when both are shown and both have a value. */
export function changeBetween(current: ComparedCell | null, previous: ComparedCell | null) {
  if (current === null || previous === null) return null;
  if (current.suppressed || previous.suppressed) return null;
  if (current.value === null || previous.value === null) return null;
  return current.value - previous.value;
}

/**
 * Per row of `current`, the row of `previous` it is compared with and the change. Months and
 * quarters pair in order (a quarter's first month with the previous quarter's first month);
 * every other breakdown pairs rows of the same key.
 */
export function compareRows<C extends ComparedCell>(
  kind: MeasureKind,
  by: Breakdown,
  current: ComparedTable<C>,
  previous: ComparedTable<C>,
): RowComparison<C>[] {
  const column = comparedColumn(kind, current.columns);
  const inOrder = by === 'month' || by === 'quarter';
  return current.rows.map((row, index) => {
    const match = inOrder
      ? previous.rows[index]
      : previous.rows.find((candidate) => candidate.key === row.key);
    if (match === undefined) return { previousKey: null, previous: null, change: null };
    const before = pick(match, column);
    return {
      previousKey: match.key,
      previous: before,
      change: changeBetween(pick(row, column), before),
    };
  });
}

/** The same for the totals line: the grand total, or the compared column's total. */
export function compareTotals<C extends ComparedCell>(
  kind: MeasureKind,
  current: ComparedTable<C>,
  previous: ComparedTable<C>,
): RowComparison<C> {
  const column = comparedColumn(kind, current.columns);
  const totalOf = (table: ComparedTable<C>) =>
    column === 'total' ? table.grandTotal : (table.totals[column] ?? null);
  const before = totalOf(previous);
  return { previousKey: null, previous: before, change: changeBetween(totalOf(current), before) };
}

// An attacker on published tables, written from a table's arithmetic alone and not from
// src/domain/suppression.ts, so the tests of that module do not grade it by its own rule.
import {
  isHidden,
  type PublishedCount,
  type PublishedList,
  type PublishedTable,
} from '../../src/domain/suppression.js';

/** A line of a table: its parts add up to its total (indices into the entries). */
export interface Line {
  readonly parts: readonly number[];
  readonly total: number;
}

/** What a reader sees: every entry (counts and totals), null where hidden, and the lines. */
export interface Seen {
  readonly entries: readonly (number | null)[];
  readonly lines: readonly Line[];
}

/** A two-way table read row by row, each row followed by its total, then the totals row. */
export function tableEntries(table: PublishedTable): PublishedCount[] {
  return [
    ...table.cells.flatMap((row, r) => [...row, table.rowTotals[r]!]),
    ...table.columnTotals,
    table.grandTotal,
  ];
}

export function seeTable(table: PublishedTable): Seen {
  const entries = tableEntries(table).map((count) => (isHidden(count) ? null : count));
  return { entries, lines: tableLines(table.cells.length, table.columnTotals.length) };
}

/** The lines of a rows x columns table with its totals, entries numbered as seeTable does. */
export function tableLines(rows: number, columns: number): Line[] {
  const width = columns + 1;
  const at = (r: number, c: number) => r * width + c;
  const lines: Line[] = [];
  for (let r = 0; r <= rows; r++) {
    lines.push({ parts: range(columns).map((c) => at(r, c)), total: at(r, columns) });
  }
  for (let c = 0; c <= columns; c++) {
    lines.push({ parts: range(rows).map((r) => at(r, c)), total: at(rows, c) });
  }
  return lines;
}

/** A list: its counts, then its total; one line. */
export function listEntries(list: PublishedList): PublishedCount[] {
  return [...list.counts, list.total];
}

export function listLines(length: number): Line[] {
  return [{ parts: range(length), total: length }];
}

export function seeList(list: PublishedList): Seen {
  const entries = listEntries(list).map((count) => (isHidden(count) ? null : count));
  return { entries, lines: listLines(list.counts.length) };
}

/** The same view with one more entry shown, or hidden. */
export function withEntry(seen: Seen, index: number, value: number | null): Seen {
  return { ...seen, entries: seen.entries.map((entry, i) => (i === index ? value : entry)) };
}

/**
 * Subtraction, line by line, over and over: a line with exactly one unknown entry gives it (its
 * total minus the other parts, or the sum of the parts), and what is learned is used again.
 * Returns each hidden entry learned, with its value.
 */
export function subtractionAttack(seen: Seen): Map<number, number> {
  const known = [...seen.entries];
  const learned = new Map<number, number>();
  for (let progress = true; progress;) {
    progress = false;
    for (const { parts, total } of seen.lines) {
      const unknown = [...parts, total].filter((i) => known[i] === null);
      if (unknown.length !== 1) continue;
      const target = unknown[0]!;
      const partsSum = parts.reduce((sum, i) => sum + (i === target ? 0 : known[i]!), 0);
      const value = target === total ? partsSum : known[total]! - partsSum;
      known[target] = value;
      learned.set(target, value);
      progress = true;
    }
  }
  return learned;
}

// Arithmetic modulo a prime stands in for exact fractions. It gives the same ranks: every entry
// is in at most two lines with coefficient +1 or -1, so by Hadamard's inequality no minor of the
// system exceeds 2^(k/2) for k lines (2^7 for a 6 x 6 table's 14), far below P, so no non-zero
// minor vanishes modulo P.
const P = 1_000_003;
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let result = 1;
  for (let base = mod(a), e = P - 2; e > 0; e = Math.floor(e / 2), base = (base * base) % P) {
    if (e % 2 === 1) result = (result * base) % P;
  }
  return result;
}

/**
 * Any combination of lines at once (the rank attack): the hidden entries as unknowns, one
 * equation per line, reduced to row echelon form. An unknown is determined exactly when a reduced
 * row is that unknown alone. Returns each hidden entry determined, with its value (mod P; the
 * counts in these tests are far smaller).
 */
export function linearAttack(seen: Seen): Map<number, number> {
  const unknowns = seen.entries.flatMap((entry, i) => (entry === null ? [i] : []));
  const column = new Map(unknowns.map((entry, c) => [entry, c]));
  const rows = seen.lines.map(({ parts, total }) => {
    const row = new Array<number>(unknowns.length + 1).fill(0);
    const terms: [number, number][] = [...parts.map((i): [number, number] => [i, 1]), [total, -1]];
    for (const [i, sign] of terms) {
      const c = column.get(i);
      // Known entries move to the right-hand side.
      if (c === undefined)
        row[unknowns.length] = mod(row[unknowns.length]! - sign * seen.entries[i]!);
      else row[c] = mod(row[c]! + sign);
    }
    return row;
  });
  let pivotRow = 0;
  const pivots: [row: number, column: number][] = [];
  for (let c = 0; c < unknowns.length && pivotRow < rows.length; c++) {
    const found = rows.findIndex((row, r) => r >= pivotRow && row[c] !== 0);
    if (found === -1) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = inverse(pivot[c]!);
    for (let k = 0; k < pivot.length; k++) pivot[k] = (pivot[k]! * scale) % P;
    rows.forEach((row, r) => {
      const factor = row[c]!;
      if (r === pivotRow || factor === 0) return;
      for (let k = 0; k < row.length; k++) row[k] = mod(row[k]! - factor * pivot[k]!);
    });
    pivots.push([pivotRow, c]);
    pivotRow++;
  }
  const determined = new Map<number, number>();
  for (const [r, c] of pivots) {
    const row = rows[r]!;
    if (row.every((value, k) => k === c || k === unknowns.length || value === 0)) {
      determined.set(unknowns[c]!, row[unknowns.length]!);
    }
  }
  return determined;
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

// The measures as CSV (docs/REPORTS.md): one line per published cell, totals included, the same
// cells the JSON answers; a hidden cell is empty with `suppressed` true. Cells a spreadsheet would
// run as a formula are escaped as the directory's export does (src/hsds/csv.ts).
import { writeCsv } from '../../../hsds/csv.js';
import type { PublishedCell } from '../../../domain/measure-tables.js';
import type { MeasuresReport } from './measures.js';

export const MEASURES_CSV_HEADER = [
  'measure',
  'breakdown',
  'row',
  'label',
  'column',
  'value',
  'suppressed',
  'rule',
] as const;

export function measuresCsv(report: MeasuresReport): string {
  const lines: string[][] = [];
  const line = (measure: string, row: string, label: string, column: string, cell: PublishedCell) =>
    lines.push([
      measure,
      report.by,
      row,
      label,
      column,
      cell.value === null ? '' : String(cell.value),
      String(cell.suppressed),
      cell.suppressed ? cell.rule : '',
    ]);
  for (const { id, kind, table } of report.measures) {
    if (table === null) continue;
    // A count table's rows and columns add up to totals; a duration's row total is its count.
    const totals = kind === 'count' && table.columns.length > 1;
    table.rows.forEach((row, r) => {
      const label = table.labels[r] ?? row.key;
      row.cells.forEach((cell, c) => {
        line(id, row.key, label, table.columns[c] ?? '', cell);
      });
      if (totals) line(id, row.key, label, 'total', row.total);
    });
    table.totals.forEach((cell, c) => {
      line(id, 'total', 'total', table.columns[c] ?? '', cell);
    });
    if (totals) line(id, 'total', 'total', 'total', table.grandTotal);
  }
  return writeCsv(MEASURES_CSV_HEADER, lines);
}

// CSV in and out. Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage
// return) are written with a leading apostrophe, the OWASP remedy; plain numbers such as a
// negative longitude are left as they are. Reading undoes exactly that escape, so Lantern's
// own exports import unchanged.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export interface CsvRow {
  /** The line of the file the row starts on (the header is line 1). */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function readCsv(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new CsvSyntaxError(line, (error as Error).message);
  }
  const [first, ...rest] = records;
  if (!first) return { header: [], rows: [] };
  const header = first.record.map((h) => h.trim());
  const rows: CsvRow[] = [];
  let previousEnd = first.info.lines;
  for (const { record, info } of rest) {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = unescapeFormula(record[i] ?? '');
    });
    if (record.length > header.length) cells[''] = record.slice(header.length).join(',');
    rows.push({ line: previousEnd + 1, cells });
    previousEnd = info.lines;
  }
  return { header, rows };
}

export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows.map((r) => r.map(escapeFormula))], { record_delimiter: '\n' });
}

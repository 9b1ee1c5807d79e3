// Batched writes for the generator: each batch of rows is one INSERT ... SELECT FROM unnest(...)
// with one parameter per column (a text array), so a batch of thousands of rows costs one
// statement and one transaction on either engine, without COPY (pg-copy-streams is not a
// dependency). One batch is in flight while the next is generated.
import type { Database, Queryable } from '../../src/db/database.js';

/** A column and its SQL type, e.g. ['roles', 'text[]'] or ['details', 'jsonb']. */
export type Column = readonly [name: string, type: string];

export const BATCH_ROWS = 2000;

/** A value as text for its column's cast: arrays as array literals, objects as JSON. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => {
      const text = asText(item);
      return text === null ? 'NULL' : `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    });
    return `{${items.join(',')}}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`the generator cannot write a ${typeof value}`);
}

/** Prints each table's progress to stderr and keeps the summary. */
export class Progress {
  readonly tables: { table: string; rows: number; seconds: number }[] = [];
  private readonly started = performance.now();

  constructor(private readonly write: (line: string) => void) {}

  line(text: string): void {
    this.write(text);
  }

  done(table: string, rows: number, seconds: number): void {
    this.tables.push({ table, rows, seconds });
    this.write(
      `${table.padEnd(28)} ${String(rows).padStart(10)} rows ${seconds.toFixed(1).padStart(7)} s ${rate(rows, seconds).padStart(9)} rows/s`,
    );
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

const rate = (rows: number, seconds: number) =>
  seconds > 0 ? String(Math.round(rows / seconds)) : '-';

export interface TableWriterOptions {
  /** Rows expected, for the running percentage. */
  readonly expected?: number;
  /** Runs in the batch's transaction after its insert (the audit chain moves its head). */
  readonly afterBatch?: (tx: Queryable, rows: readonly (readonly unknown[])[]) => Promise<void>;
}

export class TableWriter {
  private rows: (readonly unknown[])[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private written = 0;
  private readonly started = performance.now();
  private lastReport = performance.now();
  private readonly sql: string;

  constructor(
    private readonly db: Database,
    private readonly table: string,
    private readonly columns: readonly Column[],
    private readonly progress: Progress,
    private readonly options: TableWriterOptions = {},
  ) {
    const names = columns.map(([name]) => name);
    this.sql = `INSERT INTO ${table} (${names.join(', ')})
      SELECT ${columns.map(([name, type]) => `${name}::${type}`).join(', ')}
      FROM unnest(${names.map((_, i) => `$${String(i + 1)}::text[]`).join(', ')})
        AS u(${names.join(', ')})`;
  }

  async add(row: readonly unknown[]): Promise<void> {
    if (row.length !== this.columns.length) {
      throw new Error(`${this.table}: a row of ${String(row.length)} values`);
    }
    this.rows.push(row);
    if (this.rows.length >= BATCH_ROWS) await this.flush();
  }

  /** Sends what is buffered once the batch before it is written. */
  async flush(): Promise<void> {
    const batch = this.rows;
    this.rows = [];
    await this.inFlight;
    if (batch.length === 0) return;
    this.inFlight = this.send(batch);
    // Handled here so a failure waits for the next flush instead of crashing the process.
    this.inFlight.catch(() => undefined);
  }

  async finish(): Promise<number> {
    await this.flush();
    await this.inFlight;
    this.progress.done(this.table, this.written, (performance.now() - this.started) / 1000);
    return this.written;
  }

  private async send(batch: readonly (readonly unknown[])[]): Promise<void> {
    const params = this.columns.map((_, c) => batch.map((row) => asText(row[c])));
    const { afterBatch } = this.options;
    if (afterBatch) {
      await this.db.transaction(async (tx) => {
        await tx.query(this.sql, params);
        await afterBatch(tx, batch);
      });
    } else {
      await this.db.query(this.sql, params);
    }
    this.written += batch.length;
    const now = performance.now();
    if (now - this.lastReport > 5000) {
      this.lastReport = now;
      const seconds = (now - this.started) / 1000;
      const of = this.options.expected ? ` of ${String(this.options.expected)}` : '';
      this.progress.line(
        `  ${this.table}: ${String(this.written)}${of} rows, ${rate(this.written, seconds)} rows/s`,
      );
    }
  }
}

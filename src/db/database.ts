// One PostgreSQL dialect, two engines. Repositories see only this interface.

export interface Queryable {
  /** Runs one parameterised statement ($1, $2, ...) and returns its rows. */
  readonly query: <Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ) => Promise<Row[]>;
}

export type EngineName = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: EngineName;
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Present only where this process alone writes the database (PGlite): counts the committed
   * changes to sessions, accounts and organizations, so what was read of them may be kept until
   * the count moves (src/db/repositories/session-cache.ts). Absent on PostgreSQL, where another
   * process may change them at any time.
   */
  readonly accountChanges?: ChangeCount;
  /**
   * Present on PostgreSQL only: runs fn's read-only statements in one snapshot, concurrently on
   * up to `width` connections (docs/performance.md, "The dashboards"). The first connection
   * opens a repeatable-read, read-only transaction and exports its snapshot; more connections are
   * taken only while the pool has one free, and each imports that snapshot, so every statement
   * sees the same moment whichever connection runs it. `settings` are set (SET LOCAL) on each.
   */
  readonly readConcurrently?: <T>(
    options: ConcurrentReadOptions,
    fn: (db: Queryable) => Promise<T>,
  ) => Promise<T>;
}

export interface ConcurrentReadOptions {
  /** At most this many connections (at least one). */
  readonly width: number;
  /** Settings for these statements only, as name and value (e.g. jit = 'off'). */
  readonly settings: Readonly<Record<string, string>>;
}

export interface ChangeCount {
  readonly count: number;
}

/** Type ids whose default parsing we change so both engines return the same values. */
export const TYPE_IDS = { INT8: 20, DATE: 1082 } as const;

/** int8 as a JavaScript number (counts and sequence numbers stay far below 2^53). */
export const parseInt8 = (value: string): number => Number(value);
/** A calendar date stays the string 'YYYY-MM-DD': no time zone can shift it. */
export const parseDate = (value: string): string => value;

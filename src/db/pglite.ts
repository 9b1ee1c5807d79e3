import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockDataDirectory, type DataDirectoryLock } from './data-dir-lock.js';
import type { Database, Queryable } from './database.js';
import { parseDate, parseInt8, TYPE_IDS } from './database.js';
import { PreparedStatements } from './pglite-statements.js';
import { isPreparable } from './prepared.js';

const parsers = { [TYPE_IDS.INT8]: parseInt8, [TYPE_IDS.DATE]: parseDate };

/**
 * Queries on `raw`, or inside its transaction `tx`: data statements through the prepared
 * statements (pglite-statements.ts) under the locks PGlite's own `query` takes, anything else
 * through that `query`.
 */
function wrap(raw: PGlite, statements: PreparedStatements, tx?: Transaction): Queryable {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      if (!isPreparable(sql)) {
        // A schema change through `query` (migrations use `exec`): statements prepared afresh.
        if (/^\s*(CREATE|ALTER|DROP)\b/i.test(sql)) statements.forget();
        return (await (tx ?? raw).query<Row>(sql, [...params])).rows;
      }
      if (tx) {
        if (tx.closed) throw new Error('Transaction is closed');
        return raw._runExclusiveQuery(() =>
          statements.run<Row>(sql, params, { inTransaction: true }),
        );
      }
      await raw._checkReady();
      return raw._runExclusiveTransaction(() =>
        raw._runExclusiveQuery(async () => {
          const rows = await statements.run<Row>(sql, params, { inTransaction: false });
          await raw.syncToFs();
          return rows;
        }),
      );
    },
  };
}

/** A directory on disk, as opposed to memory (undefined, memory://) or a browser store. */
const onDisk = (dataDir: string | undefined): dataDir is string =>
  dataDir !== undefined && !dataDir.includes('://');

/**
 * PGlite's shared buffers. PostgreSQL's default, 128 MB, is zeroed inside WebAssembly at every
 * start: about half a CPU-second per `lantern` command, server start and test database, for a
 * cache the embedded engine hardly needs (its pages are a memory copy or a file read away).
 * Measured here: the command-line test file 83.7 CPU-s with 128 MB, 66.6 with 16 MB; the demo
 * crawl no slower.
 */
const SHARED_BUFFERS = '16MB';

/** The channel migration 0038's triggers notify when an account changes. */
const ACCOUNT_CHANGE_CHANNEL = 'lantern_account_change';

/**
 * Embedded PostgreSQL. `dataDir` undefined keeps the database in memory (tests). On disk, the
 * directory is locked to this process until close (see data-dir-lock.ts); `lock` hands over
 * one the caller already holds (a restore locks before it replaces the directory).
 */
export async function openPglite(
  dataDir?: string,
  loadDataDir?: Blob,
  options: {
    readonly lock?: DataDirectoryLock;
    /**
     * The write-ahead log's segment size for a new database (initdb; PostgreSQL's default is
     * 16 MB). The test runner's snapshots use 1 MB: every test database loads its copy, and a
     * third of a migrated database's archive was one mostly empty 16 MB segment.
     */
    readonly walSegmentMb?: 1 | 2 | 4 | 8 | 16;
  } = {},
): Promise<Database & { raw: PGlite }> {
  const lock = options.lock ?? (onDisk(dataDir) ? lockDataDirectory(dataDir) : undefined);
  let raw: PGlite;
  try {
    raw = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(loadDataDir === undefined ? {} : { loadDataDir }),
      parsers,
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
      ...(options.walSegmentMb === undefined
        ? {}
        : { initDbStartParams: [`--wal-segsize=${String(options.walSegmentMb)}`] }),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // The process owns the data directory (the lock above), so every change to an account comes
  // through it: the triggers of migration 0038 say so on commit, and the count moves before the
  // committing call returns (the notification arrives in the COMMIT's answer: read by PGlite for
  // a transaction, whose listener is below; by the prepared statements for a statement alone).
  const accountChanges = { count: 0 };
  const statements = new PreparedStatements(raw, (channel) => {
    if (channel === ACCOUNT_CHANGE_CHANNEL) accountChanges.count += 1;
  });
  const self = wrap(raw, statements);
  try {
    await raw.exec(`SET lantern.account_notices = 'on'`);
    // Joins as written: PGlite plans every statement afresh inside WebAssembly, and choosing the
    // order of a five- or six-table join cost more than running it (docs/ARCHITECTURE.md,
    // "PGlite"). The queries start from the table their WHERE narrows; PostgreSQL plans freely.
    await raw.exec(`SET join_collapse_limit = 1; SET from_collapse_limit = 1`);
    await raw.listen(ACCOUNT_CHANGE_CHANNEL, () => {
      accountChanges.count += 1;
    });
  } catch (error) {
    await raw.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  return {
    engine: 'pglite',
    raw,
    query: self.query,
    accountChanges,
    async transaction(fn) {
      return raw.transaction((tx) => fn(wrap(raw, statements, tx)));
    },
    async exec(sql) {
      // A script may change the schema: statements are prepared afresh after it.
      statements.forget();
      await raw.exec(sql);
    },
    async close() {
      try {
        await raw.close();
      } finally {
        lock?.release();
      }
    },
  };
}

// Where a report's counting runs (docs/scaling.md, "A replica for reports"). With
// DATABASE_REPLICA_URL set the counting reads the streaming replica, in one read-only
// repeatable-read transaction so every table of a report is of the same moment; the audit event
// of the read is then written to the primary, and the report is returned only once it is. The
// replica may be a few seconds behind the primary: a report counts what the replica has.
// Without a replica the counting reads the primary the same way.
//
// On PostgreSQL the statements of one report run concurrently on up to REPORT_CONNECTIONS
// connections sharing that one snapshot (Database.readConcurrently), with JIT off and a larger
// work_mem for them alone (docs/performance.md, "The dashboards"). PGlite has one connection:
// there the counting and the audit run in one transaction, one statement after another.
import type { ConcurrentReadOptions, Database, Queryable } from '../../../db/database.js';
import type { AppServices } from '../../context.js';

/** Connections one report's statements may use at once (fewer when the pool has none spare). */
export const REPORT_CONNECTIONS = 4;

/**
 * The report's statements aggregate hundreds of thousands of rows: sorts and hashes of that
 * size stay in memory under 64 MB (at 4 MB they spill to disk), and compiling each statement
 * (JIT) costs more than it saves on plans that are mostly index reads.
 */
export const REPORT_SETTINGS: ConcurrentReadOptions = {
  width: REPORT_CONNECTIONS,
  settings: { jit: 'off', work_mem: '64MB' },
};

export async function readReport<T>(
  app: AppServices,
  count: (db: Queryable) => Promise<T>,
  audit: (tx: Queryable, counted: T) => Promise<unknown>,
): Promise<T> {
  const source: Database = app.reportsDb ?? app.db;
  if (source.readConcurrently === undefined) {
    if (app.reportsDb === undefined) {
      return app.db.transaction(async (tx) => {
        const counted = await count(tx);
        await audit(tx, counted);
        return counted;
      });
    }
    const counted = await source.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return count(tx);
    });
    await app.db.transaction((tx) => audit(tx, counted));
    return counted;
  }
  const counted = await source.readConcurrently(REPORT_SETTINGS, count);
  await app.db.transaction((tx) => audit(tx, counted));
  return counted;
}

// Where a report's counting runs (docs/scaling.md, "A replica for reports"). With
// DATABASE_REPLICA_URL set the counting reads the streaming replica, in one read-only
// repeatable-read transaction so every table of a report is of the same moment; the audit event
// of the read is then written to the primary, and the report is returned only once it is. The
// replica may be a few seconds behind the primary: a report counts what the replica has.
// Without a replica both run in one transaction on the primary, as before.
import type { Queryable } from '../../../db/database.js';
import type { AppServices } from '../../context.js';

export async function readReport<T>(
  app: AppServices,
  count: (db: Queryable) => Promise<T>,
  audit: (tx: Queryable, counted: T) => Promise<unknown>,
): Promise<T> {
  const replica = app.reportsDb;
  if (replica === undefined) {
    return app.db.transaction(async (tx) => {
      const counted = await count(tx);
      await audit(tx, counted);
      return counted;
    });
  }
  const counted = await replica.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return count(tx);
  });
  await app.db.transaction((tx) => audit(tx, counted));
  return counted;
}

// Running a use case inside a transaction already open. The protocol fires as part of recording
// an event: an automatic referral or a task must commit with the event or not at all. Services
// written against AppServices run unchanged on a view of the app whose database is that
// transaction; a nested transaction becomes a savepoint, so a refusal inside (a referral the
// provider cannot take) undoes only its own writes.
import type { Database, Queryable } from '../../db/database.js';
import type { AppServices } from '../context.js';

let savepoints = 0;

export function withinTransaction(app: AppServices, tx: Queryable): AppServices {
  const db: Database = {
    engine: app.db.engine,
    query: tx.query,
    async transaction(fn) {
      savepoints += 1;
      const name = `lantern_nested_${savepoints}`;
      await tx.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(tx);
        await tx.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
    exec: () => Promise.reject(new Error('No migrations inside a use case.')),
    close: () => Promise.resolve(),
  };
  return { ...app, db };
}

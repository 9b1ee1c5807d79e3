// Running a use case inside a transaction already open. The protocol fires as part of recording
// an event: an automatic referral or a task must commit with the event or not at all. Services
// written against AppServices run unchanged on a view of the app whose database is that
// transaction; a nested transaction becomes a savepoint, so a refusal inside (a referral the
// provider cannot take) undoes only its own writes.
import type { Database, Queryable } from '../../db/database.js';
import type { AppServices } from '../context.js';

let savepoints = 0;

export function withinTransaction(app: AppServices, tx: Queryable): AppServices {
  // A transaction's connection runs one statement at a time; services written for a pool may
  // ask several at once (Promise.all), so they wait their turn here.
  let queue: Promise<unknown> = Promise.resolve();
  const one: Queryable = {
    query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const run = queue.then(() => tx.query<Row>(sql, params));
      queue = run.catch(() => undefined);
      return run;
    },
  };
  const db: Database = {
    engine: app.db.engine,
    query: one.query,
    async transaction(fn) {
      savepoints += 1;
      const name = `lantern_nested_${String(savepoints)}`;
      await one.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(one);
        await one.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await one.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
    exec: () => Promise.reject(new Error('No migrations inside a use case.')),
    close: () => Promise.resolve(),
  };
  return { ...app, db };
}

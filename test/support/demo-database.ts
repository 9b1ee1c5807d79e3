// A test database with the demo county already seeded. Seeding takes a couple of CPU-seconds
// and some twenty test files need exactly the same demo, so the runner seeds it once per engine
// (a second PGlite snapshot, a second PostgreSQL template; see scripts/test.mjs) and each file
// copies it. Seeded here the same way when the runner did not: the clock at TestClock's start,
// the cheap demo password hash, and the run's master key (LANTERN_TEST_MASTER_KEY, so that the
// copied county's wrapped keys open in every test process).
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { seedDemoCounty } from '../../src/server/services/setup/demo-county.js';
import { ENGINE, openTestDatabase, snapshotBlob, type TestDatabase } from './database.js';
import { demoPasswordHash, testServices } from './world.js';

/** Seeds the demo county as every demo test expects it. */
export async function seedDemoForTests(db: Database): Promise<void> {
  const seeded = await seedDemoCounty(testServices(db, { demoMode: true }), {
    passwordHash: await demoPasswordHash(),
  });
  if (!seeded) throw new Error('the demo county was already there');
}

/** A fresh database holding the demo county, on the engine the runner chose. */
export async function openDemoTestDatabase(): Promise<TestDatabase> {
  if (ENGINE === 'pglite') {
    const snapshot = await snapshotBlob(process.env.LANTERN_TEST_PGLITE_DEMO_SNAPSHOT);
    if (snapshot) {
      const db = await openPglite(undefined, snapshot);
      await migrate(db);
      return { db, url: null, close: () => db.close() };
    }
  }
  const demoTemplate = process.env.LANTERN_TEST_POSTGRES_DEMO_TEMPLATE;
  const database = await openTestDatabase(ENGINE === 'postgres' ? demoTemplate : undefined);
  if (ENGINE === 'pglite' || !demoTemplate) await seedDemoForTests(database.db);
  return database;
}

// A second app process for the county-year on PostgreSQL: opens the same database, runs the jobs
// due at the instant given (argv: DATABASE_URL, clock in milliseconds) and prints how many ran.
import { openPostgres } from '../../../src/db/postgres.js';
import { runDueJobs } from '../../../src/server/services/protocol/jobs.js';
import { testServices, TestClock } from '../world.js';

const [url, at] = process.argv.slice(2);
if (!url || !at) throw new Error('usage: run-jobs.ts DATABASE_URL CLOCK_MS');
const db = openPostgres(url, 2);
try {
  const ran = await runDueJobs(
    testServices(db, { demoMode: true, clock: new TestClock(Number(at)) }),
  );
  process.stdout.write(JSON.stringify({ ran }));
} finally {
  await db.close();
}

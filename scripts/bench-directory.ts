// Directory benchmark: imports 20,000 invented services (HSDS, with Lantern's fields), then
// times staff search, the public HSDS search and matching one youth against all of them.
// Prints figures; asserts nothing. `npm run bench:directory` (PGlite in memory), or with
// DATABASE_URL=postgres://... for PostgreSQL (it creates and drops its own database).
import { randomBytes } from 'node:crypto';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { insertJurisdiction } from '../src/db/repositories/jurisdictions.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { loadConfig } from '../src/config.js';
import { matchServices, NEEDS } from '../src/domain/matching.js';
import { dataset, pick, uuid } from './directory-dataset.js';
import { commandLine, systemClock, type AppServices } from '../src/server/context.js';
import { importDirectory } from '../src/server/services/directory/import.js';
import { listServices } from '../src/server/services/directory/hsds-api.js';
import { searchDirectory } from '../src/server/services/directory/staff.js';
import { matchableServices } from '../src/server/services/referrals/matches.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 20_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);

async function open(): Promise<{ db: Database; done: () => Promise<void>; engine: string }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openPglite();
    return { db, done: () => db.close(), engine: 'PGlite (in memory)' };
  }
  const name = `lantern_bench_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(adminUrl, 1);
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    db,
    engine: 'PostgreSQL',
    done: async () => {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} n=${sorted.length}  p50 ${ms(percentile(sorted, 0.5))}  p95 ${ms(percentile(sorted, 0.95))}  max ${ms(sorted.at(-1) ?? 0)}`,
  );
}

const { db, done, engine } = await open();
try {
  await migrate(db);
  const app: AppServices = {
    db,
    config: loadConfig({}),
    clock: systemClock,
    masterKey: Buffer.alloc(0),
  };
  console.log(`Directory benchmark on ${engine}: ${SERVICES} services.`);
  const data = dataset(SERVICES);
  let t = performance.now();
  // The directory belongs to a jurisdiction; a benchmark county owns this one.
  const county = await insertJurisdiction(db, {
    name: 'Bench County',
    kind: 'county',
    stateCode: 'CA',
  });
  const report = await importDirectory(app, commandLine, data, { jurisdictionId: county.id });
  if (!report.committed || report.problems.length > 0)
    throw new Error(JSON.stringify(report.problems.slice(0, 3)));
  console.log(
    `import-hsds (${report.rowsRead} rows, checked and written): ${ms(performance.now() - t)}`,
  );

  const staff = {
    actor: {
      userId: '00000000-0000-4000-8000-000000000001',
      organizationId: '00000000-0000-4000-8000-000000000002',
      organizationType: 'advocacy' as const,
      jurisdictionId: '00000000-0000-4000-8000-000000000003',
      roles: ['advocate' as const],
    },
    ip: null,
    userAgent: 'bench',
  };
  const queries = [
    'shelter',
    'sheltr',
    'salud mental',
    'youth counseling',
    'vivienda',
    'legal help',
    'trauma therapy',
    'jovenes',
  ];
  const staffTimes: number[] = [];
  const filteredTimes: number[] = [];
  const nearTimes: number[] = [];
  const publicTimes: number[] = [];
  for (let i = 0; i < SEARCHES; i += 1) {
    t = performance.now();
    await searchDirectory(app, staff, { q: pick(queries), page: 1, perPage: 25 });
    staffTimes.push(performance.now() - t);
    t = performance.now();
    await searchDirectory(app, staff, {
      q: pick(queries),
      need: pick(NEEDS),
      age: 15,
      language: 'es',
      openCapacity: true,
      page: 1,
      perPage: 25,
    });
    filteredTimes.push(performance.now() - t);
    t = performance.now();
    await searchDirectory(app, staff, {
      near: '37.8,-122.27',
      withinKm: 5,
      sort: 'distance',
      page: 1,
      perPage: 25,
    });
    nearTimes.push(performance.now() - t);
    t = performance.now();
    await listServices(app, { search: pick(queries) }, { page: 1, perPage: 50 });
    publicTimes.push(performance.now() - t);
  }
  summary('staff search (words)', staffTimes);
  summary('staff search (words + 4 filters)', filteredTimes);
  summary('staff search (within 5 km, by distance)', nearTimes);
  summary('public /api/hsds/services?search', publicTimes);

  let weighed = 0;
  const loadTimes: number[] = [];
  const matchTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    t = performance.now();
    const services = await matchableServices(db, {
      needs: ['emergency_shelter', 'mental_health', 'medical'],
    });
    loadTimes.push(performance.now() - t);
    weighed = services.length;
    t = performance.now();
    matchServices(
      {
        needs: ['emergency_shelter', 'mental_health', 'medical'],
        age: 15,
        gender: 'girl',
        languages: ['es'],
        county: 'Demo County',
        history: 'exploited',
        excludedOrganizationIds: [uuid(3, 1)],
        facingDetention: false,
      },
      services,
    );
    matchTimes.push(performance.now() - t);
  }
  summary(`matching: load ${weighed} services meeting a need`, loadTimes);
  summary('matching: rank one youth', matchTimes);
} finally {
  await done();
}

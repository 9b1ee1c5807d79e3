// Directory benchmark: imports 20,000 invented services (HSDS, with Lantern's fields), then
// times staff search, the public HSDS search and matching one youth against all of them.
// Prints figures; asserts nothing. `npm run bench:directory` (PGlite in memory), or with
// DATABASE_URL=postgres://... for PostgreSQL (it creates and drops its own database).
import { randomBytes } from 'node:crypto';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import { loadConfig } from '../src/config.js';
import { NEEDS } from '../src/domain/matching.js';
import { matchServices } from '../src/domain/matching.js';
import { commandLine, systemClock, type AppServices } from '../src/server/context.js';
import { importDirectory } from '../src/server/services/directory/import.js';
import { listServices } from '../src/server/services/directory/hsds-api.js';
import { searchDirectory } from '../src/server/services/directory/staff.js';
import { matchableServices } from '../src/server/services/referrals/matches.js';

const SERVICES = Number(process.env.BENCH_SERVICES ?? 20_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);

/** A small deterministic generator, so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const uuid = (n: number, kind: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const WORDS = [
  'youth',
  'family',
  'shelter',
  'counseling',
  'health',
  'clinic',
  'housing',
  'legal',
  'mentoring',
  'recovery',
  'education',
  'employment',
  'crisis',
  'support',
  'center',
  'program',
  'community',
  'refugio',
  'salud',
  'vivienda',
  'ayuda',
  'jóvenes',
  'familia',
  'trauma',
  'therapy',
  'drop-in',
];
const CITIES = ['Demo City', 'Harbor', 'Eastside', 'Northgate', 'Lakeview', 'Riverside'];
const COUNTIES = ['Demo County', 'Neighbor County', 'Third County'];
const LANGUAGES: readonly [string, string][] = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['vi', 'Vietnamese'],
  ['zh', 'Chinese'],
  ['tl', 'Tagalog'],
];

function dataset(count: number) {
  const t: Record<string, Record<string, unknown>[]> = {
    'organizations.csv': [],
    'services.csv': [],
    'locations.csv': [],
    'addresses.csv': [],
    'service_at_location.csv': [],
    'languages.csv': [],
    'service_areas.csv': [],
    'lantern_services.csv': [],
  };
  const push = (file: string, row: Record<string, unknown>) => (t[file] ??= []).push(row);
  const organizations = Math.ceil(count / 10);
  for (let o = 0; o < organizations; o += 1) {
    push('organizations.csv', {
      id: uuid(o, 1),
      name: `${pick(WORDS)} ${pick(WORDS)} organization ${o}`,
      description: 'Invented.',
    });
  }
  for (let i = 0; i < count; i += 1) {
    const id = uuid(i, 2);
    const min = pick([null, 10, 12, 14, 16]);
    push('services.csv', {
      id,
      organization_id: uuid(i % organizations, 1),
      status: 'active',
      name: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      description: Array.from({ length: 12 }, () => pick(WORDS)).join(' '),
      minimum_age: min ?? undefined,
      maximum_age: min === null ? undefined : min + 8,
    });
    push('locations.csv', {
      id: uuid(i, 3),
      location_type: 'physical',
      name: `Site ${i}`,
      latitude: 37.6 + random() * 0.5,
      longitude: -122.5 + random() * 0.5,
    });
    push('addresses.csv', {
      id: uuid(i, 4),
      location_id: uuid(i, 3),
      address_1: `${i} Main Street`,
      city: pick(CITIES),
      state_province: 'CA',
      postal_code: String(94600 + Math.floor(random() * 20)),
      country: 'US',
      address_type: 'physical',
    });
    push('service_at_location.csv', { id: uuid(i, 5), service_id: id, location_id: uuid(i, 3) });
    const [code, name] = pick(LANGUAGES);
    push('languages.csv', { id: uuid(i, 6), service_id: id, code, name });
    push('service_areas.csv', { id: uuid(i, 7), service_id: id, name: pick(COUNTIES) });
    const group = random() < 0.2;
    push('lantern_services.csv', {
      service_id: id,
      needs: [pick(NEEDS), pick(NEEDS)].join(','),
      csec_specialized: random() < 0.3,
      level: pick(['prevention', 'intervention', 'both']),
      group_setting: group,
      cohort_rule: group ? pick(['at_risk_only', 'exploited_only', 'either']) : 'either',
      capacity_available: random() < 0.5 ? Math.floor(random() * 5) : '',
      capacity_maximum: '',
    });
  }
  return t;
}

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
  const report = await importDirectory(app, commandLine, data);
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
      near: { latitude: 37.8, longitude: -122.27 },
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

  const loadTimes: number[] = [];
  const matchTimes: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    t = performance.now();
    const services = await matchableServices(db);
    loadTimes.push(performance.now() - t);
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
      },
      services,
    );
    matchTimes.push(performance.now() - t);
  }
  summary('matching: load 20,000 services', loadTimes);
  summary('matching: rank one youth', matchTimes);
} finally {
  await done();
}

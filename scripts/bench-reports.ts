// Benchmark: the coordinator's and the oversight analyst's dashboards over one county of 5,000
// generated youth and about 2 million case events on PostgreSQL (issue 13; figures in
// docs/performance.md). Prints figures; asserts nothing.
//
// Run: npm run bench:reports [-- --database-url URL] [--keep] [--runs N] [--youth N] [--events N]
// Without --database-url it starts a throwaway PostgreSQL 15 cluster (scripts/postgres-cluster.mjs)
// and removes it at the end (--keep leaves it running and prints its URL, to run again on the same
// fixture). A database that already holds the fixture is reused: nothing is generated again, and
// pending migrations are applied first (so an index added since is measured).
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config.js';
import type { Database, Queryable } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import {
  capacityAgainstNeed,
  fundingSources,
  serviceFunding,
} from '../src/db/repositories/reports-capacity.js';
import { countMeasure, timeMeasure } from '../src/db/repositories/reports.js';
import { MEASURES, type Breakdown } from '../src/domain/measures.js';
import { quarterOf, quarterPeriod } from '../src/domain/report-periods.js';
import type { AppServices, RequestContext } from '../src/server/context.js';
import { readCoordinatorDashboard } from '../src/server/services/reports/dashboards.js';
import { countMeasures } from '../src/server/services/reports/measures.js';
import {
  REPORT_CONNECTIONS,
  REPORT_SETTINGS,
} from '../src/server/services/reports/report-reads.js';
import { generateState } from './generate/state.js';
import { Progress } from './generate/writer.js';
import { postgresBinDir, startCluster, type Cluster } from './postgres-cluster.mjs';

const whole = (value: string): number => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('a whole number');
  return n;
};
const options = new Command('bench-reports')
  .option('--database-url <url>', 'a PostgreSQL database to fill (or already filled) instead')
  .option('--keep', 'leave the throwaway cluster running and print its URL')
  .option('--runs <n>', 'timed runs of each query', whole, 5)
  .option('--youth <n>', 'generated youth', whole, 5000)
  .option('--events <n>', 'generated case events', whole, 2_000_000)
  .option('--screens', 'time the screens only, not each measure by each breakdown')
  .option('--connections <n>', 'connections one screen may use at once', whole, REPORT_CONNECTIONS)
  .parse()
  .opts<{
    databaseUrl?: string;
    keep?: boolean;
    runs: number;
    youth: number;
    events: number;
    screens?: boolean;
    connections: number;
  }>();

// The fixture's present: a fixed instant, so every run counts the same rows.
const NOW = new Date('2026-11-15T18:00:00Z');
const MASTER_KEY = Buffer.alloc(32, 7);
const TIMEOUT_MS = Number(process.env.LANTERN_BENCH_TIMEOUT_MS ?? 60_000);
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'timeout').padStart(9);

let cluster: Cluster | undefined;
let db: Database | undefined;
try {
  let url = options.databaseUrl;
  if (url === undefined) {
    const binDir = postgresBinDir();
    if (binDir === null) throw new Error('no PostgreSQL 15 binaries (set LANTERN_PG_BINDIR)');
    cluster = await startCluster(binDir);
    url = cluster.url;
  }
  db = openPostgres(url, Math.max(4, options.connections));
  await migrate(db);
  const app: AppServices = {
    db,
    config: loadConfig({}),
    masterKey: MASTER_KEY,
    clock: { now: () => NOW },
  };
  await fixture(app);
  if (cluster) {
    // A query that takes longer is reported as timed out rather than waited for (set on the
    // throwaway cluster's database, so a kept one keeps it; the pool is opened again to take it).
    await db.query(`ALTER DATABASE postgres SET statement_timeout = ${String(TIMEOUT_MS)}`);
    await db.close();
    db = openPostgres(url, Math.max(4, options.connections));
  }
  await timeDashboards({ ...app, db });
  if (options.keep && cluster) console.log(`kept: ${cluster.url}`);
} catch (error) {
  process.stderr.write(
    `bench-reports: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await db?.close();
  if (!options.keep) cluster?.remove();
}

/** One county of generated youth and events, and the protocol tasks the events would give. */
async function fixture(app: AppServices): Promise<void> {
  const [existing] = await app.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM jurisdictions',
  );
  if ((existing?.n ?? 0) === 0) {
    const progress = new Progress((line) => process.stderr.write(`${line}\n`));
    await generateState(
      app,
      {
        seed: 'bench-reports',
        counties: 1,
        organizations: 40,
        services: 400,
        youth: options.youth,
        referrals: options.youth * 3,
        events: options.events,
        audit: 1000,
      },
      progress,
    );
    const started = performance.now();
    // The generator writes no tasks: each identification gives the advocate's and the medical
    // evaluation's tasks, as the protocol's default pack does, due a day later; most are done
    // (some late), a few cancelled, the newest still open. Deterministic per event.
    await app.db.query(
      `INSERT INTO tasks (jurisdiction_id, youth_id, event_id, kind, title, reason,
         assignee_organization_id, due_at, status, created_at, completed_at, overdue_at)
       SELECT e.jurisdiction_id, e.youth_id, e.id, 'action', 'Reach the youth (bench)',
         'Identification (bench)', o.id, e.occurred_at + interval '24 hours',
         CASE WHEN x.h < 5 THEN 'cancelled'
           WHEN e.occurred_at > $1::timestamptz - interval '3 days' OR x.h < 12 THEN 'open'
           ELSE 'done' END,
         e.occurred_at,
         CASE WHEN x.h >= 12 AND e.occurred_at <= $1::timestamptz - interval '3 days'
           THEN e.occurred_at + (x.h % 40) * interval '1 hour' END,
         CASE WHEN x.h >= 5 AND x.h < 12 THEN e.occurred_at + interval '24 hours' END
       FROM case_events e
       JOIN organizations o ON o.jurisdiction_id = e.jurisdiction_id
         AND o.type IN ('advocacy', 'medical')
       CROSS JOIN LATERAL (SELECT abs(hashtext(e.id::text || o.type)) % 100 AS h) x
       WHERE e.type = 'identification'
         AND o.id = (SELECT min(a.id::text)::uuid FROM organizations a
                     WHERE a.jurisdiction_id = e.jurisdiction_id AND a.type = o.type)`,
      [NOW],
    );
    process.stderr.write(`tasks: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  // As autovacuum would have by now on a live county: statistics, and the all-visible pages that
  // let the measures read migration 0045's index alone.
  await app.db.query('VACUUM (ANALYZE)');
  const [sizes] = await app.db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM youth)::int AS youth,
       (SELECT count(*) FROM case_events)::int AS case_events,
       (SELECT count(*) FROM case_events WHERE type = 'identification')::int AS identifications,
       (SELECT count(*) FROM tasks)::int AS tasks,
       (SELECT count(*) FROM referrals)::int AS referrals,
       (SELECT count(*) FROM hsds_records WHERE kind = 'service')::int AS services`,
  );
  console.log(`fixture: ${JSON.stringify(sizes)}`);
}

interface Figure {
  p50: number;
  p95: number;
}
async function timed(runs: number, run: () => Promise<unknown>): Promise<Figure> {
  const times: number[] = [];
  try {
    await run(); // warm the cache and the plan
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
  } catch (error) {
    // A statement over the cluster's statement_timeout: not run again.
    if (!(error instanceof Error) || !/statement timeout/.test(error.message)) throw error;
    return { p50: Infinity, p95: Infinity };
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timeDashboards(app: AppServices): Promise<void> {
  const [county] = await app.db.query<{ id: string }>('SELECT id FROM jurisdictions LIMIT 1');
  const [coordinator] = await app.db.query<{ id: string; organization_id: string }>(
    `SELECT u.id, u.organization_id FROM users u WHERE 'coordinator' = ANY (u.roles) LIMIT 1`,
  );
  if (!county || !coordinator) throw new Error('the fixture has no county or coordinator');
  const j = county.id;
  const quarter = quarterOf(NOW.toISOString().slice(0, 10));
  const previous = quarterOf(
    new Date(NOW.getTime() - 92 * 24 * 3600 * 1000).toISOString().slice(0, 10),
  );
  const period = quarterPeriod(previous) ?? { from: '', to: '' };
  const runs = options.runs;
  console.log(
    `PostgreSQL, ${String(runs)} timed runs after one warm-up; the oversight period ${previous} (${period.from} to ${period.to}); ms`,
  );

  // As the service reads a report (report-reads.ts): one snapshot, JIT off, a larger work_mem,
  // on `width` connections at once.
  const read = <T>(width: number, fn: (q: Queryable) => Promise<T>) => {
    const { readConcurrently } = app.db;
    if (readConcurrently === undefined) throw new Error('not PostgreSQL');
    return readConcurrently({ ...REPORT_SETTINGS, width }, fn);
  };
  if (!options.screens) await timeMeasures(app, j, period, read);
  const width = options.connections;
  // The screens as a whole: the oversight analyst's Reports (every measure by month for a quarter,
  // and with the previous quarter), and the coordinator's dashboard through its service.
  console.log(`screen (${String(width)} connections at most)`);
  for (const by of ['month', 'quarter', 'age_band', 'organization'] as const) {
    const figure = await timed(runs, () =>
      read(width, (q) => countMeasures(q, j, { ...period, by }, NOW)),
    );
    console.log(`${`oversight, by ${by}`.padEnd(28)}${ms(figure.p50)}${ms(figure.p95)}`);
  }
  const compared = await timed(runs, () =>
    read(width, (q) => countMeasures(q, j, { ...period, by: 'month', compare: 'previous' }, NOW)),
  );
  console.log(`${'oversight, month + previous'.padEnd(28)}${ms(compared.p50)}${ms(compared.p95)}`);
  const request: RequestContext = {
    actor: {
      userId: coordinator.id,
      organizationId: coordinator.organization_id,
      organizationType: 'county_lead',
      jurisdictionId: j,
      roles: ['coordinator'],
    },
    ip: null,
    userAgent: 'bench-reports',
  };
  const dashboard = await timed(runs, () => readCoordinatorDashboard(app, request));
  console.log(
    `${`coordinator (${quarter}, ${String(REPORT_CONNECTIONS)})`.padEnd(28)}${ms(dashboard.p50)}${ms(dashboard.p95)}`,
  );
}

/** Each measure by every breakdown it offers, on one connection; the figure is over all. */
async function timeMeasures(
  app: AppServices,
  j: string,
  period: { from: string; to: string },
  read: <T>(width: number, fn: (q: Queryable) => Promise<T>) => Promise<T>,
): Promise<void> {
  const runs = options.runs;
  console.log(
    `${'measure'.padEnd(28)}${'p50'.padStart(9)}${'p95'.padStart(9)}  slowest breakdown (p50)`,
  );
  for (const measure of MEASURES) {
    const figures: { by: Breakdown; figure: Figure }[] = [];
    const breakdowns: readonly Breakdown[] =
      measure.kind === 'snapshot' ? ['service_type'] : measure.breakdowns;
    for (const by of breakdowns) {
      const periodOf = { jurisdictionId: j, ...period, now: NOW };
      const run = () =>
        read<unknown>(1, (q) =>
          measure.kind === 'count'
            ? countMeasure(q, measure, by, periodOf)
            : measure.kind === 'duration'
              ? timeMeasure(q, measure, by, periodOf)
              : measure.id === 'capacity_against_need'
                ? capacityAgainstNeed(q, j)
                : serviceFunding(q, j),
        );
      const figure = await timed(runs, run);
      figures.push({ by, figure });
      if (!Number.isFinite(figure.p50)) break; // timed out: the other breakdowns would too
    }
    const p50s = figures.map((f) => f.figure.p50).sort((a, b) => a - b);
    const p95 = Math.max(...figures.map((f) => f.figure.p95));
    const slowest = figures.reduce((a, b) => (b.figure.p50 > a.figure.p50 ? b : a));
    console.log(
      `${measure.id.padEnd(28)}${ms(p50s[Math.floor((p50s.length - 1) / 2)] ?? 0)}${ms(p95)}  ${slowest.by} (${ms(slowest.figure.p50).trim()})`,
    );
  }
  const funding = await timed(runs, () => read(1, (q) => fundingSources(q, j)));
  console.log(`${'funding sources (list)'.padEnd(28)}${ms(funding.p50)}${ms(funding.p95)}`);
}

#!/usr/bin/env node
// `npm run test:faults`: the fault suite (docs/ARCHITECTURE.md, "The fault suite"). It runs the
// compiled server (bin/lantern.js, built by `npm ci`; rebuilt here when older than src/) on
// both engines at once, each on throwaway data: PGlite in a temporary directory, PostgreSQL 15
// in a throwaway cluster (scripts/postgres-cluster.mjs). On each engine:
//   - kill -9 during a stream of writes, LANTERN_FAULTS_ROUNDS times (3): every write answered
//     2xx is there after restart, exactly once, and `lantern verify-audit` passes;
//   - two saves of one safety plan version at once: one 200, one 409, nothing lost;
// then on PostgreSQL, the cluster stopped under load (prompt 503s, recovery without restart),
// and on PGlite the data directory made read-only (a clear refusal, no corruption). Then, on
// PostgreSQL, two processes behind haproxy (scripts/faults/two-processes.mjs): sessions, CSRF,
// rate limits and the sign-in wait hold across them, and background work runs once; without
// haproxy that track is skipped, or fails when LANTERN_REQUIRE_HAPROXY=1.
// LANTERN_FAULTS_TRACKS (pglite,postgres,two-processes; all by default) runs only those named.
// It prints the counts of every round and exits non-zero on any problem. LANTERN_FAULTS_SEED
// repeats the kill moments of a run; LANTERN_REQUIRE_POSTGRES=1 fails when PostgreSQL is absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askForHugePages } from './huge-pages.mjs';
import { freePort, postgresBinDir, startCluster } from './postgres-cluster.mjs';
import { concurrentSave } from './faults/concurrent-save.mjs';
import { killRounds } from './faults/kill-rounds.mjs';
import { lanternEnv, startLantern } from './faults/lantern.mjs';
import { postgresOutage } from './faults/postgres-outage.mjs';
import { readOnlyDataDir } from './faults/read-only.mjs';
import { twoProcesses } from './faults/two-processes.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const ROUNDS = Number(process.env.LANTERN_FAULTS_ROUNDS ?? 3);
const SEED = Number(process.env.LANTERN_FAULTS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TRACKS = new Set(
  (process.env.LANTERN_FAULTS_TRACKS ?? 'pglite,postgres,two-processes')
    .split(',')
    .map((t) => t.trim()),
);
const requirePostgres = () => ['1', 'true'].includes(process.env.LANTERN_REQUIRE_POSTGRES ?? '');

/** mulberry32: the kill moments, repeatable from the seed printed. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The server the suite runs is dist/: rebuilt when older than its sources (not the web app). */
function ensureBuilt() {
  const sources = Math.max(
    ...readdirSync(join(root, 'src'))
      .filter((name) => name !== 'web')
      .map((name) => newest(join(root, 'src', name))),
  );
  if (newest(join(root, 'dist', 'cli', 'main.js')) > sources) return;
  console.log('Building the server (dist/ is older than src/)');
  const build = spawnSync('npm', ['run', '--silent', 'build:server'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the server did not build');
}

const logger = (engine) => (line) =>
  console.log(`[${engine} ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

async function pgliteTrack(random) {
  const log = logger('PGlite');
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-faults-pglite-'));
  const env = lanternEnv({ LANTERN_DATA_DIR: dataDir, PORT: String(await freePort()) });
  let server = null;
  try {
    server = await startLantern(env);
    if (server.exitedEarly) throw new Error(`Lantern did not start:\n${server.output()}`);
    log('demo county seeded; serving');
    const kills = await killRounds({ engine: 'PGlite', env, server, rounds: ROUNDS, random, log });
    server = kills.server;
    const problems = await concurrentSave({ base: server.base, youthId: kills.youthId, log });
    problems.push(
      ...(await readOnlyDataDir({ env, dataDir, server, youthId: kills.youthId, log })),
    );
    return { rows: kills.rows, problems };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresTrack(random) {
  const log = logger('PostgreSQL');
  const binDir = postgresBinDir();
  if (!binDir) {
    const required = requirePostgres();
    log(
      `${required ? 'REQUIRED but' : 'skipped:'} no PostgreSQL binaries found (Debian package postgresql)`,
    );
    return { rows: [], problems: required ? ['PostgreSQL is required but absent'] : [] };
  }
  const cluster = await startCluster(binDir);
  // The demo key lives in the data directory, whichever the engine.
  const keyDir = mkdtempSync(join(tmpdir(), 'lantern-faults-key-'));
  const env = lanternEnv({
    DATABASE_URL: cluster.url,
    LANTERN_DATA_DIR: keyDir,
    PORT: String(await freePort()),
  });
  let server = null;
  try {
    server = await startLantern(env);
    if (server.exitedEarly) throw new Error(`Lantern did not start:\n${server.output()}`);
    log('demo county seeded; serving');
    const kills = await killRounds({
      engine: 'PostgreSQL',
      env,
      server,
      rounds: ROUNDS,
      random,
      log,
    });
    server = kills.server;
    const problems = await concurrentSave({ base: server.base, youthId: kills.youthId, log });
    problems.push(
      ...(await postgresOutage({
        server,
        session: kills.session,
        youthId: kills.youthId,
        cluster,
        log,
      })),
    );
    return { rows: kills.rows, problems };
  } finally {
    await server?.stop();
    cluster.remove();
    rmSync(keyDir, { recursive: true, force: true });
  }
}

askForHugePages();
ensureBuilt();
console.log(
  `Fault suite: ${ROUNDS} kill rounds per engine, seed ${SEED} (LANTERN_FAULTS_SEED=${SEED} repeats the kill moments)`,
);
const skippedTrack = async () => ({ rows: [], problems: [] });
const tracks = await Promise.allSettled([
  TRACKS.has('pglite') ? pgliteTrack(seededRandom(SEED)) : skippedTrack(),
  TRACKS.has('postgres') ? postgresTrack(seededRandom(SEED + 1)) : skippedTrack(),
]);
// After the others, so that their timing is not disturbed: two processes behind haproxy.
async function twoProcessTrack() {
  const log = logger('two processes');
  const binDir = postgresBinDir();
  if (!binDir) {
    log(`${requirePostgres() ? 'REQUIRED but' : 'skipped:'} no PostgreSQL binaries found`);
    return {
      rows: [],
      problems: requirePostgres() ? ['PostgreSQL is required but absent'] : [],
      lines: [],
    };
  }
  const result = await twoProcesses({ binDir, log });
  return { ...result, rows: [], problems: result.problems.map((p) => `two processes: ${p}`) };
}
if (TRACKS.has('two-processes')) tracks.push(...(await Promise.allSettled([twoProcessTrack()])));
const results = tracks.map((track) =>
  track.status === 'fulfilled'
    ? track.value
    : { rows: [], problems: [`the run stopped: ${track.reason?.stack ?? track.reason}`] },
);

console.log('\n=== Fault suite: kill -9 during writes ===');
console.log(
  'engine      round  kill at  sent  acknowledged  found  missing  in flight committed  verify-audit',
);
const rows = results.flatMap((r) => r.rows);
for (const row of rows) {
  console.log(
    `${row.engine.padEnd(11)} ${String(row.round).padStart(5)}  ${String(row.killAfterMs).padStart(5)} ms ${String(row.sent).padStart(5)}  ${String(row.acknowledged).padStart(12)}  ${String(row.found).padStart(5)}  ${String(row.missing).padStart(7)}  ${String(row.inFlightCommitted).padStart(19)}  ${row.audit}`,
  );
}
const twoProcessLines = results.flatMap((r) => r.lines ?? []);
if (twoProcessLines.length > 0) {
  console.log('\n=== Fault suite: two processes behind haproxy, one PostgreSQL ===');
  for (const line of twoProcessLines) console.log(`- ${line}`);
}
const problems = [
  ...rows.flatMap((row) => row.problems.map((p) => `${row.engine} round ${row.round}: ${p}`)),
  ...results.flatMap((r) => r.problems),
];
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
console.log(
  `total: ${total('acknowledged')} writes acknowledged, ${total('found')} found after restart, ${total('missing')} missing`,
);
console.log(
  `\n=== ${problems.length === 0 ? 'Fault suite passed' : `Fault suite FAILED: ${problems.length} problems`} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
);
for (const problem of problems.slice(0, 40)) console.log(`- ${problem}`);
if (problems.length > 40) console.log(`… and ${problems.length - 40} more`);
process.exit(problems.length === 0 ? 0 : 1);

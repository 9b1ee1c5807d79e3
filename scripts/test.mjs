#!/usr/bin/env node
// `npm test`: the whole suite. Service and API tests run on PGlite always, and again on
// PostgreSQL whenever a server or PostgreSQL's binaries are found (a throwaway cluster is
// started on a free port). Browser tests run when Debian's Chromium is installed.
// LANTERN_REQUIRE_POSTGRES=1 / LANTERN_REQUIRE_BROWSER=1 turn a skip into a failure.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = (name) => process.env[name] === '1' || process.env[name] === 'true';
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

// The longest files start first, so that no stage ends waiting on one of them alone.
const LONGEST_FIRST = [
  'service/county-year',
  'api/privileged-crawl',
  'api/authorization-matrix',
  'service/cli',
  'service/directory-import',
  'api/auth-throttle',
  'browser/journeys',
  'browser/referrals',
  'browser/directory',
];
const rank = (file) => {
  const index = LONGEST_FIRST.findIndex((name) => file.includes(`/test/${name}`));
  return index === -1 ? LONGEST_FIRST.length : index;
};
const all = findTests(join(root, 'test'))
  .sort()
  .sort((a, b) => rank(a) - rank(b));
// Words match the path below the checkout, so a checkout folder named like a test does not
// select every file.
const selected =
  only.length > 0 ? all.filter((f) => only.some((o) => f.slice(root.length).includes(o))) : all;
const browserTests = selected.filter((f) => f.includes('/test/browser/'));
const serverTests = selected.filter((f) => !f.includes('/test/browser/'));
const databaseTests = serverTests.filter((f) => !f.includes('/test/domain/'));

const totals = { passed: 0, failed: 0, skipped: 0 };
const stages = [];

// The stages run at the same time (a PGlite process, a PostgreSQL server and Chromium rarely
// keep two cores busy alone), so each stage's report is held and printed whole when it ends.
// LANTERN_TEST_STAGES_IN_TURN=1 runs them one after another, printing as they go.
const inTurn = require('LANTERN_TEST_STAGES_IN_TURN');

function runNodeTests(label, files, env) {
  return new Promise((resolve) => {
    if (files.length === 0) return resolve(0);
    console.log(
      `\n=== ${label}: ${files.length} files${inTurn ? '' : ' (report follows when done)'} ===`,
    );
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
      { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let tail = '';
    const held = [];
    const out = (chunk) => (inTurn ? process.stdout.write(chunk) : held.push(chunk));
    child.stdout.on('data', (chunk) => {
      out(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.stderr.on('data', out);
    child.on('exit', (code) => {
      if (!inTurn) {
        console.log(`\n=== ${label}: report ===`);
        for (const chunk of held) process.stdout.write(chunk);
      }
      const count = (name) => Number(new RegExp(`ℹ ${name} (\\d+)`).exec(tail)?.[1] ?? 0);
      const passed = count('pass');
      const failed = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      const skipped = count('skipped') + count('todo');
      totals.passed += passed;
      totals.failed += failed;
      totals.skipped += skipped;
      stages.push(
        `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      resolve(code ?? 1);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function postgresBinDir() {
  if (process.env.LANTERN_PG_BINDIR) return process.env.LANTERN_PG_BINDIR;
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && existsSync(join(fromConfig.stdout.trim(), 'initdb')))
    return fromConfig.stdout.trim();
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => Number(v) >= 15)
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions)
      if (existsSync(join(debian, v, 'bin', 'initdb'))) return join(debian, v, 'bin');
  }
  return null;
}

/** Starts a throwaway PostgreSQL cluster; as root, it runs as the `postgres` user. */
async function startThrowawayCluster(binDir) {
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  if (isRoot && spawnSync('id', ['postgres']).status !== 0) {
    throw new Error(
      'running as root needs the `postgres` user (Debian package postgresql) to start a cluster',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'lantern-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const exec = (cmd, cmdArgs) => {
    const [first, ...rest] = [...runAs, join(binDir, cmd), ...cmdArgs];
    const result = spawnSync(first, rest, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  exec('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  exec('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let exitCode = 0;
const note = (message) => {
  console.log(`\n--- ${message}`);
  stages.push(message);
};

// One migrated PGlite database, copied by every test process instead of running initdb again.
const scratch = mkdtempSync(join(tmpdir(), 'lantern-test-'));
const snapshot = join(scratch, 'pglite-snapshot.tar');
if (databaseTests.length > 0 || browserTests.length > 0) {
  const made = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/support/make-snapshot.ts', snapshot],
    { cwd: root, stdio: 'inherit' },
  );
  if (made.status !== 0)
    note('PGlite: could not make the snapshot; each test file will run initdb');
}
const pgliteEnv = { LANTERN_TEST_ENGINE: 'pglite', LANTERN_TEST_PGLITE_SNAPSHOT: snapshot };

async function pgliteStage() {
  return runNodeTests('PGlite', serverTests, pgliteEnv);
}

async function postgresStage() {
  if (databaseTests.length === 0) return 0;
  let cluster = null;
  let url = process.env.LANTERN_TEST_DATABASE_URL ?? null;
  if (!url) {
    const binDir = postgresBinDir();
    if (binDir) {
      try {
        cluster = await startThrowawayCluster(binDir);
        url = cluster.url;
      } catch (error) {
        note(`PostgreSQL: could not start a throwaway cluster: ${error.message}`);
      }
    }
  }
  if (url) {
    try {
      return await runNodeTests('PostgreSQL', databaseTests, {
        LANTERN_TEST_ENGINE: 'postgres',
        LANTERN_TEST_DATABASE_URL: url,
      });
    } finally {
      cluster?.stop();
    }
  }
  if (require('LANTERN_REQUIRE_POSTGRES')) {
    note(
      'PostgreSQL: REQUIRED but not found (install Debian package postgresql or set LANTERN_TEST_DATABASE_URL)',
    );
    totals.failed += 1;
    return 1;
  }
  note(
    'PostgreSQL: skipped (no server or binaries found; set LANTERN_TEST_DATABASE_URL or install postgresql)',
  );
  return 0;
}

/** Newest modification time of the files below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(dir).map((name) => newest(join(dir, name))));
}

/**
 * Builds the web app unless dist/web is newer than everything it could be built from (all of
 * src, since the app imports domain rules and shared schemas, and the lockfile): `npm ci` has
 * just built it in CI.
 */
function buildWeb() {
  const built = newest(join(root, 'dist', 'web', 'index.html'));
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'package-lock.json')));
  if (built > sources) {
    console.log('Browser: dist/web is newer than its sources; not rebuilding it');
    return Promise.resolve(0);
  }
  return new Promise((resolve) => {
    const build = spawn('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
    build.on('exit', (code) => resolve(code ?? 1));
  });
}

async function browserStage() {
  if (browserTests.length === 0) return 0;
  const chromium = process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (require('LANTERN_REQUIRE_BROWSER')) {
      note(`Browser: REQUIRED but ${chromium} is missing (install Debian package chromium)`);
      totals.failed += 1;
      return 1;
    }
    note(`Browser: skipped (${chromium} not found; install Debian package chromium)`);
    return 0;
  }
  if ((await buildWeb()) !== 0) {
    note('Browser: the web app did not build');
    totals.failed += 1;
    return 1;
  }
  return runNodeTests('Browser (Chromium)', browserTests, {
    LANTERN_TEST_ENGINE: 'pglite',
    LANTERN_CHROMIUM: chromium,
  });
}

const started = Date.now();
if (inTurn) {
  for (const stage of [pgliteStage, postgresStage, browserStage]) exitCode |= await stage();
} else {
  for (const code of await Promise.all([pgliteStage(), postgresStage(), browserStage()]))
    exitCode |= code;
}
stages.push(`all stages: ${((Date.now() - started) / 1000).toFixed(1)} s`);

rmSync(scratch, { recursive: true, force: true });
console.log('\n=== Summary ===');
for (const stage of stages) console.log(stage);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode === 0 && totals.failed === 0 ? 0 : 1);

#!/usr/bin/env node
// `npm test`: the whole suite. Service and API tests run on PGlite always, and again on
// PostgreSQL whenever a server or PostgreSQL's binaries are found (a throwaway cluster is
// started on a free port). Browser tests run when Debian's Chromium is installed.
// LANTERN_REQUIRE_POSTGRES=1 / LANTERN_REQUIRE_BROWSER=1 turn a skip into a failure.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTests } from './bundle-tests.mjs';
import { askForHugePages } from './huge-pages.mjs';
import { freePort, postgresBinDir } from './postgres-cluster.mjs';

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

// The longest files start first, across every stage, so that no stage ends waiting on one of
// them alone. Browser files count by their wall time: most of their work is Chromium's, outside
// the pool, and a journey waits on it.
const LONGEST_FIRST = [
  'service/county-year',
  'api/demo-crawl',
  'service/cli',
  'api/authorization-matrix',
  'browser/cases',
  'browser/legal',
  'browser/journeys',
  'browser/referrals',
  'browser/directory',
  'browser/releases',
  'browser/safety-plans',
  'browser/protocol-journeys',
  'browser/screening',
  'browser/missing-youth',
  'browser/protocol-editor',
  'browser/timeline',
  'browser/approvals',
  'browser/verified-contacts',
  'browser/neighbors',
  'service/mail-cli',
  'api/referrals',
  'api/hsds',
  'api/reports',
  'api/fuzz',
  'api/auth-throttle',
  'api/bad-input',
  'api/protocol-bad-input',
  'api/approvals',
  'api/consent',
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
// Stack traces name the bundles' chunks unless source maps are read, which costs most of a
// CPU-second per test process: LANTERN_TEST_SOURCE_MAPS=1 turns them on to chase a failure.
const sourceMaps = require('LANTERN_TEST_SOURCE_MAPS');
// LANTERN_TEST_CPU_PROFILES=<dir> writes a V8 CPU profile of every test process there, to find
// where a slow file spends its time (NODE_OPTIONS may not carry --cpu-prof).
const cpuProfiles = process.env.LANTERN_TEST_CPU_PROFILES;

// Test files run as bundles (scripts/bundle-tests.mjs), made once per run and removed at the end.
const bundleDir = join(root, 'node_modules', '.cache', `lantern-test-${process.pid}`);
const TEST_PROCESS = join(root, 'test', 'support', 'test-process.ts');
const MAKE_SNAPSHOT = join(root, 'test', 'support', 'make-snapshot.ts');
let bundles;
try {
  bundles = await bundleTests(root, [...selected, TEST_PROCESS, MAKE_SNAPSHOT], bundleDir);
} catch (error) {
  rmSync(bundleDir, { recursive: true, force: true });
  console.error(`the test files did not bundle: ${error.message}`);
  process.exit(1);
}
const bundled = (file) => bundles.get(file);

/**
 * Small test files run several to a process. A process costs about a CPU-second before its
 * first test (Node, the bundle's modules, PGlite's WebAssembly, the app's routes and schemas),
 * more than many small files spend on their tests. A group is one entry that imports its files'
 * bundles in turn: node:test runs every file's tests in one process, each file with its own
 * database from its own top-level `before`. A file that reaches past its own tests (a top-level
 * beforeEach or afterEach, which would wrap the others' tests too; process handlers; the
 * environment; mocked timers; PostgreSQL clusters of its own) runs alone, and so do the long
 * files (LONGEST_FIRST), which gain nothing. LANTERN_TEST_GROUP_SIZE (4 by default; 1 turns
 * grouping off) sets the files per group; the pure domain rules go in two groups.
 */
const GROUP_SIZE = Math.max(1, Number(process.env.LANTERN_TEST_GROUP_SIZE ?? 4));
const groupMembers = new Map();
// A file that starts PostgreSQL clusters of its own (scripts/postgres-cluster.mjs: initdb,
// pg_basebackup and pg_ctl run synchronously) holds the process's event loop for seconds, and a
// group neighbour's connection timed out waiting (report-replica beside record-lifecycle, in CI).
const REACHES_PAST_ITS_TESTS =
  /^(beforeEach|afterEach)\(|process\.on\(|process\.env\.\w+\s*=[^=]|mock\.timers|\bstart(Cluster|Replica)\(/m;
const groupable = (file) =>
  rank(file) === LONGEST_FIRST.length && !REACHES_PAST_ITS_TESTS.test(readFileSync(file, 'utf8'));
function groupFiles(files, kind, size) {
  const alone = files.filter((f) => !groupable(f));
  const together = files.filter(groupable);
  if (size <= 1 || together.length < 2) return files;
  const groups = [];
  for (let i = 0; i < together.length; i += size) groups.push(together.slice(i, i + size));
  const units = groups.map((members, i) => {
    if (members.length === 1) return members[0];
    const name = join(root, 'test', kind, `[group ${i + 1} of ${groups.length}]`);
    const entry = join(bundleDir, 'groups', `${kind}-${i + 1}.mjs`);
    mkdirSync(dirname(entry), { recursive: true });
    writeFileSync(
      entry,
      members.map((m) => `import ${JSON.stringify(pathToFileURL(bundled(m)).href)};`).join('\n'),
    );
    bundles.set(name, entry);
    groupMembers.set(name, members);
    return name;
  });
  return [...alone, ...units];
}
const domainFiles = serverTests.filter((f) => f.includes('/test/domain/'));
const domainUnits = groupFiles(
  domainFiles,
  'domain',
  GROUP_SIZE <= 1 ? 1 : Math.ceil(domainFiles.length / 2),
);
const databaseUnits = groupFiles(databaseTests, 'server', GROUP_SIZE);

// V8 compiles PGlite's WebAssembly quickly (Liftoff) and then again, optimized, on background
// threads as functions get hot (TurboFan): a couple of CPU-seconds per process that a test file
// of a few hundred statements never earns back. Test processes run Liftoff code only, except
// the few files that run for minutes, where optimized code pays (about 5% there). Only speed
// changes; the server a county runs keeps V8's defaults.
const OPTIMIZED_WASM = ['service/county-year', 'api/demo-crawl'];
/**
 * A larger young generation for the test processes and what they spawn (the CLI, servers): they
 * allocate quickly (rows, JSON, PGlite's buffers), and with V8's default 16 MB semi-space they
 * spend about a tenth of their CPU in scavenges. Measured here on four API files on PGlite: 32.5
 * CPU-s by default, 28.2 at 64 MB; 128 MB was no better.
 */
const YOUNG_GENERATION = '--max-semi-space-size=64';
const nodeOptions = [process.env.NODE_OPTIONS, YOUNG_GENERATION].filter(Boolean).join(' ');

askForHugePages();

/**
 * How long one test process may run (seconds): the longest file takes under four minutes of wall
 * time on the 2-core CI machine, so fifteen means a test that will never finish (a promise nobody
 * resolves), not a slow one.
 */
const FILE_TIMEOUT_S = Number(process.env.LANTERN_TEST_FILE_TIMEOUT_S ?? 900);

const wasmFlags = (file) =>
  OPTIMIZED_WASM.some((name) => file.includes(`/test/${name}`)) ? [] : ['--liftoff-only'];

/**
 * Test files run at once, all stages together (LANTERN_TEST_CONCURRENCY): the stages share one
 * pool of test processes, so that the machine's cores stay busy without more processes than
 * they can run taking turns (a PGlite process slowed by others' turns spends more CPU, not
 * less). Beside them run the PostgreSQL server, Chromium and, in CI, the lint.
 */
// Four, measured on the 2-core CI machine: with three, the cores idled while test processes
// waited on Chromium or the PostgreSQL server (14 min 33 s for .ci/run); with four they stay
// busy (13 min 9 s).
const CONCURRENCY = Math.max(1, Number(process.env.LANTERN_TEST_CONCURRENCY ?? 4));

/** Files waiting for a place in the pool: each with its rank (longest first) and its start. */
const waiting = [];
let poolRunning = 0;
function schedule(rankOf, start) {
  waiting.push({ rankOf, start });
  waiting.sort((a, b) => a.rankOf - b.rankOf);
  drainPool();
}
function drainPool() {
  while (poolRunning < CONCURRENCY && waiting.length > 0) {
    const { start } = waiting.shift();
    poolRunning += 1;
    void start().finally(() => {
      poolRunning -= 1;
      drainPool();
    });
  }
}

/** CPU seconds a test process wrote on exit (test/support/cpu-time.ts), or null. */
function cpuSeconds(file) {
  try {
    const seconds = Number(readFileSync(file, 'utf8'));
    return Number.isFinite(seconds) ? seconds : null;
  } catch {
    return null;
  }
}

let filesRun = 0;
/** Each failed file's failing tests, printed again beside the summary (see failureDigest). */
const failures = [];
/** Every file run: stage, file, wall and CPU seconds, for the ten slowest beside the summary. */
const timings = [];

/**
 * The part of a failed file's report that says what failed: the reporter's "failing tests"
 * section when there is one, else the end of the output (a file that did not load, say). Kept
 * short, so that the end of a long CI log, often all a reader gets, names every failure.
 */
function failureDigest(output) {
  const lines = output.split('\n');
  const from = lines.findIndex((line) => line.startsWith('✖ failing tests:'));
  const until = lines.findIndex((line, i) => i > from && line.startsWith('ℹ tests '));
  // What the runner reports beside the tests: an unhandled rejection (test/support/test-process.ts).
  const beside = lines.filter((line) => line.startsWith('ℹ Error: '));
  const part =
    from === -1
      ? [
          ...lines.slice(-40),
          '(no test failed, yet the file did not pass: an unhandled rejection is reported beside the tests; LANTERN_TEST_ASYNC_ATTRIBUTION=1 names the test it came from)',
        ]
      : [...beside, ...lines.slice(from, until === -1 ? undefined : until)];
  return part.length > 80 ? [...part.slice(0, 80), `… (${part.length - 80} more lines)`] : part;
}

/**
 * Runs one test file in its own process; resolves to its exit code, output, counts and the CPU
 * seconds it spent (with the commands it spawned, not a PostgreSQL server's).
 */
function runFile(file, env) {
  return new Promise((resolve) => {
    const started = Date.now();
    filesRun += 1;
    const cpuFile = join(scratch, `cpu-${filesRun}`);
    const child = spawn(
      process.execPath,
      [
        ...(sourceMaps ? ['--enable-source-maps'] : []),
        ...(cpuProfiles ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfiles}`] : []),
        ...wasmFlags(file),
        '--import',
        bundled(TEST_PROCESS),
        '--test-reporter=spec',
        // When every test and hook has ended, the process exits, whatever is still open: a file
        // whose setup failed half-way (an app half built, a database never closed) would
        // otherwise keep a timer alive and wait for the watchdog; its failure is reported.
        '--test-force-exit',
        bundled(file),
      ],
      {
        cwd: root,
        env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions, LANTERN_TEST_CPU_FILE: cpuFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    // A file that outlives the limit is stopped and fails, named, instead of holding the run:
    // first asked what it still has open (SIGUSR2, test/support/test-process.ts), then killed.
    let killer = null;
    const watchdog = setTimeout(() => {
      chunks.push(
        Buffer.from(
          `\n${file}: stopped after ${FILE_TIMEOUT_S} s (LANTERN_TEST_FILE_TIMEOUT_S): a test never finished\n`,
        ),
      );
      child.kill('SIGUSR2');
      killer = setTimeout(() => child.kill('SIGKILL'), 2000);
    }, FILE_TIMEOUT_S * 1000);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      clearTimeout(killer);
      const output = Buffer.concat(chunks).toString('utf8');
      // The reporter's summary ends the file's output; a test may print lines like it before.
      const count = (name) => {
        const all = [...output.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))];
        return Number(all.at(-1)?.[1] ?? 0);
      };
      const failed = count('fail');
      resolve({
        code: code ?? 1,
        output,
        seconds: (Date.now() - started) / 1000,
        cpu: cpuSeconds(cpuFile),
        passed: count('pass'),
        // A file that exits non-zero without a failed test (it did not load, say) is a failure.
        failed: failed + (code !== 0 && failed === 0 ? 1 : 0),
        skipped: count('skipped') + count('todo'),
      });
    });
  });
}

const cpuText = (seconds) => (seconds === null ? 'CPU ?' : `CPU ${seconds.toFixed(1)} s`);

/**
 * Runs a stage's files through the shared pool, the longest first across every stage: the runner
 * starts each file itself, as `node --test` sorts the files it is given by name. Each file's
 * report is printed whole when it ends (LANTERN_TEST_STAGES_IN_TURN) or held for the stage's.
 * `serverCpu`, when given, reads the CPU seconds a database server spent so far.
 */
function runNodeTests(label, files, env, serverCpu = null) {
  return new Promise((resolve) => {
    if (files.length === 0) return resolve(0);
    console.log(
      `\n=== ${label}: ${files.length} files${inTurn ? '' : ' (report follows when done)'} ===`,
    );
    const started = Date.now();
    const held = [];
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let cpu = 0;
    const serverCpuBefore = serverCpu?.() ?? null;
    let exitCode = 0;
    let left = files.length;
    const finish = () => {
      if (!inTurn) {
        console.log(`\n=== ${label}: report ===`);
        for (const report of held) process.stdout.write(report);
      }
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
      const serverCpuAfter = serverCpu?.() ?? null;
      const server =
        serverCpuBefore !== null && serverCpuAfter !== null
          ? `, server CPU ${(serverCpuAfter - serverCpuBefore).toFixed(1)} s`
          : '';
      stages.push(
        `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s (test processes ${cpuText(cpu)}${server})`,
      );
      resolve(exitCode);
    };
    for (const file of files) {
      schedule(rank(file), async () => {
        const result = await runFile(file, env);
        const hint =
          result.failed > 0 && !sourceMaps
            ? '\n(stack traces name the bundles; LANTERN_TEST_SOURCE_MAPS=1 maps them to the sources)\n'
            : '';
        const members = groupMembers.get(file);
        const listed = members
          ? `\n(${members.length} files in one process: ${members.map((m) => m.slice(root.length)).join(', ')})`
          : '';
        const report = `\n--- ${file.slice(root.length)} (${result.seconds.toFixed(1)} s, ${cpuText(result.cpu)})${listed}\n${result.output}${hint}`;
        if (inTurn) process.stdout.write(report);
        else held.push(report);
        if (result.failed > 0)
          failures.push(
            `--- ${label}: ${file.slice(root.length)}${listed}\n${failureDigest(result.output).join('\n')}`,
          );
        timings.push({ label, file: file.slice(root.length), ...result });
        counts.passed += result.passed;
        counts.failed += result.failed;
        counts.skipped += result.skipped;
        cpu += result.cpu ?? 0;
        exitCode |= result.code;
        left -= 1;
        if (left === 0) finish();
      });
    }
  });
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
    /** CPU seconds the server and its exited backends spent so far (Linux), or null. */
    cpu() {
      try {
        const pid = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime, stime, cutime, cstime, in clock ticks (100 a second on Linux).
        return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
      } catch {
        return null;
      }
    },
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

/** Runs a bundled test support script; resolves to its exit code. */
function runSupport(script, scriptArgs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundled(script), ...scriptArgs], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// One migrated PGlite database, copied by every PGlite and browser test process instead of
// running initdb again. It is made while the PostgreSQL cluster starts and the web app builds;
// the stages that load it wait for it.
const scratch = mkdtempSync(join(tmpdir(), 'lantern-test-'));
// A second snapshot holds the demo county too (test/support/demo-database.ts): its keys are
// wrapped with this run's master key, which every test process is given.
process.env.LANTERN_TEST_MASTER_KEY = randomBytes(32).toString('base64');
const snapshot = join(scratch, 'pglite-snapshot.tar');
const demoSnapshot = join(scratch, 'pglite-demo-snapshot.tar');
const snapshotMade =
  databaseTests.length > 0 || browserTests.length > 0
    ? runSupport(MAKE_SNAPSHOT, [snapshot, demoSnapshot]).then((code) => {
        if (code !== 0)
          note('PGlite: could not make the snapshots; each test file will run initdb');
      })
    : Promise.resolve();
const pgliteEnv = {
  LANTERN_TEST_ENGINE: 'pglite',
  LANTERN_TEST_PGLITE_SNAPSHOT: snapshot,
  LANTERN_TEST_PGLITE_DEMO_SNAPSHOT: demoSnapshot,
};

async function pgliteStage() {
  await snapshotMade;
  return runNodeTests('PGlite', [...domainUnits, ...databaseUnits], pgliteEnv);
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
    // One migrated database that every test file copies (see test/support/database.ts).
    const template = `lantern_template_${process.pid}`;
    const demoTemplate = `lantern_template_demo_${process.pid}`;
    const made = await runSupport(MAKE_SNAPSHOT, ['--postgres', url, template, demoTemplate]);
    if (made !== 0) note('PostgreSQL: could not make the templates; each test file will migrate');
    try {
      return await runNodeTests(
        'PostgreSQL',
        databaseUnits,
        {
          LANTERN_TEST_ENGINE: 'postgres',
          LANTERN_TEST_DATABASE_URL: url,
          ...(made === 0
            ? {
                LANTERN_TEST_POSTGRES_TEMPLATE: template,
                LANTERN_TEST_POSTGRES_DEMO_TEMPLATE: demoTemplate,
              }
            : {}),
        },
        cluster ? () => cluster.cpu() : null,
      );
    } finally {
      // A throwaway cluster goes whole; on a server of the caller's, the template goes alone.
      if (cluster) cluster.stop();
      else if (made === 0)
        await runSupport(MAKE_SNAPSHOT, ['--drop-postgres', url, template, demoTemplate]);
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

/**
 * Builds the server (dist/) unless it is newer than its sources: the command-line tests run the
 * compiled \`lantern\` as an administrator would, and refuse a stale one. \`npm ci\` has just built
 * it in CI.
 */
function buildServer() {
  const built = newest(join(root, 'dist', 'cli', 'main.js'));
  const sources = Math.max(
    ...readdirSync(join(root, 'src'))
      .filter((name) => name !== 'web')
      .map((name) => newest(join(root, 'src', name))),
    newest(join(root, 'package-lock.json')),
  );
  if (built > sources) return Promise.resolve(0);
  console.log('Building the server (dist/ is older than src/) for the command-line tests');
  return new Promise((resolve) => {
    const build = spawn('npm', ['run', '--silent', 'build:server'], {
      cwd: root,
      stdio: 'inherit',
    });
    build.on('exit', (code) => resolve(code ?? 1));
  });
}

async function browserStage() {
  if (browserTests.length === 0) return 0;
  // Debian's old headless shell (package chromium-headless-shell), the build Playwright itself
  // runs headless: measured on two journey files here, 46.6 CPU-s with the full browser and 32.0
  // with the shell. LANTERN_CHROMIUM=/usr/bin/chromium runs the full browser.
  const chromium = process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium-headless-shell';
  if (!existsSync(chromium)) {
    if (require('LANTERN_REQUIRE_BROWSER')) {
      note(
        `Browser: REQUIRED but ${chromium} is missing (install Debian package chromium-headless-shell)`,
      );
      totals.failed += 1;
      return 1;
    }
    note(
      `Browser: skipped (${chromium} not found; install Debian package chromium-headless-shell)`,
    );
    return 0;
  }
  const [built] = await Promise.all([buildWeb(), snapshotMade]);
  if (built !== 0) {
    note('Browser: the web app did not build');
    totals.failed += 1;
    return 1;
  }
  return runNodeTests('Browser (Chromium)', browserTests, {
    ...pgliteEnv,
    LANTERN_CHROMIUM: chromium,
  });
}

const started = Date.now();
if (databaseTests.some((f) => /\/test\/service\/(mail-)?cli\.test\.ts$/.test(f))) {
  if ((await buildServer()) !== 0) {
    note('the server did not build; the command-line tests will refuse to run');
  }
}
if (inTurn) {
  for (const stage of [pgliteStage, postgresStage, browserStage]) exitCode |= await stage();
} else {
  for (const code of await Promise.all([pgliteStage(), postgresStage(), browserStage()]))
    exitCode |= code;
}
stages.push(`all stages: ${((Date.now() - started) / 1000).toFixed(1)} s`);

rmSync(scratch, { recursive: true, force: true });
rmSync(bundleDir, { recursive: true, force: true });
if (failures.length > 0) {
  console.log('\n=== Failures (each in full in its stage report above) ===');
  for (const failure of failures) console.log(failure);
}
// The files to make faster first: CPU seconds, since the stages share the machine's cores.
if (timings.length > 1) {
  console.log('\n=== Ten slowest files (CPU seconds, wall seconds) ===');
  for (const t of [...timings].sort((a, b) => (b.cpu ?? 0) - (a.cpu ?? 0)).slice(0, 10)) {
    console.log(`${cpuText(t.cpu)}, ${t.seconds.toFixed(1)} s: ${t.label} ${t.file}`);
  }
}
// LANTERN_TEST_TIMINGS=<file> writes every file's figures there (JSON), to compare two runs.
if (process.env.LANTERN_TEST_TIMINGS) {
  const rows = timings.map(({ label, file, seconds, cpu, passed }) => {
    const members = groupMembers.get(join(root, file))?.map((m) => m.slice(root.length));
    return { stage: label, file, seconds, cpu, tests: passed, ...(members ? { members } : {}) };
  });
  writeFileSync(process.env.LANTERN_TEST_TIMINGS, `${JSON.stringify(rows, null, 1)}\n`);
}
console.log('\n=== Summary ===');
for (const stage of stages) console.log(stage);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode === 0 && totals.failed === 0 ? 0 : 1);

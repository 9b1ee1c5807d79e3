// `npm run bench` (README, "The bench"; figures in docs/performance.md): a throwaway PostgreSQL
// 15 cluster, a generated state in it (scripts/generate), the compiled server started as a
// county runs it (no --demo: a master key, second factor enrolled), then an HTTP load per
// operation on loopback with autocannon at 1, 10 and 50 connections, the same reads replayed
// straight on the database (the ceiling), a restart timed, and the results to a JSON file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { totpCode } from '../src/server/security/totp.js';
import { lanternEnv, Session, startLantern, type RunningLantern } from './faults/lantern.mjs';
import { haproxyBinary, startHaproxy, type Balancer } from './faults/two-processes.mjs';
import { GENERATED_PASSWORD, generateState, PRESETS } from './generate/state.js';
import { Progress } from './generate/writer.js';
import { postgresBinDir, startCluster, freePort, type Cluster } from './postgres-cluster.mjs';
import { rssMb } from './bench/figures.js';
import { runLoad, type OperationRequest, type RunFigures } from './bench/load.js';
import { captureStatements, isRead, replay, waitUntilQuiet, type Statement } from './bench/sql.js';

const root = new URL('..', import.meta.url).pathname;

const levels = (value: string): number[] => {
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 500))
    throw new InvalidArgumentError('whole numbers from 1 to 500, comma-separated');
  return list;
};
const seconds = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > 600) throw new InvalidArgumentError('1 to 600 seconds');
  return n;
};

const options = new Command('bench')
  .description('Load the compiled server with a generated state and print what it sustains.')
  .addOption(
    new Option('--scale <preset>', 'the generated state (scripts/generate/state.ts)')
      .choices(['county', 'state'])
      .default('county'),
  )
  .option('--connections <list>', 'concurrent users per run', levels, [1, 10, 50])
  .option('--duration <s>', 'seconds per operation and level', seconds, 5)
  .option('--seed <text>', 'the generator seed', 'lantern')
  .option('--out <file>', 'the JSON results (default bench-results/<instant>.json)')
  .addOption(
    new Option(
      '--processes <n>',
      'Lantern processes on the one database; 2 runs them behind haproxy (Debian package haproxy), round-robin, as README "Production" describes',
    )
      .choices(['1', '2'])
      .default('1'),
  )
  .parse()
  .opts<{
    scale: 'county' | 'state';
    connections: number[];
    duration: number;
    seed: string;
    out?: string;
    processes: '1' | '2';
  }>();
const processes = Number(options.processes);

const say = (line: string) => process.stderr.write(`${line}\n`);

interface Operation {
  readonly name: string;
  readonly kind: 'read' | 'write';
  readonly next: (connection: number, n: number) => OperationRequest;
}

function headers(session: Session, withBody: boolean): Record<string, string> {
  return {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    ...(withBody ? { 'content-type': 'application/json' } : {}),
  };
}

/** Signs in a generated account; enrols its second factor when its roles need one. */
async function signIn(base: string, email: string): Promise<Session> {
  const session = await new Session(base).login(email, GENERATED_PASSWORD);
  const state = await session.request('GET', '/api/auth/session');
  const pending = (state.json as { pending?: string } | null)?.pending ?? 'none';
  if (pending === 'enroll') {
    const setup = await session.request('POST', '/api/auth/mfa/setup', {});
    const secret = (setup.json as { secret?: string } | null)?.secret;
    if (!secret) throw new Error(`MFA setup for ${email}: ${String(setup.status)}`);
    const enabled = await session.request('POST', '/api/auth/mfa/enable', {
      code: totpCode(secret, new Date()),
    });
    if (enabled.status >= 300)
      throw new Error(`MFA enable for ${email}: ${String(enabled.status)}`);
  } else if (pending !== 'none') {
    throw new Error(`${email}: the session waits for "${pending}"`);
  }
  return session;
}

const started = new Date();
const binDir = postgresBinDir();
if (!binDir)
  throw new Error('no PostgreSQL binaries (Debian package postgresql, or LANTERN_PG_BINDIR)');
if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
  throw new Error('the server is not built: run `npm run build` first');

const haproxy = processes > 1 ? haproxyBinary() : null;
if (processes > 1 && !haproxy)
  throw new Error('--processes 2 needs haproxy (Debian package haproxy, or LANTERN_HAPROXY)');

let cluster: Cluster | undefined;
let server: RunningLantern | undefined;
/** With --processes 2: the second process, haproxy in front of both, and its folder. */
let second: RunningLantern | undefined;
let balancer: Balancer | undefined;
let balancerDir: string | undefined;
try {
  const loadBefore = loadavg();
  cluster = await startCluster(binDir);
  const databaseUrl = cluster.url;
  const masterKey = randomBytes(32);
  const counts = PRESETS[options.scale];

  // 1. The generated state.
  const generated = performance.now();
  const db = openPostgres(databaseUrl, 4);
  let first;
  try {
    await migrate(db);
    const progress = new Progress(say);
    const result = await generateState(
      { db, config: loadConfig({}), masterKey, clock: { now: () => new Date() } },
      { ...counts, seed: options.seed },
      progress,
    );
    first = result.counties[0];
  } finally {
    await db.close();
  }
  if (!first) throw new Error('no county generated');
  const generateSeconds = (performance.now() - generated) / 1000;
  say(`generated in ${generateSeconds.toFixed(1)} s`);

  // 2. The records each operation uses (straight from the database).
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const q = async <T>(text: string, values: unknown[]): Promise<T[]> =>
    (await client.query(text, values)).rows as T[];
  const [advocate] = await q<{ id: string; email: string; organization_id: string }>(
    `SELECT u.id, u.email, u.organization_id FROM case_team_members m JOIN users u ON u.id = m.user_id
      WHERE m.jurisdiction_id = $1 AND 'advocate' = ANY (u.roles)
      GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`,
    [first.id],
  );
  if (!advocate) throw new Error('no advocate with cases');
  const youth = await q<{ id: string; case_number: string }>(
    `SELECT y.id, y.case_number FROM youth y
      WHERE y.id IN (SELECT youth_id FROM case_team_members WHERE user_id = $1)
      ORDER BY y.id LIMIT 200`,
    [advocate.id],
  );
  const [inbox] = await q<{ email: string }>(
    `SELECT u.email FROM referrals r JOIN users u ON u.organization_id = r.receiver_organization_id
      WHERE r.jurisdiction_id = $1 AND 'provider_intake' = ANY (u.roles)
      GROUP BY u.email ORDER BY count(*) DESC LIMIT 1`,
    [first.id],
  );
  // Referrals the worker sent for a youth on their own cases (sending again opens the case).
  const movable = await q<{ id: string; receiver: string }>(
    `SELECT r.id, min(u.email) AS receiver
       FROM referrals r JOIN users u ON u.organization_id = r.receiver_organization_id
      WHERE r.status = 'sent' AND r.sender_organization_id = $1 AND 'provider_intake' = ANY (u.roles)
        AND r.youth_id IN (SELECT youth_id FROM case_team_members WHERE user_id = $2)
      GROUP BY r.id ORDER BY r.id LIMIT $3`,
    [advocate.organization_id, advocate.id, Math.max(...options.connections)],
  );
  const [{ services } = { services: 0 }] = await q<{ services: number }>(
    'SELECT count(*)::int AS services FROM directory_search',
    [],
  ).catch(() => [{ services: counts.services }]);
  await client.end();
  if (youth.length === 0 || !inbox) throw new Error('the generated state has no cases or inbox');

  // 3. The server, as a county runs it; a later start is timed at the end.
  const env = lanternEnv({
    DATABASE_URL: databaseUrl,
    LANTERN_MASTER_KEY: masterKey.toString('base64'),
    LANTERN_SIGN_IN_RATE_LIMIT: '100000',
    // Behind haproxy, the client's address is the one haproxy adds (it drops the client's own).
    ...(processes > 1 ? { LANTERN_TRUST_PROXY: 'true' } : {}),
    PORT: String(await freePort()),
  });
  const firstStart = performance.now();
  server = await startLantern(env, { args: ['start'], timeoutMs: 180_000 });
  if (server.exitedEarly) throw new Error(`Lantern did not start:\n${server.output()}`);
  const firstStartSeconds = (performance.now() - firstStart) / 1000;
  let base = server.base;
  const serverPids = [server.pid];
  if (haproxy) {
    // The second process starts on the migrated database; haproxy balances the two.
    const secondPort = await freePort();
    second = await startLantern(
      { ...env, PORT: String(secondPort) },
      { args: ['start'], timeoutMs: 180_000 },
    );
    if (second.exitedEarly)
      throw new Error(`the second Lantern did not start:\n${second.output()}`);
    balancerDir = mkdtempSync(join(tmpdir(), 'lantern-bench-haproxy-'));
    balancer = await startHaproxy(haproxy, balancerDir, await freePort(), [
      { name: 'a', port: Number(env.PORT) },
      { name: 'b', port: secondPort },
    ]);
    base = balancer.base;
    serverPids.push(second.pid);
    say(`two processes behind haproxy at ${base}`);
  }
  // One session per account: a second sign-in would have to pass the enrolled second factor.
  const sessions = new Map<string, Session>();
  const sessionOf = async (email: string): Promise<Session> => {
    const known = sessions.get(email);
    if (known) return known;
    const session = await signIn(base, email);
    sessions.set(email, session);
    return session;
  };
  const worker = await sessionOf(advocate.email);
  const provider = await sessionOf(inbox.email);
  const receivers = new Map<string, Session>();
  for (const r of movable) receivers.set(r.receiver, await sessionOf(r.receiver));
  say(`signed in ${String(sessions.size)} accounts (second factor enrolled where required)`);

  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  const get = (session: Session, path: string): OperationRequest => ({
    method: 'GET',
    path,
    headers: headers(session, false),
  });
  const post = (session: Session, path: string, body: unknown): OperationRequest => ({
    method: 'POST',
    path,
    headers: headers(session, true),
    body: JSON.stringify(body),
  });
  // Each connection moves its own referral back and forth: asked for more information by the
  // provider, sent again by the sender.
  const referralState = new Map<string, 'sent' | 'info_requested'>();
  const operations: Operation[] = [
    {
      name: 'open a case',
      kind: 'read',
      next: (_c, n) => get(worker, `/api/youth/${pick(youth, n).id}`),
    },
    {
      name: 'provider inbox',
      kind: 'read',
      next: () => get(provider, '/api/referrals?box=received&status=open'),
    },
    {
      name: 'youth search',
      kind: 'read',
      next: (_c, n) =>
        get(
          worker,
          `/api/youth?query=${encodeURIComponent(pick(youth, n).case_number.slice(0, 6))}`,
        ),
    },
    {
      name: 'directory search',
      kind: 'read',
      next: (_c, n) =>
        get(
          worker,
          `/api/directory/services?q=${pick(['food', 'housing', 'counseling', 'legal', 'shelter'], n)}`,
        ),
    },
    {
      name: 'match',
      kind: 'read',
      next: (_c, n) => get(worker, `/api/youth/${pick(youth, n).id}/matches`),
    },
    { name: 'my work', kind: 'read', next: () => get(worker, '/api/tasks?scope=mine&status=open') },
    {
      name: 'note write',
      kind: 'write',
      next: (_c, n) =>
        post(worker, `/api/youth/${pick(youth, n).id}/notes`, {
          kind: 'case',
          category: 'case_notes',
          body: 'Bench note: an invented line of text written under load.',
        }),
    },
    {
      name: 'referral transition',
      kind: 'write',
      next: (c) => {
        const referral = pick(movable, c);
        const state = referralState.get(referral.id) ?? 'sent';
        referralState.set(referral.id, state === 'sent' ? 'info_requested' : 'sent');
        return state === 'sent'
          ? post(
              receivers.get(referral.receiver) ?? provider,
              `/api/referrals/${referral.id}/transitions`,
              {
                to: 'info_requested',
                note: 'Bench: more information, please (invented).',
              },
            )
          : post(worker, `/api/referrals/${referral.id}/transitions`, { to: 'sent' });
      },
    },
  ];
  if (movable.length < Math.max(...options.connections))
    say(
      `note: ${String(movable.length)} referrals to move, fewer than the connections; some will 409`,
    );

  // One request of each first, so an operation that is refused says why (its error code).
  const probes: Record<string, { status: number; code?: string }> = {};
  for (const operation of operations) {
    const request = operation.next(0, 0);
    const answer = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const body = (await answer.json().catch(() => null)) as { code?: unknown } | null;
    const code = typeof body?.code === 'string' ? body.code : undefined;
    probes[operation.name] = { status: answer.status, ...(code ? { code } : {}) };
    if (answer.status >= 300)
      say(`probe ${operation.name}: ${String(answer.status)} ${code ?? ''}`);
  }

  // 4. The load: one operation at a time, each level in turn.
  const results: Record<string, RunFigures[]> = {};
  let counter = 0;
  const watcher = new pg.Client({ connectionString: databaseUrl });
  await watcher.connect();
  for (const connections of options.connections) {
    for (const operation of operations) {
      // What the last run left in flight finishes first, so it is not counted here.
      await waitUntilQuiet(watcher);
      const figures = await runLoad({
        base,
        connections,
        seconds: options.duration,
        serverPids,
        next: (c) => operation.next(c, counter++),
      });
      (results[operation.name] ??= []).push(figures);
      say(
        `${operation.name.padEnd(20)} c=${String(connections).padStart(2)}  ${figures.perSecond.toFixed(0).padStart(5)}/s  p50 ${figures.p50.toFixed(0)}  p95 ${figures.p95.toFixed(0)}  p99 ${figures.p99.toFixed(0)} ms  non-2xx ${String(figures.non2xx)}  errors ${String(figures.errors)}  RSS ${figures.maxRssMb.toFixed(0)} MB`,
      );
    }
  }

  await watcher.end();

  // 5. The ceiling: the reads each read operation runs, replayed on the database, no app.
  const ceiling: Record<
    string,
    {
      statements: number;
      reads: number;
      sql: string[];
      byLevel: { connections: number; perSecond: number; appShare: number }[];
    }
  > = {};
  for (const operation of operations.filter((o) => o.kind === 'read')) {
    let captured: Statement[] = [];
    const request = operation.next(0, 0);
    captured = await captureStatements(databaseUrl, cluster.logFile, async () => {
      const answer = await fetch(`${base}${request.path}`, { headers: request.headers });
      await answer.arrayBuffer();
    });
    const reads = captured.filter(isRead);
    const byLevel = [];
    for (const connections of options.connections.filter((c) => c > 1)) {
      const { roundsPerSecond } = await replay(databaseUrl, reads, connections, options.duration);
      const app =
        results[operation.name]?.find((f) => f.connections === connections)?.perSecond ?? 0;
      byLevel.push({ connections, perSecond: roundsPerSecond, appShare: app / roundsPerSecond });
      say(
        `ceiling ${operation.name.padEnd(18)} c=${String(connections).padStart(2)}  ${String(captured.length)} statements (${String(reads.length)} reads): ${roundsPerSecond.toFixed(0)}/s, app ${(100 * (app / roundsPerSecond)).toFixed(0)}%`,
      );
    }
    ceiling[operation.name] = {
      statements: captured.length,
      reads: reads.length,
      byLevel,
      sql: captured.map((st) => st.text.replace(/\s+/g, ' ').slice(0, 160)),
    };
  }

  // 6. A later start on the same database, timed to its first 200 from /api/health.
  const rssAtEnd = Math.max(...serverPids.map(rssMb));
  await balancer?.stop();
  balancer = undefined;
  await second?.stop();
  second = undefined;
  await server.stop();
  const restart = performance.now();
  server = await startLantern(env, { args: ['start'], timeoutMs: 180_000 });
  const restartSeconds = (performance.now() - restart) / 1000;
  await server.stop();
  server = undefined;

  // 7. The goals of issue 14, each met or missed with its figure.
  const top = Math.max(...options.connections);
  const at = (name: string, c: number) => results[name]?.find((f) => f.connections === c);
  const maxRss = Math.max(
    ...Object.values(results)
      .flat()
      .map((f) => f.maxRssMb),
  );
  const readNames = operations.filter((o) => o.kind === 'read').map((o) => o.name);
  const appReads = readNames.reduce((s, n) => s + (at(n, top)?.perSecond ?? 0), 0);
  const ceilingReads = readNames.reduce(
    (s, n) => s + (ceiling[n]?.byLevel.find((l) => l.connections === top)?.perSecond ?? 0),
    0,
  );
  const worstP99 = operations
    .map((o) => {
      // A run in which no request finished counts as slower than any figure.
      const run = at(o.name, top);
      return { name: o.name, p99: run && run.requests > 0 ? run.p99 : Infinity };
    })
    .sort((a, b) => b.p99 - a.p99)[0];
  const at20k = services >= 20_000 ? '' : ` (at ${String(services)} services, not 20,000)`;
  const directoryP95 = at('directory search', 1)?.p95 ?? Infinity;
  const matchP95 = at('match', 1)?.p95 ?? Infinity;
  const goals = [
    {
      goal: `p99 < 100 ms per operation at ${String(top)} users`,
      met: (worstP99?.p99 ?? Infinity) < 100,
      figure: `worst ${worstP99?.name ?? ''} ${(worstP99?.p99 ?? 0).toFixed(0)} ms`,
    },
    {
      goal: 'app >= 50% of the database ceiling, read mix',
      met: appReads / ceilingReads >= 0.5,
      figure: `${(100 * (appReads / ceilingReads)).toFixed(0)}% (${appReads.toFixed(0)}/s of ${ceilingReads.toFixed(0)}/s at ${String(top)})`,
    },
    {
      goal: 'directory search p95 < 20 ms at 20,000 services',
      met: services >= 20_000 && directoryP95 < 20,
      figure: `p95 ${directoryP95.toFixed(0)} ms at 1 user${at20k}`,
    },
    {
      goal: 'a match < 50 ms at 20,000 services',
      met: services >= 20_000 && matchP95 < 50,
      figure: `p95 ${matchP95.toFixed(0)} ms at 1 user${at20k}`,
    },
    {
      goal: 'server RSS < 500 MB under load',
      met: maxRss < 500,
      figure: `${maxRss.toFixed(0)} MB at most`,
    },
    {
      goal: 'a later start serving < 5 s',
      met: restartSeconds < 5,
      figure: `${restartSeconds.toFixed(1)} s`,
    },
  ];
  for (const g of goals) say(`${g.met ? 'MET   ' : 'MISSED'} ${g.goal}: ${g.figure}`);

  const out =
    options.out ??
    join(root, 'bench-results', `${started.toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        started: started.toISOString(),
        machine: {
          cpus: cpus().length,
          cpu: cpus()[0]?.model ?? '',
          memoryGb: Math.round(totalmem() / 2 ** 30),
          loadAverageBefore: loadBefore,
          loadAverageAfter: loadavg(),
          node: process.version,
        },
        scale: options.scale,
        processes,
        counts,
        services,
        durationSeconds: options.duration,
        generateSeconds,
        firstStartSeconds,
        restartSeconds,
        rssAtEndMb: rssAtEnd,
        probes,
        results,
        ceiling,
        goals,
      },
      null,
      2,
    ),
  );
  console.log(`results: ${out}`);
} finally {
  await balancer?.stop();
  await second?.stop();
  await server?.stop();
  if (balancerDir) rmSync(balancerDir, { recursive: true, force: true });
  cluster?.remove();
}

// Two Lantern processes on one PostgreSQL behind haproxy (scripts/test-faults.mjs; README,
// "Production"): two compiled servers share a throwaway cluster, haproxy from Debian balances
// them round-robin and overwrites X-Forwarded-For, LANTERN_TRUST_PROXY=true. Each simulated
// client connects from its own loopback address (127.0.0.2, .3, ...), so the servers see it as
// that address, as behind a real balancer. Through the balancer it checks, with counts:
//   - a session and its CSRF token made on one process work on the other, a mutation without
//     the token is refused on both, and signing out ends the session on both;
//   - the sign-in rate limit counts attempts on both processes together (a spoofed
//     X-Forwarded-For does not escape it), and so does the public /api/hsds limit;
//   - the per-account sign-in wait starts at the same failure over two processes as on one;
//   - background work runs once: queued emails each reach the SMTP server once, and protocol
//     jobs enqueued while both processes poll each leave their (non-idempotent) audit event once;
//   - `lantern verify-audit` passes over what both processes appended.
// haproxy absent: skipped with a message, or a failure when LANTERN_REQUIRE_HAPROXY=1.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { freePort, startCluster } from '../postgres-cluster.mjs';
import { lanternEnv, startLantern, verifyAudit } from './lantern.mjs';

const SIGN_IN_LIMIT = 8;
const PUBLIC_LIMIT = 10;
/** The failure per account and address that starts its wait (src/domain/sign-in-throttle.ts). */
const WAIT_AT_FAILURE = 5;
const EMAILS = 20;
const JOBS = 20;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** haproxy's path: LANTERN_HAPROXY, the PATH, or Debian's /usr/sbin/haproxy; else null. */
export function haproxyBinary() {
  if (process.env.LANTERN_HAPROXY) return process.env.LANTERN_HAPROXY;
  const found = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  return existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : null;
}

/** A person at one address: the session cookie and CSRF token, as the web app keeps them. */
class Client {
  constructor(base, localAddress) {
    this.base = new URL(base);
    this.agent = new Agent({ keepAlive: true, localAddress });
    this.cookie = '';
    this.csrfToken = '';
  }

  /** One request; resolves to { status, json, servedBy }. `headers` are added as given. */
  request(method, path, body, { headers = {}, csrf = true } = {}) {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          agent: this.agent,
          timeout: 15_000,
          headers: {
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(method !== 'GET' && csrf && this.csrfToken
              ? { 'x-csrf-token': this.csrfToken }
              : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const session = (response.headers['set-cookie'] ?? []).find((c) =>
              c.startsWith('lantern_session='),
            );
            if (session) this.cookie = session.split(';')[0];
            let json = null;
            try {
              json = JSON.parse(text);
            } catch {
              json = null;
            }
            if (typeof json?.csrfToken === 'string') this.csrfToken = json.csrfToken;
            resolve({
              status: response.statusCode,
              json,
              servedBy: String(response.headers['x-served-by'] ?? '?'),
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

/**
 * haproxy in the foreground: round-robin over the servers, X-Forwarded-For overwritten. Also
 * `npm run bench -- --processes 2` (scripts/bench.ts; types in two-processes.d.mts).
 */
export async function startHaproxy(binary, dir, port, servers) {
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      '  maxconn 512',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 30s',
      '  timeout server 30s',
      'frontend lantern',
      `  bind 127.0.0.1:${port}`,
      // The client's own X-Forwarded-For is dropped; haproxy adds the address it saw.
      '  http-request del-header X-Forwarded-For',
      '  option forwardfor',
      '  default_backend lanterns',
      'backend lanterns',
      '  balance roundrobin',
      // Which process answered, for the counts below (%s: the server's name).
      '  http-response set-header X-Served-By %s',
      ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`),
      '',
    ].join('\n'),
  );
  const check = spawnSync(binary, ['-c', '-f', config], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`haproxy refused its configuration: ${check.stderr}`);
  const child = spawn(binary, ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return {
    base,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A fake SMTP server that keeps the subject of every message it accepts. */
async function startSmtpSink() {
  const subjects = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        subjects.push(/^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '');
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    subjects,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const tally = (responses) => {
  const by = {};
  for (const r of responses) by[r.servedBy] = (by[r.servedBy] ?? 0) + 1;
  return Object.entries(by)
    .sort()
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
};
const statuses = (responses) => responses.map((r) => r.status).join(' ');
const bothServed = (responses) => new Set(responses.map((r) => r.servedBy)).size === 2;

/** A session and its CSRF token, made on one process, on the other. */
async function sessionAcrossProcesses(base, report) {
  const client = new Client(base, '127.0.0.2');
  try {
    const login = await client.request('POST', '/api/auth/login', {
      email: 'advocate@demo.test',
      password: 'lantern-demo',
    });
    if (login.status !== 200)
      return report.problem(`sign-in through the balancer: ${login.status}`);
    const reads = [];
    for (let i = 0; i < 4; i += 1) reads.push(await client.request('GET', '/api/auth/session'));
    const list = await client.request('GET', '/api/youth');
    const youthId = list.json?.find((y) => y.caseNumber?.endsWith('-DEMO-0001'))?.id;
    if (!youthId) return report.problem(`the demo case was not found: ${list.status}`);
    const note = (i, csrf) =>
      client.request(
        'POST',
        `/api/youth/${youthId}/notes`,
        { kind: 'case', category: 'case_notes', body: `two processes ${i}` },
        { csrf },
      );
    const writes = [await note(1, true), await note(2, true)];
    const forged = [await note(3, false), await note(4, false)];
    const logout = await client.request('POST', '/api/auth/logout');
    const after = [
      await client.request('GET', '/api/auth/session'),
      await client.request('GET', '/api/auth/session'),
    ];
    report.line(
      `a session made on ${login.servedBy}: reads ${statuses(reads)} (${tally(reads)}); ` +
        `writes with its CSRF token ${statuses(writes)} (${tally(writes)}); ` +
        `without it ${statuses(forged)} (${tally(forged)}); after signing out ${statuses(after)} (${tally(after)})`,
    );
    const all = [...reads, ...writes, ...forged, ...after];
    if (!bothServed(reads) || !bothServed(writes) || !bothServed(forged) || !bothServed(after))
      report.problem(`the balancer did not alternate: ${tally(all)}`);
    if (reads.some((r) => r.status !== 200)) report.problem('the session did not hold on both');
    if (writes.some((r) => r.status !== 201)) report.problem('the CSRF token did not hold on both');
    if (forged.some((r) => r.status !== 403 || r.json?.error?.code !== 'csrf_token_invalid'))
      report.problem('a write without the CSRF token was not refused on both');
    if (logout.status >= 300 || after.some((r) => r.status !== 401))
      report.problem('signing out did not end the session on both');
  } finally {
    client.close();
  }
}

/** Sign-in attempts over both processes: refused past the limit, not past twice the limit. */
async function signInLimitAcrossProcesses(base, report) {
  const client = new Client(base, '127.0.0.3');
  try {
    const answers = [];
    for (let i = 0; i < SIGN_IN_LIMIT + 2; i += 1) {
      answers.push(
        await client.request(
          'POST',
          '/api/auth/login',
          { email: `nobody-${i}@demo.test`, password: 'not the password' },
          // Each attempt claims another address: the balancer drops the claim.
          { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } },
        ),
      );
    }
    const allowed = answers.findIndex((a) => a.status === 429);
    report.line(
      `sign-in rate limit ${SIGN_IN_LIMIT}/min, attempts from one address with spoofed X-Forwarded-For: ${statuses(answers)} (${tally(answers)}); first 429 at attempt ${allowed + 1}`,
    );
    if (!bothServed(answers)) report.problem('the sign-in attempts did not reach both processes');
    if (allowed !== SIGN_IN_LIMIT || answers.slice(allowed).some((a) => a.status !== 429))
      report.problem(
        `the sign-in limit let ${allowed === -1 ? 'every' : allowed} attempts through, not ${SIGN_IN_LIMIT}`,
      );
  } finally {
    client.close();
  }
}

/** Wrong passwords over both processes start the account's wait at the same failure as one. */
async function lockoutAcrossProcesses(base, report) {
  const attempt = async (address, email, wrong) => {
    const client = new Client(base, address);
    try {
      const answers = [];
      for (let i = 0; i < wrong; i += 1)
        answers.push(
          await client.request('POST', '/api/auth/login', { email, password: `wrong ${i}` }),
        );
      const right = await client.request('POST', '/api/auth/login', {
        email,
        password: 'lantern-demo',
      });
      return { answers, right };
    } finally {
      client.close();
    }
  };
  const free = await attempt('127.0.0.4', 'coordinator@demo.test', WAIT_AT_FAILURE - 1);
  const over = await attempt('127.0.0.5', 'supervisor@demo.test', WAIT_AT_FAILURE);
  report.line(
    `per-account wait: ${WAIT_AT_FAILURE - 1} wrong passwords (${tally(free.answers)}), then the right one: ${free.right.status}; ` +
      `${WAIT_AT_FAILURE} wrong (${tally(over.answers)}), then the right one: ${over.right.status} (waiting)`,
  );
  if (!bothServed(free.answers) || !bothServed(over.answers))
    report.problem('the wrong passwords did not reach both processes');
  if ([...free.answers, ...over.answers].some((a) => a.status !== 401))
    report.problem('a wrong password was not answered 401');
  if (free.right.status !== 200)
    report.problem(
      `after ${WAIT_AT_FAILURE - 1} failures the right password got ${free.right.status}`,
    );
  if (over.right.status !== 401)
    report.problem(
      `after ${WAIT_AT_FAILURE} failures over two processes the right password got ${over.right.status}, not the wait's 401`,
    );
}

async function publicLimitAcrossProcesses(base, report) {
  const client = new Client(base, '127.0.0.6');
  try {
    const answers = [];
    for (let i = 0; i < PUBLIC_LIMIT + 2; i += 1)
      answers.push(await client.request('GET', i % 2 ? '/api/hsds' : '/api/hsds/services'));
    const allowed = answers.findIndex((a) => a.status === 429);
    report.line(
      `public /api/hsds limit ${PUBLIC_LIMIT}/min: ${statuses(answers)} (${tally(answers)}); first 429 at request ${allowed + 1}`,
    );
    if (!bothServed(answers)) report.problem('the public requests did not reach both processes');
    if (allowed !== PUBLIC_LIMIT || answers.slice(allowed).some((a) => a.status !== 429))
      report.problem(
        `the public limit let ${allowed === -1 ? 'every' : allowed} requests through, not ${PUBLIC_LIMIT}`,
      );
  } finally {
    client.close();
  }
}

/**
 * Work both processes poll for every second: EMAILS queued emails and JOBS protocol jobs (a
 * county's retention purge, whose every run appends a 'retention.purge' audit event), written
 * straight into the database as the app queues them. Each email must arrive once and each job
 * leave one event.
 */
async function backgroundWorkOnce(url, smtp, report) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ id: jurisdictionId }] = (
      await client.query('SELECT id FROM jurisdictions ORDER BY name LIMIT 1')
    ).rows;
    const events = async () =>
      (
        await client.query(
          `SELECT count(*)::int AS n FROM audit_events
           WHERE action = 'retention.purge' AND target_id = $1`,
          [jurisdictionId],
        )
      ).rows[0].n;
    const eventsBefore = await events();
    const run = randomBytes(3).toString('hex');
    const subjects = Array.from({ length: EMAILS }, (_, i) => `two processes ${run} ${i}`);
    await client.query(
      `INSERT INTO email_outbox (jurisdiction_id, to_address, subject, body_text, created_at,
         next_attempt_at)
       SELECT $1, 'someone@example.org', s, 'A test of delivering once.', now(), now()
       FROM unnest($2::text[]) AS s`,
      [jurisdictionId, subjects],
    );
    // Day numbers of 1970 (steps 1..JOBS): their own jobs, apart from today's purge.
    await client.query(
      `INSERT INTO protocol_jobs (jurisdiction_id, kind, target_id, step, run_at)
       SELECT $1, 'retention.purge', $1, s, now() FROM generate_series(1, $2::int) AS s`,
      [jurisdictionId, JOBS],
    );
    const pending = async () =>
      (
        await client.query(
          `SELECT (SELECT count(*)::int FROM email_outbox WHERE subject = ANY($1) AND sent_at IS NULL)
             + (SELECT count(*)::int FROM protocol_jobs WHERE kind = 'retention.purge'
                  AND target_id = $2 AND step BETWEEN 1 AND $3 AND done_at IS NULL) AS n`,
          [subjects, jurisdictionId, JOBS],
        )
      ).rows[0].n;
    const deadline = Date.now() + 30_000;
    while ((await pending()) > 0 && Date.now() < deadline) await sleep(250);
    // Two more polling rounds of both processes, for any second run to show.
    await sleep(2500);
    const left = await pending();
    const ran = (await events()) - eventsBefore;
    const mine = smtp.subjects.filter((s) => s.startsWith(`two processes ${run} `));
    const distinct = new Set(mine).size;
    report.line(
      `background work: ${EMAILS} emails queued, ${mine.length} received (${distinct} distinct); ` +
        `${JOBS} jobs enqueued, ${ran} runs audited; ${left} left undone`,
    );
    if (left > 0) report.problem(`${left} emails or jobs were not done within 30 s`);
    if (mine.length !== EMAILS || distinct !== EMAILS)
      report.problem(`${EMAILS} emails queued, ${mine.length} received, ${distinct} distinct`);
    if (ran !== JOBS) report.problem(`${JOBS} jobs enqueued, ${ran} runs`);
  } finally {
    await client.end();
  }
}

/**
 * The track: resolves to { lines, problems, skipped }. `binDir` is PostgreSQL's (required
 * by the caller); `log` prints as the suite does.
 */
export async function twoProcesses({ binDir, log }) {
  const lines = [];
  const problems = [];
  const report = {
    line: (text) => {
      lines.push(text);
      log(text);
    },
    problem: (text) => problems.push(text),
  };
  const haproxy = haproxyBinary();
  if (!haproxy) {
    const required = ['1', 'true'].includes(process.env.LANTERN_REQUIRE_HAPROXY ?? '');
    log(`${required ? 'REQUIRED but' : 'skipped:'} haproxy not found (Debian package haproxy)`);
    return {
      lines,
      problems: required ? ['haproxy is required but absent'] : [],
      skipped: !required,
    };
  }
  const cluster = await startCluster(binDir);
  const dir = mkdtempSync(join(tmpdir(), 'lantern-faults-two-'));
  const smtp = await startSmtpSink();
  const servers = [];
  let balancer = null;
  try {
    const shared = {
      DATABASE_URL: cluster.url,
      // One demo key for both: they seal and hash alike.
      LANTERN_DATA_DIR: dir,
      LANTERN_TRUST_PROXY: 'true',
      LANTERN_SIGN_IN_RATE_LIMIT: String(SIGN_IN_LIMIT),
      LANTERN_PUBLIC_RATE_LIMIT: String(PUBLIC_LIMIT),
      LANTERN_JOB_INTERVAL_SECONDS: '1',
      LANTERN_SMTP_URL: smtp.url,
      LANTERN_MAIL_FROM: 'lantern@example.org',
    };
    // One after the other: the first migrates and seeds the demo county.
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const server = await startLantern(lanternEnv({ ...shared, PORT: String(port) }));
      if (server.exitedEarly) throw new Error(`Lantern ${name} did not start:\n${server.output()}`);
      servers.push({ name, port, server });
    }
    balancer = await startHaproxy(haproxy, dir, await freePort(), servers);
    log(`two processes (a, b) serving behind haproxy at ${balancer.base}`);
    await sessionAcrossProcesses(balancer.base, report);
    await signInLimitAcrossProcesses(balancer.base, report);
    await lockoutAcrossProcesses(balancer.base, report);
    await publicLimitAcrossProcesses(balancer.base, report);
    await backgroundWorkOnce(cluster.url, smtp, report);
    const audit = await verifyAudit(lanternEnv({ ...shared, PORT: '0' }));
    report.line(`verify-audit over both processes' events: ${audit.line}`);
    if (!audit.ok) report.problem(`verify-audit: ${audit.line}`);
    return { lines, problems, skipped: false };
  } finally {
    await balancer?.stop();
    await Promise.all(servers.map((s) => s.server.stop()));
    await smtp.close();
    cluster.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

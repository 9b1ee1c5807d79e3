// The compiled Lantern as the fault suite drives it (scripts/test-faults.mjs): a server process
// started, killed and restarted on the same data; the `lantern` command line; and a signed-in
// HTTP client with its session cookie and CSRF token.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const BIN = join(root, 'bin', 'lantern.js');

/** The environment Lantern gets: only what the suite sets decides the database and the key. */
export function lanternEnv(settings) {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'LANTERN_MASTER_KEY', 'LANTERN_DATA_DIR', 'PORT', 'HOST'])
    delete env[name];
  return { ...env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...settings };
}

/** `user`: { uid, gid } to run as (the read-only checks, when the suite runs as root). */
function spawnLantern(args, env, user) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
}

/** Runs one `lantern` command; resolves to its exit code and output. */
export function runLantern(args, env, user) {
  return new Promise((resolve) => {
    const child = spawnLantern(args, env, user);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}

/** `lantern verify-audit`: { ok, line } with its one line of result. */
export async function verifyAudit(env, user) {
  const result = await runLantern(['verify-audit'], env, user);
  const line = (result.stdout.trim() || result.stderr.trim()).split('\n').at(-1) ?? '';
  return { ok: result.code === 0 && /^ok \d+ events$/.test(line), line };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `lantern start --demo` (or `args`: the bench starts without --demo) on a port and waits until /api/health answers 200, or until
 * the process exits (then resolves with `exited` set and its output, for the checks that
 * expect a refusal to start).
 */
export async function startLantern(
  env,
  { user, timeoutMs = 180_000, args = ['start', '--demo'] } = {},
) {
  const child = spawnLantern(args, env, user);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let exit = null;
  void exited.then((result) => (exit = result));
  const base = `http://127.0.0.1:${env.PORT}`;
  const server = {
    pid: child.pid,
    base,
    output: () => output,
    exited,
    /** SIGKILL, as the kernel's OOM killer or a pulled plug does; resolves once it is gone. */
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    /** SIGTERM (a clean stop), then SIGKILL if it has not stopped within 10 s. */
    async stop() {
      if (exit) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    isRunning: () => exit === null,
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit) return { ...server, exitedEarly: exit };
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(150);
  }
  await server.stop();
  throw new Error(`Lantern did not answer within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

/** A signed-in person: the session cookie and CSRF token, as the web app keeps them. */
export class Session {
  constructor(base) {
    this.base = base;
    this.cookie = '';
    this.csrfToken = '';
  }

  async login(email, password = 'lantern-demo') {
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`sign-in of ${email}: ${response.status} ${response.text}`);
    return this;
  }

  /**
   * One request; resolves to { status, text, json, headers, ms } or, when no answer came (the
   * server was killed, the socket cut), { status: 0, failure }. Never hangs past `timeoutMs`.
   */
  async request(method, path, body, timeoutMs = 15_000) {
    const started = Date.now();
    try {
      const response = await fetch(`${this.base}${path}`, {
        method,
        headers: {
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      const session = response.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('lantern_session='));
      if (session) this.cookie = session.split(';')[0];
      let json = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      if (typeof json?.csrfToken === 'string') this.csrfToken = json.csrfToken;
      return {
        status: response.status,
        text,
        json,
        headers: response.headers,
        ms: Date.now() - started,
      };
    } catch (error) {
      return { status: 0, failure: error.cause?.code ?? error.name, ms: Date.now() - started };
    }
  }
}

/** True when a response body shows a stack trace or a driver's words: never sent to a client. */
export function leaksInternals(text) {
  return /\n\s+at |\.js:\d+|node_modules|ECONNREFUSED|57P01|pglite|stack/i.test(text ?? '');
}

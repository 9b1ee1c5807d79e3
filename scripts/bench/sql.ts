// The database ceiling (docs/performance.md): the statements one request of an operation runs,
// read from PostgreSQL's own log (log_statement = all for that one request), then replayed with
// `pg` straight on the database, no app, at the bench's concurrency.
import { readFileSync, statSync } from 'node:fs';
import pg from 'pg';

export interface Statement {
  readonly text: string;
  readonly values: readonly (string | null)[];
}

const ENTRY_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/;
const STATEMENT = /LOG: {2}(?:execute [^:]*|statement): ([\s\S]*)$/;
const PARAMETERS = /DETAIL: {2}parameters: ([\s\S]*)$/;

/** Splits a PostgreSQL stderr log into entries (continuation lines start with a tab). */
function entries(log: string): string[] {
  const out: string[] = [];
  for (const line of log.split('\n')) {
    if (ENTRY_START.test(line) || out.length === 0) out.push(line);
    else out.push(`${out.pop() ?? ''}\n${line.replace(/^\t/, '')}`);
  }
  return out;
}

/** `$1 = 'a''b', $2 = NULL` → ['a\'b', null] by position. */
export function parseParameters(detail: string): (string | null)[] {
  const values: (string | null)[] = [];
  for (const match of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    values[Number(match[1]) - 1] =
      match[2] === 'NULL' ? null : (match[3] ?? '').replace(/''/g, "'");
  }
  return values;
}

/** The statements of a log excerpt, in order, with the parameters each was run with. */
export function parseStatements(log: string): Statement[] {
  const out: Statement[] = [];
  let last: { text: string; values: (string | null)[] } | undefined;
  for (const entry of entries(log)) {
    const statement = STATEMENT.exec(entry);
    if (statement) {
      last = { text: (statement[1] ?? '').trim(), values: [] };
      out.push(last);
      continue;
    }
    const parameters = PARAMETERS.exec(entry);
    if (parameters && last) last.values = parseParameters(parameters[1] ?? '');
  }
  return out;
}

/** Reads only: the session touch, the audit append and transaction control are left out. */
export function isRead(statement: Statement): boolean {
  return (
    /^\s*(select|with)\b/i.test(statement.text) &&
    !/\b(insert|update|delete)\b/i.test(statement.text)
  );
}

/**
 * Waits until no other session runs a statement (three looks in a row, at most `limitMs`):
 * requests a load run left in flight must not be counted or compete.
 */
export async function waitUntilQuiet(client: pg.Client, limitMs = 60_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let quiet = 0;
  while (quiet < 3 && Date.now() < deadline) {
    const { rows } = await client.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE state <> 'idle' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    quiet = rows[0]?.busy === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Runs `action` (one request of an operation) with every statement logged, and returns the
 * statements the server ran meanwhile (the bench's own are left out).
 */
export async function captureStatements(
  databaseUrl: string,
  logFile: string,
  action: () => Promise<void>,
): Promise<Statement[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await waitUntilQuiet(client);
    await client.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await client.query('SELECT pg_reload_conf()');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const from = statSync(logFile).size;
    await action();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const log = readFileSync(logFile).subarray(from).toString('utf8');
    await client.query('ALTER SYSTEM RESET log_statement');
    await client.query('SELECT pg_reload_conf()');
    return parseStatements(log).filter((s) => !/log_statement|pg_reload_conf/.test(s.text));
  } finally {
    await client.end();
  }
}

/**
 * Replays `statements` in a loop on `connections` connections for `seconds`; resolves to the
 * rounds (one round = every statement once) per second.
 */
export async function replay(
  databaseUrl: string,
  statements: readonly Statement[],
  connections: number,
  seconds: number,
): Promise<{ roundsPerSecond: number; rounds: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  try {
    // Connect first, so connecting is not counted.
    const first = new pg.Client({ connectionString: databaseUrl });
    await first.connect();
    await waitUntilQuiet(first).finally(() => first.end());
    const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    let rounds = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          for (const statement of statements)
            await client.query(statement.text, [...statement.values]);
          rounds += 1;
        }
        client.release();
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return { roundsPerSecond: rounds / elapsed, rounds };
  } finally {
    await pool.end();
  }
}

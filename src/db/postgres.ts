import pg from 'pg';
import type { ConcurrentReadOptions, Database, Queryable } from './database.js';
import { parseDate, parseInt8, TYPE_IDS } from './database.js';
import { isPreparable, isStalePlan } from './prepared.js';

// Per-pool parsers, so the process-wide pg defaults stay untouched.
const types = new pg.TypeOverrides();
types.setTypeParser(TYPE_IDS.INT8, parseInt8);
types.setTypeParser(TYPE_IDS.DATE, parseDate);

/**
 * Data statements are prepared on each connection the first time it runs them, under a name kept
 * per SQL text, and later only bound and executed: PostgreSQL parses and analyses each text once
 * per connection, and plans it as any prepared statement (a plan per call for the first five,
 * then one generic plan when that costs no more). Behind a pooler in transaction mode this needs
 * PgBouncer 1.21 or newer with max_prepared_statements set (README, "Production").
 */
const statementNames = new Map<string, string>();
/** Texts past this many (statements built with a varying number of terms) run unnamed. */
export const NAMED_STATEMENT_LIMIT = 1_000;
let named = 0;

function statementName(sql: string): string | undefined {
  const known = statementNames.get(sql);
  if (known !== undefined || statementNames.size >= NAMED_STATEMENT_LIMIT) return known;
  if (!isPreparable(sql)) return undefined;
  named += 1;
  const name = `lantern_${String(named)}`;
  statementNames.set(sql, name);
  return name;
}

/** A new name for a text whose statement a schema change made stale on some connection. */
function renameStatement(sql: string): void {
  if (!statementNames.has(sql)) return;
  named += 1;
  statementNames.set(sql, `lantern_${String(named)}`);
}

function wrap(client: pg.Pool | pg.PoolClient, inTransaction = false): Queryable {
  const run = (sql: string, params: readonly unknown[]) => {
    const name = statementName(sql);
    return client.query({
      text: sql,
      values: [...params],
      ...(name === undefined ? {} : { name }),
    });
  };
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      let result;
      try {
        result = await run(sql, params);
      } catch (error) {
        // The schema changed under the statement's result columns: prepared again under a new
        // name; outside a transaction, run again.
        if (!isStalePlan(error)) throw error;
        renameStatement(sql);
        if (inTransaction) throw error;
        result = await run(sql, params);
      }
      return result.rows as Row[];
    },
  };
}

/**
 * How long a request waits for a connection (a new one, or a free one of the pool) before it is
 * answered 503 database_unavailable instead of hanging (src/db/unavailable.ts).
 */
export const CONNECT_TIMEOUT_MS = 5000;

/** A PostgreSQL server (15 or newer) through a connection string. */
export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle client that loses its connection must not crash the process; the pool drops it.
  pool.on('error', () => undefined);
  const self = wrap(pool);
  return {
    engine: 'postgres',
    query: self.query,
    async transaction(fn) {
      const client = await pool.connect();
      // The pool listens for errors only on idle clients: a connection cut while this one is
      // checked out (PostgreSQL stopped between two statements) must not crash the process.
      const ignore = () => undefined;
      client.on('error', ignore);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, true));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((lost: unknown) => {
          // A client that cannot roll back is discarded, not handed to the next request.
          broken = lost instanceof Error ? lost : new Error('rollback failed');
        });
        throw error;
      } finally {
        client.removeListener('error', ignore);
        client.release(broken);
      }
    },
    readConcurrently: (options, fn) => readConcurrently(pool, options, fn),
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}

interface Job {
  readonly sql: string;
  readonly params: readonly unknown[];
  readonly resolve: (rows: unknown[]) => void;
  readonly reject: (error: unknown) => void;
}

/** A snapshot's name as pg_export_snapshot() gives it (e.g. 00000003-0000001B-1). */
const SNAPSHOT_NAME = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Database.readConcurrently on PostgreSQL: one repeatable-read, read-only transaction that
 * exports its snapshot, and more on spare connections that import it; each statement runs on
 * whichever is free first. No connection is waited for beyond the first: a helper is asked for
 * only while the pool has one idle or room for one, so reports running together cannot hold
 * each other's connections (and one that cannot be had is simply not used).
 */
async function readConcurrently<T>(
  pool: pg.Pool,
  { width, settings }: ConcurrentReadOptions,
  fn: (db: Queryable) => Promise<T>,
): Promise<T> {
  const ignore = () => undefined;
  const clients: { client: pg.PoolClient; begun: boolean }[] = [];
  const queue: Job[] = [];
  const idle: Queryable[] = [];
  let joining = 0;
  let closed = false;
  let snapshot = '';

  const configure = async (client: pg.PoolClient) => {
    for (const [name, value] of Object.entries(settings)) {
      await client.query('SELECT set_config($1, $2, true)', [name, value]);
    }
  };
  const next = (runner: Queryable) => {
    const job = queue.shift();
    if (job === undefined) {
      idle.push(runner);
      return;
    }
    if (closed) {
      job.reject(new Error('the concurrent read has ended'));
      next(runner);
      return;
    }
    runner
      .query(job.sql, job.params)
      .then(job.resolve, job.reject)
      .finally(() => {
        next(runner);
      });
  };
  const open = async (client: pg.PoolClient, imported: boolean) => {
    client.on('error', ignore);
    const entry = { client, begun: false };
    clients.push(entry);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    entry.begun = true;
    if (imported) await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    await configure(client);
  };
  const join = async () => {
    joining += 1;
    try {
      const client = await pool.connect();
      await open(client, true);
      if (!closed) next(wrap(client, true));
    } catch {
      // No helper: the statements run on the connections there are.
    } finally {
      joining -= 1;
    }
  };
  const spare = () =>
    pool.waitingCount === 0 && (pool.idleCount > 0 || pool.totalCount < (pool.options.max ?? 10));
  const db: Queryable = {
    query: <Row>(sql: string, params: readonly unknown[] = []) =>
      new Promise<Row[]>((resolve, reject) => {
        if (closed) {
          reject(new Error('the concurrent read has ended'));
          return;
        }
        queue.push({ sql, params, resolve: resolve as (rows: unknown[]) => void, reject });
        const runner = idle.pop();
        if (runner !== undefined) next(runner);
        else if (clients.length + joining < width && spare()) void join();
      }),
  };

  try {
    await open(await pool.connect(), false);
    const [leader] = clients;
    if (leader === undefined) throw new Error('no connection');
    const exported = await leader.client.query<{ name: string }>(
      'SELECT pg_export_snapshot() AS name',
    );
    snapshot = exported.rows[0]?.name ?? '';
    if (!SNAPSHOT_NAME.test(snapshot)) throw new Error('no snapshot to share');
    next(wrap(leader.client, true));
    return await fn(db);
  } finally {
    closed = true;
    for (const job of queue.splice(0)) job.reject(new Error('the concurrent read has ended'));
    // A helper still connecting ends here too: wait for it, then end every transaction.
    while (joining > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all(
      clients.map(async ({ client, begun }) => {
        let broken: Error | undefined;
        if (begun) {
          // Queued behind any statement still running on it (a sibling of one that failed).
          await client.query('ROLLBACK').catch((lost: unknown) => {
            broken = lost instanceof Error ? lost : new Error('rollback failed');
          });
        }
        client.removeListener('error', ignore);
        client.release(broken);
      }),
    );
  }
}

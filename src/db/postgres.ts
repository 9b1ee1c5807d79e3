import pg from 'pg';
import type { Database, Queryable } from './database.js';
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
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}

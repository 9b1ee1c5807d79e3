import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { parseDate, parseInt8, TYPE_IDS } from './database.js';

// Per-pool parsers, so the process-wide pg defaults stay untouched.
const types = new pg.TypeOverrides();
types.setTypeParser(TYPE_IDS.INT8, parseInt8);
types.setTypeParser(TYPE_IDS.DATE, parseDate);

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await client.query({ text: sql, values: [...params] });
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
        const result = await fn(wrap(client));
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

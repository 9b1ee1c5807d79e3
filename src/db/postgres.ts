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

/** A PostgreSQL server (15 or newer) through a connection string. */
export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize, types });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const self = wrap(pool);
  return {
    engine: 'postgres',
    query: self.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
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

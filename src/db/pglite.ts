import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Queryable } from './database.js';
import { parseDate, parseInt8, TYPE_IDS } from './database.js';

const parsers = { [TYPE_IDS.INT8]: parseInt8, [TYPE_IDS.DATE]: parseDate };

function wrap(q: Pick<PGlite, 'query'>): Queryable {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) => {
      const result = await q.query<Row>(sql, [...params]);
      return result.rows;
    },
  };
}

/** Embedded PostgreSQL. `dataDir` undefined keeps the database in memory (tests). */
export async function openPglite(
  dataDir?: string,
  loadDataDir?: Blob,
): Promise<Database & { raw: PGlite }> {
  const raw = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(loadDataDir === undefined ? {} : { loadDataDir }),
    parsers,
    extensions: { pg_trgm },
  });
  const self = wrap(raw);
  return {
    engine: 'pglite',
    raw,
    query: self.query,
    async transaction(fn) {
      return raw.transaction((tx) => fn(wrap(tx)));
    },
    async exec(sql) {
      await raw.exec(sql);
    },
    async close() {
      await raw.close();
    },
  };
}

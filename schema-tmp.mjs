import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
const snap = process.argv[2];
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const db = await PGlite.create({ loadDataDir: new Blob([readFileSync(snap)]), extensions: { pg_trgm } });
const r = await db.query(`SELECT c.relname,
  EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'jurisdiction_id' AND NOT a.attisdropped) AS has_j,
  (SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p') ORDER BY 1`);
for (const row of r.rows) console.log(row.has_j ? 'J ' : '- ', row.relname, '|', row.pk);

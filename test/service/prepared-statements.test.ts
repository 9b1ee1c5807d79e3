// Prepared statements (src/db/pglite-statements.ts, src/db/postgres.ts): a statement prepared
// once answers its later calls with the same values and types as the first; errors keep their
// codes and leave the statement usable; a rolled-back transaction leaves nothing; a schema change
// under a `SELECT *` is seen; past the cache's limit every statement still runs. Both engines.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PREPARED_LIMIT } from '../../src/db/pglite-statements.js';
import { NAMED_STATEMENT_LIMIT } from '../../src/db/postgres.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
  await database.db.exec(`
    CREATE TABLE prepared_probe (
      id uuid PRIMARY KEY,
      label text NOT NULL,
      counted bigint,
      born date,
      seen_at timestamptz,
      flags boolean[],
      words text[],
      detail jsonb,
      raw bytea
    )`);
});
after(async () => {
  await database.close();
});

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const INSERT = `INSERT INTO prepared_probe (id, label, counted, born, seen_at, flags, words, detail, raw)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id, label, counted, born, seen_at, flags,
  words, detail, raw`;

describe('prepared statements', () => {
  test('the first call and every later one answer the same values and types', async () => {
    const { db } = database;
    const rows = [];
    for (let n = 1; n <= 8; n += 1) {
      const [row] = await db.query(INSERT, [
        ID(n),
        `label ${String(n)} with 'quotes' and , commas`,
        n === 3 ? null : 9_007_199_254 * n,
        '2010-02-0' + String(n),
        new Date(Date.UTC(2026, 10, 28, n, 30)),
        [true, n % 2 === 0],
        ['a "b"', `c${String(n)}`, 'd,e'],
        { n, nested: { list: [n, 'x'] } },
        Buffer.from([0, n, 255]),
      ]);
      rows.push(row);
    }
    for (const [i, row] of rows.entries()) {
      const n = i + 1;
      assert.ok(row);
      assert.equal(row.id, ID(n));
      assert.equal(row.label, `label ${String(n)} with 'quotes' and , commas`);
      assert.equal(row.counted, n === 3 ? null : 9_007_199_254 * n);
      assert.equal(row.born, '2010-02-0' + String(n));
      assert.deepEqual(row.seen_at, new Date(Date.UTC(2026, 10, 28, n, 30)));
      assert.deepEqual(row.flags, [true, n % 2 === 0]);
      assert.deepEqual(row.words, ['a "b"', `c${String(n)}`, 'd,e']);
      assert.deepEqual(row.detail, { n, nested: { list: [n, 'x'] } });
      assert.deepEqual(Buffer.from(row.raw as Uint8Array), Buffer.from([0, n, 255]));
    }
    // A select run many times (past PostgreSQL's five custom plans) still narrows by its values.
    for (let n = 1; n <= 8; n += 1) {
      const found = await db.query<{ label: string }>(
        'SELECT label FROM prepared_probe WHERE id = $1 AND ($2::bigint IS NULL OR counted = $2)',
        [ID(n), n === 3 ? null : 9_007_199_254 * n],
      );
      assert.deepEqual(
        found.map((r) => r.label),
        [`label ${String(n)} with 'quotes' and , commas`],
      );
    }
  });

  test('errors keep their codes, and the statement runs again after one', async () => {
    const { db } = database;
    await assert.rejects(
      db.query(INSERT, [ID(1), 'again', null, null, null, null, null, null, null]),
      (error: Error & { code?: string }) => error.code === '23505',
    );
    await assert.rejects(
      db.query('SELECT label FROM prepared_probe WHERE id = $1', ['not a uuid']),
      (error: Error & { code?: string }) => error.code === '22P02',
    );
    const [row] = await db.query<{ label: string }>(
      'SELECT label FROM prepared_probe WHERE id = $1',
      [ID(2)],
    );
    assert.equal(row?.label, "label 2 with 'quotes' and , commas");
    await assert.rejects(
      db.query('SELECT no_such_column FROM prepared_probe'),
      (error: Error & { code?: string }) => error.code === '42703',
    );
  });

  test('a transaction rolled back after a prepared write leaves nothing', async () => {
    const { db } = database;
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query(INSERT, [ID(100), 'inside', 1, null, null, null, null, null, null]);
        await tx.query(INSERT, [ID(100), 'twice', 1, null, null, null, null, null, null]);
      }),
      (error: Error & { code?: string }) => error.code === '23505',
    );
    const found = await db.query('SELECT id FROM prepared_probe WHERE id = $1', [ID(100)]);
    assert.deepEqual(found, []);
    const [written] = await db.transaction((tx) =>
      tx.query<{ id: string }>(INSERT, [ID(101), 'kept', 1, null, null, null, null, null, null]),
    );
    assert.equal(written?.id, ID(101));
  });

  test('a column added under a SELECT * is seen by the statement prepared before', async () => {
    const { db } = database;
    const star = 'SELECT * FROM prepared_probe WHERE id = $1';
    const [before] = await db.query(star, [ID(1)]);
    assert.equal(before?.added, undefined);
    await db.exec(`ALTER TABLE prepared_probe ADD COLUMN added text NOT NULL DEFAULT 'yes'`);
    // Every connection of a pool may hold the old statement: ask more than a pool's size.
    for (let i = 0; i < 12; i += 1) {
      const [after] = await db.query(star, [ID(1)]);
      assert.equal(after?.added, 'yes');
    }
  });

  test('past the limit of statements kept, every statement still runs, the first too', async () => {
    const { db } = database;
    const limit = Math.max(PREPARED_LIMIT, NAMED_STATEMENT_LIMIT);
    const first = 'SELECT $1::int + 0 AS n';
    assert.deepEqual(await db.query(first, [7]), [{ n: 7 }]);
    for (let i = 1; i <= limit + 20; i += 1) {
      const [row] = await db.query<{ n: number }>(`SELECT $1::int + ${String(i)} AS n`, [1]);
      assert.equal(row?.n, i + 1);
    }
    assert.deepEqual(await db.query(first, [8]), [{ n: 8 }]);
  });
});

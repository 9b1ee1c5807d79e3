// The session read kept between requests (src/db/repositories/session-cache.ts): on PGlite it is
// kept until a session, an account or an organization changes; every such change is seen by the
// very next request, on both engines, whichever way it was written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/database.js';
import { findSessionWithUserKept } from '../../src/db/repositories/session-cache.js';
import { sha256 } from '../../src/server/security/tokens.js';
import type { App } from '../../src/server/http/types.js';
import { ENGINE, openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, testApp } from '../support/http.js';
import { createWorld, TestClock, testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { clock: new TestClock(), demoMode: false }));
});
after(async () => {
  await app.close();
  await database.close();
});

async function signedInAs(role: 'advocate' | 'coordinator') {
  const world = await createWorld(database.db);
  const client = new Client(app);
  const login = await client.login(world.people[role].email);
  assert.equal(login.statusCode, 200);
  const first = await client.get('/api/auth/session');
  assert.equal(first.statusCode, 200);
  const cookie = String(login.headers['set-cookie']).match(/lantern_session=([^;]+)/);
  assert.ok(cookie);
  return { world, client, tokenHash: sha256(decodeURIComponent(cookie[1]!)) };
}

describe('a kept session read', () => {
  test('is kept on PGlite and read afresh on PostgreSQL', async () => {
    const { tokenHash } = await signedInAs('advocate');
    const db = database.db;
    const first = await findSessionWithUserKept(db, tokenHash);
    const second = await findSessionWithUserKept(db, tokenHash);
    assert.ok(first && second);
    assert.equal(second.session.tokenHash, tokenHash);
    // The same object means no read was made; PostgreSQL has no change count to trust.
    assert.equal(first === second, ENGINE === 'pglite');
    assert.equal(db.accountChanges !== undefined, ENGINE === 'pglite');
  });

  test('an account deactivated in SQL ends its session at the next request', async () => {
    const { world, client } = await signedInAs('advocate');
    await database.db.query('UPDATE users SET active = false WHERE id = $1', [
      world.people.advocate.id,
    ]);
    const after = await client.get('/api/auth/session');
    assert.equal(after.statusCode, 401);
  });

  test('a session deleted in SQL is gone at the next request', async () => {
    const { client, tokenHash } = await signedInAs('advocate');
    await database.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    assert.equal((await client.get('/api/auth/session')).statusCode, 401);
  });

  test('a role taken away, a renamed organization and a changed name show at once', async () => {
    const { world, client } = await signedInAs('coordinator');
    const coordinator = world.people.coordinator;
    await database.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE users SET roles = '{}', display_name = 'Renamed Person' WHERE id = $1`,
        [coordinator.id],
      );
      await tx.query(`UPDATE organizations SET name = 'Renamed Office' WHERE id = $1`, [
        coordinator.organizationId,
      ]);
    });
    const session = await client.get('/api/auth/session');
    assert.equal(session.statusCode, 200);
    const body = session.json<{
      user: { roles: string[]; displayName: string; organizationName: string };
    }>();
    assert.deepEqual(body.user.roles, []);
    assert.equal(body.user.displayName, 'Renamed Person');
    assert.equal(body.user.organizationName, 'Renamed Office');
  });

  test('a change rolled back keeps nothing stale and changes nothing', async () => {
    const { world, client } = await signedInAs('advocate');
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET active = false WHERE id = $1', [world.people.advocate.id]);
        throw new Error('rolled back on purpose');
      }),
      /rolled back on purpose/,
    );
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
  });

  test('a change committed while the session was being read keeps nothing', async () => {
    const { tokenHash } = await signedInAs('advocate');
    const db = database.db;
    // Every read is followed by a committed change to an organization (a statement that touches
    // no row still sends the notice), as if another request had committed one meanwhile.
    const racing: Database = {
      ...db,
      accountChanges: db.accountChanges,
      query: async <Row>(sql: string, params?: readonly unknown[]) => {
        const rows = await db.query<Row>(sql, params);
        await db.query('UPDATE organizations SET name = name WHERE false');
        return rows;
      },
    };
    const first = await findSessionWithUserKept(racing, tokenHash);
    const second = await findSessionWithUserKept(racing, tokenHash);
    assert.ok(first && second);
    assert.notEqual(first, second);
  });
});

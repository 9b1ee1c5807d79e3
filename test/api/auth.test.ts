import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { totpCode } from '../../src/server/security/totp.js';
import { DEFAULT_SESSION_POLICY } from '../../src/domain/sessions.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { createWorld, TestClock, testServices } from '../support/world.js';
import type { App } from '../../src/server/http/types.js';

let database: TestDatabase;
let app: App;
let clock: TestClock;

before(async () => {
  database = await openTestDatabase();
  clock = new TestClock();
  app = await testApp(testServices(database.db, { clock, demoMode: false }));
});
after(async () => {
  await app.close();
  await database.close();
});

const auditActions = async (userId: string) =>
  (
    await database.db.query<{ action: string; outcome: string }>(
      'SELECT action, outcome FROM audit_events WHERE target_id = $1 ORDER BY seq',
      [userId],
    )
  ).map((r) => `${r.action}:${r.outcome}`);

describe('sign-in', () => {
  test('returns the csrfToken and sets an HttpOnly, SameSite cookie', async () => {
    const world = await createWorld(database.db);
    const client = new Client(app);
    const response = await client.login(world.people.oversight_analyst.email);
    assert.equal(response.statusCode, 200);
    const body = response.json<{ csrfToken: string; pending: string; user: { email: string } }>();
    assert.match(body.csrfToken, /^[A-Za-z0-9_-]{40,}$/);
    assert.equal(body.pending, 'none');
    assert.equal(body.user.email, world.people.oversight_analyst.email);
    const cookie = response.headers['set-cookie'];
    assert.match(String(cookie), /lantern_session=.+; Path=\/; HttpOnly; SameSite=Strict/);
    const session = await client.get('/api/auth/session');
    assert.equal(session.statusCode, 200);
    assert.equal(session.json<{ csrfToken: string }>().csrfToken, body.csrfToken);
  });

  test('a wrong password is 401 and audited; an unknown email looks the same', async () => {
    const world = await createWorld(database.db);
    const wrong = await new Client(app).login(world.people.advocate.email, 'not the password');
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json<{ error: { code: string } }>().error.code, 'invalid_credentials');
    const unknown = await new Client(app).login('nobody@test.example', 'whatever it is');
    assert.equal(unknown.statusCode, 401);
    assert.equal(
      unknown.json<{ error: { message: string } }>().error.message,
      wrong.json<{ error: { message: string } }>().error.message,
    );
    assert.deepEqual(await auditActions(world.people.advocate.id), ['auth.login_failed:denied']);
  });

  test('email matching ignores case', async () => {
    const world = await createWorld(database.db);
    const response = await new Client(app).login(
      world.people.oversight_analyst.email.toUpperCase(),
    );
    assert.equal(response.statusCode, 200);
  });

  test('a deactivated account cannot sign in', async () => {
    const world = await createWorld(database.db);
    await database.db.query('UPDATE users SET active = false WHERE id = $1', [
      world.people.oversight_analyst.id,
    ]);
    assert.equal(
      (await new Client(app).login(world.people.oversight_analyst.email)).statusCode,
      401,
    );
  });

  test('logout ends the session', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    const cookie = client.cookie;
    assert.equal((await client.post('/api/auth/logout')).statusCode, 204);
    client.cookie = cookie;
    assert.equal((await client.get('/api/auth/session')).statusCode, 401);
  });

  test('the session state answers 200 signed in or out; /api/auth/session keeps its 401', async () => {
    const world = await createWorld(database.db);
    const state = async (client: Client) => {
      const response = await client.get('/api/auth/state');
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ signedIn: boolean; session: { csrfToken: string } | null }>();
    };
    const stranger = new Client(app);
    assert.deepEqual(await state(stranger), { signedIn: false, session: null });
    assert.equal((await stranger.get('/api/auth/session')).statusCode, 401);
    // A cookie that is no session is signed out too, not an error.
    stranger.cookie = 'lantern_session=not-a-session';
    assert.deepEqual(await state(stranger), { signedIn: false, session: null });

    const client = await signedIn(app, world.people.oversight_analyst.email);
    const open = await state(client);
    assert.equal(open.signedIn, true);
    assert.equal(open.session?.csrfToken, client.csrfToken);
    // Asking is activity, like GET /api/auth/session; past the idle limit it is signed out.
    clock.advance(DEFAULT_SESSION_POLICY.idleMs + 1000);
    assert.deepEqual(await state(client), { signedIn: false, session: null });
    assert.equal((await client.get('/api/auth/state?user=someone')).statusCode, 400);
  });
});

describe('CSRF', () => {
  test('a mutation without the token is refused with 403 and audited', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    const token = client.csrfToken;
    client.csrfToken = null;
    const response = await client.post('/api/auth/logout');
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'csrf_token_invalid');
    client.csrfToken = 'x'.repeat(43);
    assert.equal((await client.post('/api/auth/logout')).statusCode, 403);
    client.csrfToken = token;
    assert.equal((await client.post('/api/auth/logout')).statusCode, 204);
    const [denied] = await database.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = 'auth.csrf_rejected' AND actor_user_id = $1`,
      [world.people.oversight_analyst.id],
    );
    assert.equal(denied?.count, 2);
  });

  test("another session's token does not work", async () => {
    const world = await createWorld(database.db);
    const mine = await signedIn(app, world.people.oversight_analyst.email);
    const theirs = await signedIn(app, world.people.administrator.email);
    mine.csrfToken = theirs.csrfToken;
    assert.equal((await mine.post('/api/auth/logout')).statusCode, 403);
  });
});

describe('idle timeout', () => {
  test('a session unused for the idle limit ends; activity keeps it alive', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    clock.advance(DEFAULT_SESSION_POLICY.idleMs - 1000);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    clock.advance(DEFAULT_SESSION_POLICY.idleMs - 1000);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    clock.advance(DEFAULT_SESSION_POLICY.idleMs);
    const expired = await client.get('/api/auth/session');
    assert.equal(expired.statusCode, 401);
    assert.equal(expired.json<{ error: { code: string } }>().error.code, 'session_expired');
    assert.ok(
      (await auditActions(world.people.oversight_analyst.id)).includes(
        'auth.session_expired:denied',
      ),
    );
  });
});

describe('background requests', () => {
  test("the header's unread count, polled every minute, does not keep an unattended session alive", async () => {
    const world = await createWorld(database.db);
    // A role without a second factor in this app (not in demo mode): the poll is the same for all.
    const client = await signedIn(app, world.people.oversight_analyst.email);
    for (let minute = 1; minute < DEFAULT_SESSION_POLICY.idleMs / 60_000; minute += 1) {
      clock.advance(60_000);
      const polled = await client.get('/api/notifications/unread-count');
      assert.equal(polled.statusCode, 200, `minute ${String(minute)}: ${polled.body}`);
    }
    clock.advance(60_000);
    const expired = await client.get('/api/notifications/unread-count');
    assert.equal(expired.statusCode, 401, 'the idle limit counts from the last real request');
    assert.equal(expired.json<{ error: { code: string } }>().error.code, 'session_expired');
  });
});

describe('recorded activity', () => {
  test('requests within 30 s write no activity; the idle limit counts from the last record', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    const lastSeen = async () => {
      const [row] = await database.db.query<{ last_seen_at: Date }>(
        'SELECT s.last_seen_at FROM sessions s WHERE s.user_id = $1',
        [world.people.oversight_analyst.id],
      );
      return row?.last_seen_at.getTime();
    };
    const signedInAt = await lastSeen();
    clock.advance(29_000);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    assert.equal(await lastSeen(), signedInAt, 'no write 29 s after the last record');
    clock.advance(1_000);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    assert.equal(await lastSeen(), clock.now().getTime(), 'written at 30 s');
    const recordedAt = clock.now().getTime();
    clock.advance(20_000);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    // The idle limit runs from the record, 20 s before that last request: the session ends
    // early by at most the interval, never late.
    clock.advance(recordedAt + DEFAULT_SESSION_POLICY.idleMs - clock.now().getTime());
    assert.equal((await client.get('/api/auth/session')).statusCode, 401);
  });
});

describe('the idle limit as the screen reads it', () => {
  test('the session answer says the idle limit and when it runs out, from the recorded activity', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    const idleExpiry = async () => {
      const body = (await client.get('/api/auth/session')).json<{
        idleTimeoutSeconds: number;
        idleExpiresAt: string;
      }>();
      assert.equal(body.idleTimeoutSeconds, DEFAULT_SESSION_POLICY.idleMs / 1000);
      return new Date(body.idleExpiresAt).getTime();
    };
    const signedInAt = clock.now().getTime();
    assert.equal(await idleExpiry(), signedInAt + DEFAULT_SESSION_POLICY.idleMs);
    // Within 30 s nothing is recorded, so the end does not move.
    clock.advance(20_000);
    assert.equal(await idleExpiry(), signedInAt + DEFAULT_SESSION_POLICY.idleMs);
    clock.advance(DEFAULT_SESSION_POLICY.idleMs - 21_000);
    assert.equal(await idleExpiry(), clock.now().getTime() + DEFAULT_SESSION_POLICY.idleMs);
  });

  test("a logout by the screen's idle timer is audited as such; another reason is refused", async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.advocate.email);
    const bad = await client.post('/api/auth/logout?reason=bored');
    assert.equal(bad.statusCode, 400);
    assert.equal((await client.get('/api/auth/session')).statusCode, 200, 'still signed in');
    assert.equal((await client.post('/api/auth/logout?reason=idle')).statusCode, 204);
    const [event] = await database.db.query<{ details: unknown }>(
      `SELECT details FROM audit_events WHERE action = 'auth.logout' AND target_id = $1`,
      [world.people.advocate.id],
    );
    assert.deepEqual(event?.details, { reason: 'idle' });
    const signedOut = await new Client(app).post('/api/auth/logout?reason=idle');
    assert.equal(signedOut.statusCode, 401);
  });
});

describe('multi-factor', () => {
  async function enroll(client: Client): Promise<string> {
    const setup = await client.post('/api/auth/mfa/setup');
    assert.equal(setup.statusCode, 200);
    const { secret, otpauthUri, qrSvg } = setup.json<{
      secret: string;
      otpauthUri: string;
      qrSvg: string;
    }>();
    assert.match(otpauthUri, /^otpauth:\/\/totp\/Lantern:/);
    assert.match(qrSvg, /^<svg/);
    const enabled = await client.post('/api/auth/mfa/enable', {
      code: totpCode(secret, clock.now()),
    });
    assert.equal(enabled.statusCode, 200, enabled.body);
    assert.equal(enabled.json<{ pending: string }>().pending, 'none');
    return secret;
  }

  test('a role that sees youth data must enroll before anything else outside demo mode', async () => {
    const world = await createWorld(database.db);
    const client = new Client(app);
    const login = await client.login(world.people.advocate.email);
    assert.equal(login.json<{ pending: string }>().pending, 'enroll');
    const blocked = await client.get('/api/organizations');
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json<{ error: { code: string } }>().error.code, 'sign_in_incomplete');
    await enroll(client);
    assert.equal((await client.get('/api/organizations')).statusCode, 200);
  });

  test('an administrator must enroll before anything else outside demo mode, and is offered no action until then', async () => {
    const world = await createWorld(database.db);
    const client = new Client(app);
    const login = await client.login(world.people.administrator.email);
    const before = login.json<{ pending: string; allowedActions: string[] }>();
    assert.equal(before.pending, 'enroll');
    assert.deepEqual(before.allowedActions, []);
    for (const url of ['/api/users', '/api/organizations']) {
      const blocked = await client.get(url);
      assert.equal(blocked.statusCode, 403, url);
      assert.equal(blocked.json<{ error: { code: string } }>().error.code, 'sign_in_incomplete');
    }
    const created = await client.post('/api/users', {
      email: `early.${world.jurisdictionId.slice(0, 8)}@test.example`,
      displayName: 'Too Early',
      organizationId: world.organizations.advocacy.id,
      roles: ['advocate'],
    });
    assert.equal(created.statusCode, 403);
    await enroll(client);
    const after = (await client.get('/api/auth/session')).json<{ allowedActions: string[] }>();
    assert.ok(after.allowedActions.includes('user.manage'));
    assert.equal((await client.get('/api/users')).statusCode, 200);
  });

  test('a session opened before its roles required a second factor must enroll now', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    assert.equal((await client.get('/api/organizations')).statusCode, 200);
    // As after an upgrade that made administrators enroll: the stored session had passed.
    await database.db.query(
      `UPDATE users SET roles = '{administrator}', organization_id = $2 WHERE id = $1`,
      [world.people.oversight_analyst.id, world.organizations.county_lead.id],
    );
    const session = (await client.get('/api/auth/session')).json<{
      pending: string;
      allowedActions: string[];
    }>();
    assert.equal(session.pending, 'enroll');
    assert.deepEqual(session.allowedActions, []);
    assert.equal((await client.get('/api/users')).statusCode, 403);
  });

  test('in demo mode an administrator needs no second factor', async () => {
    const demo = await testApp(testServices(database.db, { clock, demoMode: true }));
    try {
      const world = await createWorld(database.db);
      const client = new Client(demo);
      const login = await client.login(world.people.administrator.email);
      const body = login.json<{ pending: string; allowedActions: string[] }>();
      assert.equal(body.pending, 'none');
      assert.ok(body.allowedActions.includes('user.manage'));
    } finally {
      await demo.close();
    }
  });

  test('once enrolled, sign-in asks for a code; a wrong one is refused, the right one opens', async () => {
    const world = await createWorld(database.db);
    const first = new Client(app);
    await first.login(world.people.advocate.email);
    const secret = await enroll(first);

    const client = new Client(app);
    assert.equal(
      (await client.login(world.people.advocate.email)).json<{ pending: string }>().pending,
      'verify',
    );
    assert.equal((await client.get('/api/organizations')).statusCode, 403);
    const right = totpCode(secret, clock.now());
    const wrongCode = right === '000000' ? '111111' : '000000';
    const wrong = await client.post('/api/auth/mfa/verify', { code: wrongCode });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json<{ error: { code: string } }>().error.code, 'invalid_code');
    const ok = await client.post('/api/auth/mfa/verify', { code: right });
    assert.equal(ok.json<{ pending: string }>().pending, 'none');
    assert.equal((await client.get('/api/organizations')).statusCode, 200);
  });

  test('a second enrolment cannot replace the first without an administrator', async () => {
    const world = await createWorld(database.db);
    const client = new Client(app);
    await client.login(world.people.advocate.email);
    await enroll(client);
    assert.equal((await client.post('/api/auth/mfa/setup')).statusCode, 409);
  });

  test('the TOTP secret is stored sealed, never in clear', async () => {
    const world = await createWorld(database.db);
    const client = new Client(app);
    await client.login(world.people.advocate.email);
    const secret = await enroll(client);
    const [row] = await database.db.query<{ mfa_secret_sealed: string }>(
      'SELECT mfa_secret_sealed FROM users WHERE id = $1',
      [world.people.advocate.id],
    );
    const sealed = row?.mfa_secret_sealed ?? '';
    assert.ok(sealed.startsWith('v1.'));
    assert.ok(!sealed.includes(secret));
  });

  test('a wrong code while setting up voluntarily keeps the session open', async () => {
    const world = await createWorld(database.db);
    const client = await signedIn(app, world.people.oversight_analyst.email);
    const { secret } = (await client.post('/api/auth/mfa/setup')).json<{ secret: string }>();
    const right = totpCode(secret, clock.now());
    const wrong = await client.post('/api/auth/mfa/enable', {
      code: right === '000000' ? '111111' : '000000',
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal((await client.get('/api/organizations')).statusCode, 200);
    assert.equal((await client.post('/api/auth/mfa/enable', { code: right })).statusCode, 200);
    const session = (await client.get('/api/auth/session')).json<{
      user: { mfaEnabled: boolean };
    }>();
    assert.equal(session.user.mfaEnabled, true);
  });

  test('oversight needs no second factor; a new account must change its password', async () => {
    const world = await createWorld(database.db);
    const login = await new Client(app).login(world.people.oversight_analyst.email);
    assert.equal(login.json<{ pending: string }>().pending, 'none');
    const admin = new Client(app);
    await admin.login(world.people.administrator.email);
    await enroll(admin);
    const created = await admin.post('/api/users', {
      email: `new.${world.jurisdictionId.slice(0, 8)}@test.example`,
      displayName: 'New Analyst',
      organizationId: world.organizations.oversight.id,
      roles: ['oversight_analyst'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const { user, temporaryPassword } = created.json<{
      user: { email: string };
      temporaryPassword: string;
    }>();
    const fresh = new Client(app);
    assert.equal(
      (await fresh.login(user.email, temporaryPassword)).json<{ pending: string }>().pending,
      'password',
    );
    assert.equal((await fresh.get('/api/organizations')).statusCode, 403);
    const short = await fresh.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'short',
    });
    assert.equal(short.statusCode, 400);
    const changed = await fresh.post('/api/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'a much longer passphrase',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json<{ pending: string }>().pending, 'none');
    assert.equal((await fresh.get('/api/organizations')).statusCode, 200);
  });
});

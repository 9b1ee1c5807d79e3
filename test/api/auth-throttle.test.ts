// Sign-in throttling over HTTP (docs/ARCHITECTURE.md, "Sign-in throttling"): guesses are slowed
// where they come from, the person still gets in, and every refusal looks like a wrong password.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { totpCode } from '../../src/server/security/totp.js';
import { insertUser } from '../../src/db/repositories/users.js';
import { hashPassword, LANTERN_PASSWORD_COST } from '../../src/server/security/passwords.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, testApp } from '../support/http.js';
import { createWorld, PASSWORD, TestClock, testServices } from '../support/world.js';
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

const MINUTE = 60_000;
const WRONG = 'not the password at all';
const ATTACKER = '203.0.113.66';
const OFFICE = '198.51.100.20';

/** What a client can see of an answer: status, body, and whether it says when to retry. */
const visible = (response: LightMyRequestResponse) => ({
  status: response.statusCode,
  body: response.json<unknown>(),
  retryAfter: response.headers['retry-after'] ?? null,
});
const GENERIC = {
  status: 401,
  body: { error: { code: 'invalid_credentials', message: 'The email or password is not right.' } },
  retryAfter: null,
};

const login = (email: string, password: string, address: string, on: App = app) =>
  new Client(on, address).login(email, password);

const auditOf = async (userId: string) =>
  (
    await database.db.query<{ action: string; details: Record<string, unknown> }>(
      'SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY seq',
      [userId],
    )
  ).map((r) => ({ action: r.action, details: r.details }));
const actionsOf = async (userId: string) => (await auditOf(userId)).map((e) => e.action);

/** Signs in (and, where the account needs one, enrolls a second factor) from `address`. */
async function enrolled(
  email: string,
  address: string,
): Promise<{ client: Client; secret: string }> {
  const client = new Client(app, address);
  assert.equal((await client.login(email)).statusCode, 200);
  const { secret } = (await client.post('/api/auth/mfa/setup')).json<{ secret: string }>();
  const enabled = await client.post('/api/auth/mfa/enable', {
    code: totpCode(secret, clock.now()),
  });
  assert.equal(enabled.statusCode, 200, enabled.body);
  return { client, secret };
}

const notCode = (secret: string) =>
  totpCode(secret, clock.now()) === '000000' ? '111111' : '000000';

describe('guessing passwords', () => {
  test("an attacker's wrong passwords from other addresses do not keep the person out", async () => {
    const world = await createWorld(database.db);
    const email = world.people.advocate.email;
    const { secret } = await enrolled(email, OFFICE);

    // Enough to start the account's own wait as well as the attacker's addresses' waits.
    const answers = [];
    for (let i = 0; i < 8; i += 1) answers.push(await login(email, WRONG, ATTACKER));
    for (let i = 0; i < 16; i += 1) answers.push(await login(email, WRONG, `192.0.2.${i + 1}`));
    for (const answer of answers) assert.deepEqual(visible(answer), GENERIC);
    const [row] = await database.db.query<{ failed_logins: number }>(
      'SELECT failed_logins FROM users WHERE id = $1',
      [world.people.advocate.id],
    );
    assert.ok((row?.failed_logins ?? 0) >= 20, 'the account wait is in force');

    // The person, from the address they signed in from: password, then code, and in.
    const person = new Client(app, OFFICE);
    const signIn = await person.login(email);
    assert.equal(signIn.statusCode, 200, signIn.body);
    assert.equal(signIn.json<{ pending: string }>().pending, 'verify');
    const verified = await person.post('/api/auth/mfa/verify', {
      code: totpCode(secret, clock.now()),
    });
    assert.equal(verified.json<{ pending: string }>().pending, 'none');
    assert.equal((await person.get('/api/organizations')).statusCode, 200);
  });

  test('the guessing address is slowed: inside its wait even the right password is refused alike', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    for (let i = 0; i < 5; i += 1) {
      assert.deepEqual(visible(await login(person.email, WRONG, ATTACKER)), GENERIC);
    }
    // The right password inside the wait: not even looked at.
    assert.deepEqual(visible(await login(person.email, PASSWORD, ATTACKER)), GENERIC);
    const audit = await auditOf(person.id);
    assert.deepEqual(audit.at(-1), {
      action: 'auth.login_throttled',
      details: { scope: 'address', until: new Date(clock.now().getTime() + MINUTE).toISOString() },
    });
    assert.deepEqual(audit.at(-2)?.details, {
      reason: 'wrong_password',
      addressFailures: 5,
      accountFailures: 5,
    });

    // One more wrong guess after the first minute doubles the wait to two.
    clock.advance(MINUTE);
    assert.deepEqual(visible(await login(person.email, WRONG, ATTACKER)), GENERIC);
    clock.advance(MINUTE);
    assert.deepEqual(visible(await login(person.email, PASSWORD, ATTACKER)), GENERIC);
    clock.advance(MINUTE);
    assert.equal((await login(person.email, PASSWORD, ATTACKER)).statusCode, 200);

    // Nothing of what was typed is in the audit.
    const text = JSON.stringify(await auditOf(person.id));
    assert.ok(!text.includes(WRONG) && !text.includes(PASSWORD));
  });

  test('guesses from many addresses make unknown addresses wait, not known ones; unlock ends it', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    assert.equal((await login(person.email, PASSWORD, OFFICE)).statusCode, 200);
    for (let i = 0; i < 20; i += 1) {
      assert.deepEqual(visible(await login(person.email, WRONG, `192.0.2.${i + 1}`)), GENERIC);
    }
    // A first sign-in from a new address waits (one minute after the twentieth failure) ...
    assert.deepEqual(visible(await login(person.email, PASSWORD, '192.0.2.200')), GENERIC);
    assert.equal((await auditOf(person.id)).at(-1)?.details.scope, 'account');
    // ... the address the person signed in from does not.
    assert.equal((await login(person.email, PASSWORD, OFFICE)).statusCode, 200);

    // Administrators see the account as locked, and unlocking ends the wait.
    const { client: admin } = await enrolled(world.people.administrator.email, OFFICE);
    const listed = (await admin.get('/api/users')).json<{ id: string; locked: boolean }[]>();
    assert.equal(listed.find((u) => u.id === person.id)?.locked, true);
    assert.equal((await admin.post(`/api/users/${person.id}/unlock`)).statusCode, 200);
    assert.equal((await login(person.email, PASSWORD, '192.0.2.201')).statusCode, 200);
  });

  test('the account wait lifts by itself; a changed password makes every other address new again', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    const home = '198.51.100.30';
    assert.equal((await login(person.email, PASSWORD, home)).statusCode, 200);
    const office = new Client(app, OFFICE);
    assert.equal((await office.login(person.email)).statusCode, 200);
    const newPassword = 'a brand new passphrase';
    const changed = await office.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword,
    });
    assert.equal(changed.statusCode, 200, changed.body);

    for (let i = 0; i < 20; i += 1) await login(person.email, WRONG, `192.0.2.${i + 1}`);
    // Home was known with the old password only; the office is known with the new one.
    assert.deepEqual(visible(await login(person.email, newPassword, home)), GENERIC);
    assert.equal((await login(person.email, newPassword, OFFICE)).statusCode, 200);
    clock.advance(MINUTE);
    assert.equal((await login(person.email, newPassword, home)).statusCode, 200);
  });

  test('one answer for an unknown email, a wrong password and both waits, with no shortcut in time', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    const unknown = `nobody.${world.jurisdictionId.slice(0, 8)}@test.example`;
    const wrong = await login(person.email, WRONG, ATTACKER);
    for (let i = 0; i < 4; i += 1) await login(person.email, WRONG, ATTACKER);
    const addressWait = await login(person.email, PASSWORD, ATTACKER);
    for (let i = 0; i < 15; i += 1) await login(person.email, WRONG, `192.0.2.${i + 1}`);
    const accountWait = await login(person.email, PASSWORD, '192.0.2.99');
    for (const answer of [await login(unknown, WRONG, OFFICE), wrong, addressWait, accountWait]) {
      assert.deepEqual(visible(answer), GENERIC);
    }
    const throttled = (await auditOf(person.id)).filter((e) => e.action === 'auth.login_throttled');
    assert.deepEqual(
      throttled.map((e) => e.details.scope),
      ['address', 'account'],
    );

    // A refusal costs a password hash check like a wrong password does (the decoy): no
    // answer comes back measurably sooner. Medians of a few, and a wide margin for busy hosts.
    const median = async (attempt: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        await attempt();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2] as number;
    };
    // Timed at Lantern's own hash cost (tests hash cheaply elsewhere): a wrong password against
    // an account hashed at that cost, and the refusals that check against its decoy instead.
    const lantern = await testApp({
      ...testServices(database.db, { clock, demoMode: false }),
      passwordCost: LANTERN_PASSWORD_COST,
    });
    assert.match(
      await hashPassword(PASSWORD),
      /^\$argon2id\$v=19\$m=65536,p=4,t=3\$/,
      'Lantern hashes at 64 MiB, 3 passes and 4 lanes unless told otherwise',
    );
    const other = `real-cost-${crypto.randomUUID()}@test.example`;
    await insertUser(database.db, {
      jurisdictionId: world.jurisdictionId,
      organizationId: world.people.advocate.organizationId,
      email: other,
      displayName: 'Real cost',
      roles: ['advocate'],
      language: 'en',
      passwordHash: await hashPassword(PASSWORD, LANTERN_PASSWORD_COST),
      mustChangePassword: false,
    });
    const wrongTime = await median(() => login(other, WRONG, '198.51.100.77', lantern));
    const waitTime = await median(() => login(person.email, PASSWORD, ATTACKER, lantern));
    const unknownTime = await median(() => login(unknown, WRONG, '198.51.100.78', lantern));
    await lantern.close();
    assert.ok(waitTime > wrongTime * 0.4, `waiting ${waitTime} ms, wrong ${wrongTime} ms`);
    assert.ok(unknownTime > wrongTime * 0.4, `unknown ${unknownTime} ms, wrong ${wrongTime} ms`);
  });

  test("one account's wait does not slow another's sign-in, of another county, from the same address", async () => {
    const world = await createWorld(database.db);
    const other = await createWorld(database.db, 'Other');
    for (let i = 0; i < 6; i += 1)
      await login(world.people.oversight_analyst.email, WRONG, ATTACKER);
    assert.deepEqual(
      visible(await login(world.people.oversight_analyst.email, PASSWORD, ATTACKER)),
      GENERIC,
    );
    assert.equal(
      (await login(other.people.oversight_analyst.email, PASSWORD, ATTACKER)).statusCode,
      200,
    );
    assert.ok(!(await actionsOf(other.people.oversight_analyst.id)).includes('auth.login_failed'));
  });

  test('malformed sign-ins are refused at the edge and do not count as guesses', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    const client = new Client(app, ATTACKER);
    for (const body of [
      { email: person.email, password: '' },
      { email: person.email },
      { email: 'not an email', password: WRONG },
      { email: person.email, password: 'x'.repeat(257) },
      { email: person.email, password: WRONG, code: '123456' },
    ]) {
      const response = await client.post('/api/auth/login', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'invalid_input');
    }
    for (let i = 0; i < 6; i += 1) await client.post('/api/auth/login', { email: person.email });
    assert.equal((await login(person.email, PASSWORD, ATTACKER)).statusCode, 200);
    assert.deepEqual(await actionsOf(person.id), ['auth.login']);
  });
});

describe('guessing second-factor codes', () => {
  test('wrong codes add up across sessions; a new sign-in does not reset them; the right code passes after the wait', async () => {
    const world = await createWorld(database.db);
    const email = world.people.advocate.email;
    const { secret } = await enrolled(email, OFFICE);

    const first = new Client(app, OFFICE);
    await first.login(email);
    for (let i = 0; i < 3; i += 1) {
      const wrong = await first.post('/api/auth/mfa/verify', { code: notCode(secret) });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json<{ error: { code: string } }>().error.code, 'invalid_code');
    }
    const second = new Client(app, ATTACKER);
    await second.login(email);
    for (let i = 0; i < 2; i += 1) {
      assert.equal(
        (await second.post('/api/auth/mfa/verify', { code: notCode(secret) })).statusCode,
        400,
      );
    }
    // Five wrong codes in all: now even the right one waits, in any session.
    for (const client of [second, first]) {
      const waiting = await client.post('/api/auth/mfa/verify', {
        code: totpCode(secret, clock.now()),
      });
      assert.equal(waiting.statusCode, 429);
      assert.equal(waiting.json<{ error: { code: string } }>().error.code, 'too_many_codes');
      assert.equal(waiting.headers['retry-after'], '60');
    }
    const third = new Client(app, OFFICE);
    assert.equal((await third.login(email)).statusCode, 200);
    assert.equal(
      (await third.post('/api/auth/mfa/verify', { code: totpCode(secret, clock.now()) }))
        .statusCode,
      429,
    );
    // The sessions stay open to try again after the wait.
    assert.equal(
      (await first.get('/api/auth/session')).json<{ pending: string }>().pending,
      'verify',
    );
    clock.advance(MINUTE);
    const passed = await third.post('/api/auth/mfa/verify', {
      code: totpCode(secret, clock.now()),
    });
    assert.equal(passed.statusCode, 200, passed.body);
    assert.equal(passed.json<{ pending: string }>().pending, 'none');

    const audit = await auditOf(world.people.advocate.id);
    const codes = audit.filter((e) => e.action.startsWith('auth.mfa_'));
    assert.deepEqual(
      codes.map((e) => e.action),
      [
        'auth.mfa_setup',
        'auth.mfa_enabled',
        ...Array<string>(5).fill('auth.mfa_failed'),
        ...Array<string>(3).fill('auth.mfa_throttled'),
        'auth.mfa_verified',
      ],
    );
    assert.deepEqual(
      codes.filter((e) => e.action === 'auth.mfa_failed').map((e) => e.details),
      [1, 2, 3, 4, 5].map((failures) => ({ step: 'verify', failures })),
    );
    assert.ok(!JSON.stringify(audit).includes(notCode(secret)));
  });

  test('a right code starts the count over', async () => {
    const world = await createWorld(database.db);
    const email = world.people.advocate.email;
    const { secret } = await enrolled(email, OFFICE);
    const client = new Client(app, OFFICE);
    await client.login(email);
    for (let i = 0; i < 4; i += 1)
      await client.post('/api/auth/mfa/verify', { code: notCode(secret) });
    assert.equal(
      (await client.post('/api/auth/mfa/verify', { code: totpCode(secret, clock.now()) }))
        .statusCode,
      200,
    );
    const again = new Client(app, OFFICE);
    await again.login(email);
    for (let i = 0; i < 4; i += 1) {
      assert.equal(
        (await again.post('/api/auth/mfa/verify', { code: notCode(secret) })).statusCode,
        400,
      );
    }
    assert.equal(
      (await again.post('/api/auth/mfa/verify', { code: totpCode(secret, clock.now()) }))
        .statusCode,
      200,
    );
  });

  test("one person's wrong codes do not slow another's", async () => {
    const world = await createWorld(database.db);
    const mine = await enrolled(world.people.advocate.email, OFFICE);
    const theirs = await enrolled(world.people.medical_provider.email, OFFICE);
    const client = new Client(app, OFFICE);
    await client.login(world.people.advocate.email);
    for (let i = 0; i < 6; i += 1) {
      await client.post('/api/auth/mfa/verify', { code: notCode(mine.secret) });
    }
    const other = new Client(app, OFFICE);
    await other.login(world.people.medical_provider.email);
    assert.equal(
      (await other.post('/api/auth/mfa/verify', { code: totpCode(theirs.secret, clock.now()) }))
        .statusCode,
      200,
    );
  });

  test('malformed codes are refused at the edge and are not counted', async () => {
    const world = await createWorld(database.db);
    const email = world.people.advocate.email;
    const { secret } = await enrolled(email, OFFICE);
    const client = new Client(app, OFFICE);
    await client.login(email);
    for (const code of ['12345', '1234567', 'abcdef', '', 123456]) {
      const response = await client.post('/api/auth/mfa/verify', { code });
      assert.equal(response.statusCode, 400, String(code));
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'invalid_input');
    }
    for (let i = 0; i < 6; i += 1) await client.post('/api/auth/mfa/verify', { code: 'nope' });
    assert.equal(
      (await client.post('/api/auth/mfa/verify', { code: totpCode(secret, clock.now()) }))
        .statusCode,
      200,
    );
  });
});

describe('changing one’s password', () => {
  test('wrong current passwords are throttled per account with the same answer, and count for sign-in', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    const client = new Client(app, ATTACKER);
    assert.equal((await client.login(person.email)).statusCode, 200);
    const change = (currentPassword: string) =>
      client.post('/api/auth/password', { currentPassword, newPassword: 'my new long passphrase' });
    const same = {
      status: 401,
      body: {
        error: { code: 'invalid_credentials', message: 'The current password is not right.' },
      },
      retryAfter: null,
    };
    for (let i = 0; i < 5; i += 1) assert.deepEqual(visible(await change(WRONG)), same);
    // Inside the wait the right current password is not looked at either.
    assert.deepEqual(visible(await change(PASSWORD)), same);
    // The session stays open; signing in again from this address shares the same wait.
    assert.equal((await client.get('/api/auth/session')).statusCode, 200);
    assert.deepEqual(visible(await login(person.email, PASSWORD, ATTACKER)), GENERIC);

    const actions = await actionsOf(person.id);
    assert.deepEqual(
      actions.filter((a) => a.startsWith('auth.password_change')),
      [...Array<string>(5).fill('auth.password_change_failed'), 'auth.password_change_throttled'],
    );
    clock.advance(MINUTE);
    assert.equal((await change(PASSWORD)).statusCode, 200);
    assert.equal((await login(person.email, 'my new long passphrase', ATTACKER)).statusCode, 200);
  });

  test("another person's wrong current passwords do not slow this one's change", async () => {
    const world = await createWorld(database.db);
    const guesser = new Client(app, OFFICE);
    await guesser.login(world.people.oversight_analyst.email);
    for (let i = 0; i < 6; i += 1) {
      await guesser.post('/api/auth/password', {
        currentPassword: WRONG,
        newPassword: 'my new long passphrase',
      });
    }
    const { client } = await enrolled(world.people.advocate.email, OFFICE);
    const changed = await client.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'my new long passphrase',
    });
    assert.equal(changed.statusCode, 200, changed.body);
  });

  test('a malformed change is refused at the edge and is not counted', async () => {
    const world = await createWorld(database.db);
    const person = world.people.oversight_analyst;
    const client = new Client(app, OFFICE);
    await client.login(person.email);
    for (const body of [
      { currentPassword: '', newPassword: 'my new long passphrase' },
      { currentPassword: WRONG, newPassword: 'short' },
      { currentPassword: WRONG },
    ]) {
      const response = await client.post('/api/auth/password', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
    }
    assert.ok(
      !(await actionsOf(person.id)).some((a) => a.startsWith('auth.password_change_failed')),
    );
  });
});

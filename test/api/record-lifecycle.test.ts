// Records corrected, closed, reopened and merged through the API (docs/CONFIDENTIALITY.md,
// "Records corrected, closed and merged"): the legitimate path of each route, another agency,
// another county and the administrator refused, and bad input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, agreement, openYouth, type RecordBody } from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;
let elsewhere: World;
const clients = new Map<string, Client>();

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, ['law_enforcement', 'advocacy', 'medical']);
});
after(async () => {
  await app.close();
  await database.close();
});

/** One signed-in client per account for the whole file: sign-in is the costly part. */
async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) clients.set(email, (client = await signedIn(app, email)));
  return client;
}

async function audit(targetId: string, action: string) {
  return database.db.query<{ outcome: string; reason: string | null; details: unknown }>(
    'SELECT outcome, reason, details FROM audit_events WHERE target_id = $1 AND action = $2 ORDER BY seq',
    [targetId, action],
  );
}

const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

interface HistoryEntry {
  fields: string[];
  earlier: Record<string, unknown>;
  reason: string;
  correctedByOrganizationId: string;
}

describe('identity corrections', () => {
  test('the opener corrects "Jade" to her name; the history keeps who, when, what and why', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police, {
      givenName: null,
      familyName: null,
      alias: 'Jade',
      estimatedBirthYear: null,
    });
    const response = await police.patch(`/api/youth/${youth.id}/identity`, {
      givenName: 'Aaliyah',
      familyName: 'Brennan-Okafor',
      birthDate: '2010-05-14',
      reason: 'She told the detective her legal name',
    });
    assert.equal(response.statusCode, 200, response.body);
    const corrected = response.json<{
      identity: Record<string, unknown>;
      fields: string[];
      possibleDuplicates: unknown[];
    }>();
    assert.deepEqual(corrected.fields, ['givenName', 'familyName', 'birthDate']);
    assert.equal(corrected.identity.givenName, 'Aaliyah');
    assert.equal(corrected.identity.alias, 'Jade');
    assert.equal(corrected.identity.needsBirthYear, false);

    const record = (await police.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.equal(record.identity?.familyName, 'Brennan-Okafor');

    const history = await police.get(`/api/youth/${youth.id}/identity/history`);
    assert.equal(history.statusCode, 200, history.body);
    const [entry, ...rest] = history.json<HistoryEntry[]>();
    assert.equal(rest.length, 0);
    assert.deepEqual(entry?.fields, ['givenName', 'familyName', 'birthDate']);
    assert.deepEqual(entry?.earlier, { givenName: null, familyName: null, birthDate: null });
    assert.equal(entry?.reason, 'She told the detective her legal name');
    assert.equal(entry?.correctedByOrganizationId, world.organizations.law_enforcement.id);

    // The earlier values and the reason are sealed: the database alone does not hold them.
    const [stored] = await database.db.query<{ sealed: string; fields: string[] }>(
      'SELECT sealed, fields FROM youth_identity_corrections WHERE youth_id = $1',
      [youth.id],
    );
    assert.ok(stored && !stored.sealed.includes('detective'));
    const [written] = await audit(youth.id, 'youth.identity_correct');
    assert.deepEqual((written?.details as { fields: string[] }).fields, corrected.fields);
    assert.equal((await audit(youth.id, 'youth.read')).length, 2, 'record and history reads');
  });

  test('the duplicate check finds the record by its new name, no longer by the old', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate, {
      givenName: 'Quenby',
      familyName: 'Oduya',
      estimatedBirthYear: 2009,
    });
    const fix = await advocate.patch(`/api/youth/${youth.id}/identity`, {
      givenName: 'Marisol',
      familyName: 'Zepeda Ruiz',
      reason: 'Gave a false name at first',
    });
    assert.equal(fix.statusCode, 200, fix.body);
    const check = async (givenName: string, familyName: string) =>
      (
        await advocate.post('/api/youth/duplicate-check', {
          givenName,
          familyName,
          estimatedBirthYear: 2009,
        })
      )
        .json<{ matches: { id: string }[] }>()
        .matches.map((m) => m.id);
    assert.ok((await check('Marisol', 'Zepeda')).includes(youth.id));
    assert.ok(!(await check('Quenby', 'Oduya')).includes(youth.id));
  });

  test('a correction that makes the name another record’s names that record', async () => {
    const advocate = await as(world.people.advocate.email);
    const first = await openYouth(advocate, { givenName: 'Perpetua', familyName: 'Kessington' });
    const second = await openYouth(advocate, { givenName: 'Pet', familyName: 'Unknown' });
    const fix = await advocate.patch(`/api/youth/${second.id}/identity`, {
      givenName: 'Perpetua',
      familyName: 'Kessington',
      reason: 'Same girl, full name learned',
    });
    assert.equal(fix.statusCode, 200, fix.body);
    const ids = fix.json<{ possibleDuplicates: { id: string }[] }>().possibleDuplicates;
    assert.deepEqual(
      ids.map((d) => d.id),
      [first.id],
    );
  });

  test('only readers of identity correct it or read its history; others refused and audited', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.medical.id);
    const body = { givenName: 'Other', reason: 'Trying' };
    // The clinic is on the team but the police gave it no identity: refused, audited.
    const medical = await as(world.people.medical_provider.email);
    const onTeam = await medical.patch(`/api/youth/${youth.id}/identity`, body);
    assert.equal(onTeam.statusCode, 403, onTeam.body);
    assert.equal(errorCode(onTeam.body), 'no_consent_or_legal_basis');
    const history = await medical.get(`/api/youth/${youth.id}/identity/history`);
    assert.equal(history.statusCode, 403);
    // Another agency off the team; the administrator; another county (404, like an unknown id).
    const probation = await as(world.people.probation_officer.email);
    assert.equal((await probation.patch(`/api/youth/${youth.id}/identity`, body)).statusCode, 403);
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.patch(`/api/youth/${youth.id}/identity`, body)).statusCode, 403);
    const away = await as(elsewhere.people.law_enforcement_officer.email);
    const across = await away.patch(`/api/youth/${youth.id}/identity`, body);
    assert.equal(across.statusCode, 404);
    const unknown = await away.patch(`/api/youth/${crypto.randomUUID()}/identity`, body);
    assert.equal(unknown.statusCode, 404);
    assert.equal(across.body, unknown.body);
    assert.equal((await away.get(`/api/youth/${youth.id}/identity/history`)).statusCode, 404);
    const denials = await audit(youth.id, 'access.denied');
    assert.ok(denials.length >= 5, `denials audited: ${String(denials.length)}`);
    const unchanged = (await police.get(`/api/youth/${youth.id}`)).json<RecordBody>();
    assert.notEqual(unchanged.identity?.givenName, 'Other');
  });

  test('bad input: no reason, nothing changed, nothing left, the future, U+0000, unknown fields', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police, { givenName: 'Ysolde', alias: null });
    const url = `/api/youth/${youth.id}/identity`;
    const cases: [Record<string, unknown>, string][] = [
      [{ givenName: 'Ysa' }, 'invalid_input'],
      [{ givenName: 'Ysa', reason: '   ' }, 'invalid_input'],
      [{ givenName: 'Ysolde', reason: 'same' }, 'no_change'],
      [
        { givenName: null, familyName: null, estimatedBirthYear: null, reason: 'wipe' },
        'identity_required',
      ],
      [{ birthDate: '2999-01-01', reason: 'typo' }, 'born_in_future'],
      [{ givenName: 'Ys\u0000olde', reason: 'nul' }, 'invalid_text'],
      [{ caseNumber: 'X', reason: 'no' }, 'invalid_input'],
    ];
    for (const [body, code] of cases) {
      const response = await police.patch(url, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)}: ${response.body}`);
      assert.equal(errorCode(response.body), code, JSON.stringify(body));
    }
    const history = await police.get(`${url}/history`);
    assert.deepEqual(history.json(), []);
  });
});

// Records corrected, closed, reopened and merged through the API (docs/CONFIDENTIALITY.md,
// "Records corrected, closed and merged"): the legitimate path of each route, another agency,
// another county and the administrator refused, and bad input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import {
  addToTeam,
  agreement,
  consentBody,
  openYouth,
  type NoteBody,
  type RecordBody,
} from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';
import { YOUTH_COLUMNS_ON_MERGE } from '../../src/db/repositories/record-merge.js';
import { insertQualification } from '../../src/db/repositories/legal.js';

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
  test('two corrections at once: one is written, the other is told the record changed', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police, { alias: 'Sky', estimatedBirthYear: null });
    const [a, b] = await Promise.all([
      police.patch(`/api/youth/${youth.id}/identity`, { givenName: 'Skye', reason: 'Spelling' }),
      police.patch(`/api/youth/${youth.id}/identity`, { familyName: 'Moreno', reason: 'Told us' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    if (codes[0] === 200 && codes[1] === 200) {
      // The two ran one after the other: each read what the other wrote, nothing lost.
      const record = (await police.get(`/api/youth/${youth.id}`)).json<RecordBody>();
      assert.equal(record.identity?.givenName, 'Skye');
      assert.equal(record.identity?.familyName, 'Moreno');
    } else {
      assert.deepEqual(codes, [200, 409]);
      const refused = a.statusCode === 409 ? a : b;
      assert.equal(refused.json<{ error: { code: string } }>().error.code, 'identity_changed');
    }
  });

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

interface StatusBody {
  status: string;
  history: { status: string; reasonCode: string | null; reasonText: string }[];
  tasksCancelled?: number;
}

describe('case status', () => {
  test('the opener closes with a reason; open tasks are cancelled but the law’s reports; the list hides it', async () => {
    const childWelfare = await as(world.people.child_welfare_worker.email);
    const youth = await openYouth(childWelfare);
    const missing = await childWelfare.post(`/api/youth/${youth.id}/events`, {
      type: 'missing',
      occurredAt: new Date(Date.parse('2026-11-23T09:00:00Z')).toISOString(),
      details: { fromCare: true },
    });
    assert.equal(missing.statusCode, 201, missing.body);
    // The police's identification gives tasks of other kinds (an advocate on scene, a review).
    await addToTeam(childWelfare, youth.id, world.organizations.law_enforcement.id);
    const police = await as(world.people.law_enforcement_officer.email);
    const identified = await police.post(`/api/youth/${youth.id}/events`, {
      type: 'identification',
      occurredAt: new Date(Date.parse('2026-11-23T09:30:00Z')).toISOString(),
      details: { where: 'Bus station', prostitutionRelated: true },
    });
    assert.equal(identified.statusCode, 201, identified.body);
    const close = await childWelfare.post(`/api/youth/${youth.id}/close`, {
      reason: 'moved_out_of_county',
      note: 'Placed with her grandmother in another state',
    });
    assert.equal(close.statusCode, 200, close.body);
    const closed = close.json<StatusBody>();
    assert.equal(closed.status, 'closed');
    assert.deepEqual(
      closed.history.map((h) => [h.status, h.reasonCode]),
      [['closed', 'moved_out_of_county']],
    );
    const tasks = await database.db.query<{ kind: string; status: string }>(
      'SELECT kind, status FROM tasks WHERE youth_id = $1',
      [youth.id],
    );
    const cancelled = tasks.filter((t) => t.status === 'cancelled');
    const stillOpen = tasks.filter((t) => t.status === 'open');
    assert.ok(cancelled.length > 0 && stillOpen.length > 0, JSON.stringify(tasks));
    assert.ok(cancelled.every((t) => t.kind !== 'report'));
    assert.ok(stillOpen.every((t) => t.kind === 'report'));
    assert.equal(closed.tasksCancelled, cancelled.length);

    const list = async (query: string) =>
      (await childWelfare.get(`/api/youth${query}`)).json<{ id: string; status: string }[]>();
    assert.ok(!(await list('')).some((y) => y.id === youth.id), 'default list: open only');
    assert.ok(
      (await list('?status=closed')).some((y) => y.id === youth.id && y.status === 'closed'),
    );
    assert.ok((await list('?status=all')).some((y) => y.id === youth.id));

    const again = await childWelfare.post(`/api/youth/${youth.id}/close`, {
      reason: 'other',
      note: 'Twice',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again.body), 'case_closed');
    assert.equal((await audit(youth.id, 'youth.close')).length, 1);
  });

  test('another team member reopens; an open case is not reopened', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    await addToTeam(police, youth.id, world.organizations.advocacy.id);
    const advocate = await as(world.people.advocate.email);
    // The advocate is on the team but did not open the record: she does not close it.
    const notKeeper = await advocate.post(`/api/youth/${youth.id}/close`, {
      reason: 'services_completed',
      note: 'Done',
    });
    assert.equal(notKeeper.statusCode, 403);
    assert.equal(errorCode(notKeeper.body), 'not_case_keeper');
    const coordinator = await as(world.people.coordinator.email);
    const close = await coordinator.post(`/api/youth/${youth.id}/close`, {
      reason: 'youth_declined_services',
      note: 'Declined after two contacts',
    });
    assert.equal(close.statusCode, 200, close.body);
    const actions = async (client: Client) =>
      (await client.get(`/api/youth/${youth.id}`)).json<{
        status: string;
        lifecycleActions: string[];
      }>();
    assert.deepEqual(await actions(advocate), { ...(await actions(advocate)), status: 'closed' });
    assert.deepEqual((await actions(advocate)).lifecycleActions, ['case.reopen']);
    assert.deepEqual((await actions(police)).lifecycleActions, ['identity.correct', 'case.reopen']);
    const reopen = await advocate.post(`/api/youth/${youth.id}/reopen`, {
      note: 'She called the hotline again',
    });
    assert.equal(reopen.statusCode, 200, reopen.body);
    const status = (await police.get(`/api/youth/${youth.id}/status`)).json<StatusBody>();
    assert.equal(status.status, 'open');
    assert.deepEqual(
      status.history.map((h) => h.status),
      ['closed', 'reopened'],
    );
    const twice = await advocate.post(`/api/youth/${youth.id}/reopen`, { note: 'again' });
    assert.equal(twice.statusCode, 409);
    assert.equal(errorCode(twice.body), 'case_open');
    assert.equal((await audit(youth.id, 'youth.reopen')).length, 1);
  });

  test('refused: another agency, the administrator, another county; bad input', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(police);
    const body = { reason: 'services_completed', note: 'Done' };
    const url = `/api/youth/${youth.id}/close`;
    const medical = await as(world.people.medical_provider.email);
    assert.equal((await medical.post(url, body)).statusCode, 403);
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.post(url, body)).statusCode, 403);
    const awayCoordinator = await as(elsewhere.people.coordinator.email);
    const across = await awayCoordinator.post(url, body);
    assert.equal(across.statusCode, 404);
    const unknown = await awayCoordinator.post(`/api/youth/${crypto.randomUUID()}/close`, body);
    assert.equal(across.body, unknown.body);
    assert.equal((await awayCoordinator.get(`/api/youth/${youth.id}/status`)).statusCode, 404);
    assert.equal(
      (await awayCoordinator.post(`/api/youth/${youth.id}/reopen`, { note: 'x' })).statusCode,
      404,
    );
    const bad: [Record<string, unknown>, string][] = [
      [{ reason: 'services_completed', note: '' }, 'invalid_input'],
      [{ reason: 'bored', note: 'Done' }, 'invalid_input'],
      [{ note: 'Done' }, 'invalid_input'],
      [{ reason: 'other', note: 'Do\u0000ne' }, 'invalid_text'],
    ];
    for (const [input, code] of bad) {
      const response = await police.post(url, input);
      assert.equal(response.statusCode, 400, JSON.stringify(input));
      assert.equal(errorCode(response.body), code, JSON.stringify(input));
    }
    assert.equal(
      (await police.get(`/api/youth/${youth.id}/status`)).json<StatusBody>().status,
      'open',
    );
    assert.ok((await audit(youth.id, 'access.denied')).length >= 3);
  });
});

interface VersionedNote extends NoteBody {
  correctsNoteId: string | null;
  correctionReason: string | null;
  correctedByNoteId: string | null;
}

describe('note corrections', () => {
  test('the writer corrects a note; both versions are read by exactly whom could read it', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const notesUrl = `/api/youth/${youth.id}/notes`;
    const written = await advocate.post(notesUrl, {
      kind: 'case',
      category: 'case_notes',
      body: 'Met her on the 21st at the shelter.',
    });
    assert.equal(written.statusCode, 201, written.body);
    const original = written.json<{ id: string }>().id;
    await addToTeam(advocate, youth.id, world.organizations.medical.id);
    const consent = await advocate.post(
      `/api/youth/${youth.id}/consents`,
      consentBody(world, { categories: ['case_notes'] }),
    );
    assert.equal(consent.statusCode, 201, consent.body);

    const url = `${notesUrl}/${original}/corrections`;
    const body = { body: 'Met her on the 12th at the shelter.', reason: 'The date was wrong' };
    const corrected = await advocate.post(url, body);
    assert.equal(corrected.statusCode, 201, corrected.body);
    const correction = corrected.json<{ id: string }>().id;
    // A note is corrected once; the next correction is of its newest version.
    const again = await advocate.post(url, body);
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again.body), 'note_corrected');

    for (const email of [world.people.advocate.email, world.people.medical_provider.email]) {
      const notes = (await (await as(email)).get(notesUrl)).json<VersionedNote[]>();
      const newest = notes.find((n) => n.id === correction);
      const earlier = notes.find((n) => n.id === original);
      assert.equal(newest?.correctsNoteId, original, email);
      assert.equal(newest.correctionReason, 'The date was wrong');
      assert.equal(newest.category, 'case_notes');
      assert.equal(earlier?.correctedByNoteId, correction, email);
      assert.equal(earlier.body, 'Met her on the 21st at the shelter.');
    }
    // Off the team: neither version.
    const probation = await as(world.people.probation_officer.email);
    assert.equal((await probation.get(notesUrl)).statusCode, 403);
    const [event] = await audit(correction, 'note.correct');
    assert.deepEqual(event?.details, { correctsNoteId: original });
    assert.ok(!JSON.stringify(event).includes('shelter'));
  });

  test('refused: another agency on the team, the administrator, another county; bad input', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    await addToTeam(advocate, youth.id, world.organizations.medical.id);
    const noteId = (
      await advocate.post(`/api/youth/${youth.id}/notes`, {
        kind: 'case',
        category: 'case_notes',
        body: 'First words.',
      })
    ).json<{ id: string }>().id;
    const url = `/api/youth/${youth.id}/notes/${noteId}/corrections`;
    const body = { body: 'Other words.', reason: 'Mine now' };
    const medical = await as(world.people.medical_provider.email);
    const byTeam = await medical.post(url, body);
    assert.equal(byTeam.statusCode, 403);
    assert.equal(errorCode(byTeam.body), 'not_the_holder');
    const admin = await as(world.people.administrator.email);
    assert.equal((await admin.post(url, body)).statusCode, 403);
    const away = await as(elsewhere.people.advocate.email);
    const across = await away.post(url, body);
    assert.equal(across.statusCode, 404);
    const unknownCase = await away.post(
      `/api/youth/${crypto.randomUUID()}/notes/${noteId}/corrections`,
      body,
    );
    assert.equal(across.body, unknownCase.body);
    const unknownNote = await advocate.post(
      `/api/youth/${youth.id}/notes/${crypto.randomUUID()}/corrections`,
      body,
    );
    assert.equal(unknownNote.statusCode, 404);
    const bad: [Record<string, unknown>, string][] = [
      [{ body: 'Other words.', reason: '' }, 'invalid_input'],
      [{ body: ' ', reason: 'Empty' }, 'invalid_input'],
      [{ body: 'Other words.' }, 'invalid_input'],
      [{ body: 'Oth\u0000er', reason: 'nul' }, 'invalid_text'],
    ];
    for (const [input, code] of bad) {
      const response = await advocate.post(url, input);
      assert.equal(response.statusCode, 400, JSON.stringify(input));
      assert.equal(errorCode(response.body), code, JSON.stringify(input));
    }
    const notes = (await advocate.get(`/api/youth/${youth.id}/notes`)).json<VersionedNote[]>();
    assert.deepEqual(
      notes.map((n) => n.body),
      ['First words.'],
    );
    assert.ok((await audit(youth.id, 'access.denied')).length >= 2);
  });
});

describe('merging a duplicate', () => {
  interface StatusBody {
    status: string;
    mergedInto: { id: string; caseNumber: string } | null;
    history: {
      status: string;
      merge: { survivorCaseNumber: string; duplicateCaseNumber: string } | null;
    }[];
    moved?: Record<string, number>;
  }
  const note = (client: Client, youthId: string, category: string, body: string) =>
    client.post(`/api/youth/${youthId}/notes`, { kind: 'case', category, body });
  const bodies = async (client: Client, youthId: string) =>
    (await client.get(`/api/youth/${youthId}/notes`)).json<VersionedNote[]>().map((n) => n.body);

  test('every column naming a youth is decided by the merge (information_schema)', async () => {
    const rows = await database.db.query<{ t: string; c: string }>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns
       WHERE table_schema = current_schema() AND (column_name = 'youth_id' OR column_name LIKE '%\\_youth\\_id')
       UNION
       SELECT cl.relname, a.attname FROM pg_constraint k
         JOIN pg_class cl ON cl.oid = k.conrelid
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
       WHERE k.contype = 'f' AND k.confrelid = 'youth'::regclass AND a.attname <> 'jurisdiction_id'`,
    );
    const inSchema = [...new Set(rows.map((r) => `${r.t}.${r.c}`))].sort();
    assert.ok(inSchema.includes('case_notes.youth_id') && inSchema.length > 20, inSchema.join());
    assert.deepEqual(inSchema, Object.keys(YOUTH_COLUMNS_ON_MERGE).sort());
  });

  test('the coordinator merges: team, consent and notes move, read as before and not more', async () => {
    const police = await as(world.people.law_enforcement_officer.email);
    const advocate = await as(world.people.advocate.email);
    const medical = await as(world.people.medical_provider.email);
    const coordinator = await as(world.people.coordinator.email);
    const survivor = await openYouth(police);
    assert.equal(
      (await note(police, survivor.id, 'legal', 'Arrest report filed.')).statusCode,
      201,
    );
    const duplicate = await openYouth(advocate);
    assert.equal(
      (await note(advocate, duplicate.id, 'case_notes', 'Met at the motel.')).statusCode,
      201,
    );
    await addToTeam(advocate, duplicate.id, world.organizations.medical.id);
    const consent = await advocate.post(
      `/api/youth/${duplicate.id}/consents`,
      consentBody(world, { categories: ['case_notes'] }),
    );
    assert.equal(consent.statusCode, 201, consent.body);
    assert.deepEqual(await bodies(medical, duplicate.id), ['Met at the motel.']);

    const record = (await coordinator.get(`/api/youth/${survivor.id}`)).json<{
      lifecycleActions: string[];
    }>();
    assert.ok(record.lifecycleActions.includes('case.merge'));
    const reason = 'Same girl: alias, birth year and school';
    const merged = await coordinator.post(`/api/youth/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      reason,
    });
    assert.equal(merged.statusCode, 200, merged.body);
    const view = merged.json<StatusBody>();
    assert.equal(view.moved?.case_notes, 1);
    assert.equal(view.moved?.consents, 1);
    assert.ok((view.moved?.case_team_members ?? 0) >= 2);

    // On the survivor, each reads what it read before, and nothing of the other record's.
    assert.deepEqual(await bodies(medical, survivor.id), ['Met at the motel.']);
    assert.deepEqual(await bodies(advocate, survivor.id), ['Met at the motel.']);
    assert.deepEqual(await bodies(police, survivor.id), ['Arrest report filed.']);
    const asAdvocate = (await advocate.get(`/api/youth/${survivor.id}`)).json<RecordBody>();
    assert.equal(asAdvocate.identity, null);

    // Both histories show the merge with both case numbers.
    for (const id of [survivor.id, duplicate.id]) {
      const status = (await coordinator.get(`/api/youth/${id}/status`)).json<StatusBody>();
      assert.deepEqual(status.history.at(-1)?.merge, {
        survivorCaseNumber: survivor.caseNumber,
        duplicateCaseNumber: duplicate.caseNumber,
      });
    }
    // The tombstone points to the survivor for whoever may view it, and takes no more work.
    const tombstone = (await medical.get(`/api/youth/${duplicate.id}/status`)).json<StatusBody>();
    assert.equal(tombstone.status, 'merged');
    assert.deepEqual(tombstone.mergedInto, { id: survivor.id, caseNumber: survivor.caseNumber });
    const late = await note(advocate, duplicate.id, 'case_notes', 'Late');
    assert.equal(late.statusCode, 409);
    assert.equal(errorCode(late.body), 'record_merged');
    // Whoever may not view the survivor is answered as for the survivor itself.
    const probation = await as(world.people.probation_officer.email);
    const ofTombstone = await probation.get(`/api/youth/${duplicate.id}`);
    const ofSurvivor = await probation.get(`/api/youth/${survivor.id}`);
    assert.equal(ofTombstone.statusCode, 403);
    assert.equal(ofTombstone.body, ofSurvivor.body);
    const [event] = await audit(survivor.id, 'youth.merge');
    assert.equal((event?.details as { duplicateId: string }).duplicateId, duplicate.id);
    assert.ok(!JSON.stringify(event).includes('school'));
    const again = await coordinator.post(`/api/youth/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      reason,
    });
    assert.equal(again.statusCode, 409);
    assert.equal(errorCode(again.body), 'record_merged');
    const fromTombstone = await coordinator.post(`/api/youth/${duplicate.id}/merge`, {
      duplicateId: survivor.id,
      reason,
    });
    assert.equal(errorCode(fromTombstone.body), 'record_merged');
  });

  test('refused: a merge that would widen, not the coordinator, itself, another county; bad input', async () => {
    const advocate = await as(world.people.advocate.email);
    const coordinator = await as(world.people.coordinator.email);
    const survivor = await openYouth(advocate);
    assert.equal((await note(advocate, survivor.id, 'case_notes', 'Older note.')).statusCode, 201);
    const duplicate = await openYouth(advocate);
    await addToTeam(advocate, duplicate.id, world.organizations.medical.id);
    const consent = await advocate.post(
      `/api/youth/${duplicate.id}/consents`,
      consentBody(world, { categories: ['case_notes'] }),
    );
    assert.equal(consent.statusCode, 201, consent.body);
    const url = `/api/youth/${survivor.id}/merge`;
    const body = { duplicateId: duplicate.id, reason: 'Same youth' };
    // The duplicate's consent would give the clinic the advocate's older note on the survivor.
    const widening = await coordinator.post(url, body);
    assert.equal(widening.statusCode, 409, widening.body);
    assert.equal(errorCode(widening.body), 'merge_would_widen');
    assert.match(widening.body, /case_notes/);
    const byAdvocate = await advocate.post(url, body);
    assert.equal(byAdvocate.statusCode, 403);
    assert.equal(errorCode(byAdvocate.body), 'coordinator_only');
    const self = await coordinator.post(url, { duplicateId: survivor.id, reason: 'x' });
    assert.equal(self.statusCode, 400);
    assert.equal(errorCode(self.body), 'same_record');
    const away = await openYouth(await as(elsewhere.people.advocate.email));
    const across = await coordinator.post(url, { duplicateId: away.id, reason: 'x' });
    const unknown = await coordinator.post(url, { duplicateId: crypto.randomUUID(), reason: 'x' });
    assert.equal(across.statusCode, 404);
    assert.equal(across.body, unknown.body);
    const otherCoordinator = await as(elsewhere.people.coordinator.email);
    assert.equal((await otherCoordinator.post(url, body)).statusCode, 404);
    const bad: [Record<string, unknown>, string][] = [
      [{ duplicateId: duplicate.id, reason: ' ' }, 'invalid_input'],
      [{ duplicateId: duplicate.id }, 'invalid_input'],
      [{ duplicateId: 'not-an-id', reason: 'x' }, 'invalid_input'],
      [{ duplicateId: duplicate.id, reason: 'x', extra: 1 }, 'invalid_input'],
      [{ duplicateId: duplicate.id, reason: 'a\u0000b' }, 'invalid_text'],
    ];
    for (const [input, code] of bad) {
      const response = await coordinator.post(url, input);
      assert.equal(response.statusCode, 400, JSON.stringify(input));
      assert.equal(errorCode(response.body), code, JSON.stringify(input));
    }
    // Nothing moved; the duplicate is still a record of its own.
    const status = (await coordinator.get(`/api/youth/${duplicate.id}/status`)).json<StatusBody>();
    assert.equal(status.status, 'open');
    assert.ok((await audit(survivor.id, 'access.denied')).length >= 3);
  });

  const merge = (client: Client, survivorId: string, duplicateId: string) =>
    client.post(`/api/youth/${survivorId}/merge`, { duplicateId, reason: 'Same youth' });

  test('a privileged note moves, sealed again, read by its author’s caseworker and no one else', async () => {
    // An approved qualification (recording one waits for a second person elsewhere).
    await insertQualification(database.db, {
      jurisdictionId: world.jurisdictionId,
      userId: world.people.advocate.id,
      basis: 'training',
      trainingHours: 40,
      supervisor: 'Program director',
      completedOn: '2026-03-01',
      recordedByUserId: world.people.coordinator.id,
      now: new Date('2026-03-02T10:00:00Z'),
    });
    const police = await as(world.people.law_enforcement_officer.email);
    const advocate = await as(world.people.advocate.email);
    const coordinator = await as(world.people.coordinator.email);
    const survivor = await openYouth(police);
    const duplicate = await openYouth(advocate);
    await addToTeam(advocate, duplicate.id, world.organizations.law_enforcement.id);
    const secret = `She told me about the motel ${crypto.randomUUID()}`;
    const written = await advocate.post(`/api/youth/${duplicate.id}/notes`, {
      kind: 'privileged',
      body: secret,
    });
    assert.equal(written.statusCode, 201, written.body);
    const noteId = written.json<{ id: string }>().id;
    const privileged = async (client: Client, youthId: string) => {
      const response = await client.get(`/api/youth/${youthId}/notes?kind=privileged`);
      return response.statusCode === 200 ? response.json<NoteBody[]>().map((n) => n.body) : [];
    };
    assert.deepEqual(await privileged(advocate, duplicate.id), [secret]);
    const [before] = await database.db.query<{ body_sealed: string }>(
      'SELECT body_sealed FROM privileged_notes WHERE id = $1',
      [noteId],
    );

    const merged = await merge(coordinator, survivor.id, duplicate.id);
    assert.equal(merged.statusCode, 200, merged.body);
    assert.equal(merged.json<StatusBody>().moved?.privileged_notes, 1);
    const [after] = await database.db.query<{ youth_id: string; body_sealed: string }>(
      'SELECT youth_id, body_sealed FROM privileged_notes WHERE id = $1',
      [noteId],
    );
    assert.equal(after?.youth_id, survivor.id);
    assert.notEqual(after.body_sealed, before?.body_sealed, 'sealed again for the survivor');
    assert.ok(!after.body_sealed.includes('motel'));
    // Read back through the API: the author's caseworker on the survivor, and nobody else, though
    // the police are on the merged team and the coordinator views it.
    assert.deepEqual(await privileged(advocate, survivor.id), [secret]);
    assert.deepEqual(await privileged(police, survivor.id), []);
    assert.deepEqual(await privileged(coordinator, survivor.id), []);
    const all = await police.get(`/api/youth/${survivor.id}/notes`);
    assert.ok(!all.body.includes('motel'), 'not among the police’s notes either');
    assert.ok(!JSON.stringify(await audit(survivor.id, 'youth.merge')).includes('motel'));
  });

  test('refused while both records have a missing episode open (409 both_missing)', async () => {
    const childWelfare = await as(world.people.child_welfare_worker.email);
    const coordinator = await as(world.people.coordinator.email);
    const [survivor, duplicate] = [await openYouth(childWelfare), await openYouth(childWelfare)];
    for (const youth of [survivor, duplicate]) {
      const missing = await childWelfare.post(`/api/youth/${youth.id}/events`, {
        type: 'missing',
        occurredAt: new Date(Date.parse('2026-11-23T09:00:00Z')).toISOString(),
        details: { fromCare: true },
      });
      assert.equal(missing.statusCode, 201, missing.body);
    }
    const refused = await merge(coordinator, survivor.id, duplicate.id);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.equal(errorCode(refused.body), 'both_missing');
    const episodes = await database.db.query<{ youth_id: string }>(
      'SELECT youth_id FROM missing_episodes WHERE youth_id IN ($1, $2) AND ended_at IS NULL',
      [survivor.id, duplicate.id],
    );
    assert.deepEqual(episodes.map((e) => e.youth_id).sort(), [survivor.id, duplicate.id].sort());
    const status = (await coordinator.get(`/api/youth/${duplicate.id}/status`)).json<StatusBody>();
    assert.equal(status.status, 'open');
  });

  test('the team and the service plan join: one place per organization, exploited wins', async () => {
    const advocate = await as(world.people.advocate.email);
    const coordinator = await as(world.people.coordinator.email);
    const survivor = await openYouth(advocate);
    const duplicate = await openYouth(advocate);
    for (const youth of [survivor, duplicate])
      await addToTeam(advocate, youth.id, world.organizations.medical.id);
    await addToTeam(advocate, duplicate.id, world.organizations.law_enforcement.id);
    const plan = (youthId: string, needs: string[], history: string) =>
      advocate.put(`/api/youth/${youthId}/service-plan`, { needs, history });
    assert.equal((await plan(survivor.id, ['housing', 'medical'], 'at_risk')).statusCode, 200);
    assert.equal((await plan(duplicate.id, ['medical', 'legal'], 'exploited')).statusCode, 200);

    const merged = await merge(coordinator, survivor.id, duplicate.id);
    assert.equal(merged.statusCode, 200, merged.body);
    const places = (youthId: string) =>
      database.db.query<{ organization_id: string; ended: boolean }>(
        `SELECT organization_id, removed_at IS NOT NULL AS ended FROM case_team_members
         WHERE youth_id = $1 AND user_id IS NULL ORDER BY organization_id`,
        [youthId],
      );
    const onSurvivor = (await places(survivor.id)).filter((p) => !p.ended);
    const current = onSurvivor.map((p) => p.organization_id);
    assert.equal(current.filter((o) => o === world.organizations.medical.id).length, 1);
    assert.ok(current.includes(world.organizations.law_enforcement.id), 'the police moved');
    assert.ok(current.includes(world.organizations.advocacy.id));
    // The clinic's place on the duplicate ended there, kept as history.
    const left = await places(duplicate.id);
    assert.deepEqual(
      left.filter((p) => p.organization_id === world.organizations.medical.id),
      [{ organization_id: world.organizations.medical.id, ended: true }],
    );
    assert.ok(left.every((p) => p.ended));
    const [joined] = await database.db.query<{ needs: string[]; history: string }>(
      'SELECT needs::text[] AS needs, history FROM case_service_plans WHERE youth_id = $1',
      [survivor.id],
    );
    assert.deepEqual([...(joined?.needs ?? [])].sort(), ['housing', 'legal', 'medical']);
    assert.equal(joined?.history, 'exploited');
  });

  test('two merges of one duplicate at once: exactly one wins, nothing half-moved', async () => {
    const advocate = await as(world.people.advocate.email);
    const coordinator = await as(world.people.coordinator.email);
    const [first, second, duplicate] = [
      await openYouth(advocate),
      await openYouth(advocate),
      await openYouth(advocate),
    ];
    for (const body of ['One.', 'Two.'])
      assert.equal((await note(advocate, duplicate.id, 'case_notes', body)).statusCode, 201);
    const answers = await Promise.all([
      merge(coordinator, first.id, duplicate.id),
      merge(coordinator, second.id, duplicate.id),
    ]);
    const codes = answers.map((a) => a.statusCode).sort();
    assert.equal(codes[0], 200, answers.map((a) => a.body).join('\n'));
    assert.ok([404, 409].includes(codes[1] ?? 0), answers.map((a) => a.body).join('\n'));
    const winner = answers[0]?.statusCode === 200 ? first : second;
    const loser = winner === first ? second : first;
    const notesOn = async (youthId: string) =>
      (
        await database.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM case_notes WHERE youth_id = $1',
          [youthId],
        )
      )[0]?.n;
    assert.equal(await notesOn(winner.id), 2);
    assert.equal(await notesOn(loser.id), 0);
    assert.equal(await notesOn(duplicate.id), 0);
    const merges = await database.db.query<{ survivor_youth_id: string }>(
      'SELECT survivor_youth_id FROM youth_merges WHERE duplicate_youth_id = $1',
      [duplicate.id],
    );
    assert.deepEqual(
      merges.map((m) => m.survivor_youth_id),
      [winner.id],
    );
    const tombstone = (
      await coordinator.get(`/api/youth/${duplicate.id}/status`)
    ).json<StatusBody>();
    assert.deepEqual(tombstone.mergedInto, { id: winner.id, caseNumber: winner.caseNumber });
    const loserStatus = (await coordinator.get(`/api/youth/${loser.id}/status`)).json<StatusBody>();
    assert.equal(loserStatus.status, 'open');
    assert.ok(!loserStatus.history.some((h) => h.status === 'merged'));
  });
});

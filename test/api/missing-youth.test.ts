// Missing youth and custody notices through the API (docs/MISSING-AND-CUSTODY.md): a `missing`
// event opens an episode and gives child welfare its reports, the profile keeps a consented photo,
// the minimal alert packet (JSON and PDF) reaches only those the rule names and only while the
// youth is missing, `returned` closes the episode and gives the debrief, re-screen and return
// plan; juvenile hall intake sees a detained youth's custody notices and nothing else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { sealLegacyPhotos } from '../../src/server/services/missing/photo-seal.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { pdfText } from '../support/pdf.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T09:40:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.child_welfare.id,
    function: 'CSEC point person',
    name: 'Pat Child-Welfare',
    title: 'Supervisor',
    phone: '555-0201',
    afterHoursPhone: '555-0200',
    email: null,
    notes: null,
  });
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (w: World, role: keyof World['people']): Promise<Client> =>
  signedIn(app, w.people[role].email);
const HOUR = 3_600_000;
// The smallest files each type's first bytes recognize.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
/** A JPEG carrying a marker, to look for in what the database stores. */
const marked = (marker: string) => Buffer.concat([JPEG, Buffer.from(marker)]);
const dataUrl = (bytes: Buffer) => `data:image/jpeg;base64,${bytes.toString('base64')}`;

interface PhotoRow {
  photo: Uint8Array;
  photo_nonce: Uint8Array | null;
  photo_tag: Uint8Array | null;
  photo_key_version: number | null;
  whole: string;
}

/** The stored photo columns, and the whole row as PostgreSQL prints it (bytea as hex). */
async function photoRow(youthId: string): Promise<PhotoRow> {
  const [row] = await database.db.query<PhotoRow>(
    `SELECT photo, photo_nonce, photo_tag, photo_key_version, m::text AS whole
       FROM missing_profiles m WHERE youth_id = $1`,
    [youthId],
  );
  assert.ok(row, 'a profile row');
  return row;
}

function assertNoPlainPhoto(row: PhotoRow, photo: Buffer, marker: string): void {
  assert.equal(Buffer.from(row.photo).indexOf(photo), -1);
  assert.equal(Buffer.from(row.photo).indexOf(Buffer.from(marker)), -1);
  assert.ok(!row.whole.includes(Buffer.from(marker).toString('hex')));
  assert.ok(!row.whole.includes(marker));
  assert.equal(row.photo_nonce?.length, 12);
  assert.equal(row.photo_tag?.length, 16);
}

/**
 * Puts a photo back as a version before migration 0027 stored it, plain: past the check that
 * now refuses one, which is set again as it was (NOT VALID, so old rows may stay until sealed).
 */
async function storePlainAsBefore(youthId: string, photo: Buffer): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.query('ALTER TABLE missing_profiles DROP CONSTRAINT missing_profiles_photo_sealed');
    await tx.query(
      `UPDATE missing_profiles SET photo = $2, photo_nonce = NULL, photo_tag = NULL,
         photo_key_version = NULL WHERE youth_id = $1`,
      [youthId, photo],
    );
    await tx.query(`ALTER TABLE missing_profiles ADD CONSTRAINT missing_profiles_photo_sealed
      CHECK (photo IS NULL OR photo_nonce IS NOT NULL) NOT VALID`);
  });
}

interface Recorded {
  fired: { ruleKey: string; actions: { action: string; result: string }[] }[];
  tasks: { title: string; assigneeOrganizationName: string }[];
}

async function record(client: Client, youthId: string, type: string, details = {}, at?: Date) {
  const response = await client.post(`/api/youth/${youthId}/events`, {
    type,
    occurredAt: (at ?? services.clock.now()).toISOString(),
    details,
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Recorded>();
}

async function episodes(youthId: string) {
  return database.db.query<{ ended_at: Date | null; last_known_place: string | null }>(
    `SELECT ended_at, last_known_place FROM missing_episodes WHERE youth_id = $1
      ORDER BY started_at`,
    [youthId],
  );
}

describe('a youth missing from care, and back', () => {
  let youthId: string;
  let caseNumber: string;
  let police: Client;
  let childWelfare: Client;

  test('child welfare records missing: an episode opens, its reports are child welfare’s', async () => {
    police = await as(world, 'law_enforcement_officer');
    childWelfare = await as(world, 'child_welfare_worker');
    ({ id: youthId, caseNumber } = await openYouth(police, {
      givenName: 'Maya',
      familyName: 'Secretfamily',
      alias: null,
      birthDate: '2011-03-04',
      estimatedBirthYear: null,
    }));
    await addToTeam(police, youthId, world.organizations.child_welfare.id);
    await addToTeam(police, youthId, world.organizations.advocacy.id);
    const recorded = await record(childWelfare, youthId, 'missing', {
      fromCare: true,
      lastSeen: 'Greyhound station, 5th St',
      riskLevel: 'high',
    });
    const reports = recorded.tasks.filter((t) => t.title.startsWith('Report the missing youth'));
    assert.equal(reports.length, 2);
    for (const task of reports) {
      assert.equal(task.assigneeOrganizationName, world.organizations.child_welfare.name);
    }
    const ncic = recorded.fired.find((f) => f.ruleKey === 'missing-ncic');
    assert.deepEqual(
      ncic?.actions.map((a) => `${a.action}:${a.result}`),
      ['task:created', 'notify:sent'],
    );
    const notices = await database.db.query<{
      kind: string;
      message: string;
      params: Record<string, string> | null;
    }>(
      `SELECT kind, message, params FROM notifications
       WHERE youth_id = $1 AND recipient_organization_id = $2`,
      [youthId, world.organizations.law_enforcement.id],
    );
    const missingNotice = notices.find((n) => n.kind === 'protocol.missing_notice');
    // A code and parameters: the pack's own words by rule key, worded by each reader's screen.
    assert.equal(missingNotice?.params?.packNotice, 'missing-ncic');
    assert.ok(notices.every((n) => !n.message.includes('Maya')));
    assert.deepEqual(await episodes(youthId), [
      { ended_at: null, last_known_place: 'Greyhound station, 5th St' },
    ]);
    // Reported missing again while missing: the same episode, its last known place updated.
    await record(childWelfare, youthId, 'missing', { lastSeen: 'Shelter on Pine' });
    assert.deepEqual(await episodes(youthId), [
      { ended_at: null, last_known_place: 'Shelter on Pine' },
    ]);
  });

  test('the profile: description and a consented photo; bad input is refused and nothing changes', async () => {
    const profile = {
      height: '5 ft 2 in',
      build: 'slight',
      hair: 'black, shoulder length',
      eyes: 'brown',
      marks: 'scar above left eyebrow',
      riskLevel: 'high',
      photoConsent: true,
      photo: { contentType: 'image/jpeg', data: JPEG.toString('base64') },
    };
    const saved = await childWelfare.put(`/api/youth/${youthId}/missing-profile`, profile);
    assert.equal(saved.statusCode, 200, saved.body);
    const view = saved.json<{ photo: string; photoConsent: { byName: string } }>();
    assert.equal(view.photo, `data:image/jpeg;base64,${JPEG.toString('base64')}`);
    assert.ok(view.photoConsent.byName.startsWith('child_welfare_worker '));

    const refused = async (body: object, status: number, code: string) => {
      const r = await childWelfare.put(`/api/youth/${youthId}/missing-profile`, body);
      assert.equal(r.statusCode, status, r.body);
      assert.equal(r.json<{ error: { code: string } }>().error.code, code);
    };
    const gif = { contentType: 'image/jpeg', data: GIF.toString('base64') };
    await refused({ ...profile, photo: gif }, 400, 'photo_type');
    await refused(
      { ...profile, photo: { contentType: 'image/gif', data: gif.data } },
      400,
      'photo_type',
    );
    await refused(
      { ...profile, photo: { contentType: 'image/jpeg', data: '@@notbase64' } },
      400,
      'photo_type',
    );
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    JPEG.copy(big);
    await refused(
      { ...profile, photo: { contentType: 'image/jpeg', data: big.toString('base64') } },
      400,
      'photo_too_large',
    );
    await refused({ ...profile, photoConsent: false }, 400, 'photo_consent_required');
    const invalid = await childWelfare.put(`/api/youth/${youthId}/missing-profile`, {
      ...profile,
      riskLevel: 'extreme',
    });
    assert.equal(invalid.statusCode, 400);
    const extra = await childWelfare.put(`/api/youth/${youthId}/missing-profile`, {
      ...profile,
      familyName: 'x',
    });
    assert.equal(extra.statusCode, 400);
    const after = await childWelfare.get(`/api/youth/${youthId}/missing-profile`);
    assert.equal(after.json<{ photo: string }>().photo, view.photo);
    assert.equal(after.json<{ hair: string }>().hair, 'black, shoulder length');
  });

  test('who keeps the profile: not police, not another county, not an organization off the team', async () => {
    const body = {
      height: null,
      build: null,
      hair: null,
      eyes: null,
      marks: null,
      riskLevel: null,
      photoConsent: false,
    };
    const police403 = await police.put(`/api/youth/${youthId}/missing-profile`, body);
    assert.equal(police403.statusCode, 403);
    assert.equal(police403.json<{ error: { code: string } }>().error.code, 'role_cannot_record');
    const probation = await as(world, 'probation_officer');
    const offTeam = await probation.put(`/api/youth/${youthId}/missing-profile`, body);
    assert.equal(offTeam.json<{ error: { code: string } }>().error.code, 'not_on_case_team');
    const other = await as(elsewhere, 'child_welfare_worker');
    assert.equal((await other.put(`/api/youth/${youthId}/missing-profile`, body)).statusCode, 404);
    assert.equal((await other.get(`/api/youth/${youthId}/missing-profile`)).statusCode, 404);
  });

  test('the alert packet holds exactly its list, for police, the team and the PDF', async () => {
    const response = await police.get(`/api/youth/${youthId}/alert-packet`);
    assert.equal(response.statusCode, 200, response.body);
    const packet = response.json<Record<string, unknown>>();
    assert.deepEqual(Object.keys(packet).sort(), [
      'age',
      'ageEstimated',
      'caseNumber',
      'description',
      'lastKnownPlace',
      'missingSince',
      'name',
      'photo',
      'pointPerson',
      'riskLevel',
    ]);
    assert.equal(packet.caseNumber, caseNumber);
    assert.equal(packet.name, 'Maya');
    assert.equal(packet.age, 15);
    assert.equal(packet.riskLevel, 'high');
    assert.equal(packet.lastKnownPlace, 'Shelter on Pine');
    assert.equal(packet.photo, `data:image/jpeg;base64,${JPEG.toString('base64')}`);
    assert.ok(!response.body.includes('Secretfamily'));
    const pdf = await police.get(`/api/youth/${youthId}/alert-packet.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    // Each label and its value are two runs of text.
    const printed = (payload: Buffer) => pdfText(payload).replaceAll(': \n', ': ');
    const english = printed(pdf.rawPayload);
    assert.match(english, /MISSING YOUTH/);
    assert.match(english, /Risk level: HIGH/);
    // In Spanish when asked, as the other printed documents: Lantern's words, the values as kept.
    const spanish = printed(
      (await police.get(`/api/youth/${youthId}/alert-packet.pdf?language=es`)).rawPayload,
    );
    for (const words of [
      'JOVEN DESAPARECIDO/A',
      'Nivel de riesgo: ALTO',
      'Último lugar conocido',
    ]) {
      assert.ok(spanish.includes(words), words);
    }
    assert.ok(spanish.includes('Shelter on Pine') && !spanish.includes('Risk level'));
    const french = await police.get(`/api/youth/${youthId}/alert-packet.pdf?language=fr`);
    assert.equal(french.statusCode, 400);
    assert.ok(french.json<{ error: { message: string } }>().error.message);
    const advocate = await as(world, 'advocate');
    assert.equal((await advocate.get(`/api/youth/${youthId}/alert-packet`)).statusCode, 200);
    const audits = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'youth.read'
         AND details->>'view' IN ('alert_packet', 'alert_packet_pdf')`,
      [youthId],
    );
    assert.equal(audits[0]?.n, 4, 'each PDF read, in either language; not the refused one');
  });

  test('the packet is refused to administrators, oversight, intake, an organization not entitled, another county', async () => {
    const expect = async (client: Client, status: number, code: string) => {
      const r = await client.get(`/api/youth/${youthId}/alert-packet`);
      assert.equal(r.statusCode, status, r.body);
      assert.equal(r.json<{ error: { code: string } }>().error.code, code);
      const pdf = await client.get(`/api/youth/${youthId}/alert-packet.pdf`);
      assert.equal(pdf.statusCode, status);
    };
    await expect(await as(world, 'administrator'), 403, 'role_without_youth_data');
    await expect(await as(world, 'oversight_analyst'), 403, 'role_without_youth_data');
    await expect(await as(world, 'juvenile_hall_intake'), 403, 'role_without_youth_data');
    await expect(await as(world, 'medical_provider'), 403, 'not_alert_recipient');
    await expect(await as(elsewhere, 'law_enforcement_officer'), 404, 'not_found');
  });

  const MARKER = 'lantern-photo-marker-3b7f';
  const PHOTO = marked(MARKER);
  const DESCRIPTION = {
    height: '5 ft 2 in',
    build: 'slight',
    hair: 'black',
    eyes: 'brown',
    marks: null,
    riskLevel: 'high',
  };
  const savePhoto = async (client: Client, id: string, photo: Buffer) => {
    const saved = await client.put(`/api/youth/${id}/missing-profile`, {
      ...DESCRIPTION,
      photoConsent: true,
      photo: { contentType: 'image/jpeg', data: photo.toString('base64') },
    });
    assert.equal(saved.statusCode, 200, saved.body);
  };
  const profilePhoto = async (client: Client, id: string) => {
    const r = await client.get(`/api/youth/${id}/missing-profile`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json<{ photo: string | null; photoUnreadable: boolean }>();
  };
  const photoAudits = (id: string, action: string) =>
    database.db.query<{ details: { view?: string; when?: string } }>(
      `SELECT details FROM audit_events WHERE target_id = $1 AND action = $2 ORDER BY seq`,
      [id, action],
    );

  test('the photo is kept only sealed, and still reaches the profile and the packet', async () => {
    await savePhoto(childWelfare, youthId, PHOTO);
    assertNoPlainPhoto(await photoRow(youthId), PHOTO, MARKER);
    const view = await profilePhoto(childWelfare, youthId);
    assert.equal(view.photo, dataUrl(PHOTO));
    assert.equal(view.photoUnreadable, false);
    const packet = await police.get(`/api/youth/${youthId}/alert-packet`);
    assert.equal(packet.json<{ photo: string }>().photo, dataUrl(PHOTO));
    // The database itself takes no plain photo any more.
    await assert.rejects(
      database.db.query(
        `UPDATE missing_profiles SET photo = $2, photo_nonce = NULL, photo_tag = NULL,
           photo_key_version = NULL WHERE youth_id = $1`,
        [youthId, PHOTO],
      ),
    );
  });

  let otherYouthId: string;
  test('a changed seal, or one bound to another youth, is not shown: the profile and packet say so', async () => {
    const original = await photoRow(youthId);
    const changed = Buffer.from(original.photo);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0x01;
    const unreadable = async () => {
      const view = await profilePhoto(childWelfare, youthId);
      assert.equal(view.photo, null);
      assert.equal(view.photoUnreadable, true);
      const packet = await police.get(`/api/youth/${youthId}/alert-packet`);
      assert.equal(packet.statusCode, 200, packet.body);
      assert.equal(packet.json<{ photo: string | null }>().photo, null);
      const pdf = await police.get(`/api/youth/${youthId}/alert-packet.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    };
    await database.db.query('UPDATE missing_profiles SET photo = $2 WHERE youth_id = $1', [
      youthId,
      changed,
    ]);
    await unreadable();
    const withheld = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1 AND action = 'youth.read'
         AND details->'withheld' @> '[{"reason": "photo_unreadable"}]'::jsonb`,
      [youthId],
    );
    assert.equal(withheld[0]?.n, 3, 'the profile, the packet and its PDF');

    // Another youth's sealed photo copied onto this row does not open either: bound to its youth.
    ({ id: otherYouthId } = await openYouth(police));
    await addToTeam(police, otherYouthId, world.organizations.child_welfare.id);
    await savePhoto(childWelfare, otherYouthId, marked('other-youth-photo'));
    await database.db.query(
      `UPDATE missing_profiles m SET photo = o.photo, photo_nonce = o.photo_nonce,
         photo_tag = o.photo_tag, photo_key_version = o.photo_key_version
       FROM missing_profiles o WHERE m.youth_id = $1 AND o.youth_id = $2`,
      [youthId, otherYouthId],
    );
    await unreadable();

    // Put back as it was, the photo shows again.
    await database.db.query(
      `UPDATE missing_profiles SET photo = $2, photo_nonce = $3, photo_tag = $4
       WHERE youth_id = $1`,
      [youthId, original.photo, original.photo_nonce, original.photo_tag],
    );
    assert.equal((await profilePhoto(childWelfare, youthId)).photo, dataUrl(PHOTO));
  });

  test('a photo stored plain by an earlier version is sealed at start, and on the first read', async () => {
    await storePlainAsBefore(youthId, PHOTO);
    assert.ok(Buffer.from((await photoRow(youthId)).photo).equals(PHOTO), 'plain, as before');
    assert.equal(await sealLegacyPhotos(services), 1);
    assertNoPlainPhoto(await photoRow(youthId), PHOTO, MARKER);
    assert.equal(await sealLegacyPhotos(services), 0, 'nothing left: the step does nothing');
    assert.equal((await profilePhoto(childWelfare, youthId)).photo, dataUrl(PHOTO));

    // One left plain after the start (say, restored from an old backup) is sealed when read.
    await storePlainAsBefore(youthId, PHOTO);
    assert.equal((await profilePhoto(childWelfare, youthId)).photo, dataUrl(PHOTO));
    assertNoPlainPhoto(await photoRow(youthId), PHOTO, MARKER);
    const sealings = await photoAudits(youthId, 'missingProfile.photo_sealed');
    assert.deepEqual(
      sealings.map((e) => e.details.when),
      ['start', 'read'],
    );
  });

  test('merged into another record, a profile’s photo is sealed again for the survivor', async () => {
    const survivor = await openYouth(police);
    const coordinator = await as(world, 'coordinator');
    const merged = await coordinator.post(`/api/youth/${survivor.id}/merge`, {
      duplicateId: otherYouthId,
      reason: 'The same girl: both records of her',
    });
    assert.equal(merged.statusCode, 200, merged.body);
    assert.equal(merged.json<{ moved: { missing_profiles: number } }>().moved.missing_profiles, 1);
    assert.equal(
      (await profilePhoto(childWelfare, survivor.id)).photo,
      dataUrl(marked('other-youth-photo')),
    );
    assertNoPlainPhoto(await photoRow(survivor.id), marked('other-youth-photo'), 'other-youth');
  });

  test('returned closes the episode, gives debrief, re-screen and the return plan; the packet is gone', async () => {
    services.clock.advance(30 * HOUR);
    // A day on, everyone signs in again.
    childWelfare = await as(world, 'child_welfare_worker');
    police = await as(world, 'law_enforcement_officer');
    const recorded = await record(childWelfare, youthId, 'returned', {});
    assert.deepEqual(recorded.tasks.map((t) => t.title).sort(), [
      'Debrief with the youth about the time missing',
      'Re-screen for exploitation',
      'Return-from-missing safety plan',
    ]);
    const [planTask] = await database.db.query<{ kind: string; plan_type: string }>(
      `SELECT kind, plan_type FROM tasks WHERE youth_id = $1 AND kind = 'safety_plan'`,
      [youthId],
    );
    assert.deepEqual(planTask, { kind: 'safety_plan', plan_type: 'return_from_missing' });
    const [episode] = await episodes(youthId);
    assert.ok(episode?.ended_at instanceof Date);
    const r = await police.get(`/api/youth/${youthId}/alert-packet`);
    assert.equal(r.statusCode, 403);
    assert.equal(r.json<{ error: { code: string } }>().error.code, 'no_open_episode');
  });
});

describe('custody notices: juvenile hall intake’s one window', () => {
  let youthId: string;
  let caseNumber: string;
  let probation: Client;
  let intake: Client;

  test('detention with child welfare on the team tells child welfare at once', async () => {
    const police = await as(world, 'law_enforcement_officer');
    ({ id: youthId, caseNumber } = await openYouth(police));
    await addToTeam(police, youthId, world.organizations.child_welfare.id);
    await addToTeam(police, youthId, world.organizations.probation.id);
    probation = await as(world, 'probation_officer');
    intake = await as(world, 'juvenile_hall_intake');
    const recorded = await record(probation, youthId, 'detention', { facility: 'Juvenile hall' });
    const notice = recorded.fired.find((f) => f.ruleKey === 'detention-child-welfare-notice');
    assert.deepEqual(notice?.actions, [{ action: 'notify', result: 'sent' }]);
    const told = await database.db.query<{ params: Record<string, string> | null }>(
      `SELECT params FROM notifications WHERE youth_id = $1 AND recipient_organization_id = $2
         AND kind = 'protocol.notice'`,
      [youthId, world.organizations.child_welfare.id],
    );
    assert.deepEqual(
      told.map((n) => n.params?.packNotice),
      ['detention-child-welfare-notice'],
      'worded on each screen in its reader’s language',
    );
  });

  test('intake sees only: child welfare on the case and whom to call, and the release plan', async () => {
    const response = await intake.get(`/api/youth/${youthId}/custody-notices`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), {
      youthId,
      caseNumber,
      childWelfare: {
        onCase: true,
        call: [
          {
            name: 'Pat Child-Welfare',
            function: 'CSEC point person',
            organizationName: world.organizations.child_welfare.name,
            phone: '555-0200',
          },
        ],
      },
      releasePlan: { exists: false, receiver: null },
    });
    const byNumber = await intake.get(
      `/api/custody-notices?caseNumber=${encodeURIComponent(caseNumber)}`,
    );
    assert.equal(byNumber.statusCode, 200);
    assert.equal((await intake.get('/api/custody-notices?caseNumber=NOPE-1')).statusCode, 404);
    assert.equal((await intake.get('/api/custody-notices?caseNumber=')).statusCode, 400);
  });

  test('once probation writes the release plan, intake sees who receives the youth and nothing of the plan', async () => {
    const plan = await probation.post(`/api/youth/${youthId}/safety-plans`, {
      type: 'release_from_custody',
      warningSigns: ['Marker-warning-sign: the older boyfriend calls'],
      safePlaces: [{ name: 'Marker-safe-place' }],
      writtenWithYouth: true,
      writtenWithYouthOn: '2026-11-20',
      details: {
        receiver: { kind: 'person', name: 'Ana Ruiz', relationship: 'aunt' },
        releaseAt: '2026-12-01T18:00:00.000Z',
      },
    });
    assert.equal(plan.statusCode, 201, plan.body);
    const response = await intake.get(`/api/youth/${youthId}/custody-notices`);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json<{ releasePlan: unknown }>().releasePlan, {
      exists: true,
      receiver: { name: 'Ana Ruiz', relationship: 'aunt' },
    });
    assert.ok(!response.body.includes('Marker'), 'no section of the plan reaches intake');
  });

  test('intake reads nothing else of the case: record, events, timeline, notes, youth list', async () => {
    for (const path of [
      `/api/youth/${youthId}`,
      `/api/youth/${youthId}/events`,
      `/api/youth/${youthId}/timeline`,
      `/api/youth/${youthId}/notes`,
      `/api/youth/${youthId}/missing-profile`,
    ]) {
      const r = await intake.get(path);
      assert.ok([403, 404].includes(r.statusCode), `${path}: ${String(r.statusCode)}`);
      assert.ok(!r.body.includes(caseNumber) || path.endsWith('custody-notices'), path);
    }
    const list = await intake.get('/api/youth');
    assert.ok(!list.body.includes(caseNumber));
  });

  test('others are refused: probation officers, another county’s intake, and intake once released', async () => {
    const officer = await probation.get(`/api/youth/${youthId}/custody-notices`);
    assert.equal(officer.statusCode, 403);
    assert.equal(
      officer.json<{ error: { code: string } }>().error.code,
      'not_juvenile_hall_intake',
    );
    const other = await as(elsewhere, 'juvenile_hall_intake');
    assert.equal((await other.get(`/api/youth/${youthId}/custody-notices`)).statusCode, 404);
    assert.equal(
      (await other.get(`/api/custody-notices?caseNumber=${encodeURIComponent(caseNumber)}`))
        .statusCode,
      404,
    );
    const admin = await as(world, 'administrator');
    assert.equal((await admin.get(`/api/youth/${youthId}/custody-notices`)).statusCode, 403);
    services.clock.advance(60_000);
    await record(probation, youthId, 'release', {});
    const released = await intake.get(`/api/youth/${youthId}/custody-notices`);
    assert.equal(released.statusCode, 403);
    assert.equal(released.json<{ error: { code: string } }>().error.code, 'not_in_custody');
  });
});

describe('custody and the service plan: detention, release, and the same minute', () => {
  let youthId: string;
  let probation: Client;
  let intake: Client;
  const facing = async () => {
    const [row] = await database.db.query<{ facing_detention: boolean; by: string }>(
      `SELECT facing_detention, recorded_by_organization_id AS by FROM case_service_plans
       WHERE youth_id = $1`,
      [youthId],
    );
    assert.equal(row?.by, world.organizations.child_welfare.id, 'still child welfare’s plan');
    return row.facing_detention;
  };
  const planAudits = async () =>
    (
      await database.db.query<{ details: Record<string, unknown> }>(
        `SELECT details FROM audit_events WHERE action = 'service_plan.save' AND target_id = $1
           AND details ? 'byEvent' ORDER BY seq`,
        [youthId],
      )
    ).map((r) => [r.details.byEvent, r.details.facingDetention]);

  test('a recorded detention sets the plan’s detention decision and a release clears it, audited', async () => {
    const police = await as(world, 'law_enforcement_officer');
    ({ id: youthId } = await openYouth(police));
    await addToTeam(police, youthId, world.organizations.child_welfare.id);
    await addToTeam(police, youthId, world.organizations.probation.id);
    const childWelfare = await as(world, 'child_welfare_worker');
    const saved = await childWelfare.request('PUT', `/api/youth/${youthId}/service-plan`, {
      needs: ['emergency_shelter'],
      history: 'exploited',
      excludedOrganizationIds: [],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(await facing(), false);
    // Refused or bad input changes nothing: child welfare records no detention, nobody the future.
    const refused = await childWelfare.post(`/api/youth/${youthId}/events`, {
      type: 'detention',
      occurredAt: services.clock.now().toISOString(),
      details: {},
    });
    assert.equal(refused.statusCode, 403, refused.body);
    probation = await as(world, 'probation_officer');
    const future = await probation.post(`/api/youth/${youthId}/events`, {
      type: 'detention',
      occurredAt: new Date(services.clock.now().getTime() + 2 * HOUR).toISOString(),
      details: {},
    });
    assert.equal(future.statusCode, 400, future.body);
    assert.equal(await facing(), false);
    await record(probation, youthId, 'detention', { facility: 'Juvenile hall' });
    assert.equal(await facing(), true);
    services.clock.advance(HOUR);
    probation = await as(world, 'probation_officer');
    await record(probation, youthId, 'release', {});
    assert.equal(await facing(), false);
    assert.deepEqual(await planAudits(), [
      ['detention', true],
      ['release', false],
    ]);
  });

  test('a detention and a release typed in the same minute stand in the order they were recorded', async () => {
    services.clock.advance(HOUR);
    const minute = new Date(Math.floor(services.clock.now().getTime() / 60_000) * 60_000);
    probation = await as(world, 'probation_officer');
    intake = await as(world, 'juvenile_hall_intake');
    const custody = async () =>
      (await intake.get(`/api/youth/${youthId}/custody-notices`)).statusCode;
    await record(probation, youthId, 'detention', {}, minute);
    services.clock.advance(20_000);
    await record(probation, youthId, 'release', {}, minute);
    assert.equal(await custody(), 403, 'released: the release was recorded last');
    assert.equal(await facing(), false);
    const order = async () =>
      (await (await as(world, 'probation_officer')).get(`/api/youth/${youthId}/timeline`))
        .json<{
          entries: { entry: string; type?: string; at: string }[];
        }>()
        .entries.filter((e) => e.entry === 'event' && Date.parse(e.at) === minute.getTime())
        .map((e) => e.type);
    assert.deepEqual(await order(), ['release', 'detention'], 'newest recorded first');
    services.clock.advance(20_000);
    await record(await as(world, 'probation_officer'), youthId, 'detention', {}, minute);
    assert.equal(await custody(), 200, 'detained again, in the same minute');
    assert.equal(await facing(), true);
    assert.deepEqual(await order(), ['detention', 'release', 'detention']);
  });
});

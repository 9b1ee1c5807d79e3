// The break-glass review through the API (docs/CONFIDENTIALITY.md, "Break-glass and its review"):
// the police open emergency access with a written reason; the coordinator's notice links to the
// review and never carries the reason; the coordinator lists the county's openings (open ones
// first, without reasons), reads one with its reason, and reviews it (needs_follow_up keeps it
// open, appropriate closes it); every read of a reason and every review is audited. Refused: the
// police who opened it, the administrator, the oversight analyst, another agency on the case,
// another county's coordinator (404 like an unknown id), a coordinator reviewing their own
// opening, and bad input. The reason is kept only sealed, bound to its opening and county; one
// stored plain by an earlier version is sealed at start and on the first read.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { insertUser } from '../../src/db/repositories/users.js';
import { sealLegacyBreakGlassReasons } from '../../src/server/services/cases/break-glass-reason.js';
import { breakGlassReasonPurpose, dataKey } from '../../src/server/security/data-keys.js';
import { unseal } from '../../src/server/security/master-key.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, openYouth } from '../support/cases.js';
import {
  cheapHash,
  createWorld,
  PASSWORD,
  testServices,
  TestClock,
  type World,
} from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
/** A second coordinator of the county, for the coordinator who opened emergency access. */
let secondCoordinator: string;
const clients = new Map<string, Client>();

const NOW = Date.parse('2026-11-20T17:00:00Z');
const REASON = 'She called from a motel on Route 9 and said the man took her phone.';

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, { demoMode: true, clock: new TestClock(NOW) });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  secondCoordinator = `second-coordinator.${world.jurisdictionId}@test.example`;
  await insertUser(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.county_lead.id,
    email: secondCoordinator,
    displayName: 'Second Coordinator',
    roles: ['coordinator'],
    language: 'en',
    passwordHash: await cheapHash(PASSWORD),
    mustChangePassword: false,
  });
});
after(async () => {
  await app.close();
  await database.close();
});

async function as(email: string): Promise<Client> {
  const known = clients.get(email);
  if (known) return known;
  const client = await signedIn(app, email);
  clients.set(email, client);
  return client;
}

interface Summary {
  id: string;
  youthId: string;
  caseNumber: string;
  openedBy: string;
  organization: string;
  category: string;
  openedAt: string;
  expiresAt: string;
  status: 'open' | 'reviewed';
  latestOutcome: string | null;
  allowedActions: string[];
}
interface Detail extends Summary {
  reason: string;
  reasonUnreadable: boolean;
  reviews: { outcome: string; comment: string; reviewedByName: string; reviewedAt: string }[];
}

async function breakGlass(client: Client, youthId: string, category: string): Promise<string> {
  const opened = await client.post(`/api/youth/${youthId}/break-glass`, {
    category,
    reason: REASON,
  });
  assert.equal(opened.statusCode, 201, opened.body);
  return opened.json<{ id: string }>().id;
}

async function auditOf(targetId: string): Promise<{ action: string; outcome: string }[]> {
  return database.db.query(
    `SELECT action, outcome, reason, details::text AS details FROM audit_events
      WHERE target_id = $1 ORDER BY seq`,
    [targetId],
  );
}

test('the coordinator lists, reads the reason, and reviews; each step audited', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const coordinator = await as(world.people.coordinator.email);
  const youth = await openYouth(police);
  const first = await breakGlass(police, youth.id, 'contact_location');
  services.clock.advance(5 * 60_000);
  const second = await breakGlass(police, youth.id, 'identity');

  // The notice links to the review, and carries no reason.
  const notices = (await coordinator.get('/api/notifications')).json<
    { kind: string; youthId: string; params: Record<string, string> }[]
  >();
  const alerts = notices.filter((n) => n.kind === 'break_glass' && n.youthId === youth.id);
  assert.deepEqual(alerts.map((n) => n.params.reviewId).sort(), [first, second].sort());
  assert.ok(!JSON.stringify(notices).includes('Route 9'));

  const listed = await coordinator.get('/api/break-glass/reviews');
  assert.equal(listed.statusCode, 200, listed.body);
  const list = listed.json<Summary[]>();
  assert.deepEqual(
    list.map((s) => s.id),
    [second, first],
    'newest first',
  );
  assert.ok(!listed.body.includes('Route 9'), 'the list carries no reason');
  const [newest] = list;
  assert.ok(newest);
  assert.equal(newest.caseNumber, youth.caseNumber);
  assert.equal(newest.organization, world.organizations.law_enforcement.name);
  // The test world names a person by role and an organization by type, with one tag.
  const tag = world.organizations.law_enforcement.name.split(' ')[1] ?? '';
  assert.equal(newest.openedBy, `law_enforcement_officer ${tag}`);
  assert.equal(newest.category, 'identity');
  assert.equal(Date.parse(newest.expiresAt) - Date.parse(newest.openedAt), 60 * 60_000);
  assert.deepEqual(newest.allowedActions, ['read', 'review']);

  const read = await coordinator.get(`/api/break-glass/reviews/${first}`);
  assert.equal(read.statusCode, 200, read.body);
  const detail = read.json<Detail>();
  assert.equal(detail.reason, REASON);
  assert.equal(detail.reasonUnreadable, false);
  assert.equal(detail.category, 'contact_location');
  assert.deepEqual(detail.reviews, []);

  const followUp = await coordinator.post(`/api/break-glass/reviews/${first}`, {
    outcome: 'needs_follow_up',
    comment: 'Called the officer; waiting for the shift report.',
  });
  assert.equal(followUp.statusCode, 200, followUp.body);
  assert.equal(followUp.json<Detail>().status, 'open');
  const done = await coordinator.post(`/api/break-glass/reviews/${first}`, {
    outcome: 'appropriate',
    comment: 'Imminent danger confirmed with the shift report.',
  });
  assert.equal(done.statusCode, 200, done.body);
  const reviewed = done.json<Detail>();
  assert.equal(reviewed.status, 'reviewed');
  assert.equal(reviewed.latestOutcome, 'appropriate');
  assert.deepEqual(
    reviewed.reviews.map((r) => r.outcome),
    ['needs_follow_up', 'appropriate'],
  );
  assert.deepEqual(reviewed.allowedActions, ['read']);
  const again = await coordinator.post(`/api/break-glass/reviews/${first}`, {
    outcome: 'inappropriate',
    comment: 'Changed my mind.',
  });
  assert.equal(again.statusCode, 409, again.body);
  assert.equal(again.json<{ error: { code: string } }>().error.code, 'review_closed');

  // Open ones first: the reviewed opening moves below the open one.
  const after = (await coordinator.get('/api/break-glass/reviews')).json<Summary[]>();
  assert.deepEqual(
    after.filter((s) => s.youthId === youth.id).map((s) => [s.id, s.status]),
    [
      [second, 'open'],
      [first, 'reviewed'],
    ],
  );

  const events = await auditOf(first);
  assert.deepEqual(
    events.map((e) => e.action),
    [
      'break_glass.reason_read',
      'break_glass.review',
      'break_glass.reason_read',
      'break_glass.review',
      'break_glass.reason_read',
    ],
  );
  assert.ok(!JSON.stringify(events).includes('Route 9'), 'the audit never carries the reason');
  assert.ok(!JSON.stringify(events).includes('shift report'), 'nor the comment');
});

test('the opener, other roles, another agency and another county are refused', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
  const id = await breakGlass(police, youth.id, 'contact_location');
  const body = { outcome: 'inappropriate', comment: 'Not imminent.' };
  const refusedAs = [
    world.people.law_enforcement_officer, // who broke the glass
    world.people.administrator,
    world.people.oversight_analyst,
    world.people.medical_provider, // another agency on the case
    world.people.advocate,
  ];
  for (const person of refusedAs) {
    const client = await as(person.email);
    for (const answer of [
      await client.get('/api/break-glass/reviews'),
      await client.get(`/api/break-glass/reviews/${id}`),
      await client.post(`/api/break-glass/reviews/${id}`, body),
      // An unknown id is refused the same way, telling nothing of which ids exist.
      await client.get(`/api/break-glass/reviews/${randomUUID()}`),
    ]) {
      assert.equal(answer.statusCode, 403, `${person.email}: ${answer.body}`);
      assert.equal(answer.json<{ error: { code: string } }>().error.code, 'not_reviewer');
      assert.ok(!answer.body.includes('Route 9'));
    }
  }
  // Another county's coordinator: exactly like an unknown id, and its list holds none of ours.
  const neighbor = await as(elsewhere.people.coordinator.email);
  const foreign = await neighbor.get(`/api/break-glass/reviews/${id}`);
  const unknown = await neighbor.get(`/api/break-glass/reviews/${randomUUID()}`);
  assert.equal(foreign.statusCode, 404, foreign.body);
  assert.deepEqual(foreign.json(), unknown.json());
  const foreignReview = await neighbor.post(`/api/break-glass/reviews/${id}`, body);
  assert.equal(foreignReview.statusCode, 404, foreignReview.body);
  const theirs = (await neighbor.get('/api/break-glass/reviews')).json<Summary[]>();
  assert.ok(theirs.every((s) => s.id !== id));

  const denials = (await auditOf(id)).filter((e) => e.action === 'access.denied');
  assert.equal(denials.length, refusedAs.length * 2 + 2, 'every refusal on the id is audited');
  // Nothing was reviewed.
  const coordinator = await as(world.people.coordinator.email);
  const detail = (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>();
  assert.deepEqual(detail.reviews, []);
});

test('a coordinator who broke the glass does not read or review it; another coordinator does', async () => {
  const coordinator = await as(world.people.coordinator.email);
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  await addToTeam(
    coordinator,
    youth.id,
    world.organizations.county_lead.id,
    'coordination',
    world.people.coordinator.id,
  );
  const id = await breakGlass(coordinator, youth.id, 'case_notes');
  const own = (await coordinator.get('/api/break-glass/reviews')).json<Summary[]>();
  assert.deepEqual(own.find((s) => s.id === id)?.allowedActions, []);
  for (const answer of [
    await coordinator.get(`/api/break-glass/reviews/${id}`),
    await coordinator.post(`/api/break-glass/reviews/${id}`, {
      outcome: 'appropriate',
      comment: 'Mine.',
    }),
  ]) {
    assert.equal(answer.statusCode, 403, answer.body);
    assert.equal(answer.json<{ error: { code: string } }>().error.code, 'own_break_glass');
  }
  const other = await as(secondCoordinator);
  const reviewed = await other.post(`/api/break-glass/reviews/${id}`, {
    outcome: 'inappropriate',
    comment: 'The coordinator should have called the advocate instead.',
  });
  assert.equal(reviewed.statusCode, 200, reviewed.body);
  assert.equal(reviewed.json<Detail>().reviews[0]?.reviewedByName, 'Second Coordinator');
});

test('bad input is refused with a code', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const coordinator = await as(world.people.coordinator.email);
  const youth = await openYouth(police);
  const id = await breakGlass(police, youth.id, 'contact_location');
  const cases: [string, unknown][] = [
    [`/api/break-glass/reviews/${id}`, { outcome: 'fine', comment: 'x' }],
    [`/api/break-glass/reviews/${id}`, { outcome: 'appropriate', comment: '   ' }],
    [`/api/break-glass/reviews/${id}`, { outcome: 'appropriate', comment: 'x'.repeat(1001) }],
    [`/api/break-glass/reviews/${id}`, { outcome: 'appropriate' }],
    [`/api/break-glass/reviews/${id}`, { outcome: 'appropriate', comment: 'ok', extra: 1 }],
    ['/api/break-glass/reviews/not-a-uuid', { outcome: 'appropriate', comment: 'ok' }],
  ];
  for (const [path, body] of cases) {
    const answer = await coordinator.post(path, body);
    assert.equal(answer.statusCode, 400, `${JSON.stringify(body)}: ${answer.body}`);
    assert.ok(answer.json<{ error: { code: string } }>().error.code);
  }
  const badId = await coordinator.get('/api/break-glass/reviews/not-a-uuid');
  assert.equal(badId.statusCode, 400, badId.body);
  const detail = (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>();
  assert.deepEqual(detail.reviews, [], 'nothing was written');
});

interface GrantRow {
  jurisdiction_id: string;
  reason: string | null;
  reason_sealed: string | null;
  reason_key_version: number | null;
  whole: string;
}

async function grantRow(id: string): Promise<GrantRow> {
  const [row] = await database.db.query<GrantRow>(
    `SELECT g.jurisdiction_id, g.reason, g.reason_sealed, g.reason_key_version,
            row_to_json(g)::text AS whole
       FROM break_glass_grants g WHERE g.id = $1`,
    [id],
  );
  assert.ok(row, 'the opening is stored');
  return row;
}

/** Nothing of the reason's text in any column of the row: only its seal and key version. */
function assertNoPlainReason(row: GrantRow): void {
  assert.equal(row.reason, null);
  for (const piece of [REASON, 'Route 9', 'motel', Buffer.from(REASON).toString('base64')]) {
    assert.ok(!row.whole.includes(piece), `the row holds no "${piece}"`);
  }
  assert.match(row.reason_sealed ?? '', /^v1\./);
  assert.equal(typeof row.reason_key_version, 'number');
}

/**
 * Puts a reason back as a version before migration 0032 stored it, plain: past the check that
 * now refuses one, which is set again as it was (NOT VALID, so old rows may stay until sealed).
 */
async function storePlainAsBefore(id: string, reason: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.query(
      'ALTER TABLE break_glass_grants DROP CONSTRAINT break_glass_grants_reason_sealed',
    );
    await tx.query(
      `UPDATE break_glass_grants SET reason = $2, reason_sealed = NULL, reason_key_version = NULL
       WHERE id = $1`,
      [id, reason],
    );
    await tx.query(`ALTER TABLE break_glass_grants ADD CONSTRAINT break_glass_grants_reason_sealed
      CHECK (reason IS NULL) NOT VALID`);
  });
}

test('the reason is stored only sealed, and the coordinator still reads it', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const youth = await openYouth(police);
  const id = await breakGlass(police, youth.id, 'contact_location');
  assertNoPlainReason(await grantRow(id));
  // The opener's record view lists their opening, never its reason.
  const record = await police.get(`/api/youth/${youth.id}`);
  assert.equal(record.statusCode, 200, record.body);
  assert.ok(record.body.includes(id) && !record.body.includes('Route 9'));
  const coordinator = await as(world.people.coordinator.email);
  const detail = (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>();
  assert.equal(detail.reason, REASON);
  // Merged into another record, the opening stays on its record and its reason still opens: the
  // seal names the opening and the county, not the youth.
  const survivor = await openYouth(police);
  const merged = await coordinator.post(`/api/youth/${survivor.id}/merge`, {
    duplicateId: youth.id,
    reason: 'The same girl: both records of her',
  });
  assert.equal(merged.statusCode, 200, merged.body);
  const afterMerge = (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>();
  assert.deepEqual([afterMerge.reason, afterMerge.youthId], [REASON, youth.id]);
  // The database itself takes no plain reason any more.
  await assert.rejects(
    database.db.query(
      `UPDATE break_glass_grants SET reason = $2, reason_sealed = NULL, reason_key_version = NULL
       WHERE id = $1`,
      [id, REASON],
    ),
  );
});

test('a reason stored plain by an earlier version is sealed at start, and on the first read', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const coordinator = await as(world.people.coordinator.email);
  const youth = await openYouth(police);
  const id = await breakGlass(police, youth.id, 'identity');
  await storePlainAsBefore(id, REASON);
  assert.equal((await grantRow(id)).reason, REASON, 'plain, as before');
  assert.equal(await sealLegacyBreakGlassReasons(services), 1);
  assertNoPlainReason(await grantRow(id));
  assert.equal(
    await sealLegacyBreakGlassReasons(services),
    0,
    'nothing left: the step does nothing',
  );
  assert.equal(
    (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>().reason,
    REASON,
  );

  // One left plain after the start (say, restored from an old backup) is sealed when read.
  await storePlainAsBefore(id, REASON);
  const read = (await coordinator.get(`/api/break-glass/reviews/${id}`)).json<Detail>();
  assert.equal(read.reason, REASON);
  assertNoPlainReason(await grantRow(id));
  const events = await database.db.query<{ action: string; details: { when: string } }>(
    `SELECT action, details FROM audit_events WHERE target_id = $1 AND action = $2 ORDER BY seq`,
    [id, 'break_glass.reason_sealed'],
  );
  assert.deepEqual(
    events.map((e) => e.details.when),
    ['start', 'read'],
  );
});

test('a sealed reason opens only for its own opening and county', async () => {
  const police = await as(world.people.law_enforcement_officer.email);
  const coordinator = await as(world.people.coordinator.email);
  const youth = await openYouth(police);
  const ours = await breakGlass(police, youth.id, 'contact_location');
  const another = await breakGlass(police, youth.id, 'identity');
  const theirPolice = await as(elsewhere.people.law_enforcement_officer.email);
  const theirYouth = await openYouth(theirPolice);
  const theirs = await breakGlass(theirPolice, theirYouth.id, 'identity');

  // The seal is bound to the opening and the county: our own key does not open it as another's.
  const row = await grantRow(ours);
  const key = await dataKey(
    database.db,
    services.masterKey,
    world.jurisdictionId,
    row.reason_key_version ?? 0,
  );
  const sealed = row.reason_sealed ?? '';
  assert.equal(unseal(key, sealed, breakGlassReasonPurpose(ours, world.jurisdictionId)), REASON);
  assert.throws(() => unseal(key, sealed, breakGlassReasonPurpose(ours, elsewhere.jurisdictionId)));
  assert.throws(() => unseal(key, sealed, breakGlassReasonPurpose(another, world.jurisdictionId)));

  // Copied onto another opening of the county, or of another county, it is refused as unreadable.
  const copyOnto = (id: string) =>
    database.db.query('UPDATE break_glass_grants SET reason_sealed = $2 WHERE id = $1', [
      id,
      sealed,
    ]);
  await copyOnto(another);
  await copyOnto(theirs);
  const neighbor = await as(elsewhere.people.coordinator.email);
  for (const [client, id] of [
    [coordinator, another],
    [neighbor, theirs],
  ] as const) {
    const answer = await client.get(`/api/break-glass/reviews/${id}`);
    assert.equal(answer.statusCode, 200, answer.body);
    const detail = answer.json<Detail>();
    assert.equal(detail.reasonUnreadable, true);
    assert.equal(detail.reason, '');
    assert.ok(!answer.body.includes('Route 9'));
    const [audit] = await database.db.query<{ details: { reasonUnreadable?: boolean } }>(
      `SELECT details FROM audit_events WHERE target_id = $1 AND action = $2`,
      [id, 'break_glass.reason_read'],
    );
    assert.equal(audit?.details.reasonUnreadable, true, 'the fault is in the audit log');
  }
});

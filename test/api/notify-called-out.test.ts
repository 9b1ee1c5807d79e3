// The people called out are told (docs/ARCHITECTURE.md, "Notifications"): an organization added
// to a case team, asked to release its data or given a protocol task hears it in the app, with
// the notice's code and parameters and an unread count, and no other agency or county does.
// (A referral sent is proven in test/api/referrals.test.ts, on the demo county's directory.)
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';

interface Notice {
  id: string;
  kind: string;
  youthId: string | null;
  caseNumber: string | null;
  message: string;
  params: Record<string, string | string[]> | null;
  read: boolean;
}

let database: TestDatabase;
let app: App;
let world: World;
let neighbor: World;
const YOUTH = { givenName: 'Quintessa', familyName: 'Zabriskie', alias: 'Q-Star' };
let police: Client;
let advocate: Client;
let medical: Client;
let clerk: Client;
let judge: Client;
let neighborAdvocate: Client;
let coordinator: Client;
let neighborCoordinator: Client;

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  neighbor = await createWorld(database.db, 'Neighbor');
  await agreement(database.db, world, ['law_enforcement', 'advocacy', 'medical']);
  police = await signedIn(app, world.people.law_enforcement_officer.email);
  advocate = await signedIn(app, world.people.advocate.email);
  medical = await signedIn(app, world.people.medical_provider.email);
  clerk = await signedIn(app, world.people.court_clerk.email);
  judge = await signedIn(app, world.people.judge.email);
  neighborAdvocate = await signedIn(app, neighbor.people.advocate.email);
  coordinator = await signedIn(app, world.people.coordinator.email);
  neighborCoordinator = await signedIn(app, neighbor.people.coordinator.email);
});
after(async () => {
  await app.close();
  await database.close();
});

const notices = async (client: Client) => {
  const response = await client.get('/api/notifications');
  assert.equal(response.statusCode, 200, response.body);
  return response.json<Notice[]>();
};
const unread = async (client: Client) => {
  const response = await client.get('/api/notifications/unread-count');
  assert.equal(response.statusCode, 200, response.body);
  return response.json<{ unread: number }>().unread;
};
const onCase = async (client: Client, youthId: string) =>
  (await notices(client)).filter((n) => n.youthId === youthId);

/** Nothing of the youth in anything a notice carries. */
function assertNothingOfTheYouth(notice: Notice | undefined) {
  const text = JSON.stringify(notice);
  for (const word of ['Quintessa', 'Zabriskie', 'Q-Star']) assert.ok(!text.includes(word), text);
}

test('police add the advocates to a team: the advocates are told, by code and parameters, and counted unread', async () => {
  const youth = await openYouth(police, YOUTH);
  const before = await unread(advocate);
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  const [added, ...more] = await onCase(advocate, youth.id);
  assert.equal(more.length, 0);
  assert.ok(added);
  assert.equal(added.kind, 'team.add');
  assert.equal(added.caseNumber, youth.caseNumber);
  assert.equal(added.read, false);
  assert.deepEqual(added.params, {
    caseNumber: youth.caseNumber,
    organization: world.organizations.advocacy.name,
    teamRole: 'advocate',
    byOrganization: world.organizations.law_enforcement.name,
  });
  assert.match(added.message, /added your organization to case/);
  assertNothingOfTheYouth(added);
  assert.equal(await unread(advocate), before + 1);

  // Not another agency, not the court (neither its clerk nor its judge), not another county.
  for (const other of [medical, clerk, judge, neighborAdvocate]) {
    assert.deepEqual(await onCase(other, youth.id), []);
  }
  assert.equal(await unread(neighborAdvocate), 0);

  // The court joins: its clerk is told, its judge is not (src/domain/notifications.ts).
  await addToTeam(police, youth.id, world.organizations.juvenile_court.id, 'court');
  assert.deepEqual(
    (await onCase(clerk, youth.id)).map((n) => n.kind),
    ['team.add'],
  );
  assert.deepEqual(await onCase(judge, youth.id), []);
  // The police added them and are not told of their own act.
  assert.deepEqual(
    (await onCase(police, youth.id)).filter((n) => n.kind === 'team.add'),
    [],
  );
});

test('a consent asks the police to release their data: the police are told, the recipient is not', async () => {
  const youth = await openYouth(police, YOUTH);
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
  const recorded = await advocate.post(
    `/api/youth/${youth.id}/consents`,
    consentBody(world, { categories: ['case_notes', 'medical'] }),
  );
  assert.equal(recorded.statusCode, 201, recorded.body);
  const asked = (await onCase(police, youth.id)).filter((n) => n.kind === 'release.request');
  assert.equal(asked.length, 1);
  assert.deepEqual(asked[0]?.params, {
    caseNumber: youth.caseNumber,
    recordedBy: world.organizations.advocacy.name,
    recipients: [world.organizations.medical.name],
    categories: ['case_notes', 'medical'],
  });
  assertNothingOfTheYouth(asked[0]);
  // The clinic is the recipient, not a holder asked; the advocates recorded it themselves.
  for (const other of [medical, advocate, neighborAdvocate]) {
    assert.deepEqual(
      (await onCase(other, youth.id)).filter((n) => n.kind === 'release.request'),
      [],
    );
  }
});

test('the protocol gives the advocates a task: they are told with its title and due time', async () => {
  const youth = await openYouth(police, YOUTH);
  const recorded = await police.post(`/api/youth/${youth.id}/events`, {
    type: 'identification',
    occurredAt: new Date(Date.parse('2026-11-23T09:30:00Z')).toISOString(),
    details: { setting: 'hotel_motel', prostitutionRelated: true },
  });
  assert.equal(recorded.statusCode, 201, recorded.body);
  const given = recorded.json<{ tasks: { title: string; assigneeOrganizationName: string }[] }>();
  const mine = given.tasks.filter(
    (t) => t.assigneeOrganizationName === world.organizations.advocacy.name,
  );
  assert.ok(mine.length > 0, 'the county pack gives the advocates a task on identification');
  const told = (await onCase(advocate, youth.id)).filter((n) => n.kind === 'task.assigned');
  assert.deepEqual(told.map((n) => n.params?.task).sort(), mine.map((t) => t.title).sort());
  for (const notice of told) {
    assert.equal(notice.params?.caseNumber, youth.caseNumber);
    assert.ok(!Number.isNaN(Date.parse(String(notice.params?.dueAt))));
    assertNothingOfTheYouth(notice);
  }
  for (const other of [judge, neighborAdvocate])
    assert.deepEqual(await onCase(other, youth.id), []);
});

test('the coordinator hears of a consent and of break-glass by code: names and kinds, never the reason', async () => {
  const youth = await openYouth(police, YOUTH);
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  await addToTeam(police, youth.id, world.organizations.medical.id, 'medical');
  const recorded = await advocate.post(
    `/api/youth/${youth.id}/consents`,
    consentBody(world, { categories: ['case_notes'] }),
  );
  assert.equal(recorded.statusCode, 201, recorded.body);
  const reason = 'Quintessa called: Q-Star is to be moved out of state tonight';
  const glass = await police.post(`/api/youth/${youth.id}/break-glass`, {
    category: 'contact_location',
    reason,
  });
  assert.equal(glass.statusCode, 201, glass.body);
  const told = await onCase(coordinator, youth.id);
  const consent = told.find((n) => n.kind === 'consent.record');
  assert.ok(consent, JSON.stringify(told));
  assert.deepEqual(Object.keys(consent.params ?? {}).sort(), [
    'caseNumber',
    'categories',
    'expiresOn',
    'recipients',
  ]);
  assert.deepEqual(consent.params?.categories, ['case_notes']);
  assert.match(String(consent.params?.expiresOn), /^\d{4}-\d{2}-\d{2}$/);
  const alert = told.find((n) => n.kind === 'break_glass');
  assert.ok(alert, JSON.stringify(told));
  assert.equal(alert.caseNumber, youth.caseNumber);
  assert.deepEqual(alert.params, {
    caseNumber: youth.caseNumber,
    openedBy: alert.params?.openedBy,
    organization: world.organizations.law_enforcement.name,
    category: 'contact_location',
    expiresAt: glass.json<{ expiresAt: string }>().expiresAt,
    // The opening itself, so the notice links to its review.
    reviewId: glass.json<{ id: string }>().id,
  });
  assert.match(String(alert.params?.openedBy), /law_enforcement_officer/, 'the test world names');
  // The reason may hold what the youth said: it stays with the grant and the opener.
  for (const notice of told) {
    assert.ok(!JSON.stringify(notice).includes('moved out of state'), JSON.stringify(notice));
    assertNothingOfTheYouth(notice);
  }
  // Not another agency on the case (the clinic), not the other county's coordinator.
  for (const other of [medical, neighborCoordinator]) {
    assert.deepEqual(
      (await onCase(other, youth.id)).filter((n) =>
        ['break_glass', 'consent.record'].includes(n.kind),
      ),
      [],
    );
  }
  assert.equal(await unread(neighborCoordinator), 0);
});

test('reading one lowers the count; another organization’s notice, an unknown id and a bad id are refused', async () => {
  const youth = await openYouth(police, YOUTH);
  await addToTeam(police, youth.id, world.organizations.advocacy.id, 'advocate');
  const [notice] = await onCase(advocate, youth.id);
  assert.ok(notice);
  const before = await unread(advocate);
  assert.ok(before > 0);
  // Not the medical clinic's, nor the other county's: 404 as if it did not exist.
  for (const other of [medical, neighborAdvocate]) {
    assert.equal((await other.post(`/api/notifications/${notice.id}/read`)).statusCode, 404);
  }
  assert.equal(await unread(advocate), before, 'nobody else read it for them');
  assert.equal((await advocate.post(`/api/notifications/${notice.id}/read`)).statusCode, 204);
  assert.equal(await unread(advocate), before - 1);
  assert.equal((await onCase(advocate, youth.id))[0]?.read, true);
  // Read twice: still read, the count unchanged.
  assert.equal((await advocate.post(`/api/notifications/${notice.id}/read`)).statusCode, 204);
  assert.equal(await unread(advocate), before - 1);

  assert.equal((await advocate.post(`/api/notifications/${randomUUID()}/read`)).statusCode, 404);
  const bad = await advocate.post('/api/notifications/not-an-id/read');
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.json<{ error: { code: string } }>().error.code);
  // Signed out: neither the list nor the count.
  const stranger = new Client(app);
  assert.equal((await stranger.get('/api/notifications/unread-count')).statusCode, 401);
});

// Protocol notices by email, sent to a real SMTP server: the assignee's point persons hear of a
// new task and of its escalation, with what to do, by when and a link; never the youth's name, the
// case number or anything the event recorded.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { insertPointPerson } from '../../src/db/repositories/point-persons.js';
import type { App } from '../../src/server/http/types.js';
import { deliverQueuedEmails } from '../../src/server/mail/outbox.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp } from '../support/http.js';
import { openYouth } from '../support/cases.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let smtp: TestSmtpServer;
let app: App;
let world: World;
let services: ReturnType<typeof testServices>;

before(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpServer();
  const base = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-20T09:40:00Z')),
  });
  services = {
    ...base,
    config: {
      ...base.config,
      mail: { smtpUrl: smtp.url, from: 'Lantern <lantern@county.test>' },
      publicUrl: 'https://lantern.county.test',
    },
  };
  app = await testApp(services);
  world = await createWorld(database.db);
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    function: '24/7 on-call advocate',
    name: 'On-call advocate',
    title: null,
    phone: '555-0101',
    afterHoursPhone: '555-0199',
    email: 'oncall@advocacy.test',
    notes: null,
  });
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.county_lead.id,
    function: 'CSEC coordinator',
    name: 'Coordinator',
    title: null,
    phone: '555-0000',
    afterHoursPhone: null,
    email: 'coordinator@county.test',
    notes: null,
  });
  // An advocate whose account reads Spanish is also the organization's day point person.
  await database.db.query(`UPDATE users SET language = 'es' WHERE lower(email) = lower($1)`, [
    world.people.advocate.email,
  ]);
  await insertPointPerson(database.db, {
    jurisdictionId: world.jurisdictionId,
    organizationId: world.organizations.advocacy.id,
    function: 'Day advocate',
    name: 'Day advocate',
    title: null,
    phone: '555-0102',
    afterHoursPhone: null,
    email: world.people.advocate.email.toUpperCase(),
    notes: null,
  });
});
after(async () => {
  await app.close();
  await smtp.close();
  await database.close();
});

test('a new task and its escalations reach the point persons by email, with nothing of the youth', async () => {
  const officer = await signedIn(app, world.people.law_enforcement_officer.email);
  const { id, caseNumber } = await openYouth(officer, {
    givenName: 'Marisol',
    familyName: 'Quintana',
  });
  const recorded = await officer.post(`/api/youth/${id}/events`, {
    type: 'identification',
    occurredAt: services.clock.now().toISOString(),
    details: { where: 'Room 12, Bayside Motel', prostitutionRelated: true },
  });
  assert.equal(recorded.statusCode, 201, recorded.body);
  await deliverQueuedEmails(services);
  const toOnCall = smtp.received.filter((m) => m.envelopeTo.includes('oncall@advocacy.test'));
  const onScene = toOnCall.find((m) => m.text.includes('Advocate on scene with the youth'));
  assert.ok(onScene, 'the on-call advocate is emailed the new task');
  assert.match(onScene.text, /https:\/\/lantern\.county\.test\/work/);
  assert.match(onScene.text, /P[SD]T/);

  services.clock.advance(90 * 60_000);
  await runDueJobs(services);
  services.clock.advance(120 * 60_000);
  await runDueJobs(services);
  await deliverQueuedEmails(services);
  const escalated = smtp.received.filter(
    (m) => m.envelopeTo.includes('coordinator@county.test') && m.text.includes('Escalated'),
  );
  assert.ok(escalated.length >= 1, 'the coordinator is emailed the escalation');
  for (const message of smtp.received) {
    const whole = message.raw + message.text;
    for (const secret of ['Marisol', 'Quintana', 'Bayside', caseNumber]) {
      assert.ok(!whole.includes(secret), `an email carried "${secret}"`);
    }
  }
});

test('each point person reads the email in the language of their account; no account, English', () => {
  const to = (address: string) =>
    smtp.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));
  const spanish = to(world.people.advocate.email);
  assert.ok(spanish.length >= 1, 'the Spanish-reading advocate is emailed');
  for (const message of spanish) {
    assert.match(message.text, /Tiene una tarea pendiente en Lantern\./);
    assert.match(message.text, /Fecha límite: /);
    assert.doesNotMatch(message.text, /A task in Lantern is waiting for you/);
  }
  const english = to('oncall@advocacy.test');
  assert.ok(english.length >= 1);
  for (const message of english) {
    assert.match(message.text, /A task in Lantern is waiting for you\./);
    assert.doesNotMatch(message.text, /Tiene una tarea/);
  }
});

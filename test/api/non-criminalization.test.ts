// Non-criminalization through the API (docs/PROTOCOL.md, Non-criminalization): an arrest attempt
// or charging step for a covered offense on a minor shows the statement at once, records that it
// was shown and gives the DA's point person a review; an identified youth's other offenses say
// "consider victim status"; bad codes are refused with nothing written; another county's officer
// cannot record; and a subpoena to another county tells it the minimal packet, nothing more.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countIdentifiedVictimCustodyEvents } from '../../src/db/repositories/non-criminalization.js';
import { CALIFORNIA_LEGAL_PROFILE } from '../../src/domain/legal-profile.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
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
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);

interface Recorded {
  event: { id: string; details: Record<string, unknown> };
  fired: { ruleKey: string }[];
  tasks: { title: string; assigneeOrganizationName: string; dueAt: string }[];
  protectiveResponse: { statement: { statement: string; citation: string } } | null;
  nonCriminalization: {
    decision: string;
    offense: { code: string; label: string | null; citation: string | null };
    message: string | null;
  } | null;
}

const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

async function record(client: Client, youthId: string, type: string, details: object) {
  return client.post(`/api/youth/${youthId}/events`, {
    type,
    occurredAt: services.clock.now().toISOString(),
    details,
  });
}
async function recorded(client: Client, youthId: string, type: string, details: object) {
  const response = await record(client, youthId, type, details);
  assert.equal(response.statusCode, 201, response.body);
  return response.json<Recorded>();
}

const PROFILE_BODY = {
  timeZone: 'America/Los_Angeles',
  privilegeApplies: true,
  privilegeCitation: 'California Evidence Code 1038-1038.3',
  privilegeSummary: null,
  minimumTrainingHours: 40,
  maxConsentDays: 365,
  confirmed: true,
  nonCriminalization: CALIFORNIA_LEGAL_PROFILE.nonCriminalization,
};

describe('the legal profile lists the offenses the state does not charge minors with', () => {
  test('a new county starts with the federal default; the coordinator records California’s, with citations', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const path = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    const before = await coordinator.get(path);
    assert.equal(before.statusCode, 200);
    assert.deepEqual(
      before.json<{ coveredOffenses: { code: string }[] }>().coveredOffenses.map((o) => o.code),
      ['prostitution'],
    );
    const saved = await coordinator.put(path, {
      ...PROFILE_BODY,
      coveredOffenses: CALIFORNIA_LEGAL_PROFILE.coveredOffenses,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const offenses = saved.json<{ coveredOffenses: { code: string; citation: string }[] }>()
      .coveredOffenses;
    assert.deepEqual(
      offenses.map((o) => o.code),
      ['prostitution', 'loitering_intent_prostitution'],
    );
    assert.match(offenses[1]!.citation, /653\.22\(a\)\(2\)/);
  });

  test('bad offenses are refused, and nothing changes', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const path = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    const one = { code: 'x', label: 'X', citation: 'Code 1', ageLimit: 18 };
    const cases: [unknown, number, string][] = [
      [[one, one], 400, 'invalid_covered_offenses'],
      [[{ ...one, code: 'other' }], 400, 'invalid_input'],
      [[{ ...one, citation: '' }], 400, 'invalid_input'],
      [[{ ...one, ageLimit: 0 }], 400, 'invalid_input'],
      [[{ ...one, code: 'Has Spaces' }], 400, 'invalid_input'],
      [[{ ...one, extra: true }], 400, 'invalid_input'],
    ];
    for (const [coveredOffenses, status] of cases) {
      const response = await coordinator.put(path, { ...PROFILE_BODY, coveredOffenses });
      assert.equal(response.statusCode, status, JSON.stringify(coveredOffenses));
    }
    const duplicate = await coordinator.put(path, { ...PROFILE_BODY, coveredOffenses: [one, one] });
    assert.equal(errorCode(duplicate.body), 'invalid_covered_offenses');
    const after = await coordinator.get(path);
    assert.equal(after.json<{ coveredOffenses: unknown[] }>().coveredOffenses.length, 2);
  });

  test('an officer, and another county’s coordinator, may not change it', async () => {
    const path = `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;
    for (const email of [
      world.people.law_enforcement_officer.email,
      elsewhere.people.coordinator.email,
    ]) {
      const client = await as(email);
      const response = await client.put(path, { ...PROFILE_BODY, coveredOffenses: [] });
      assert.equal(response.statusCode, 403, email);
    }
  });
});

describe('an arrest attempt for a covered offense on a minor', () => {
  let youthId: string;
  let eventId: string;

  test('shows the statement at once, records that it was shown, and gives the DA a review', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    ({ id: youthId } = await openYouth(officer)); // estimated birth year 2011: a minor
    const answer = await recorded(officer, youthId, 'arrest_attempt', {
      offenseCode: 'loitering_intent_prostitution',
      where: 'Central station',
    });
    eventId = answer.event.id;
    assert.equal(
      answer.protectiveResponse?.statement.statement,
      CALIFORNIA_LEGAL_PROFILE.nonCriminalization.statement,
    );
    assert.equal(answer.nonCriminalization?.decision, 'covered');
    assert.equal(answer.nonCriminalization?.offense.code, 'loitering_intent_prostitution');
    assert.match(answer.nonCriminalization?.offense.citation ?? '', /653\.22/);
    assert.equal(answer.event.details.covered, true);
    assert.equal(answer.event.details.prostitutionRelated, true);
    assert.ok(answer.fired.some((f) => f.ruleKey === 'arrest-attempt-victim'));
    const review = answer.tasks.find((t) => t.title.startsWith('Review:'));
    assert.equal(review?.assigneeOrganizationName, world.organizations.district_attorney.name);
    // Friday 09:40 UTC is 01:40 in Los Angeles: the end of the next business day, Monday (midnight into Tuesday).
    assert.equal(review?.dueAt, '2026-11-24T08:00:00.000Z');

    const shown = await database.db.query<{ decision: string; offense_code: string }>(
      `SELECT decision, offense_code FROM non_criminalization_notices WHERE event_id = $1`,
      [eventId],
    );
    assert.deepEqual(shown, [
      { decision: 'covered', offense_code: 'loitering_intent_prostitution' },
    ]);
    const audit = await database.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_events WHERE action = 'non_criminalization.shown' AND target_id = $1`,
      [eventId],
    );
    assert.equal(audit.length, 1);
    assert.deepEqual(Object.keys(audit[0]!.details).sort(), ['decision', 'eventId', 'offenseCode']);
  });

  test('the DA’s people find the review on My work', async () => {
    const prosecutor = await as(world.people.prosecutor.email);
    const response = await prosecutor.get('/api/tasks?scope=mine&status=open');
    assert.equal(response.statusCode, 200);
    const mine = response.json<{ youthId: string; title: string }[]>();
    assert.ok(mine.some((t) => t.youthId === youthId && t.title.startsWith('Review:')));
  });

  test('an older client’s prostitution-related attempt is the profile’s prostitution offense', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const answer = await recorded(officer, id, 'arrest_attempt', {
      offenseDescription: 'Loitering (described)',
      prostitutionRelated: true,
      covered: false, // Lantern decides this, whatever the request says
    });
    assert.equal(answer.nonCriminalization?.decision, 'covered');
    assert.equal(answer.nonCriminalization?.offense.code, 'prostitution');
    assert.equal(answer.event.details.covered, true);
  });
});

describe('offenses and youth the law does not cover', () => {
  test('an adult: nothing, until identified; then "consider victim status", and no review', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer, { estimatedBirthYear: null, birthDate: '2000-01-01' });
    const first = await recorded(officer, id, 'arrest_attempt', { offenseCode: 'prostitution' });
    assert.equal(first.nonCriminalization, null);
    assert.equal(first.protectiveResponse, null);
    assert.equal(first.event.details.covered, false);
    await recorded(officer, id, 'identification', { prostitutionRelated: true });
    const second = await recorded(officer, id, 'arrest_attempt', { offenseCode: 'prostitution' });
    assert.equal(second.nonCriminalization?.decision, 'consider_victim_status');
    assert.equal(
      second.nonCriminalization?.message,
      'This youth is identified as a victim of exploitation; consider victim status.',
    );
    assert.ok(!second.tasks.some((t) => t.title.startsWith('Review:')));
  });

  test('an identified minor, an offense not on the list: "consider victim status"', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    await recorded(officer, id, 'identification', {});
    const answer = await recorded(officer, id, 'arrest_attempt', {
      offenseCode: 'other',
      offenseDescription: 'Shoplifting',
    });
    assert.equal(answer.nonCriminalization?.decision, 'consider_victim_status');
    assert.equal(answer.event.details.covered, false);
  });
});

describe('a charging step by the prosecutor', () => {
  test('for a covered offense: the statement and the review; an officer may not record one', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    await addToTeam(officer, id, world.organizations.district_attorney.id, 'prosecution');
    const prosecutor = await as(world.people.prosecutor.email);
    const answer = await recorded(prosecutor, id, 'charging', { offenseCode: 'prostitution' });
    assert.equal(answer.nonCriminalization?.decision, 'covered');
    assert.ok(answer.protectiveResponse);
    assert.ok(answer.fired.some((f) => f.ruleKey === 'charging-victim'));
    assert.ok(answer.tasks.some((t) => t.title.startsWith('Review:')));
    const refused = await record(officer, id, 'charging', { offenseCode: 'prostitution' });
    assert.equal(refused.statusCode, 403, refused.body);
  });
});

describe('bad input and other counties', () => {
  test('an unknown offense code, or other without a description: 400 and nothing written', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const cases: [object, string][] = [
      [{ offenseCode: 'burglary' }, 'unknown_offense'],
      [{ offenseCode: 'other' }, 'invalid_details'],
      [{ offenseCode: 'Prostitution!' }, 'invalid_input'],
      [{}, 'invalid_details'],
      [{ offenseCode: 'prostitution', extra: 1 }, 'invalid_input'],
    ];
    for (const [details, code] of cases) {
      const response = await record(officer, id, 'arrest_attempt', details);
      assert.equal(response.statusCode, 400, JSON.stringify(details));
      assert.ok(
        [code, 'invalid_input', 'invalid_details'].includes(errorCode(response.body)),
        response.body,
      );
      if (code === 'unknown_offense') assert.equal(errorCode(response.body), 'unknown_offense');
    }
    const events = await database.db.query(`SELECT id FROM case_events WHERE youth_id = $1`, [id]);
    assert.equal(events.length, 0);
    const denied = await database.db.query(
      `SELECT seq FROM audit_events WHERE action = 'event.create' AND outcome = 'denied'
         AND reason = 'unknown_offense' AND target_id = $1`,
      [id],
    );
    assert.equal(denied.length, 1);
  });

  test('another county’s officer cannot record on this youth', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id } = await openYouth(officer);
    const stranger = await as(elsewhere.people.law_enforcement_officer.email);
    const response = await record(stranger, id, 'arrest_attempt', { offenseCode: 'prostitution' });
    assert.ok([403, 404].includes(response.statusCode), response.body);
    const rows = await database.db.query(`SELECT id FROM case_events WHERE youth_id = $1`, [id]);
    assert.equal(rows.length, 0);
  });

  test('the reports’ counts: arrests and detentions of identified victims only', async () => {
    const fresh = await createWorld(database.db, 'Counted');
    const officer = await as(fresh.people.law_enforcement_officer.email);
    const { id: identified } = await openYouth(officer);
    const { id: notIdentified } = await openYouth(officer);
    await recorded(officer, identified, 'identification', {});
    await recorded(officer, identified, 'arrest_attempt', { offenseCode: 'prostitution' });
    await recorded(officer, identified, 'detention', {});
    await recorded(officer, notIdentified, 'arrest_attempt', { offenseCode: 'prostitution' });
    const now = services.clock.now();
    const counts = await countIdentifiedVictimCustodyEvents(
      database.db,
      fresh.jurisdictionId,
      new Date(now.getTime() - 3_600_000),
      new Date(now.getTime() + 3_600_000),
    );
    assert.deepEqual(counts, {
      arrestAttempts: 1,
      arrestAttemptsCovered: 1,
      chargingSteps: 0,
      detentions: 1,
    });
  });
});

describe('a subpoena to a hearing in another county', () => {
  test('that county hears the minimal packet and nothing of the case', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const { id, caseNumber } = await openYouth(officer, { givenName: 'Zenaida' });
    await addToTeam(officer, id, world.organizations.district_attorney.id, 'prosecution');
    const prosecutor = await as(world.people.prosecutor.email);
    await recorded(prosecutor, id, 'subpoena', {
      hearingDate: '2026-12-15',
      hearingJurisdictionId: elsewhere.jurisdictionId,
      court: 'Marker court Wombat',
      where: 'Marker place Wombat',
    });
    const theirs = await as(elsewhere.people.coordinator.email);
    const notices = (await theirs.get('/api/notifications')).json<
      { kind: string; youthId: string | null; caseNumber: string | null; message: string }[]
    >();
    const notice = notices.find((n) => n.kind === 'protocol.notice');
    assert.ok(notice, JSON.stringify(notices));
    assert.equal(notice.youthId, null);
    assert.equal(notice.caseNumber, null);
    assert.match(notice.message, new RegExp(`case ${caseNumber}, 2026-12-15`));
    assert.doesNotMatch(notice.message, /Zenaida|Tester|Wombat/);
    // Nothing of the case opens to them: the record, its events, its timeline.
    for (const path of [
      `/api/youth/${id}`,
      `/api/youth/${id}/events`,
      `/api/youth/${id}/timeline`,
    ]) {
      const response = await theirs.get(path);
      assert.ok([403, 404].includes(response.statusCode), `${path} ${String(response.statusCode)}`);
      assert.doesNotMatch(response.body, /Zenaida|Wombat/);
    }
  });
});

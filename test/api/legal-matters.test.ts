// Legal matters through the API (docs/LEGAL-AND-MDT.md, "Certifications and compensation"): a
// U visa certification request reaching the police as a task that names only the visa and the
// day, read by them as the certifier without a basis, answered by them (closing the task),
// escalated to the coordinator when missed; an outside agency's answer recorded by the
// requester; compensation claims with their deadline, reminder and versions; every other
// organization, county, the administrator and oversight denied; bad input refused by code.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, openYouth } from '../support/cases.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
const clients = new Map<string, Client>();

// Friday 2026-11-20, 9 a.m. in Los Angeles.
const NOW = Date.parse('2026-11-20T17:00:00Z');

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, { demoMode: true, clock: new TestClock(NOW) });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
});
after(async () => {
  await app.close();
  await database.close();
});

/** One signed-in client per person for the file: signing in is the costly part. */
async function as(email: string): Promise<Client> {
  const known = clients.get(email);
  if (known) return known;
  const client = await signedIn(app, email);
  clients.set(email, client);
  return client;
}

interface RequestView {
  id: string;
  visaKind: string;
  dueOn: string;
  dueAt: string;
  status: string;
  view: string;
  requestingOrganizationName: string;
  declineReason: string | null;
  allowedActions: string[];
}
interface TaskView {
  id: string;
  title: string;
  youthId: string;
  status: string;
  closedBy: string | null;
  overdue: boolean;
  escalations: { to: string; happenedAt: string | null }[];
}
interface ClaimView {
  id: string;
  deadline: string;
  deadlineBasis: string;
  birthDate: string;
  status: string;
  version: number;
  amountPaidCents: number;
}

const code = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

async function tasksOf(client: Client, status = 'all'): Promise<TaskView[]> {
  const response = await client.get(`/api/tasks?scope=organization&status=${status}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json<TaskView[]>();
}

/** The certification answers told to a person's organization on one case, as parameters. */
async function answersTo(email: string, caseNumber: string) {
  const response = await (await as(email)).get('/api/notifications');
  assert.equal(response.statusCode, 200, response.body);
  return response
    .json<{ kind: string; params: Record<string, string> | null }[]>()
    .filter((n) => n.kind === 'certification.answered' && n.params?.caseNumber === caseNumber)
    .map((n) => n.params);
}

describe('certification requests', () => {
  test('the police get a task with only the visa and the day, read the request as certifier, and answer it', async () => {
    const advocate = await as(world.people.advocate.email);
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(advocate);
    const created = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 'u_visa',
      certifyingOrganizationId: world.organizations.law_enforcement.id,
      receivedOn: '2026-11-16',
      removalProceedings: false,
    });
    assert.equal(created.statusCode, 201, created.body);
    const request = created.json<RequestView>();
    // 90 calendar days after November 16, due at the end of that day in Los Angeles (PST).
    assert.equal(request.dueOn, '2027-02-14');
    assert.equal(request.dueAt, '2027-02-15T08:00:00.000Z');
    assert.equal(request.view, 'full');
    assert.deepEqual(request.allowedActions, []);

    const [task] = (await tasksOf(police, 'open')).filter((t) => t.youthId === youth.id);
    assert.equal(task?.title, 'U visa certification requested: answer by 2027-02-14');
    assert.equal(task?.escalations[0]?.to, 'coordinator');

    // The police hold no basis for the advocate's legal data, yet read the request as certifier.
    const seen = await police.get(`/api/youth/${youth.id}/certification-requests`);
    assert.equal(seen.statusCode, 200, seen.body);
    const [asCertifier] = seen.json<RequestView[]>();
    assert.equal(asCertifier?.view, 'certifier');
    assert.equal(asCertifier?.requestingOrganizationName, world.organizations.advocacy.name);
    assert.deepEqual(asCertifier?.allowedActions, ['outcome']);
    const notes = await police.get(`/api/youth/${youth.id}/notes?category=legal`);
    assert.equal(notes.statusCode, 200, notes.body);

    // Another organization on the team, not certifying and without a basis, sees nothing of it.
    await addToTeam(advocate, youth.id, world.organizations.medical.id);
    const medical = await as(world.people.medical_provider.email);
    const hidden = await medical.get(`/api/youth/${youth.id}/certification-requests`);
    assert.equal(hidden.statusCode, 200, hidden.body);
    assert.deepEqual(hidden.json(), []);
    const medicalAnswer = await medical.post(`/api/certification-requests/${request.id}/outcome`, {
      outcome: 'certified',
    });
    assert.equal(medicalAnswer.statusCode, 403, medicalAnswer.body);
    assert.equal(code(medicalAnswer), 'not_certifying_agency');
    // The requester does not answer for an agency in Lantern.
    const own = await advocate.post(`/api/certification-requests/${request.id}/outcome`, {
      outcome: 'certified',
    });
    assert.equal(code(own), 'not_certifying_agency');

    const answered = await police.post(`/api/certification-requests/${request.id}/outcome`, {
      outcome: 'certified',
    });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal(answered.json<RequestView>().status, 'certified');
    const closed = (await tasksOf(police, 'done')).find((t) => t.id === task?.id);
    assert.equal(closed?.closedBy, 'certification_request');
    // The answer reaches the requester in the app; the medical provider on the team hears nothing.
    assert.deepEqual(await answersTo(world.people.advocate.email, youth.caseNumber), [
      {
        caseNumber: youth.caseNumber,
        certifier: world.organizations.law_enforcement.name,
        visaKind: 'u_visa',
        outcome: 'certified',
      },
    ]);
    assert.deepEqual(await answersTo(world.people.medical_provider.email, youth.caseNumber), []);
    const again = await police.post(`/api/certification-requests/${request.id}/outcome`, {
      outcome: 'declined',
      reason: 'Changed our mind',
    });
    assert.equal(again.statusCode, 409, again.body);

    const audit = await database.db.query<{ action: string; outcome: string }>(
      `SELECT action, outcome FROM audit_events WHERE target_id = $1 ORDER BY seq`,
      [request.id],
    );
    assert.deepEqual(
      audit.map((a) => `${a.action}:${a.outcome}`),
      [
        'certification_request.create:allowed',
        'access.denied:denied',
        'access.denied:denied',
        'certification_request.outcome:allowed',
      ],
    );
  });

  test('an outside agency’s answer is recorded by the requesting organization', async () => {
    const advocate = await as(world.people.advocate.email);
    const police = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(advocate);
    const created = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 'u_visa',
      outsideAgencyName: 'Federal Labor Office',
      receivedOn: '2026-11-20',
      removalProceedings: false,
    });
    assert.equal(created.statusCode, 201, created.body);
    const request = created.json<RequestView>();
    assert.deepEqual(request.allowedActions, ['outcome']);
    assert.equal((await tasksOf(police)).filter((t) => t.youthId === youth.id).length, 0);
    const declined = await advocate.post(`/api/certification-requests/${request.id}/outcome`, {
      outcome: 'declined',
      reason: 'Outside its jurisdiction',
    });
    assert.equal(declined.statusCode, 200, declined.body);
    assert.equal(declined.json<RequestView>().declineReason, 'Outside its jurisdiction');
    // It knows the answer already: no notice to itself.
    assert.deepEqual(await answersTo(world.people.advocate.email, youth.caseNumber), []);
  });

  test('the district attorney declines: the requester hears the answer, never the reason', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const created = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 't_visa',
      certifyingOrganizationId: world.organizations.district_attorney.id,
      receivedOn: '2026-11-20',
      removalProceedings: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const prosecutor = await as(world.people.prosecutor.email);
    const declined = await prosecutor.post(
      `/api/certification-requests/${created.json<RequestView>().id}/outcome`,
      { outcome: 'declined', reason: 'Marker Quokka: no cooperation on record' },
    );
    assert.equal(declined.statusCode, 200, declined.body);
    const notices = (await advocate.get('/api/notifications')).json<
      { kind: string; message: string; params: Record<string, string> | null }[]
    >();
    const told = notices.filter(
      (n) => n.kind === 'certification.answered' && n.params?.caseNumber === youth.caseNumber,
    );
    assert.deepEqual(
      told.map((n) => [n.params?.outcome, n.params?.visaKind, n.params?.certifier]),
      [['declined', 't_visa', world.organizations.district_attorney.name]],
    );
    assert.doesNotMatch(JSON.stringify(told), /Quokka|cooperation/);
  });

  test('another county, the administrator and oversight are denied', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const created = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 'u_visa',
      certifyingOrganizationId: world.organizations.law_enforcement.id,
      receivedOn: '2026-11-20',
      removalProceedings: false,
    });
    const request = created.json<RequestView>();
    const otherPolice = await as(elsewhere.people.law_enforcement_officer.email);
    for (const [client, status] of [
      [otherPolice, 404],
      [await as(world.people.administrator.email), 403],
      [await as(world.people.oversight_analyst.email), 403],
    ] as const) {
      const list = await client.get(`/api/youth/${youth.id}/certification-requests`);
      assert.equal(list.statusCode, status, list.body);
      const answer = await client.post(`/api/certification-requests/${request.id}/outcome`, {
        outcome: 'certified',
      });
      assert.equal(answer.statusCode, status, answer.body);
      const claims = await client.get(`/api/youth/${youth.id}/compensation-claims`);
      assert.equal(claims.statusCode, status, claims.body);
    }
  });

  test('bad input is refused with its code', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const body = {
      visaKind: 'u_visa',
      certifyingOrganizationId: world.organizations.law_enforcement.id,
      receivedOn: '2026-11-20',
      removalProceedings: false,
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...body, outsideAgencyName: 'Both named' }, 'certifying_agency_required'],
      [{ ...body, certifyingOrganizationId: null }, 'certifying_agency_required'],
      [{ ...body, receivedOn: '2026-11-21' }, 'received_in_future'],
      [{ ...body, certifyingOrganizationId: crypto.randomUUID() }, 'unknown_certifying_agency'],
      [
        { ...body, certifyingOrganizationId: elsewhere.organizations.law_enforcement.id },
        'unknown_certifying_agency',
      ],
      // Only police, prosecutors, the court and child welfare certify (8 CFR 214.14(a)(2)).
      [
        { ...body, certifyingOrganizationId: world.organizations.medical.id },
        'not_a_certifying_agency',
      ],
      [
        { ...body, certifyingOrganizationId: world.organizations.advocacy.id },
        'not_a_certifying_agency',
      ],
      [{ ...body, visaKind: 'h_visa' }, 'validation_failed'],
      [{ ...body, receivedOn: '2026-02-30' }, 'validation_failed'],
    ];
    for (const [sent, expected] of cases) {
      const response = await advocate.post(`/api/youth/${youth.id}/certification-requests`, sent);
      assert.equal(response.statusCode, 400, `${JSON.stringify(sent)}: ${response.body}`);
      if (expected !== 'validation_failed') assert.equal(code(response), expected);
    }
    const list = await advocate.get(`/api/youth/${youth.id}/certification-requests`);
    assert.deepEqual(list.json(), [], 'nothing was stored');
  });
});

describe('the legal profile’s clocks', () => {
  test('a county records its own; a profile stored without them loads California’s', async () => {
    const coordinator = await as(elsewhere.people.coordinator.email);
    const url = `/api/jurisdictions/${elsewhere.jurisdictionId}/legal-profile`;
    const profile = {
      timeZone: 'America/Los_Angeles',
      privilegeApplies: false,
      privilegeCitation: null,
      privilegeSummary: null,
      minimumTrainingHours: 40,
      maxConsentDays: 365,
      confirmed: true,
    };
    const clocks = {
      certificationCalendarDays: 30,
      certificationRemovalBusinessDays: 5,
      certificationCitation: 'Test statute 1',
      compensationYears: 3,
      compensationMinorUntilAge: 21,
      compensationCitation: 'Test statute 2',
    };
    const saved = await coordinator.put(url, { ...profile, legalMatterClocks: clocks });
    assert.equal(saved.statusCode, 200, saved.body);
    const advocate = await as(elsewhere.people.advocate.email);
    const youth = await openYouth(advocate);
    const request = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 't_visa',
      outsideAgencyName: 'Outside Agency',
      receivedOn: '2026-11-20',
      removalProceedings: false,
    });
    assert.equal(request.json<RequestView>().dueOn, '2026-12-20');
    const claim = await advocate.post(`/api/youth/${youth.id}/compensation-claims`, {
      program: 'State program',
      crimeDate: '2024-06-01',
      status: 'planned',
    });
    assert.equal(claim.json<ClaimView>().deadline, '2027-06-01');
    // A change that leaves the clocks out keeps them.
    await coordinator.put(url, { ...profile, confirmed: false });
    const kept = await coordinator.get(url);
    assert.deepEqual(kept.json<{ legalMatterClocks: unknown }>().legalMatterClocks, clocks);

    const bad = await coordinator.put(url, {
      ...profile,
      legalMatterClocks: { ...clocks, certificationRemovalBusinessDays: 0 },
    });
    assert.equal(bad.statusCode, 400, bad.body);

    await database.db.query(
      'UPDATE legal_profiles SET legal_matter_clocks = NULL WHERE jurisdiction_id = $1',
      [elsewhere.jurisdictionId],
    );
    const stored = (await coordinator.get(url)).json<{
      legalMatterClocks: { certificationCalendarDays: number; compensationMinorUntilAge: number };
    }>();
    assert.equal(stored.legalMatterClocks.certificationCalendarDays, 90);
    assert.equal(stored.legalMatterClocks.compensationMinorUntilAge, 28);
  });
});

describe('compensation claims', () => {
  test('the deadline counts the 28th birthday of a minor, and says when the birth date is missing', async () => {
    const advocate = await as(world.people.advocate.email);
    const withBirth = await openYouth(advocate, {
      birthDate: '2010-05-15',
      estimatedBirthYear: null,
    });
    const created = await advocate.post(`/api/youth/${withBirth.id}/compensation-claims`, {
      program: 'CalVCB',
      crimeDate: '2024-03-01',
      status: 'planned',
      amountRequestedCents: 250_000,
    });
    assert.equal(created.statusCode, 201, created.body);
    const claim = created.json<ClaimView>();
    assert.equal(claim.deadline, '2038-05-15');
    assert.equal(claim.deadlineBasis, 'minor_until_age');
    assert.equal(claim.birthDate, 'used');

    const withoutBirth = await openYouth(advocate);
    const planned = await advocate.post(`/api/youth/${withoutBirth.id}/compensation-claims`, {
      program: 'CalVCB',
      crimeDate: '2020-02-29',
      status: 'planned',
    });
    assert.equal(planned.statusCode, 201, planned.body);
    assert.equal(planned.json<ClaimView>().deadline, '2027-02-28');
    assert.equal(planned.json<ClaimView>().birthDate, 'missing');
  });

  test('a planned claim reminds its organization 90 days before; filing it closes the reminder; a stale version is refused', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    // Deadline 2026-12-01: the reminder's day (2026-09-02) has passed, so the next run gives it.
    const created = await advocate.post(`/api/youth/${youth.id}/compensation-claims`, {
      program: 'CalVCB',
      crimeDate: '2019-12-01',
      status: 'planned',
    });
    const claim = created.json<ClaimView>();
    await runDueJobs(services);
    const reminder = (await tasksOf(advocate, 'open')).find((t) => t.youthId === youth.id);
    assert.equal(reminder?.title, 'Victim compensation: apply by 2026-12-01');

    const filed = await advocate.patch(`/api/compensation-claims/${claim.id}`, {
      version: 1,
      status: 'filed',
      filedOn: '2026-11-20',
    });
    assert.equal(filed.statusCode, 200, filed.body);
    assert.equal(filed.json<ClaimView>().version, 2);
    const done = (await tasksOf(advocate, 'done')).find((t) => t.id === reminder?.id);
    assert.equal(done?.closedBy, 'compensation_claim');

    const stale = await advocate.patch(`/api/compensation-claims/${claim.id}`, {
      version: 1,
      amountPaidCents: 100,
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.equal(code(stale), 'stale_version');

    // The police on the team, without a basis, neither list nor change it.
    await addToTeam(advocate, youth.id, world.organizations.law_enforcement.id);
    const police = await as(world.people.law_enforcement_officer.email);
    const list = await police.get(`/api/youth/${youth.id}/compensation-claims`);
    assert.deepEqual(list.json(), []);
    const change = await police.patch(`/api/compensation-claims/${claim.id}`, {
      version: 2,
      amountPaidCents: 100,
    });
    assert.equal(change.statusCode, 404, change.body);
    const otherCounty = await as(elsewhere.people.advocate.email);
    const far = await otherCounty.patch(`/api/compensation-claims/${claim.id}`, {
      version: 2,
      amountPaidCents: 100,
    });
    assert.equal(far.statusCode, 404, far.body);
  });

  test('bad input is refused with its code', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const body = { program: 'CalVCB', crimeDate: '2024-01-01', status: 'planned' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...body, amountRequestedCents: -1 }, 'validation_failed'],
      [{ ...body, amountPaidCents: 1.5 }, 'validation_failed'],
      [{ ...body, crimeDate: '2026-11-21' }, 'crime_in_future'],
      [{ ...body, filedOn: '2026-01-01' }, 'filed_on_mismatch'],
      [{ ...body, status: 'filed' }, 'filed_on_mismatch'],
      [{ ...body, status: 'filed', filedOn: '2023-01-01' }, 'filed_before_crime'],
      [{ ...body, status: 'maybe' }, 'validation_failed'],
    ];
    for (const [sent, expected] of cases) {
      const response = await advocate.post(`/api/youth/${youth.id}/compensation-claims`, sent);
      assert.equal(response.statusCode, 400, `${JSON.stringify(sent)}: ${response.body}`);
      if (expected !== 'validation_failed') assert.equal(code(response), expected);
    }
    const list = await advocate.get(`/api/youth/${youth.id}/compensation-claims`);
    assert.deepEqual(list.json(), [], 'nothing was stored');
  });
});

describe('the certifier’s clock', () => {
  test('in removal proceedings the clock is 14 business days; missed, it escalates to the coordinator', async () => {
    const advocate = await as(world.people.advocate.email);
    const youth = await openYouth(advocate);
    const created = await advocate.post(`/api/youth/${youth.id}/certification-requests`, {
      visaKind: 't_visa',
      certifyingOrganizationId: world.organizations.law_enforcement.id,
      receivedOn: '2026-11-20',
      removalProceedings: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    // Business days from Monday 23rd: Thanksgiving week has no holidays in this county's list.
    assert.equal(created.json<RequestView>().dueOn, '2026-12-10');
    // Last in the file: moving the clock ends every session.
    services.clock.advance(Date.parse('2026-12-11T08:00:00Z') - services.clock.now().getTime());
    await runDueJobs(services);
    clients.clear();
    const policeAgain = await as(world.people.law_enforcement_officer.email);
    const task = (await tasksOf(policeAgain, 'open')).find((t) => t.youthId === youth.id);
    assert.equal(task?.overdue, true);
    assert.ok(task?.escalations[0]?.happenedAt, 'the coordinator was told');
  });
});

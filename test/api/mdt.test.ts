// MDT meetings through the API (docs/LEGAL-AND-MDT.md, "MDT meetings"): the coordinator schedules
// the Monday meeting and its agenda comes from the clocks; the police and the advocate each see
// the case as their own access allows, the shared screen only numbers and clocks; a decision
// becomes a task on its owner's My work and closes the MDT review; a case's minutes reach only
// organizations with a basis for their categories; everyone else is refused, and bad input too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { agreement, openYouth } from '../support/cases.js';
import { pdfText } from '../support/pdf.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;

interface AgendaCase {
  youthId: string;
  caseNumber: string;
  reasons: string[];
  name: string | null;
  categories: string[];
  clocks: { title: string; state: string; assigneeOrganizationName: string }[];
  minutes: { body: string; categories: string[] }[];
  minutesWithheld: number;
  decisions: { title: string; text: string | null; ownerOrganizationId: string }[];
  teamOrganizations: { organizationId: string; organizationName: string }[];
}
interface MeetingBody {
  id: string;
  view: string;
  agenda: AgendaCase[];
  generalMinutes: { body: string }[];
  allowedActions: string[];
}

const GIVEN = 'Marisol';
const MINUTES_SECRET = 'Identity confirmed with the aunt at the hearing';

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2026-11-23T15:00:00Z')),
  });
  app = await testApp(services);
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, ['law_enforcement', 'advocacy', 'medical']);
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const org = (type: keyof World['organizations']) => world.organizations[type].id;
const later = (hours: number) =>
  new Date(services.clock.now().getTime() + hours * 3_600_000).toISOString();

describe('the Monday MDT', () => {
  let coordinator: Client;
  let police: Client;
  let advocate: Client;
  let youth: { id: string; caseNumber: string };
  let quiet: { id: string; caseNumber: string };
  let meetingId: string;

  before(async () => {
    [police, advocate] = await Promise.all([
      as(world.people.law_enforcement_officer.email),
      as(world.people.advocate.email),
    ]);
    youth = await openYouth(police, { givenName: GIVEN });
    quiet = await openYouth(police);
    const identified = await police.post(`/api/youth/${youth.id}/events`, {
      type: 'identification',
      occurredAt: services.clock.now().toISOString(),
      details: { where: 'St. Mary’s emergency room', prostitutionRelated: true },
    });
    assert.equal(identified.statusCode, 201, identified.body);
    // The protocol put Harbor Light on the team; its note is its own needs_services data.
    const note = await advocate.post(`/api/youth/${youth.id}/notes`, {
      kind: 'case',
      category: 'needs_services',
      body: 'Needs a bed tonight',
    });
    assert.equal(note.statusCode, 201, note.body);
    // Two hours on, the advocate's 90-minute clock is missed (and the sessions have ended).
    services.clock.advance(2 * 3_600_000);
    [coordinator, police, advocate] = await Promise.all([
      as(world.people.coordinator.email),
      as(world.people.law_enforcement_officer.email),
      as(world.people.advocate.email),
    ]);
  });

  test('the coordinator schedules it; the agenda holds the case with its clocks and why', async () => {
    const response = await coordinator.post('/api/mdt-meetings', {
      title: 'Monday MDT',
      startsAt: later(20),
      attendeeOrganizationIds: [org('law_enforcement'), org('advocacy'), org('medical')],
    });
    assert.equal(response.statusCode, 201, response.body);
    const meeting = response.json<MeetingBody>();
    meetingId = meeting.id;
    assert.deepEqual(
      meeting.agenda.map((c) => c.caseNumber),
      [youth.caseNumber],
    );
    const [item] = meeting.agenda;
    assert.deepEqual(item?.reasons, [
      'missed_clock',
      'mdt_review',
      'new_identification',
      'clock_due_soon',
    ]);
    const states = (name: string) =>
      item?.clocks.filter((c) => c.assigneeOrganizationName === name).map((c) => c.state);
    // On scene in 90 minutes: missed; services within 72 hours: due.
    assert.deepEqual(states(world.organizations.advocacy.name)?.sort(), ['due', 'overdue']);
    assert.deepEqual(states(world.organizations.county_lead.name), ['due']);
    assert.ok(meeting.allowedActions.includes('decision.record'));
    // The coordinator works the county's clocks without reading the youth.
    assert.equal(item?.name, null);
    // A decision's owner may also be on the case team: police opened it, the protocol added
    // Harbor Light; each organization once, named.
    assert.deepEqual(
      item?.teamOrganizations.map((o) => [o.organizationId, o.organizationName]).sort(),
      [
        [org('law_enforcement'), world.organizations.law_enforcement.name],
        [org('advocacy'), world.organizations.advocacy.name],
      ].sort(),
    );
  });

  test('the coordinator adds, reorders and removes cases by number', async () => {
    const edited = await coordinator.patch(`/api/mdt-meetings/${meetingId}/agenda`, {
      caseNumbers: [quiet.caseNumber, youth.caseNumber],
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual(
      edited.json<MeetingBody>().agenda.map((c) => [c.caseNumber, c.reasons]),
      [
        [quiet.caseNumber, ['added_by_coordinator']],
        [youth.caseNumber, ['missed_clock', 'mdt_review', 'new_identification', 'clock_due_soon']],
      ],
    );
    const back = await coordinator.patch(`/api/mdt-meetings/${meetingId}/agenda`, {
      caseNumbers: [youth.caseNumber],
    });
    assert.equal(back.json<MeetingBody>().agenda.length, 1);
    const unknown = await coordinator.patch(`/api/mdt-meetings/${meetingId}/agenda`, {
      caseNumbers: ['NO-SUCH-CASE'],
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json<{ error: { code: string } }>().error.code, 'unknown_case');
  });

  test('police and the advocate each see what their own access allows; the shared screen no name', async () => {
    const own = async (client: Client, query = '') => {
      const response = await client.get(`/api/mdt-meetings/${meetingId}${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response;
    };
    const byPolice = (await own(police)).json<MeetingBody>().agenda[0];
    const byAdvocate = (await own(advocate)).json<MeetingBody>().agenda[0];
    assert.ok(byPolice && byAdvocate);
    assert.ok(byPolice.name?.includes(GIVEN));
    assert.ok(byPolice.categories.includes('identity'));
    assert.ok(!byPolice.categories.includes('needs_services'));
    assert.equal(byAdvocate.name, null);
    assert.ok(byAdvocate.categories.includes('needs_services'));
    assert.ok(!byAdvocate.categories.includes('identity'));
    assert.equal(byPolice.clocks.length, byAdvocate.clocks.length);
    // The team is for the coordinator, who records decisions; attendees are not shown it.
    assert.deepEqual([byPolice.teamOrganizations, byAdvocate.teamOrganizations], [[], []]);

    const shared = await own(police, '?view=shared');
    assert.ok(!shared.body.includes(GIVEN));
    const sharedCase = shared.json<MeetingBody>().agenda[0];
    assert.equal(sharedCase?.name, null);
    assert.deepEqual(sharedCase.categories, []);
    const onScreen = (await own(coordinator, '?view=shared')).json<MeetingBody>().agenda[0];
    assert.deepEqual(onScreen?.teamOrganizations, []);
    assert.ok(sharedCase.clocks.length > 0);

    const pdf = await police.get(`/api/mdt-meetings/${meetingId}/agenda.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = pdfText(pdf.rawPayload);
    assert.ok(text.includes(youth.caseNumber), text);
    assert.ok(!text.includes(GIVEN));
    // In Spanish when asked: the reasons, states and the pack's task titles; a bad language 400.
    const spanish = await police.get(`/api/mdt-meetings/${meetingId}/agenda.pdf?language=es`);
    assert.equal(spanish.statusCode, 200, spanish.body);
    const words = pdfText(spanish.rawPayload).replace(/\s+/g, ' ');
    for (const said of [
      'Monday MDT: orden del día',
      `Caso ${youth.caseNumber}`,
      'se venció un plazo',
      'Defensora o defensor en el lugar con la persona joven',
      'vencido',
    ]) {
      assert.ok(words.includes(said), `${said} in ${words}`);
    }
    assert.ok(!words.includes('On the agenda because') && !words.includes('Advocate on scene'));
    const french = await police.get(`/api/mdt-meetings/${meetingId}/agenda.pdf?language=fr`);
    assert.equal(french.statusCode, 400);
    assert.equal(french.json<{ error: { code: string } }>().error.code, 'invalid_input');
  });

  test('a decision becomes the owner’s task on My work and closes the MDT review', async () => {
    const response = await coordinator.post(`/api/mdt-meetings/${meetingId}/decisions`, {
      youthId: youth.id,
      title: 'Health evaluation by Wednesday',
      text: 'The clinic sees her Wednesday; the advocate drives.',
      categories: ['medical'],
      ownerOrganizationId: org('medical'),
      dueOn: '2026-11-25',
    });
    assert.equal(response.statusCode, 201, response.body);
    const decision = response.json<{ taskId: string; tasksClosed: number }>();
    assert.equal(decision.tasksClosed, 1);
    const clinic = await as(world.people.medical_provider.email);
    const work = await clinic.get('/api/tasks?scope=mine&status=open');
    const task = work
      .json<{ id: string; title: string; caseNumber: string }[]>()
      .find((t) => t.id === decision.taskId);
    assert.equal(task?.title, 'MDT decision: Health evaluation by Wednesday');
    assert.equal(task.caseNumber, youth.caseNumber);
    const review = await coordinator.get(`/api/tasks?scope=county&status=all&youthId=${youth.id}`);
    const mdt = review
      .json<{ kind: string; status: string }[]>()
      .find((t) => t.kind === 'mdt_review');
    assert.equal(mdt?.status, 'done');
  });

  test('a case’s minutes reach only organizations with a basis for every category named', async () => {
    const written = await coordinator.post(`/api/mdt-meetings/${meetingId}/minutes`, {
      youthId: youth.id,
      categories: ['identity'],
      body: MINUTES_SECRET,
    });
    assert.equal(written.statusCode, 201, written.body);
    const general = await coordinator.post(`/api/mdt-meetings/${meetingId}/minutes`, {
      body: 'Next meeting in two weeks.',
    });
    assert.equal(general.statusCode, 201, general.body);

    const byPolice = (await police.get(`/api/mdt-meetings/${meetingId}`)).json<MeetingBody>();
    assert.ok(byPolice.agenda[0]?.minutes.some((m) => m.body === MINUTES_SECRET));
    assert.equal(byPolice.generalMinutes.length, 1);

    const response = await advocate.get(`/api/mdt-meetings/${meetingId}`);
    assert.ok(!response.body.includes(MINUTES_SECRET));
    const byAdvocate = response.json<MeetingBody>();
    // The identity minutes and the decision's medical minutes: neither has a basis here.
    assert.equal(byAdvocate.agenda[0]?.minutesWithheld, 2);
    assert.equal(byAdvocate.agenda[0].decisions[0]?.text, null);
    assert.equal(byAdvocate.agenda[0].decisions[0].title, 'Health evaluation by Wednesday');
    assert.equal(byAdvocate.generalMinutes.length, 1);
  });

  test('attendance is recorded for attendees only', async () => {
    const ok = await coordinator.post(`/api/mdt-meetings/${meetingId}/attendance`, {
      attendance: [
        { organizationId: org('law_enforcement'), present: true },
        { organizationId: org('medical'), present: false },
      ],
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json(), { present: 1, absent: 1 });
    const stranger = await coordinator.post(`/api/mdt-meetings/${meetingId}/attendance`, {
      attendance: [{ organizationId: org('child_welfare'), present: true }],
    });
    assert.equal(stranger.statusCode, 400);
  });

  test('others are refused: a non-attendee, another county, administrators, oversight, a member who would manage', async () => {
    const code = (r: { body: string }) =>
      (JSON.parse(r.body) as { error: { code: string } }).error.code;
    const welfare = await as(world.people.child_welfare_worker.email);
    const notAttendee = await welfare.get(`/api/mdt-meetings/${meetingId}`);
    assert.equal(notAttendee.statusCode, 403);
    assert.equal(code(notAttendee), 'not_attendee');
    assert.equal((await welfare.get(`/api/mdt-meetings/${meetingId}/agenda.pdf`)).statusCode, 403);

    const neighbor = await as(elsewhere.people.coordinator.email);
    const unknown = await neighbor.get(`/api/mdt-meetings/00000000-0000-4000-8000-000000000000`);
    const other = await neighbor.get(`/api/mdt-meetings/${meetingId}`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.body, unknown.body);

    for (const role of ['administrator', 'oversight_analyst'] as const) {
      const client = await as(world.people[role].email);
      const read = await client.get(`/api/mdt-meetings/${meetingId}`);
      assert.equal(read.statusCode, 403, role);
      assert.equal((await client.get('/api/mdt-meetings')).statusCode, 403, role);
      const schedule = await client.post('/api/mdt-meetings', {
        startsAt: later(24),
        attendeeOrganizationIds: [org('law_enforcement')],
      });
      assert.equal(schedule.statusCode, 403, role);
    }

    const decides = await advocate.post(`/api/mdt-meetings/${meetingId}/decisions`, {
      youthId: youth.id,
      title: 'x',
      text: 'x',
      categories: ['medical'],
      ownerOrganizationId: org('advocacy'),
      dueOn: '2026-11-30',
    });
    assert.equal(decides.statusCode, 403);
    assert.equal(code(decides), 'not_coordinator');

    // The lists: the coordinator's county, the attendees' meetings, nothing for the rest.
    const listed = async (client: Client) =>
      (await client.get('/api/mdt-meetings')).json<{ id: string }[]>().map((m) => m.id);
    assert.ok((await listed(police)).includes(meetingId));
    assert.ok(!(await listed(welfare)).includes(meetingId));
    assert.ok(!(await listed(neighbor)).includes(meetingId));

    const [denial] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE action = 'access.denied' AND target_type = 'mdt_meeting' AND target_id = $1`,
      [meetingId],
    );
    assert.ok((denial?.n ?? 0) >= 4);
  });

  test('bad input is refused with its code', async () => {
    const refused = async (
      response: Promise<{ statusCode: number; body: string }>,
      code: string,
    ) => {
      const r = await response;
      assert.equal(r.statusCode, 400, r.body);
      assert.equal((JSON.parse(r.body) as { error: { code: string } }).error.code, code);
    };
    const schedule = (body: Record<string, unknown>) =>
      coordinator.post('/api/mdt-meetings', {
        startsAt: later(24),
        attendeeOrganizationIds: [org('law_enforcement')],
        ...body,
      });
    await refused(schedule({ startsAt: later(-25) }), 'meeting_in_past');
    await refused(
      schedule({ attendeeOrganizationIds: ['00000000-0000-4000-8000-000000000000'] }),
      'unknown_organization',
    );
    await refused(
      schedule({ attendeeOrganizationIds: [elsewhere.organizations.law_enforcement.id] }),
      'attendee_other_county',
    );
    const noTime = await coordinator.post('/api/mdt-meetings', { attendeeOrganizationIds: [] });
    assert.equal(noTime.statusCode, 400);

    const decide = (body: Record<string, unknown>) =>
      coordinator.post(`/api/mdt-meetings/${meetingId}/decisions`, {
        youthId: youth.id,
        title: 'Follow up',
        text: 'Follow up',
        categories: ['case_notes'],
        ownerOrganizationId: org('medical'),
        dueOn: '2026-11-30',
        ...body,
      });
    await refused(
      decide({ ownerOrganizationId: org('community_provider') }),
      'owner_not_attendee_or_team',
    );
    await refused(decide({ dueOn: '2026-11-01' }), 'due_in_past');
    await refused(decide({ youthId: quiet.id }), 'not_on_agenda');
    await refused(
      coordinator.post(`/api/mdt-meetings/${meetingId}/minutes`, {
        youthId: youth.id,
        body: 'no category',
      }),
      'categories_required',
    );
  });
});

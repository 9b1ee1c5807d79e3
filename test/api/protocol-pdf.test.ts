// The county protocol as the coordinator keeps it and the agencies sign it: the printed PDF (each
// agency's duties and clocks with their sources, the county's decisions, a signature per agency,
// nothing of any youth), readable by anyone of the county and by no one of another; each rule
// version names who saved it; the dry run finds a case by its number.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import type { AppServices } from '../../src/server/context.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, openYouth } from '../support/cases.js';
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
    clock: new TestClock(Date.parse('2026-11-20T17:00:00Z')),
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
const pdfPath = (jurisdictionId: string) => `/api/jurisdictions/${jurisdictionId}/protocol.pdf`;

async function printed(client: Client, jurisdictionId = world.jurisdictionId, query = '') {
  const response = await client.get(pdfPath(jurisdictionId) + query);
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.headers['content-type'], 'application/pdf');
  assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
  return pdfText(response.rawPayload);
}

/** Text in the PDF, whatever line breaks the layout put in it. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the printed county protocol', () => {
  test('says each agency’s duties and clocks with their sources, the decisions and a signature block per agency', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const text = flat(await printed(coordinator));
    assert.match(text, /Multi-agency CSEC protocol: County /);
    assert.match(text, /Printed 2026-11-20/);
    // Sources of the default pack, on the duties they ground.
    assert.match(text, /First Responder Protocol \(2014\)/);
    assert.match(text, /42 U\.S\.C\. 671\(a\)\(34\)\(A\)/);
    assert.match(text, /34 U\.S\.C\. 41308/);
    // The advocate-on-scene clock lands on advocacy, in words.
    assert.match(text, /Victim advocacy/);
    assert.match(text, /Advocate on scene with the youth: within 90 minutes of the event\./);
    assert.match(text, /Law enforcement/);
    assert.match(text, /The county CSEC coordinator/);
    // The county's decisions and every agency's signature line.
    assert.match(text, /Law enforcement.s response: protective custody/);
    assert.match(text, /Signatures/);
    for (const organization of Object.values(world.organizations)) {
      assert.ok(text.includes(organization.name), `signature block for ${organization.name}`);
    }
    assert.ok(!text.includes(elsewhere.organizations.advocacy.name), 'no other county agency');
  });

  test('prints an edited rule as it now stands, and a point person’s function under its agency', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const person = await coordinator.post('/api/point-persons', {
      organizationId: world.organizations.probation.id,
      function: 'Probation CSEC unit lead',
      name: 'Pat Lead',
    });
    assert.equal(person.statusCode, 201, person.body);
    const saved = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/county-release-call`,
      {
        rule: {
          name: 'Release: call the unit lead',
          trigger: 'release',
          actions: [
            {
              kind: 'task',
              taskKind: 'action',
              title: 'Call the youth the day after release',
              assignee: { kind: 'point_person', function: 'Probation CSEC unit lead' },
              due: { after: { amount: 1, unit: 'business_days' } },
            },
          ],
          source: 'County decision of November 2026',
        },
      },
    );
    assert.equal(saved.statusCode, 200, saved.body);
    const text = flat(await printed(coordinator));
    const probation = text.indexOf('Probation');
    const duty = text.indexOf('Call the youth the day after release: within 1 business day');
    assert.ok(probation >= 0 && duty > probation, 'the duty is under probation');
    assert.match(text, /County decision of November 2026/);
  });

  test('in Spanish (?language=es): Lantern’s words and the pack’s task titles, a county’s own words as written', async () => {
    const judge = await as(world.people.judge.email);
    const text = flat(await printed(judge, world.jurisdictionId, '?language=es'));
    assert.match(text, /Protocolo CSEC multiagencia: County /);
    assert.match(text, /Impreso el 2026-11-20/);
    assert.match(text, /Apoyo a víctimas/);
    assert.match(text, /Cuando se identifica a una persona menor/);
    assert.match(
      text,
      /Defensora o defensor en el lugar con la persona joven: dentro de 90 minutos desde el evento\./,
    );
    assert.match(text, /Respuesta de las fuerzas del orden: custodia protectora/);
    assert.match(text, /Firmas/);
    // The rule the county wrote in the test above, its title and source as the county wrote them.
    assert.match(text, /Call the youth the day after release: dentro de 1 día hábil/);
    assert.match(text, /County decision of November 2026/);
    for (const english of ['Advocate on scene', 'Signatures', 'Victim advocacy', 'When a child']) {
      assert.ok(!text.includes(english), `no "${english}" in Spanish`);
    }
  });

  test('bad input: a language Lantern does not print in is refused', async () => {
    const advocate = await as(world.people.advocate.email);
    const response = await advocate.get(`${pdfPath(world.jurisdictionId)}?language=fr`);
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'invalid_input');
  });

  test('holds no youth data, whatever cases the county has', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(officer, { givenName: 'Zephyrina', familyName: 'Quell' });
    const recorded = await officer.post(`/api/youth/${youth.id}/events`, {
      type: 'identification',
      occurredAt: new Date(services.clock.now().getTime() - 60_000).toISOString(),
      details: { where: 'Harborview motel room 12' },
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const text = await printed(officer);
    for (const secret of ['Zephyrina', 'Quell', youth.caseNumber, 'Harborview']) {
      assert.ok(!text.includes(secret), `the protocol does not carry ${secret}`);
    }
  });

  test('anyone of the county may read it, the oversight analyst and the administrator too', async () => {
    for (const role of ['advocate', 'oversight_analyst', 'administrator', 'judge'] as const) {
      await printed(await as(world.people[role].email));
    }
  });

  test('another county’s protocol is refused and the refusal audited; an unknown id too', async () => {
    const coordinator = await as(elsewhere.people.coordinator.email);
    const response = await coordinator.get(pdfPath(world.jurisdictionId));
    assert.equal(response.statusCode, 403, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'forbidden');
    const [denial] = await database.db.query<{ action: string; target_type: string }>(
      `SELECT action, target_type FROM audit_events
       WHERE outcome = 'denied' AND target_id = $1 ORDER BY seq DESC LIMIT 1`,
      [world.jurisdictionId],
    );
    assert.deepEqual(denial, { action: 'access.denied', target_type: 'protocol' });
    const unknown = await coordinator.get(pdfPath('00000000-0000-4000-8000-000000000000'));
    assert.equal(unknown.statusCode, 403);
  });

  test('bad input: an id that is not one, and no session', async () => {
    const advocate = await as(world.people.advocate.email);
    const bad = await advocate.get(pdfPath('not-an-id'));
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ error: { code: string } }>().error.code, 'invalid_input');
    const anonymous = await app.inject({ method: 'GET', url: pdfPath(world.jurisdictionId) });
    assert.equal(anonymous.statusCode, 401);
  });
});

describe('rule versions and the dry run, as the protocol screen uses them', () => {
  test('each version names who saved it; the installed one names nobody', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const path = `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/missing-ncic`;
    const [installed] = (await coordinator.get(path)).json<RuleVersion[]>();
    assert.ok(installed);
    const saved = await coordinator.put(path, { rule: ruleOf(installed), active: true });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<RuleVersion>().createdByName, `coordinator ${tagOf(world)}`);
    const versions = (await coordinator.get(path)).json<RuleVersion[]>();
    assert.deepEqual(
      versions.map((v) => [v.version, v.createdByName]),
      [
        [installed.version + 1, `coordinator ${tagOf(world)}`],
        [installed.version, null],
      ],
    );
    const view = await coordinator.get(`/api/jurisdictions/${world.jurisdictionId}/protocol`);
    const rule = view.json<{ rules: RuleVersion[] }>().rules.find((r) => r.key === 'missing-ncic');
    assert.equal(rule?.createdByName, `coordinator ${tagOf(world)}`);
  });

  test('a refused rule answers each problem with the path of its field', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const response = await coordinator.put(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/bad-function`,
      {
        rule: {
          name: 'Bad',
          trigger: 'identification',
          actions: [
            { kind: 'statement' },
            {
              kind: 'task',
              taskKind: 'action',
              title: 'Go',
              assignee: { kind: 'point_person', function: 'Night-shift unicorn wrangler' },
              due: { after: { amount: 1, unit: 'hours' } },
            },
          ],
          source: 'x',
        },
      },
    );
    assert.equal(response.statusCode, 400, response.body);
    const { error } = response.json<{
      error: { code: string; problems: { code: string; path: string }[] };
    }>();
    assert.equal(error.code, 'unknown_function');
    assert.deepEqual(
      error.problems.map((p) => [p.code, p.path]),
      [['unknown_function', 'actions.1.assignee.function']],
    );
    const versions = await coordinator.get(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/rules/bad-function`,
    );
    assert.equal(versions.statusCode, 404, 'nothing was written');
  });

  test('the dry run finds a case by its number; an unknown number is 404, a blank one 400', async () => {
    const officer = await as(world.people.law_enforcement_officer.email);
    const youth = await openYouth(officer);
    await addToTeam(officer, youth.id, world.organizations.child_welfare.id);
    await addToTeam(officer, youth.id, world.organizations.county_lead.id);
    const coordinator = await as(world.people.coordinator.email);
    const dryRun = (target: { caseNumber?: string }) =>
      coordinator.post(`/api/jurisdictions/${world.jurisdictionId}/protocol/dry-run`, {
        ...target,
        event: { type: 'detention', occurredAt: services.clock.now().toISOString() },
      });
    const fired = async (target: { caseNumber?: string }) => {
      const response = await dryRun(target);
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ rules: { key: string }[] }>().rules.map((r) => r.key);
    };
    // Child welfare is on this case's team, so its detention notice fires; on no case it does not.
    assert.deepEqual(await fired({ caseNumber: youth.caseNumber.toLowerCase() }), [
      'detention-child-welfare-notice',
    ]);
    assert.deepEqual(await fired({}), []);
    assert.equal((await dryRun({ caseNumber: '1999-NOPE-0001' })).statusCode, 404);
    assert.equal((await dryRun({ caseNumber: '   ' })).statusCode, 400);
  });

  test('another county’s case number is not found in this county', async () => {
    const officer = await as(elsewhere.people.law_enforcement_officer.email);
    const theirs = await openYouth(officer);
    const coordinator = await as(world.people.coordinator.email);
    const response = await coordinator.post(
      `/api/jurisdictions/${world.jurisdictionId}/protocol/dry-run`,
      {
        caseNumber: theirs.caseNumber,
        event: { type: 'detention', occurredAt: services.clock.now().toISOString() },
      },
    );
    assert.equal(response.statusCode, 404, response.body);
  });
});

interface RuleVersion {
  key: string;
  version: number;
  name: string;
  trigger: string;
  conditions: unknown[];
  actions: unknown[];
  source: string;
  createdByName: string | null;
}

const ruleOf = (r: RuleVersion) => ({
  name: r.name,
  trigger: r.trigger,
  conditions: r.conditions,
  actions: r.actions,
  source: r.source,
});

/** The tag createWorld gave this world's names ("coordinator 1a2b3c4d"). */
const tagOf = (w: World) => w.organizations.advocacy.name.replace('advocacy ', '');

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import type { App } from '../../src/server/http/types.js';
import { seedDemoCounty, DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { verifyAuditChain } from '../../src/server/audit/audit-log.js';
import { ROLES } from '../../src/domain/vocabulary.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  assert.equal(await seedDemoCounty(services), true);
  assert.equal(await seedDemoCounty(services), false, 'seeding twice adds nothing');
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

describe('system routes', () => {
  test('health answers without a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(
      { ...response.json<object>(), version: 'v' },
      { status: 'ok', engine: database.url ? 'postgres' : 'pglite', version: 'v', demoMode: true },
    );
  });

  test('the OpenAPI 3.1 document describes every route with its schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const document = response.json<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>
      >;
    }>();
    assert.equal(document.openapi, '3.1.0');
    for (const path of [
      '/api/auth/login',
      '/api/auth/session',
      '/api/organizations',
      '/api/organizations/{id}',
      '/api/users',
      '/api/point-persons',
      '/api/mous',
      '/api/health',
    ]) {
      assert.ok(document.paths[path], `${path} is documented`);
    }
    const login = document.paths['/api/auth/login']?.post;
    assert.ok(login?.requestBody, 'login documents its body');
    assert.ok(login.responses['200'] && login.responses['401'], 'login documents 200 and 401');
    const text = JSON.stringify(document);
    for (const role of ROLES) assert.ok(text.includes(role), `role ${role} appears in the schemas`);
  });

  test('API responses are never cached and carry security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/);
  });
});

/** The demo county's coordinator signed in, with the jurisdictions it lists and Demo County. */
async function demoCoordinator() {
  const client = new Client(app);
  await client.login('coordinator@demo.test', DEMO_PASSWORD);
  const jurisdictions = (await client.get('/api/jurisdictions')).json<
    { id: string; name: string }[]
  >();
  const demo = jurisdictions.find((j) => j.name === 'Demo County');
  assert.ok(demo, 'Demo County is listed');
  return { client, demo, jurisdictions };
}

describe('demo county', () => {
  test('every listed demo account signs in with the demo password and no second factor', async () => {
    const emails = [
      'advocate',
      'childwelfare',
      'probation',
      'police',
      'da',
      'court',
      'cac',
      'medical',
      'mentalhealth',
      'provider',
      'coordinator',
      'oversight',
      'admin',
    ];
    const roles = new Set<string>();
    for (const name of emails) {
      const response = await new Client(app).login(`${name}@demo.test`, DEMO_PASSWORD);
      assert.equal(response.statusCode, 200, name);
      const body = response.json<{ pending: string; user: { roles: string[] } }>();
      assert.equal(body.pending, 'none', name);
      body.user.roles.forEach((r) => roles.add(r));
    }
    assert.equal(roles.size, 13);
  });

  test('one organization of each type, an agreement among all for every category, and a neighbouring county', async () => {
    const { client, demo, jurisdictions } = await demoCoordinator();
    assert.ok(jurisdictions.some((j) => j.name === 'Neighbor County'));
    const organizations = (await client.get(`/api/organizations?jurisdictionId=${demo.id}`)).json<
      { id: string; type: string }[]
    >();
    assert.equal(new Set(organizations.map((o) => o.type)).size, 12);
    const [mou] = (await client.get('/api/mous')).json<
      { organizationIds: string[]; categories: string[]; current: boolean }[]
    >();
    assert.equal(mou?.organizationIds.length, 12);
    assert.equal(mou.categories.length, 11);
    assert.equal(mou.current, true);
    const pointPersons = (await client.get('/api/point-persons?function=CSEC point person')).json<
      unknown[]
    >();
    assert.ok(pointPersons.length >= 10);
  });

  test('the protective response is set up: a re-screen schedule, two people around DEMO-0001, an agreement across counties', async () => {
    const { client: coordinator, demo } = await demoCoordinator();
    const schedule = await coordinator.get(`/api/jurisdictions/${demo.id}/screening-schedule`);
    assert.equal(schedule.statusCode, 200, schedule.body);
    assert.deepEqual(schedule.json(), {
      atCaseOpeningHours: 72,
      onSuspicionHours: null,
      periodicDays: 90,
      assigneeOrganizationType: 'advocacy',
    });

    const [maya] = await database.db.query<{ id: string; case_number: string }>(
      `SELECT id, case_number FROM youth WHERE case_number LIKE '%-DEMO-0001'`,
    );
    assert.ok(maya);
    const advocate = new Client(app);
    await advocate.login('advocate@demo.test', DEMO_PASSWORD);
    const listed = await advocate.get(`/api/youth/${maya.id}/contacts`);
    assert.equal(listed.statusCode, 200, listed.body);
    const { contacts } = listed.json<{
      contacts: { name: string; status: string; method: string | null; reason: string | null }[];
    }>();
    assert.deepEqual(contacts.map((c) => [c.name, c.status, c.method, c.reason !== null]).sort(), [
      ['Elena Rivera', 'verified', 'id_checked', false],
      ['Victor Salas', 'do_not_release', null, true],
    ]);

    const clerk = new Client(app);
    await clerk.login('court@demo.test', DEMO_PASSWORD);
    const check = (name: string) =>
      clerk.post('/api/verified-contacts/check', { caseNumber: maya.case_number, name });
    assert.deepEqual((await check('elena rivera')).json(), { answer: 'verified' });
    const barred = await check('Vic');
    assert.deepEqual(barred.json(), {
      answer: 'do_not_release',
      pointPerson: { name: 'Dana Lee', function: 'CSEC point person', phone: '555-0101' },
    });
    assert.ok(!barred.body.includes('exploiter'), 'the reason never reaches a check');

    // Both counties' coordinators see the agreement with Neighbor County's organization accepted.
    const neighbor = new Client(app);
    await neighbor.login('coordinator@neighbor.test', DEMO_PASSWORD);
    for (const client of [coordinator, neighbor]) {
      const mous = (await client.get('/api/mous')).json<
        { title: string; neighborParties: { organizationName: string; status: string }[] }[]
      >();
      const across = mous.find((m) => m.neighborParties.length > 0);
      assert.deepEqual(
        across?.neighborParties.map((p) => [p.organizationName, p.status]),
        [['Neighbor County Survivor Services', 'accepted']],
      );
      assert.match(across.title, /^Harbor Light Advocates and Neighbor County/);
    }
  });

  test('the seed is audited and the chain verifies', async () => {
    const result = await verifyAuditChain(database.db);
    assert.equal(result.ok, true);
    const [seed] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'demo.seed'`,
    );
    assert.equal(seed?.n, 1);
  });
});

describe('the map style (LANTERN_MAP_STYLE_URL)', () => {
  const mapStyle = (value: string) => loadConfig({ LANTERN_MAP_STYLE_URL: value }).mapStyleUrl;
  /** The CSP's directives by name, each a list of sources. */
  const policy = (header: unknown) =>
    new Map(
      String(header)
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name = '', ...sources]) => [name, sources]),
    );

  test('https anywhere and http on this machine are taken; unset or blank is no map', () => {
    const taken: [string, string][] = [
      [
        'https://tiles.example.org/styles/streets/style.json?key=k1',
        'https://tiles.example.org/styles/streets/style.json?key=k1',
      ],
      [' https://tiles.example.org:8443/style.json ', 'https://tiles.example.org:8443/style.json'],
      ['http://localhost:8081/style.json', 'http://localhost:8081/style.json'],
      ['http://127.0.0.1/style.json', 'http://127.0.0.1/style.json'],
      ['http://[::1]:9000/style.json', 'http://[::1]:9000/style.json'],
    ];
    for (const [given, kept] of taken) assert.equal(mapStyle(given), kept, given);
    assert.equal(mapStyle(''), null);
    assert.equal(mapStyle('  '), null);
    assert.equal(loadConfig({}).mapStyleUrl, null);
  });

  test('bad input: anything else stops the start with a message naming the variable, and no key or password', () => {
    for (const bad of [
      'tiles.example.org/style.json',
      'not a url',
      'http://tiles.example.org/style.json?key=secret-key',
      'http://10.0.0.5/style.json',
      'ftp://tiles.example.org/style.json',
      'file:///etc/style.json',
      'javascript:alert(1)',
      'https://user:secret-password@tiles.example.org/style.json',
    ]) {
      assert.throws(
        () => mapStyle(bad),
        (error: Error) =>
          /^LANTERN_MAP_STYLE_URL must be an https:\/\/ address/.test(error.message) &&
          !/secret/.test(error.message),
        bad,
      );
    }
  });

  test('unset: the screens are told there is no map, and the pages fetch from nowhere else', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/map-style' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { styleUrl: null });
    const csp = policy(response.headers['content-security-policy']);
    assert.deepEqual(csp.get('connect-src'), ["'self'"]);
    assert.deepEqual(csp.get('img-src'), ["'self'", 'data:']);
    const bad = await app.inject({ method: 'GET', url: '/api/map-style?style=other' });
    assert.equal(bad.statusCode, 400);
    assert.equal(typeof bad.json<{ error: { code: string } }>().error.code, 'string');
  });

  test('set: the screens get the style, and the CSP carries its origin and no other', async () => {
    const services = testServices(database.db);
    const styleUrl = 'https://tiles.example.org/styles/streets/style.json?key=k1';
    const mapped = await testApp({
      ...services,
      config: { ...services.config, mapStyleUrl: styleUrl },
    });
    try {
      const response = await mapped.inject({ method: 'GET', url: '/api/map-style' });
      assert.deepEqual(response.json(), { styleUrl });
      const csp = policy(response.headers['content-security-policy']);
      assert.deepEqual(csp.get('connect-src'), ["'self'", 'https://tiles.example.org']);
      assert.deepEqual(csp.get('img-src'), [
        "'self'",
        'data:',
        'https://tiles.example.org',
        'blob:',
      ]);
      assert.deepEqual(csp.get('script-src'), ["'self'"]);
      assert.deepEqual(csp.get('default-src'), ["'self'"]);
    } finally {
      await mapped.close();
    }
  });
});

// Bad input must never reach a 5xx, a stack trace or a half-written record: every route of
// the OpenAPI document gets malformed JSON, wrong types, unknown fields, huge bodies, wrong
// content types and bad path ids, signed in and not.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { createWorld, testServices, type World } from '../support/world.js';
import { PROFILE_BODY_LIMIT } from '../../src/server/routes/missing.js';

let database: TestDatabase;
let app: App;
let world: World;

interface Operation {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly hasBody: boolean;
  readonly bodyProperties: Record<string, { type?: string | string[] }>;
  readonly public: boolean;
}
let operations: Operation[] = [];

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: {
            content: Record<string, { schema: { properties?: Record<string, { type?: string }> } }>;
          };
          security?: unknown[];
        }
      >
    >;
  }>();
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      hasBody: op.requestBody !== undefined,
      bodyProperties: op.requestBody?.content['application/json']?.schema.properties ?? {},
      public:
        path === '/api/auth/login' ||
        path === '/api/auth/state' ||
        path === '/api/health' ||
        path === '/api/map-style' ||
        path.startsWith('/api/hsds') ||
        path.startsWith('/api/guide'),
    })),
  );
});
after(async () => {
  await app.close();
  await database.close();
});

const url = (path: string, id: string = randomUUID()) => path.replace(/\{[^}]+\}/g, id);
const mutating = (op: Operation) => op.method !== 'GET';

function expectClientError(
  response: { statusCode: number; body: string },
  expected: number | number[],
  what: string,
) {
  const allowed = Array.isArray(expected) ? expected : [expected];
  assert.ok(
    allowed.includes(response.statusCode),
    `${what}: expected ${allowed.join(' or ')}, got ${response.statusCode} ${response.body.slice(0, 200)}`,
  );
  const body = JSON.parse(response.body) as { error?: { code?: unknown; message?: unknown } };
  assert.equal(typeof body.error?.code, 'string', `${what}: error code`);
  assert.equal(typeof body.error?.message, 'string', `${what}: error message`);
  assert.ok(!/\bat .+\.(ts|js):\d+/.test(response.body), `${what}: no stack trace`);
}

async function admin(): Promise<Client> {
  return signedIn(app, world.people.administrator.email);
}

describe('every route refuses bad input with a 4xx', () => {
  test('the document lists the routes this test walks', () => {
    assert.ok(operations.length >= 20, `only ${operations.length} operations`);
    assert.ok(operations.some((o) => o.path === '/api/users/{id}' && o.method === 'PATCH'));
  });

  test('malformed JSON is 400', async () => {
    const client = await admin();
    for (const op of operations.filter((o) => o.hasBody)) {
      for (const payload of ['{"name":', '{', 'nul', '{"a":1}}', "{'single':1}"]) {
        const response = await client.request(op.method, url(op.path), payload);
        expectClientError(response, 400, `${op.method} ${op.path} with ${payload}`);
        assert.equal(response.json<{ error: { code: string } }>().error.code, 'malformed_json');
      }
    }
  });

  test('wrong types and non-object bodies are 400', async () => {
    const client = await admin();
    for (const op of operations.filter((o) => o.hasBody)) {
      const wrong = Object.fromEntries(
        Object.entries(op.bodyProperties).map(([name, schema]) => [
          name,
          schema.type === 'string' ? 12345 : 'not-the-right-type',
        ]),
      );
      for (const body of [wrong, [], 'a string', 42, null, { nested: { deeper: [1, 2, 3] } }]) {
        const response = await client.request(op.method, url(op.path), JSON.stringify(body));
        expectClientError(
          response,
          400,
          `${op.method} ${op.path} with ${JSON.stringify(body).slice(0, 60)}`,
        );
      }
    }
  });

  test('unknown fields are 400, even beside valid ones', async () => {
    const client = await admin();
    for (const op of operations.filter((o) => o.hasBody)) {
      const response = await client.request(
        op.method,
        url(op.path),
        JSON.stringify({ isAdmin: true, __proto__: { polluted: 1 }, constructor: 'x' }),
      );
      expectClientError(response, 400, `${op.method} ${op.path}`);
    }
    const valid = { name: 'Unknown Field Org', type: 'medical', role: 'superuser' };
    expectClientError(
      await client.request('POST', '/api/organizations', JSON.stringify(valid)),
      400,
      'extra field on a valid body',
    );
    const [row] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM organizations WHERE name = 'Unknown Field Org'`,
    );
    assert.equal(row?.n, 0, 'nothing was written');
  });

  test('a body over the limit is 413', async () => {
    const client = await admin();
    const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    // The missing-youth profile carries a photo: its own limit, and a body over that one.
    const profilePath = '/api/youth/{id}/missing-profile';
    const hugePhoto = JSON.stringify({ photo: 'x'.repeat(PROFILE_BODY_LIMIT + 1) });
    // The directory import takes whole datapackages; its own, larger limit is tested below.
    const importPath = '/api/directory/import';
    for (const op of operations.filter((o) => o.hasBody && o.path !== importPath)) {
      expectClientError(
        await client.request(op.method, url(op.path), op.path === profilePath ? hugePhoto : huge),
        413,
        `${op.method} ${op.path}`,
      );
    }
  });

  test('a directory upload over its own limit is 413', async () => {
    const client = await admin();
    const limit = testServices(database.db).config.importLimitBytes;
    const body = JSON.stringify({ files: { 'services.csv': 'x'.repeat(limit + 1) } });
    expectClientError(await client.request('POST', '/api/directory/import', body), 413, 'import');
  });

  test('a body that is not JSON is 415', async () => {
    const client = await admin();
    for (const op of operations.filter((o) => o.hasBody)) {
      const response = await client.request(op.method, url(op.path), 'name=x', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expectClientError(response, 415, `${op.method} ${op.path}`);
    }
  });

  test('a path id that is not a UUID is 400; an unknown one is 404', async () => {
    const client = await admin();
    for (const op of operations.filter((o) => o.path.includes('{id}'))) {
      const body = op.hasBody ? JSON.stringify({ name: 'x' }) : undefined;
      for (const id of ['not-a-uuid', '1', "'; DROP TABLE users; --", '%00']) {
        expectClientError(
          await client.request(op.method, url(op.path, encodeURIComponent(id)), body),
          400,
          `${op.method} ${op.path} id=${id}`,
        );
      }
    }
    expectClientError(
      await client.request(
        'PATCH',
        `/api/organizations/${randomUUID()}`,
        JSON.stringify({ name: 'x' }),
      ),
      404,
      'unknown organization',
    );
    expectClientError(
      await client.request('POST', `/api/users/${randomUUID()}/unlock`),
      404,
      'unknown user',
    );
  });

  test('a path whose %-escapes decode to no text is a JSON 400, the address not echoed', async () => {
    const client = await admin();
    for (const bad of ['%', '%zz', '%ED%A0%80', '%C0%AF']) {
      const response = await client.get(`/api/youth/${bad}`);
      expectClientError(response, 400, bad);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'invalid_url');
      assert.ok(!response.body.includes('/api/youth'), `${bad}: the address is not echoed`);
    }
  });

  test('unknown or malformed query parameters are 400', async () => {
    const client = await admin();
    for (const [path, query] of [
      ['/api/organizations', 'jurisdictionId=nope'],
      ['/api/organizations', 'includeInactive=maybe'],
      ['/api/organizations', 'sort=name'],
      ['/api/point-persons', 'organizationId=1'],
      ['/api/point-persons', `function=${'x'.repeat(500)}`],
    ] as const) {
      expectClientError(await client.get(`${path}?${query}`), 400, `${path}?${query.slice(0, 40)}`);
    }
  });

  test('without a session every non-public route is 401; with one but no CSRF token, every mutation is 403', async () => {
    const anonymous = new Client(app);
    for (const op of operations.filter((o) => !o.public)) {
      const response = await anonymous.request(
        op.method,
        url(op.path),
        op.hasBody ? '{}' : undefined,
      );
      expectClientError(response, 401, `${op.method} ${op.path} anonymous`);
    }
    const client = await admin();
    client.csrfToken = null;
    for (const op of operations.filter((o) => !o.public && mutating(o))) {
      const response = await client.request(op.method, url(op.path), op.hasBody ? '{}' : undefined);
      expectClientError(response, 403, `${op.method} ${op.path} without CSRF`);
    }
  });

  test('login refuses bad credentials shapes without revealing anything', async () => {
    const client = new Client(app);
    for (const body of [
      {},
      { email: 'x' },
      { email: 'a@b.example' },
      { email: 'a@b.example', password: '' },
      { email: 'a@b.example', password: 'x'.repeat(300) },
    ]) {
      expectClientError(
        await client.request('POST', '/api/auth/login', JSON.stringify(body)),
        400,
        JSON.stringify(body).slice(0, 50),
      );
    }
  });

  test('unknown addresses are a JSON 404', async () => {
    const client = await admin();
    for (const path of ['/api/nothing-here', '/api/users/extra/segments/here']) {
      expectClientError(await client.get(path), 404, path);
    }
  });
});

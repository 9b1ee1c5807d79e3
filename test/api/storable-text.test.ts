// Text PostgreSQL cannot store (issue 9): U+0000 in a youth's name or a search answered 500.
// Now every route of the OpenAPI document refuses it, and lone surrogates, with a 400 naming
// where it was: each path parameter, each query parameter, each string of each body at any
// depth. The value itself never comes back.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { createWorld, testServices, type World } from '../support/world.js';

let database: TestDatabase;
let app: App;
let world: World;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Segment = string | number;

interface JsonSchema {
  readonly type?: string | string[];
  readonly properties?: Record<string, JsonSchema>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
  readonly anyOf?: JsonSchema[];
  readonly oneOf?: JsonSchema[];
  readonly allOf?: JsonSchema[];
}

interface Operation {
  readonly method: Method;
  readonly path: string;
  readonly pathParameters: readonly string[];
  readonly queryParameters: readonly string[];
  readonly body: JsonSchema | null;
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
          parameters?: { in: string; name: string }[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      >
    >;
  }>();
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as Method,
      path,
      pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? ''),
      queryParameters: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
});
after(async () => {
  await app.close();
  await database.close();
});

const MARKER = 'SENT-VALUE-MARKER';
const NUL = `A\u0000${MARKER}`;
const LONE = `A\uD800${MARKER}`;

/** Every place a string can go in a body of this schema, as paths from its root. */
function stringPlaces(schema: JsonSchema, path: Segment[] = []): Segment[][] {
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (variants.length > 0) {
    const all = variants.flatMap((variant) => stringPlaces(variant, path));
    return [...new Map(all.map((p) => [JSON.stringify(p), p])).values()];
  }
  const types = [schema.type ?? []].flat();
  if (types.includes('string')) return [path];
  if (types.includes('array')) return schema.items ? stringPlaces(schema.items, [...path, 0]) : [];
  if (types.includes('object') || schema.properties) {
    const named = Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
      stringPlaces(property, [...path, name]),
    );
    // Records: the directory upload's files, keyed by file name.
    const extra =
      typeof schema.additionalProperties === 'object'
        ? stringPlaces(schema.additionalProperties, [...path, 'services.csv'])
        : [];
    return [...named, ...extra];
  }
  // No type: any JSON value, a string among them.
  return types.length === 0 ? [path] : [];
}

/** A body holding `value` at `path` and nothing else. */
function bodyWith(path: readonly Segment[], value: string): unknown {
  return path.reduceRight<unknown>(
    (inner, segment) => (typeof segment === 'number' ? [inner] : { [segment]: inner }),
    value,
  );
}

/** How the message names a body field: people[0].givenName, files["services.csv"]. */
function named(path: readonly Segment[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${String(segment)}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `["${segment}"]`;
    })
    .join('');
}

const url = (op: Operation, overrides: Record<string, string> = {}, query = '') =>
  op.path.replace(/\{([^}]+)\}/g, (_, name: string) => overrides[name] ?? randomUUID()) + query;

function expectRefused(
  response: { statusCode: number; body: string },
  message: string,
  what: string,
): void {
  assert.equal(response.statusCode, 400, `${what}: ${response.body.slice(0, 300)}`);
  const { error } = JSON.parse(response.body) as { error: Refusal };
  const { code, message: said, ...values } = error;
  assert.deepEqual({ code, message: said }, { code: 'invalid_text', message }, what);
  // The same facts as values, for a screen to word in its reader's language.
  assert.deepEqual(Object.keys(values).sort(), [...REFUSAL_VALUES].sort(), what);
  const part = message.startsWith('Path parameter')
    ? 'params'
    : /^(Query parameter|A query parameter name)/.test(message)
      ? 'query'
      : 'body';
  assert.equal(values.part, part, what);
  assert.equal(values.inKey, /^A (field|query parameter|path parameter) name/.test(message), what);
  if (values.field !== null) assert.ok(message.includes(values.field), `${what}: field`);
  assert.equal(values.kind, values.codePoint === 'U+0000' ? 'nul' : 'lone_surrogate', what);
  assert.ok(message.includes(`(${values.codePoint}`), `${what}: code point`);
  assert.equal(values.line === null, !message.includes(' on line '), `${what}: line`);
  if (values.line !== null) assert.ok(message.endsWith(` on line ${String(values.line)}.`), what);
  assert.ok(!response.body.includes(MARKER), `${what}: the value is not echoed`);
}

const REFUSAL_VALUES = ['part', 'field', 'inKey', 'codePoint', 'kind', 'line'] as const;
interface Refusal {
  code: string;
  message: string;
  part: 'params' | 'query' | 'body';
  field: string | null;
  inKey: boolean;
  codePoint: string;
  kind: 'nul' | 'lone_surrogate';
  line: number | null;
}

const cannot = (what = 'U+0000') => `contains a character that cannot be stored (${what}).`;

describe('text PostgreSQL cannot store is refused at the edge', () => {
  test('the two reported examples: a NUL in a youth’s name, and in a search', async () => {
    const advocate = await signedIn(app, world.people.advocate.email);
    const youth = {
      givenName: 'A\u0000B',
      familyName: 'Storable',
      estimatedBirthYear: 2011,
      createAnyway: true,
    };
    expectRefused(
      await advocate.post('/api/youth', youth),
      `givenName ${cannot()}`,
      'POST /api/youth',
    );
    expectRefused(
      await advocate.post('/api/youth', { ...youth, givenName: 'A\uD800B' }),
      `givenName ${cannot('U+D800, an unpaired surrogate')}`,
      'POST /api/youth with a lone surrogate',
    );
    const count = async () => {
      const [row] = await database.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM youth WHERE jurisdiction_id = $1`,
        [world.jurisdictionId],
      );
      return row?.n;
    };
    assert.equal(await count(), 0, 'nothing was written');
    // The same record with a whole surrogate pair (an emoji) is stored as sent.
    const created = await advocate.post('/api/youth', { ...youth, givenName: 'A\uD83D\uDE00B' });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(await count(), 1);
    const [stored] = await database.db.query<{ given_name: string }>(
      'SELECT given_name FROM youth WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    assert.equal(stored?.given_name, 'A\uD83D\uDE00B');

    expectRefused(
      await advocate.get('/api/youth?query=%00'),
      `Query parameter query ${cannot()}`,
      'GET /api/youth?query=%00',
    );
    assert.equal((await advocate.get('/api/youth?query=A')).statusCode, 200);
  });

  test('a directory upload names the file, and the line of a CSV file', async () => {
    const coordinator = await signedIn(app, world.people.coordinator.email);
    const csv = `id,name,status\n${randomUUID()},Clinic\u0000${MARKER},active\n`;
    const refused = await coordinator.post('/api/directory/import', {
      files: { 'services.csv': csv },
    });
    expectRefused(
      refused,
      'files["services.csv"] contains a character that cannot be stored (U+0000) on line 2.',
      'CSV text',
    );
    assert.deepEqual(refused.json<{ error: Refusal }>().error, {
      code: 'invalid_text',
      message:
        'files["services.csv"] contains a character that cannot be stored (U+0000) on line 2.',
      part: 'body',
      field: 'files["services.csv"]',
      inKey: false,
      codePoint: 'U+0000',
      kind: 'nul',
      line: 2,
    });
    expectRefused(
      await coordinator.post('/api/directory/import', {
        files: { 'organizations.csv': [{ id: randomUUID(), name: NUL }] },
      }),
      `files["organizations.csv"][0].name ${cannot()}`,
      'JSON rows',
    );
    expectRefused(
      await coordinator.post('/api/directory/import', { files: { 'serv\u0000ices.csv': 'x' } }),
      `A field name in files ${cannot()}`,
      'a file name',
    );
    expectRefused(
      await coordinator.post('/api/directory/import?dryRun=%00', { files: {} }),
      `Query parameter dryRun ${cannot()}`,
      'its query',
    );
  });

  test('without a session it is still 401 first: bad text opens nothing', async () => {
    const anonymous = new Client(app);
    const response = await anonymous.post('/api/youth', { givenName: NUL });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_signed_in');
    // Public routes take the same rule.
    expectRefused(
      await anonymous.get('/api/hsds/services?search=%00'),
      `Query parameter search ${cannot()}`,
      'public HSDS search',
    );
    expectRefused(
      await anonymous.post('/api/auth/login', { email: 'a@b.example', password: NUL }),
      `password ${cannot()}`,
      'sign-in',
    );
  });

  test('every route: each path parameter, each query parameter, each body string at any depth', async () => {
    const admin = await signedIn(app, world.people.administrator.email);
    let requests = 0;
    const send = async (op: Operation, target: string, body?: unknown) => {
      requests += 1;
      const payload = body === undefined ? (op.body ? '{}' : undefined) : JSON.stringify(body);
      return admin.request(op.method, target, payload);
    };
    assert.ok(operations.length >= 60, `only ${String(operations.length)} operations`);
    let bodyPlaces = 0;
    for (const op of operations) {
      const what = `${op.method} ${op.path}`;
      for (const name of op.pathParameters) {
        expectRefused(
          await send(op, url(op, { [name]: '%00' })),
          `Path parameter ${name} ${cannot()}`,
          `${what} {${name}}`,
        );
      }
      // Every route, including those that declare no query: an unknown parameter is still text.
      for (const name of [...op.queryParameters, 'note']) {
        expectRefused(
          await send(op, url(op, {}, `?${name}=A%00${MARKER}`)),
          `Query parameter ${name} ${cannot()}`,
          `${what} ?${name}`,
        );
      }
      for (const place of op.body ? stringPlaces(op.body) : []) {
        bodyPlaces += 1;
        expectRefused(
          await send(op, url(op), bodyWith(place, NUL)),
          `${named(place)} ${cannot()}`,
          `${what} ${named(place)}`,
        );
        expectRefused(
          await send(op, url(op), bodyWith(place, LONE)),
          `${named(place)} ${cannot('U+D800, an unpaired surrogate')}`,
          `${what} ${named(place)} (lone surrogate)`,
        );
      }
      if (op.body) {
        expectRefused(
          await send(op, url(op), { nested: [{ ['key\u0000']: 'x' }] }),
          `A field name in nested[0] ${cannot()}`,
          `${what} a key`,
        );
      }
    }
    expectRefused(
      await admin.get('/api/organizations?a%00b=1'),
      `A query parameter name ${cannot()}`,
      'a query parameter name',
    );
    assert.ok(bodyPlaces >= 100, `only ${String(bodyPlaces)} body strings`);
    // The session survived every refused logout, password change and the rest: nothing ran.
    assert.equal((await admin.get('/api/auth/session')).statusCode, 200);
    console.log(
      `storable text: ${String(operations.length)} routes, ${String(bodyPlaces)} body strings, ${String(requests)} requests`,
    );
  });
});

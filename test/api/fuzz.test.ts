// The fuzzer (issue 14): every operation of the OpenAPI document the app serves, called with
// bodies, query strings and path parameters that fast-check makes from the operation's own
// schemas, mostly valid and now and then mutated (test/support/schema-arbitrary.ts: hostile
// text, huge and deeply nested values, values of another type, keys no schema names,
// `__proto__` among them), as an advocate, a coordinator and an administrator of a county, and
// without a session. Whatever comes: no 5xx, no stack trace, every refusal a JSON error with a
// code, and nothing written by a refused request (every table but the audit log, sessions and
// the throttles counts its changed rows through a trigger made for this test; a refusal must leave
// the count where it was). LANTERN_FUZZ_RUNS sets the requests per operation (6);
// LANTERN_FUZZ_SEED=<number> repeats a run and LANTERN_FUZZ_SEED=random explores new ones.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { openYouth } from '../support/cases.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import {
  arbitraryFor,
  bodyText,
  HOSTILE_KEYS,
  HOSTILE_STRINGS,
  hostileValue,
  type JsonSchema,
} from '../support/schema-arbitrary.js';
import { createWorld, PASSWORD, testServices, type World } from '../support/world.js';

const RUNS = Number(process.env.LANTERN_FUZZ_RUNS ?? 6);
/** The same requests every run unless LANTERN_FUZZ_SEED names another seed, or `random`. */
const SEED =
  process.env.LANTERN_FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.LANTERN_FUZZ_SEED ?? 20_261_128);

/** Tables a refused request may write: its audit, the session it used, the throttles it fed. */
const MAY_CHANGE_ON_REFUSAL = new Set([
  'audit_events',
  'audit_chain_head',
  'sessions',
  'sign_in_addresses',
  'contact_check_throttle',
  // Sign-in and the public directory count every request, refused or not (migration 0043).
  'rate_limit_counters',
  'fuzz_writes',
]);

interface Parameter {
  readonly in: string;
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}
interface Operation {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body: JsonSchema | null;
}

let database: TestDatabase;
let app: App;
let world: World;
let operations: Operation[] = [];
let ids: string[] = [];

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  world = await createWorld(database.db);
  const advocate = await signedIn(app, world.people.advocate.email);
  const youth = await openYouth(advocate);
  ids = [
    youth.id,
    world.jurisdictionId,
    world.organizations.advocacy.id,
    world.organizations.law_enforcement.id,
    world.people.advocate.id,
  ];
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Parameter[];
          requestBody?: { content: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
  }>();
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody
        ? (op.requestBody.content['application/json']?.schema ?? { type: 'object' })
        : null,
    })),
  );
  // Every changed row of every table but those a refusal may change, counted.
  const tables = await database.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  await database.db.exec(`
    CREATE TABLE fuzz_writes (n bigint NOT NULL);
    INSERT INTO fuzz_writes VALUES (0);
    CREATE FUNCTION fuzz_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE fuzz_writes SET n = n + 1; RETURN NULL; END $$;
    ${tables
      .filter((t) => !MAY_CHANGE_ON_REFUSAL.has(t.name))
      .map(
        (t) =>
          `CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON "${t.name}"
             FOR EACH ROW EXECUTE FUNCTION fuzz_count();`,
      )
      .join('\n')}
  `);
});
after(async () => {
  await app.close();
  await database.close();
});

const writes = async () =>
  Number((await database.db.query<{ n: number }>('SELECT n FROM fuzz_writes'))[0]?.n);

/** Percent-escapes that decode to no text, sent as they are. */
const MALFORMED_ESCAPES = ['%', '%zz', '%ED%A0%80', '%C0%AF', '%00'];

/** A value as a URL part: escaped, or sent raw when it is one of the malformed escapes. */
const urlPart = (value: string): string =>
  MALFORMED_ESCAPES.includes(value)
    ? value
    : // An unpaired surrogate cannot be escaped as UTF-8: it goes as the replacement character.
      encodeURIComponent(
        value.replace(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        ),
      );

interface Fuzzed {
  readonly who: 'advocate' | 'coordinator' | 'administrator' | 'nobody';
  readonly url: string;
  readonly body: string | undefined;
}

/** One request for `op`: who sends it, its path ids, its query, its body. */
function requestFor(op: Operation): fc.Arbitrary<Fuzzed> {
  const pathValue = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 100)) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_ESCAPES) },
  );
  const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const query = op.parameters.filter((p) => p.in === 'query');
  const queryValue = (p: Parameter) =>
    fc
      .oneof(
        { weight: 6, arbitrary: arbitraryFor(p.schema ?? { type: 'string' }, ids) },
        { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_ESCAPES) },
      )
      .map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')));
  const body: fc.Arbitrary<string | undefined> =
    op.body === null
      ? fc.constant(undefined)
      : fc
          .tuple(
            arbitraryFor(op.body, ids),
            fc.option(fc.constantFrom(...HOSTILE_KEYS), { freq: 4 }),
            hostileValue,
          )
          .map(([value, key, keyValue]) => bodyText(value, key, keyValue));
  return fc.record({
    who: fc.constantFrom('advocate', 'coordinator', 'administrator', 'nobody'),
    url: fc
      .tuple(
        fc.tuple(...pathNames.map(() => pathValue)),
        fc.tuple(...query.map((p) => fc.option(queryValue(p), { freq: 2 }))),
      )
      .map(([values, queryValues]) => {
        let url = op.path;
        pathNames.forEach((name, i) => {
          url = url.replace(`{${name}}`, urlPart(values[i] ?? randomUUID()));
        });
        const search = query
          .map((p, i) => [p.name, queryValues[i]] as const)
          .filter((pair): pair is readonly [string, string] => pair[1] !== null)
          .map(([name, value]) => `${encodeURIComponent(name)}=${urlPart(value)}`);
        return search.length > 0 ? `${url}?${search.join('&')}` : url;
      }),
    body,
  });
}

describe('the fuzzer', () => {
  test('every operation, fuzzed from its schemas: no 5xx, no stack trace, no write on a refusal', async () => {
    assert.ok(operations.length > 100, `only ${String(operations.length)} operations`);
    const emails = {
      advocate: world.people.advocate.email,
      coordinator: world.people.coordinator.email,
      administrator: world.people.administrator.email,
    };
    const clients = new Map<Fuzzed['who'], Client>();
    const clientFor = async (who: Fuzzed['who']): Promise<Client> => {
      const known = clients.get(who);
      if (known) return known;
      const client = new Client(app);
      if (who !== 'nobody') {
        const signIn = await client.login(emails[who], PASSWORD);
        assert.equal(signIn.statusCode, 200, `${who} signs in again: ${signIn.body}`);
      }
      clients.set(who, client);
      return client;
    };
    const problems: string[] = [];
    const byClass = new Map<string, number>();
    let requests = 0;
    let refused = 0;
    for (const [index, op] of operations.entries()) {
      // A request that ends a session (signing out, a new password) would end the walk's too.
      if (op.path.startsWith('/api/auth/') && op.method !== 'GET' && op.path !== '/api/auth/login')
        continue;
      const runs = op.method === 'GET' ? Math.ceil(RUNS / 2) : RUNS;
      for (const fuzzed of fc.sample(requestFor(op), { numRuns: runs, seed: SEED + index })) {
        const client = await clientFor(op.path === '/api/auth/login' ? 'nobody' : fuzzed.who);
        const before = await writes();
        const response = await client.request(
          op.method,
          fuzzed.url,
          fuzzed.body,
          fuzzed.body === undefined ? {} : { 'content-type': 'application/json' },
        );
        requests += 1;
        const status = response.statusCode;
        const statusClass = `${String(Math.floor(status / 100))}xx`;
        byClass.set(statusClass, (byClass.get(statusClass) ?? 0) + 1);
        const what = `${op.method} ${fuzzed.url.slice(0, 200)} as ${fuzzed.who} with ${String(fuzzed.body?.slice(0, 300))}`;
        if (status >= 500)
          problems.push(`${String(status)}: ${what}: ${response.body.slice(0, 300)}`);
        if (/\bat .+\.(ts|js):\d+/.test(response.body)) problems.push(`stack trace: ${what}`);
        if (status === 401 && fuzzed.who !== 'nobody') clients.delete(fuzzed.who);
        if (status < 400) continue;
        refused += 1;
        let code: unknown;
        try {
          code = response.json<{ error?: { code?: unknown } }>().error?.code;
        } catch {
          code = undefined;
        }
        if (typeof code !== 'string') problems.push(`no error code (${String(status)}): ${what}`);
        const after = await writes();
        if (after !== before) {
          problems.push(
            `refused (${String(status)}) yet ${String(after - before)} rows changed: ${what}`,
          );
        }
      }
    }
    console.log(
      `fuzzer (seed ${String(SEED)}): ${String(requests)} requests over ${String(operations.length)} operations, ${[...byClass].map(([c, n]) => `${c} ${String(n)}`).join(', ')}; ${String(refused)} refused, ${String(problems.length)} problems`,
    );
    assert.deepEqual(problems, [], `repeat with LANTERN_FUZZ_SEED=${String(SEED)}`);
    assert.ok((await writes()) > 0, 'the write counter counts the writes of allowed requests');
    assert.ok((byClass.get('2xx') ?? 0) > 20, 'some fuzzed requests were valid and succeeded');
    assert.ok(refused > 200, 'and many were refused');
  });
});

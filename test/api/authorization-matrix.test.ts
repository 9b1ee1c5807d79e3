// The authorization matrix (issue 9): every mutation of the OpenAPI document, called by every
// demo account of both counties on a record of their own county, of the other county, and an
// unknown id, each with a valid body, so the answer reflects authorization alone. The expected
// answers are written from the rules in authorization-matrix.table.ts; the one assertion that
// matters is that no 2xx answers a request the table refuses, and that no change the table lets
// an account only ask for (202, waiting for a second person) takes effect at once (200, 201,
// 204). The walk also fails on a 5xx, on a refusal of what the table allows, on a refusal the
// table names with another code, on another county's record answered unlike an unknown id where
// the rules say so, and when the document and the table disagree on the routes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { type TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { Client, testApp } from '../support/http.js';
import { testServices } from '../support/world.js';
import {
  ACCOUNTS,
  FACTS,
  MATRIX,
  OUT_OF_SCOPE,
  variantsOf,
  type Account,
  type County,
  type Expected,
  type Relationship,
  type RouteKey,
  type Row,
} from './authorization-matrix.table.js';
import {
  REQUESTS,
  unknownRecords,
  type CountyRecords,
  type Walk,
} from './authorization-matrix.requests.js';
import {
  buildWorld,
  pointPersonAccounts,
  restoreTeamMember,
  teamTypes,
} from './authorization-matrix.world.js';

let database: TestDatabase;
let app: App;
const clients = new Map<string, Client>();
let world: Record<County, CountyRecords>;
let mutations: string[] = [];

before(async () => {
  database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
  // One signed-in client per account for the whole walk (sign-ins side by side: argon2 is slow).
  await Promise.all(
    ACCOUNTS.map(async (account) => {
      const client = new Client(app);
      const response = await client.login(account.email, DEMO_PASSWORD);
      assert.equal(response.statusCode, 200, `${account.email}: ${response.body}`);
      const { user } = response.json<{ user: { roles: string[]; organizationType: string } }>();
      // The table's accounts are the world's.
      assert.deepEqual(
        [user.roles, user.organizationType],
        [[account.role], account.organization],
        account.email,
      );
      clients.set(account.email, client);
    }),
  );
  world = await buildWorld(database.db, clients);
  for (const county of ['demo', 'neighbor'] as const) {
    const coordinator = clients.get(`coordinator@${county}.test`) as Client;
    assert.deepEqual(
      await teamTypes(coordinator, world[county].youthId),
      [...FACTS[county].team].sort(),
      `the ${county} case team is the table's`,
    );
    assert.deepEqual(
      await pointPersonAccounts(clients, county, world[county].jurisdictionId),
      [...FACTS[county].pointPersonAccounts].sort(),
      `the ${county} point persons with accounts are the table's`,
    );
  }
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  mutations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .map((m) => m.toUpperCase())
      .filter((m) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m) && !OUT_OF_SCOPE(path))
      .map((m) => `${m} ${path}`),
  );
});
after(async () => {
  await app.close();
  await database.close();
});

const other = (county: County): County => (county === 'demo' ? 'neighbor' : 'demo');
const errorOf = (response: LightMyRequestResponse) => {
  try {
    const { error } = response.json<{ error?: { code?: string; message?: string } }>();
    return { code: error?.code ?? '', message: error?.message ?? '' };
  } catch {
    return { code: '', message: '' };
  }
};

describe('the authorization matrix', () => {
  test('every mutation of the OpenAPI document has a row, and every row a mutation', () => {
    assert.ok(mutations.length >= 30, `only ${mutations.length} mutations`);
    const rows = Object.keys(MATRIX);
    assert.deepEqual(
      mutations.filter((m) => !rows.includes(m)),
      [],
      'mutations without a row in authorization-matrix.table.ts',
    );
    assert.deepEqual(
      rows.filter((r) => !mutations.includes(r)),
      [],
      'rows naming a route the document no longer has',
    );
    for (const key of rows as RouteKey[]) {
      const names = variantsOf(MATRIX[key] as Row).map(([name]) => name);
      const build = REQUESTS[key].build;
      assert.deepEqual(typeof build === 'function' ? [''] : Object.keys(build), names, key);
    }
  });

  test('no account succeeds where the table refuses, nor is refused where it allows', async (t) => {
    const walked = (Object.keys(MATRIX) as RouteKey[])
      .filter((key) => mutations.includes(key))
      .sort((a, b) => (REQUESTS[a].order ?? 0) - (REQUESTS[b].order ?? 0));
    for (const key of walked) {
      await t.test(key, async () => {
        const violations = await walkRoute(key);
        assert.deepEqual(violations, [], `${violations.length} violations`);
      });
    }
    const byStatus = [...tally.statuses.entries()].sort(([a], [b]) => a - b);
    const twoHundreds = byStatus.filter(([s]) => s < 300).reduce((sum, [, n]) => sum + n, 0);
    const waiting = tally.statuses.get(202) ?? 0;
    const fourHundreds = byStatus
      .filter(([s]) => s >= 400 && s < 500)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(
      `authorization matrix: ${tally.requests} requests, ${twoHundreds} 2xx (${waiting} of them 202, waiting for a second person), 4xx by status {${fourHundreds}}, ${walked.length}/${mutations.length} mutation routes covered, ${ACCOUNTS.length} accounts`,
    );
  });
});

const tally = { requests: 0, statuses: new Map<number, number>() };

/** Every account, every variant, every relationship for one route; what went wrong, if anything. */
async function walkRoute(key: RouteKey): Promise<string[]> {
  const row: Row = MATRIX[key];
  const walk = REQUESTS[key];
  const method = key.split(' ')[0] as 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const violations: string[] = [];
  for (const [variant, allows] of variantsOf(row)) {
    const build = typeof walk.build === 'function' ? walk.build : walk.build[variant];
    if (!build) throw new Error(`${key}: no request for ${variant}`);
    const label = variant ? `${key} (${variant})` : key;
    let allowedSomewhere = false;
    let succeededSomewhere = false;
    for (const account of ACCOUNTS) {
      const relationships: Relationship[] = row.ids ? ['own', 'other', 'unknown'] : ['none'];
      const answers = new Map<Relationship, string>();
      for (const relationship of relationships) {
        const records =
          relationship === 'other'
            ? world[other(account.county)]
            : relationship === 'unknown'
              ? unknownRecords(world[account.county])
              : world[account.county];
        if (walk.restore) {
          for (const county of ['demo', 'neighbor'] as const) {
            await restoreTeamMember(database.db, world[county]);
          }
        }
        const request = build(records, (tally.requests += 1));
        const response = await (clients.get(account.email) as Client).request(
          method,
          request.path,
          request.body,
          request.headers,
        );
        tally.statuses.set(response.statusCode, (tally.statuses.get(response.statusCode) ?? 0) + 1);
        // Status, code and message: a message naming what was found would tell the id exists.
        const { code, message } = errorOf(response);
        answers.set(relationship, `${response.statusCode} ${code} "${message}"`);
        const expected: Expected =
          relationship === 'own' || relationship === 'none'
            ? allows(account, FACTS[account.county])
            : false;
        allowedSomewhere ||= expected === true || expected === 'asks';
        const problem = judge(row, walk, account, relationship, expected, response);
        if (problem === 'success') succeededSomewhere = true;
        else if (problem) {
          violations.push(
            `${problem}: ${label} as ${account.email} on ${relationship} id: ${response.statusCode} ${response.body.slice(0, 300)}`,
          );
        }
      }
      if (row.hidesOtherCounty && answers.get('other') !== answers.get('unknown')) {
        violations.push(
          `another county's record answered unlike an unknown id: ${label} as ${account.email}: ${answers.get('other') ?? ''} vs ${answers.get('unknown') ?? ''}`,
        );
      }
    }
    if (allowedSomewhere && !succeededSomewhere) {
      violations.push(`no allowed request succeeded (is its body valid?): ${label}`);
    }
  }
  return violations;
}

/**
 * 'success' for what the table allows; null for an answer the table accepts; else what is wrong.
 * A 202 is a request that waits for a second person, never a success. Allowed at once: a success;
 * allowed to ask: a 202; either, or 409 when an earlier allowed call already consumed the record.
 * Refused: 403 or 404, or a 400 or 409 the row names; refused with a code: 403 with that code.
 * Never 401 (every client is signed in) nor 5xx.
 */
function judge(
  row: Row,
  walk: Walk,
  account: Account,
  relationship: Relationship,
  expected: Expected,
  response: LightMyRequestResponse,
): string | null {
  const status = response.statusCode;
  if (status >= 500) return 'SERVER ERROR';
  if (status === 401) return 'session lost';
  const asked = status === 202;
  const succeeded =
    !asked && (walk.succeeded ? walk.succeeded(response) : status >= 200 && status < 300);
  if (expected === true || expected === 'asks') {
    if (expected === true ? succeeded : asked) return 'success';
    if (succeeded) return 'TOOK EFFECT WITHOUT A SECOND PERSON';
    if (asked) return 'waits for a second person though the table lets it act at once';
    return status === 409 ? null : 'refused though the table allows';
  }
  if (succeeded) return 'UNEXPECTED SUCCESS';
  if (asked) return 'UNEXPECTED REQUEST (202) for a second person';
  const { code } = errorOf(response);
  if (typeof expected === 'object') {
    return status === 403 && code === expected.refused
      ? null
      : `refused otherwise than 403 ${expected.refused}`;
  }
  if (status === 403 || status === 404 || (status >= 200 && status < 300)) return null;
  const named = (row.refusals ?? []).some(
    (r) =>
      r.status === status &&
      r.code === code &&
      r.when(account, relationship, FACTS[account.county]),
  );
  return named ? null : 'refused with an unexpected status';
}

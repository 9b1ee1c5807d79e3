// A database that is not there (PostgreSQL stopped or unreachable, a cut connection, no
// connection free in time, a disk refusing writes) is answered 503 database_unavailable with
// Retry-After, never a 500 or a hang; any other failure stays a 500 that says nothing of itself.
// The real outage is in the fault suite (scripts/test-faults.mjs); this is the mapping.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Database } from '../../src/db/database.js';
import { isDatabaseUnavailable } from '../../src/db/unavailable.js';
import type { App } from '../../src/server/http/types.js';
import { testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  const unavailable: readonly (readonly [string, unknown])[] = [
    ['57P01 admin_shutdown', withCode('57P01', 'terminating connection due to administrator')],
    ['57P02 crash_shutdown', withCode('57P02')],
    ['57P03 cannot_connect_now', withCode('57P03', 'the database system is starting up')],
    ['08006 connection_failure', withCode('08006')],
    ['08003 connection_does_not_exist', withCode('08003')],
    ['08001 unable to connect', withCode('08001')],
    ['08P01 protocol_violation', withCode('08P01')],
    ['53100 disk_full', withCode('53100', 'could not extend file: No space left on device')],
    ['58030 io_error', withCode('58030', 'could not write to file')],
    ['ECONNREFUSED', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['ECONNRESET', withCode('ECONNRESET', 'read ECONNRESET')],
    ['EPIPE', withCode('EPIPE')],
    ['ETIMEDOUT', withCode('ETIMEDOUT')],
    ['EHOSTUNREACH', withCode('EHOSTUNREACH')],
    ['EAI_AGAIN (DNS not answering)', withCode('EAI_AGAIN')],
    ['pg: connection cut', new Error('Connection terminated unexpectedly')],
    ['pg: connection ended', new Error('Connection terminated')],
    ['pg-pool: no connection in time', new Error('timeout exceeded when trying to connect')],
    ['pg: closed client', new Error('Client was closed and is not queryable')],
    [
      'pg: client after an error',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'a refused connect to both addresses of a name',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed'),
    ],
    ['a wrapped cause', new Error('query failed', { cause: withCode('57P01') })],
    ['a plain object with the code', { code: '08006', message: 'x' }],
  ];
  for (const [name, error] of unavailable) {
    test(`unavailable: ${name}`, () => {
      assert.equal(isDatabaseUnavailable(error), true);
    });
  }

  const other: readonly (readonly [string, unknown])[] = [
    ['23505 unique_violation', withCode('23505', 'duplicate key value')],
    ['23503 foreign_key_violation', withCode('23503')],
    ['40001 serialization_failure', withCode('40001')],
    ['42P01 undefined_table', withCode('42P01', 'relation "x" does not exist')],
    ['22P02 invalid_text_representation', withCode('22P02')],
    ['57014 query_canceled', withCode('57014')],
    ['a code merely starting with 08', withCode('0800')],
    ['ENOENT', withCode('ENOENT')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['words of a lost connection inside another message', new Error('x: Connection terminated')],
    ['a code that is not a string', { code: 8006 }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'ECONNREFUSED'],
    ['a number', 57],
    ['an empty object', {}],
  ];
  for (const [name, error] of other) {
    test(`not unavailable: ${name}`, () => {
      assert.equal(isDatabaseUnavailable(error), false);
    });
  }

  test('causes nested without end are looked at only a few levels deep', () => {
    const loop: { code: string; cause?: unknown } = { code: '23505' };
    loop.cause = loop;
    assert.equal(isDatabaseUnavailable(loop), false);
    const deep = [1, 2, 3, 4, 5].reduce<unknown>(
      (inner) => new Error('wrapped', { cause: inner }),
      withCode('57P01'),
    );
    assert.equal(isDatabaseUnavailable(deep), false);
  });

  test('property: every SQLSTATE of class 08 is unavailable, bare or as a cause', () => {
    const hex = fc.constantFrom(...'0123456789ABCDEFPQ'.split(''));
    fc.assert(
      fc.property(fc.tuple(hex, hex, hex), (tail) => {
        const error = withCode(`08${tail.join('')}`);
        return (
          isDatabaseUnavailable(error) &&
          isDatabaseUnavailable(new Error('wrapped', { cause: error }))
        );
      }),
    );
  });
});

/** A database whose every statement fails with `error`, as the driver would throw it. */
function failingDatabase(error: () => Error): Database {
  const fail = () => Promise.reject(error());
  return {
    engine: 'postgres',
    query: fail,
    transaction: fail,
    exec: fail,
    close: () => Promise.resolve(),
  };
}

describe('the HTTP answer when the database fails', () => {
  const apps: App[] = [];
  after(async () => {
    for (const app of apps) await app.close();
  });
  async function appFailingWith(error: () => Error): Promise<App> {
    const app = await testApp(testServices(failingDatabase(error)));
    apps.push(app);
    return app;
  }

  test('PostgreSQL stopped: /api/health and a signed-in read answer 503 with Retry-After', async () => {
    const app = await appFailingWith(() =>
      withCode('57P01', 'terminating connection due to administrator command'),
    );
    for (const [url, headers] of [
      ['/api/health', {}],
      ['/api/youth', { cookie: 'lantern_session=any-session-token' }],
    ] as const) {
      const response = await app.inject({ method: 'GET', url, headers });
      assert.equal(response.statusCode, 503, url);
      assert.equal(response.headers['retry-after'], '5');
      assert.match(String(response.headers['content-type']), /^application\/json/);
      const body = response.json<{ error: { code: string; message: string } }>();
      assert.equal(body.error.code, 'database_unavailable');
      // Nothing of the driver's error reaches the client.
      assert.doesNotMatch(response.body, /administrator|57P01|at .*\.js/);
    }
  });

  test('bad input: a sign-in while the database is unreachable is 503, not 500', async () => {
    const app = await appFailingWith(() => withCode('ECONNREFUSED', 'connect ECONNREFUSED'));
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@county.example.gov', password: 'not-a-password' },
    });
    assert.equal(response.statusCode, 503);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'database_unavailable');
    assert.doesNotMatch(response.body, /ECONNREFUSED/);
  });

  test('any other database error stays a 500 that tells nothing, without Retry-After', async () => {
    const app = await appFailingWith(() => withCode('42P01', 'relation "youth" does not exist'));
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 500);
    assert.equal(response.headers['retry-after'], undefined);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'internal_error');
    assert.doesNotMatch(response.body, /relation|youth|42P01/);
  });
});

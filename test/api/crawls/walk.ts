// The one walk of the demo crawl (test/api/demo-crawl.test.ts). Each check plants its records,
// then reads the responses it needs: the shared walk (every GET route of the OpenAPI document,
// every id worth trying, every query value) and URLs of its own. Every URL is requested once per
// account and its answer handed to every check that reads it, so the checks cost one walk, not
// one each.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../../src/server/context.js';
import type { App } from '../../../src/server/http/types.js';
import type { TestDatabase } from '../../support/database.js';
import type { DemoCrawl } from '../../support/demo-crawl.js';
import type { Client } from '../../support/http.js';
import type { TestClock } from '../../support/world.js';

export interface CrawlContext {
  readonly database: TestDatabase;
  readonly services: AppServices & { clock: TestClock };
  readonly app: App;
  signIn(email: string): Promise<Client>;
  /** The demo's Maya case, where most checks plant. */
  readonly mayaId: string;
  /** An id no record has, the same for every check, so that their URLs coincide. */
  readonly unknownId: string;
}

export interface Check {
  readonly name: string;
  /**
   * Runs once every check has planted, before the walk: who may read what is asked of the access
   * module then, since one check's records can change another's readers.
   */
  prepare(): Promise<void>;
  /** Whether the check reads the shared walk's answers. */
  readonly readsSharedWalk: boolean;
  /** URLs the check needs beyond the shared walk, for one account. */
  ownUrls(email: string): readonly string[];
  /** Reads one answer: records what it saw and every leak. */
  inspect(email: string, url: string, status: number, body: string): void;
  /** The check's assertions once every account has walked. */
  finish(): Promise<void> | void;
}

export async function crawlContext(crawl: DemoCrawl): Promise<CrawlContext> {
  const advocate = await crawl.signIn('advocate@demo.test');
  const [maya] = (await advocate.get('/api/youth?query=Maya')).json<{ id: string }[]>();
  assert.ok(maya, 'the demo case');
  return {
    database: crawl.database,
    services: crawl.services,
    app: crawl.app,
    signIn: (email) => crawl.signIn(email),
    mayaId: maya.id,
    unknownId: randomUUID(),
  };
}

export interface Operation {
  readonly path: string;
  readonly query: Record<string, { enum?: string[]; type?: string }>;
}

/** Every GET operation of the OpenAPI document the app serves, with its query parameters. */
export async function getOperations(app: App): Promise<Operation[]> {
  const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        { parameters?: { in: string; name: string; schema?: { enum?: string[]; type?: string } }[] }
      >
    >;
  }>();
  return Object.entries(document.paths).flatMap(([path, methods]) => {
    const get = methods.get;
    if (!get) return [];
    const query = Object.fromEntries(
      (get.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
    );
    return [{ path, query }];
  });
}

/**
 * Every URL worth trying for one operation: each id of the pool in every path parameter, and
 * each query parameter alone with each of its values (every value of an enumeration; for text,
 * a name, `searchText` and a case-number prefix; else `true`).
 */
export function urlsFor(op: Operation, ids: readonly string[], searchText: string): string[] {
  const bases = op.path.includes('{')
    ? ids.map((id) => op.path.replace(/\{[^}]+\}/g, id))
    : [op.path];
  const queries = [''];
  for (const [name, schema] of Object.entries(op.query)) {
    const values =
      schema.enum ?? (schema.type === 'string' ? ['Maya', searchText, 'DEMO'] : ['true']);
    for (const value of values) queries.push(`?${name}=${encodeURIComponent(value)}`);
  }
  return bases.flatMap((base) => queries.map((q) => base + q));
}

/**
 * Walks as each account: the shared walk's URLs (`shared`, per account) and every check's own,
 * each once, each answer to every check that reads it. Fails on any 5xx. Returns the number of
 * requests made.
 */
export async function walk(
  context: CrawlContext,
  accounts: readonly string[],
  shared: readonly string[],
  checks: readonly Check[],
): Promise<number> {
  let requests = 0;
  for (const email of accounts) {
    const readers = new Map<string, Check[]>();
    const add = (url: string, check: Check) => {
      const list = readers.get(url);
      if (!list) readers.set(url, [check]);
      else if (!list.includes(check)) list.push(check);
    };
    for (const check of checks) {
      if (check.readsSharedWalk) for (const url of shared) add(url, check);
      for (const url of check.ownUrls(email)) add(url, check);
    }
    const client = await context.signIn(email);
    for (const [url, forChecks] of readers) {
      const response = await client.get(url);
      requests += 1;
      assert.ok(response.statusCode < 500, `${email} GET ${url}: ${String(response.statusCode)}`);
      for (const check of forChecks) check.inspect(email, url, response.statusCode, response.body);
    }
  }
  return requests;
}

// What the crawl over the demo county starts from (test/api/demo-crawl.test.ts): the demo county
// on a fresh database, the app, and every demo account of both counties (juvenile hall intake
// included).
import assert from 'node:assert/strict';
import type { Writable } from 'node:stream';
import { buildApp } from '../../src/server/http/app.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { type TestDatabase } from './database.js';
import { openDemoTestDatabase } from './demo-database.js';
import { Client, testApp } from './http.js';
import { testServices, type TestClock } from './world.js';

export const DEMO_CRAWL_ACCOUNTS = [
  'advocate@demo.test',
  'supervisor@demo.test',
  'childwelfare@demo.test',
  'probation@demo.test',
  'intake@demo.test',
  'police@demo.test',
  'da@demo.test',
  'court@demo.test',
  'cac@demo.test',
  'medical@demo.test',
  'mentalhealth@demo.test',
  'provider@demo.test',
  'coordinator@demo.test',
  'admin@demo.test',
  'oversight@demo.test',
  'advocate@neighbor.test',
  'police@neighbor.test',
  'coordinator@neighbor.test',
  'admin@neighbor.test',
] as const;

export interface DemoCrawl {
  readonly database: TestDatabase;
  readonly services: AppServices & { clock: TestClock };
  readonly app: App;
  signIn(email: string): Promise<Client>;
  close(): Promise<void>;
}

/**
 * `logStream`: the app logs there at trace, the most verbose level there is, so that a crawl can
 * show that nothing it plants leaks into a log line even then.
 */
export async function openDemoCrawl(options: { logStream?: Writable } = {}): Promise<DemoCrawl> {
  const database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  let app: App;
  if (options.logStream) {
    app = await buildApp(services, { logLevel: 'trace', logStream: options.logStream });
    await app.ready();
  } else {
    app = await testApp(services);
  }
  return {
    database,
    services,
    app,
    async signIn(email) {
      const client = new Client(app);
      const response = await client.login(email, DEMO_PASSWORD);
      assert.equal(response.statusCode, 200, `${email}: ${response.body}`);
      return client;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

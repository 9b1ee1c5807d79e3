// What every browser journey needs: the app with the demo county, listening on a free port;
// Debian's Chromium; and an axe-core check for serious or critical accessibility violations.
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { type TestDatabase } from './database.js';
import { openDemoTestDatabase } from './demo-database.js';
import { testApp } from './http.js';
import { testServices, type TestClock } from './world.js';

export interface BrowserWorld {
  readonly database: TestDatabase;
  readonly app: App;
  readonly browser: Browser;
  readonly base: string;
  readonly clock: TestClock;
  /** The server's services, for work a test does beside the browser (running due jobs). */
  readonly services: AppServices;
  close(): Promise<void>;
}

/** demoMode false makes roles that see youth data enrol a second factor. */
export async function startBrowserWorld(options: { demoMode: boolean }): Promise<BrowserWorld> {
  const database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: options.demoMode });
  const app = await testApp(services);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    database,
    app,
    browser,
    base,
    clock: services.clock,
    services,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** Fails on serious or critical WCAG 2.1 A/AA violations; records the page as checked. */
export async function expectAccessible(
  page: Page,
  label: string,
  checked: string[],
): Promise<void> {
  // Only violations are read: axe then builds selectors for one passing node per rule instead
  // of every node it checked, the slowest part of a check on a long page. Every rule still runs.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `accessibility violations on ${label}`,
  );
  checked.push(label);
}

/**
 * Playwright's own wait for a locator (30 s): the limit for our polling waits too. A machine
 * running the suite's three stages at once can take seconds to answer one request.
 */
export const WAIT_MS = 30_000;

/** Waits until no "Loading…" (or "Cargando…") is left on the page; fails naming `what`. */
export async function waitForLoaded(page: Page, what: string): Promise<void> {
  const loading = page.getByText(/^(Loading…|Cargando…)$/);
  const deadline = Date.now() + WAIT_MS;
  while ((await loading.count()) > 0) {
    assert.ok(Date.now() < deadline, `${what} is still loading after ${WAIT_MS / 1000} s`);
    await page.waitForTimeout(100);
  }
}

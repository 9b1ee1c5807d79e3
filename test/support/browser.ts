// What every browser journey needs: the app with the demo county, listening on a free port;
// Debian's Chromium; and an axe-core check for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
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
  /** A kept page, emptied of the last person who used it (see `Seat`). */
  seat(request?: Seat): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A place at the browser for one person at a time. Chromium starts a renderer process for every
 * new page that opens the app (about 1.4 CPU-seconds here; a page the app is loaded into again
 * costs a third of that), so a file's journeys reuse a few kept pages instead of a new context
 * each: the person before is signed out by clearing the context's cookies, and what the app kept
 * in the browser (local and session storage, the encrypted drafts' IndexedDB; of the app's origin:
 * a second server on another port keeps its own) is deleted, as on a shared computer when one
 * worker hands over to the next. Other pages the last person opened are closed, and what a test
 * may set on a page or its context is set back (listeners, routes, media, viewport, permissions,
 * geolocation, extra headers, offline; a fake clock runs again). People acting at the same time sit at
 * different seats (`seat: 1`, ...). A seat is its own browser context per distinct set of
 * context options (zone, language, phone or desktop, a fake clock), made on first use.
 */
export interface Seat {
  /** Which kept page: 0 (the default) for the journey's person, 1 and on for others at once. */
  readonly seat?: number;
  /** The browser's zone and language (Chromium's own, the machine's zone, when left out). */
  readonly timezoneId?: string;
  readonly locale?: string;
  /** A phone: touch and a mobile viewport. */
  readonly phone?: boolean;
  /** The window's size; 1280 × 720, Playwright's default, when left out. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Playwright's fake clock, set to this instant (installed on first use, set again after). */
  readonly clockAt?: Date;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 720 } as const;

/** What a seat's browser context is made with; seats differing in it are different contexts. */
function contextOptions(request: Seat): BrowserContextOptions {
  return {
    ...(request.timezoneId ? { timezoneId: request.timezoneId } : {}),
    ...(request.locale ? { locale: request.locale } : {}),
    ...(request.phone ? { isMobile: true, hasTouch: true } : {}),
    viewport: request.viewport ?? DEFAULT_VIEWPORT,
  };
}

/**
 * Waits (5 s at most) until no Chromium renderer started below this process is left, running or
 * ended but not yet waited for. A renderer's CPU time reaches the test process's figure
 * (test/support/cpu-time.ts) only when Chromium's browser process waits for it; one still running,
 * or a zombie, when the browser process exits is left to init and its time is lost (seen: 15 CPU-s
 * reported for a file whose processes used 33, in one run of three). With kept pages a file's
 * renderer work sits in one or two long-lived processes, so the contexts are closed, and their
 * renderers seen gone and reaped (about 60 ms), before the browser is. Linux only (/proc);
 * elsewhere it returns at once.
 */
async function renderersEnded(): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && renderersBelow(process.pid) > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * How many processes below `root` are Chromium renderers or zombies (a zombie's command line is
 * gone; below a test process only Chromium leaves them); 0 without /proc.
 */
function renderersBelow(root: number): number {
  const parentOf = new Map<number, number>();
  const zombies = new Set<number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command's name: its state, then its parent.
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(pid), Number(parent));
      if (state === 'Z') zombies.add(Number(pid));
    } catch {
      // It ended while we looked.
    }
  }
  const below = (pid: number): boolean => {
    for (let at = parentOf.get(pid); at !== undefined && at > 1; at = parentOf.get(at)) {
      if (at === root) return true;
    }
    return false;
  };
  let count = 0;
  for (const pid of parentOf.keys()) {
    if (!below(pid)) continue;
    if (zombies.has(pid)) {
      count += 1;
      continue;
    }
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) count += 1;
    } catch {
      // It ended while we looked.
    }
  }
  return count;
}

/**
 * What a Playwright page or context is at run time, an event emitter, though its declared type
 * names only the events' own methods.
 */
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(name: string | symbol): unknown[];
  removeListener(name: string | symbol, listener: (...args: unknown[]) => void): unknown;
}
const emitter = (target: Page | BrowserContext) => target as unknown as Emitter;

/** The listeners Playwright itself keeps on a page or context (its close promises), by event. */
const ownListeners = new WeakMap<Emitter, Map<string | symbol, Set<unknown>>>();

function noteListeners(target: Page | BrowserContext): void {
  const events = emitter(target);
  ownListeners.set(
    events,
    new Map(events.eventNames().map((name) => [name, new Set(events.listeners(name))])),
  );
}

/** Removes what tests added (page.on('dialog'), ...), never Playwright's own listeners. */
function removeListenersAddedSince(target: Page | BrowserContext): void {
  const events = emitter(target);
  const own = ownListeners.get(events);
  for (const name of events.eventNames()) {
    for (const listener of events.listeners(name)) {
      if (!own?.get(name)?.has(listener)) {
        events.removeListener(name, listener as (...args: unknown[]) => void);
      }
    }
  }
}

/** An empty page of the app's origin, to clear its storage with no app holding it open. */
const BLANK_PATH = '/test-support/blank';

/** Run in the blank page (the test program has no DOM types): empties the origin's storage. */
const CLEAR_STORAGE = `(async () => {
  localStorage.clear();
  sessionStorage.clear();
  const databases = await indexedDB.databases();
  await Promise.all(databases.map(({ name }) => new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = resolve;
    deleting.onerror = () => reject(deleting.error);
    deleting.onblocked = () => reject(new Error('IndexedDB ' + name + ' is still open'));
  })));
})()`;

/** demoMode false makes roles that see youth data enrol a second factor. */
export async function startBrowserWorld(options: { demoMode: boolean }): Promise<BrowserWorld> {
  const database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: options.demoMode });
  const app = await testApp(services, (app) => {
    serveAxe(app);
    app.get(BLANK_PATH, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><title>Blank</title>'),
    );
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
    args: [
      // Renderers started by the browser process itself, not forked from a zygote that outlives
      // them unreaped: the browser process waits for them, the test process waits for it, and so
      // Chromium's CPU time (two thirds of a browser file's) counts in the runner's figure.
      '--no-zygote',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const kept = new Map<string, Page>();
  async function seat(request: Seat = {}): Promise<Page> {
    const options = contextOptions(request);
    const key = JSON.stringify([
      request.seat ?? 0,
      request.timezoneId,
      request.locale,
      request.phone,
      request.clockAt !== undefined,
    ]);
    let page = kept.get(key);
    if (page === undefined || page.isClosed()) {
      const context = await browser.newContext(options);
      if (request.clockAt) await context.clock.install({ time: request.clockAt });
      page = await context.newPage();
      noteListeners(context);
      noteListeners(page);
      kept.set(key, page);
      return page;
    }
    const context = page.context();
    for (const other of context.pages()) if (other !== page) await other.close();
    removeListenersAddedSince(page);
    removeListenersAddedSince(context);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearCookies();
    await context.clearPermissions();
    await context.setGeolocation(null);
    await context.setExtraHTTPHeaders({});
    await context.setOffline(false);
    await page.goto(`${base}${BLANK_PATH}`);
    await page.evaluate(CLEAR_STORAGE);
    await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null });
    if (request.clockAt) {
      await page.clock.resume();
      await page.clock.setSystemTime(request.clockAt);
    }
    return page;
  }
  return {
    database,
    app,
    browser,
    base,
    clock: services.clock,
    services,
    seat,
    async close() {
      for (const context of browser.contexts()) await context.close();
      await renderersEnded();
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/**
 * axe-core's minified build: the same rules as `axe.source` (the readable build, 1.5 MB) in
 * less than half the text, which Chromium parses anew in every document it is loaded into.
 */
let axeScript: string | undefined;
const axeSource = () =>
  (axeScript ??= readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  ));

/**
 * Where the test servers serve axe-core's minified build, beside the app (`serveAxe`): a page
 * loads it as a script of its own origin, which the app's Content-Security-Policy allows
 * (`script-src 'self'`), instead of receiving 550 kB of source through the DevTools protocol at
 * every check of a new document; Chromium keeps the file in the context's cache and the parsed
 * script in the renderer's.
 */
export const AXE_PATH = '/test-support/axe.min.js';

/** Registers AXE_PATH on a test server (testApp's `extraRoutes`). */
export function serveAxe(app: App): void {
  app.get(AXE_PATH, (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(axeSource()),
  );
}

/** The WCAG 2.1 A and AA rules, every one of them run on every check. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails on serious or critical WCAG 2.1 A/AA violations; records the page as checked.
 *
 * axe-core runs in the page itself: loaded once per document (the app changes screens without
 * reloading, so once per journey, mostly) and asked for violations only, so that it builds
 * selectors for the nodes that fail and not for every node it checked. (@axe-core/playwright,
 * used before, loaded axe again for every check and finished each run in a new page, which made
 * the checks most of the browser suite's time; the app has no frames for it to walk.)
 */
export async function expectAccessible(
  page: Page,
  label: string,
  checked: string[],
): Promise<void> {
  if (!(await page.evaluate<boolean>("'axe' in window"))) {
    // A page a test wrote itself (setContent) has no server to load the script from.
    if (/^https?:/.test(page.url())) await page.addScriptTag({ url: AXE_PATH });
    else await page.evaluate(axeSource());
  }
  const options = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate<axe.AxeResults>(
    `axe.run(document, ${JSON.stringify(options)})`,
  );
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

/**
 * Signs the page's browser context in over HTTP, with the request the sign-in form sends
 * (`POST /api/auth/login`; the context keeps the session cookie), then opens `path` and waits
 * for its level-1 heading. Journeys that are not about signing in start this way: the sign-in
 * page costs Chromium a whole page load that proves nothing new after the first time. Each file
 * keeps at least one sign-in through the form, and accounts with a second factor use the form.
 */
export async function signInAt(
  page: Page,
  base: string,
  account: { email: string; password: string },
  heading: string | RegExp,
  path = '/',
): Promise<void> {
  const response = await page.context().request.post(`${base}/api/auth/login`, {
    data: account,
  });
  assert.equal(response.status(), 200, `signing in ${account.email}: ${await response.text()}`);
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

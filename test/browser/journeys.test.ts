// The journeys a person makes on the screens, in Debian's Chromium: an administrator signs in,
// sets up a second factor and opens an account; an advocate sets up and uses a second factor,
// and waits after too many wrong codes; a Spanish speaker; the oversight analyst reads the
// quarter's measures, compares them with the quarter before and downloads the board report.
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  expectAccessible as checkAccessible,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { type Browser, type Page } from 'playwright-core';
import { totpCode } from '../../src/server/security/totp.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { Client } from '../support/http.js';
import type { TestClock } from '../support/world.js';

let world: BrowserWorld;
let browser: Browser;
let base: string;
let clock: TestClock;
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: false });
  ({ browser, base } = world);
  clock = world.clock;
});
after(async () => {
  await world.close();
});

function expectAccessible(page: Page, label: string) {
  return checkAccessible(page, label, checkedPages);
}

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in over HTTP, outside the browser, and sends `count` wrong codes. */
async function wrongCodesElsewhere(email: string, secret: string, count: number) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const wrong = totpCode(secret, clock.now()) === '000000' ? '111111' : '000000';
  for (let i = 0; i < count; i += 1) {
    const answer = await fetch(`${base}/api/auth/mfa/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ code: wrong }),
    });
    assert.equal(answer.status, 400);
  }
}

/** The coordinator (who sets up a second factor first) approves the account waiting for them. */
async function approveAsCoordinator(name: string): Promise<string> {
  const coordinator = new Client(world.app);
  await coordinator.login('coordinator@demo.test', DEMO_PASSWORD);
  const { secret } = (await coordinator.post('/api/auth/mfa/setup')).json<{ secret: string }>();
  await coordinator.post('/api/auth/mfa/enable', { code: totpCode(secret, clock.now()) });
  const { toDecide } = (await coordinator.get('/api/approvals')).json<{
    toDecide: { id: string; subjectName: string }[];
  }>();
  const waiting = toDecide.find((a) => a.subjectName === name);
  assert.ok(waiting, `the account of ${name} waits for the coordinator`);
  const approved = await coordinator.post(`/api/approvals/${waiting.id}/approve`);
  assert.equal(approved.statusCode, 200, approved.body);
  return approved.json<{ temporaryPasswordSecondHalf: string }>().temporaryPasswordSecondHalf;
}

describe('an administrator opens an account', () => {
  test('login -> home -> users -> create -> the one-time password signs the new person in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await expectAccessible(page, 'login');
    await signIn(page, 'admin@demo.test');
    // Outside demo mode an administrator sets up a second factor before anything else.
    await page.getByRole('button', { name: 'Show the QR code' }).click();
    const secret = (await page.getByTestId('mfa-secret').textContent())?.replace(/\s/g, '') ?? '';
    await page.getByLabel('6-digit code').fill(totpCode(secret, clock.now()));
    await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
    await page.getByRole('heading', { level: 1, name: /Hello, Demo Administrator/ }).waitFor();
    // Her dashboard: accounts, second factors, the audit trail's newest events checked.
    await page.getByRole('table', { name: 'Active accounts per role' }).waitFor();
    await page.getByText(/^Audit trail: the newest \d+ events check out/).waitFor();
    await expectAccessible(page, 'home (administrator)');

    await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'User accounts' }).waitFor();
    await expectAccessible(page, 'users');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill('new.officer@demo.test');
    await page.getByLabel('Display name').fill('Pat Detective');
    await page.getByLabel('Organization').selectOption({ label: 'Demo City Police Department' });
    await page.getByRole('checkbox', { name: 'Law enforcement officer' }).check();
    await expectAccessible(page, 'users: create form');
    await page.getByRole('button', { name: 'Create account' }).click();
    // An officer sees youth data: the account waits for a second person, and the administrator
    // holds only the first half of its one-time password (test/browser/approvals.test.ts).
    const firstHalf = (await page.getByTestId('password-first-half').textContent())?.trim() ?? '';
    assert.match(firstHalf, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await page.getByRole('button', { name: 'I have handed it over' }).click();
    await page
      .getByRole('cell', { name: /Pat Detective/ })
      .first()
      .waitFor();

    for (const [link, heading] of [
      ['Organizations', 'Organizations'],
      ['Agreements', 'Information-sharing agreements'],
      ['Point persons', /point/i],
      ['Your account', /account/i],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(page, link);
    }
    await page.goto(`${base}/no-such-page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'not found');
    await context.close();

    // The police department has no approver of its own: the county coordinator approves and
    // hands over the second half.
    const temporary = `${firstHalf}-${await approveAsCoordinator('Pat Detective')}`;

    // The new person: temporary password, then their own.
    const other = await browser.newContext();
    const officer = await other.newPage();
    await signIn(officer, 'new.officer@demo.test', temporary);
    await officer.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectAccessible(officer, 'login: new password');
    await officer.getByLabel('Current password').fill(temporary);
    await officer.getByLabel('New password', { exact: true }).fill('my own long passphrase');
    await officer.getByLabel('New password again').fill('my own long passphrase');
    await officer.getByRole('button', { name: 'Change password' }).click();
    // An officer sees youth data: outside demo mode the second factor comes next.
    await officer.getByRole('button', { name: 'Show the QR code' }).waitFor();
    await other.close();
  });
});

describe('an advocate uses a second factor', () => {
  test('enrolls at first sign-in, then must enter a code next time', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'advocate@demo.test');
    await page.getByRole('button', { name: 'Show the QR code' }).click();
    await page
      .getByRole('img', { name: 'QR code to add Lantern to your authenticator app' })
      .waitFor();
    await expectAccessible(page, 'login: authenticator setup');
    const secret = (await page.getByTestId('mfa-secret').textContent())?.replace(/\s/g, '') ?? '';
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await page.getByLabel('6-digit code').fill(totpCode(secret, clock.now()));
    await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
    await page.getByRole('heading', { level: 1, name: /Hello, Alex Lee/ }).waitFor();
    await expectAccessible(page, 'home (advocate)');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Lantern' }).waitFor();

    await signIn(page, 'advocate@demo.test');
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    await expectAccessible(page, 'login: code');
    await page
      .getByLabel('6-digit code')
      .fill(totpCode(secret, clock.now()) === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    // Four more wrong codes from another sign-in: codes count per account, so five in all
    // make even the right one wait here, and the page says so.
    await wrongCodesElsewhere('advocate@demo.test', secret, 4);
    await page.getByLabel('6-digit code').fill(totpCode(secret, clock.now()));
    await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Too many wrong codes. Wait' }).waitFor();
    await expectAccessible(page, 'login: code (waiting)');
    clock.advance(60_000);
    await page.getByLabel('6-digit code').fill(totpCode(secret, clock.now()));
    await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
    await page.getByRole('heading', { level: 1, name: /Hello, Alex Lee/ }).waitFor();
    // No admin screens for an advocate, in the menu or by address.
    assert.equal(
      await page.getByRole('navigation').getByRole('link', { name: 'Users' }).count(),
      0,
    );
    await context.close();
  });
});

describe('the oversight analyst reads the quarter (JOURNEYS 8)', () => {
  test('measures with charts and tables, the quarter before beside them, the board report; in Spanish', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'oversight@demo.test');
    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    // The demo happens on the test clock's day, 2026-11-23: its quarter, by month.
    await page.getByLabel('From', { exact: true }).fill('2026-10-01');
    await page.getByLabel('To', { exact: true }).fill('2026-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    const identifications = page.getByRole('region', { name: 'Identifications', exact: true });
    // A small count is said in words, and the chart beside the table does not draw it.
    await identifications.getByRole('cell', { name: 'fewer than 11' }).first().waitFor();
    await identifications.getByRole('table', { name: 'Identifications: every figure' }).waitFor();
    const chart = identifications.getByRole('img', { name: /^Bar chart of Identifications/ });
    assert.match(
      String(await chart.getAttribute('aria-label')),
      /hidden counts? (is|are) not drawn/,
    );
    await identifications.getByText(/hidden counts? ha(s|ve) no bar/).waitFor();
    await expectAccessible(page, 'reports (oversight)');

    await page.getByLabel('Compare with the previous period').check();
    await page
      .getByRole('status')
      .filter({ hasText: 'Compared with 2026-07-01 to 2026-09-30' })
      .waitFor();
    await identifications
      .getByRole('columnheader', { name: 'Identifications, previous period' })
      .waitFor();
    await expectAccessible(page, 'reports: compared with the previous period');

    const board = await page
      .getByRole('link', { name: 'Board report for 2026Q4 (PDF)' })
      .getAttribute('href');
    const pdf = await page.request.get(`${base}${board ?? ''}`);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informes' }).waitFor();
    await page.getByRole('cell', { name: 'menos de 11' }).first().waitFor();
    await page.getByRole('img', { name: /^Gráfico de barras de Identificaciones/ }).waitFor();
    await expectAccessible(page, 'reports (es, compared)');
    await context.close();
  });
});

describe('in Spanish', () => {
  test('the sign-in page and home switch language and stay accessible', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Being signed out is no error: the sign-in page logs none (a 401 would log one).
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // The address a person types: the root, which leads to sign-in.
    const root = await page.goto(`${base}/`);
    assert.equal(root?.status(), 200);
    await page.getByRole('heading', { name: 'Sign in to Lantern' }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: /Lantern/ }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await expectAccessible(page, 'login (es)');
    assert.deepEqual(consoleErrors, []);
    await page.getByLabel('Correo electrónico').fill('oversight@demo.test');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('heading', { level: 1, name: /Grant Ellis/ }).waitFor();
    await expectAccessible(page, 'home (es, oversight)');
    await context.close();
  });

  test('the pages checked cover every screen visited', () => {
    assert.ok(checkedPages.length >= 15, checkedPages.join(', '));
  });
});

describe('the web app is served small and cached right', () => {
  test('Brotli or gzip when the browser takes it; hashed assets immutable; the entry page revalidated', async () => {
    // The entry page is a few hundred bytes: sent as it is.
    const page = await fetch(`${base}/`, { headers: { 'accept-encoding': 'br' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'the entry page names its script');

    const plain = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'identity' } });
    const brotli = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } });
    const gzip = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(brotli.headers.get('content-encoding'), 'br');
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    for (const response of [plain, brotli, gzip]) {
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.match(String(response.headers.get('content-type')), /javascript/);
    }
    // fetch decodes what it was sent: all three are the same script.
    const [a, b, c] = await Promise.all([plain.text(), brotli.text(), gzip.text()]);
    assert.ok(a.length > 10_000);
    assert.equal(b, a);
    assert.equal(c, a);
    assert.ok(
      Number(brotli.headers.get('content-length')) < a.length / 3,
      'the Brotli copy is under a third of the script',
    );

    // A route the web app handles itself is the entry page, never cached for good.
    const deep = await fetch(`${base}/youth/anything`);
    assert.equal(deep.headers.get('cache-control'), 'no-cache');
  });
});

// The journeys a person makes on the screens, in Debian's Chromium: an administrator signs in,
// sets up a second factor and opens an account; an advocate sets up and uses a second factor,
// and waits after too many wrong codes; a Spanish speaker; the oversight analyst reads the
// quarter's measures, compares them with the quarter before and downloads the board report.
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  expectAccessible as checkAccessible,
  type Seat,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { type Page } from 'playwright-core';
import { totpCode } from '../../src/server/security/totp.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { Client } from '../support/http.js';
import type { TestClock } from '../support/world.js';
import { pdfText } from '../support/pdf.js';

let world: BrowserWorld;
let base: string;
let clock: TestClock;
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: false });
  ({ base } = world);
  clock = world.clock;
});
after(async () => {
  await world.close();
});

function expectAccessible(page: Page, label: string) {
  return checkAccessible(page, label, checkedPages);
}

/**
 * A kept page (BrowserWorld.seat) for the next person (`seat: 1`, ... for people at the same
 * time), in the machine's zone and language: no context options, as this file always had.
 */
function seat(request: Seat = {}): Promise<Page> {
  return world.seat(request);
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

/** Second-factor secrets of the accounts enrolled so far, so a later journey signs them in. */
const factorSecrets = new Map<string, string>();

/** Signs in with the second factor: enrolling it the first time, entering a code after. */
async function signInWithFactor(page: Page, email: string, heading: RegExp) {
  await signIn(page, email);
  let secret = factorSecrets.get(email);
  if (secret) {
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
  } else {
    await page.getByRole('button', { name: 'Show the QR code' }).click();
    secret = (await page.getByTestId('mfa-secret').textContent())?.replace(/\s/g, '') ?? '';
    factorSecrets.set(email, secret);
  }
  await page.getByLabel('6-digit code').fill(totpCode(secret, clock.now()));
  await page.getByRole('button', { name: /Turn on second factor|Verify/ }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The coordinator (who sets up a second factor first) approves the account waiting for them. */
async function approveAsCoordinator(name: string): Promise<string> {
  const coordinator = new Client(world.app);
  await coordinator.login('coordinator@demo.test', DEMO_PASSWORD);
  const { secret } = (await coordinator.post('/api/auth/mfa/setup')).json<{ secret: string }>();
  await coordinator.post('/api/auth/mfa/enable', { code: totpCode(secret, clock.now()) });
  factorSecrets.set('coordinator@demo.test', secret);
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
    const page = await seat();
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

    // The police department has no approver of its own: the county coordinator approves and
    // hands over the second half.
    const temporary = `${firstHalf}-${await approveAsCoordinator('Pat Detective')}`;

    // The new person: temporary password, then their own.
    const officer = await seat();
    await signIn(officer, 'new.officer@demo.test', temporary);
    await officer.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectAccessible(officer, 'login: new password');
    await officer.getByLabel('Current password').fill(temporary);
    await officer.getByLabel('New password', { exact: true }).fill('my own long passphrase');
    await officer.getByLabel('New password again').fill('my own long passphrase');
    await officer.getByRole('button', { name: 'Change password' }).click();
    // An officer sees youth data: outside demo mode the second factor comes next.
    await officer.getByRole('button', { name: 'Show the QR code' }).waitFor();
  });
});

describe('an advocate uses a second factor', () => {
  test('enrolls at first sign-in, then must enter a code next time', async () => {
    const page = await seat();
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
  });
});

describe('the oversight analyst reads the quarter (JOURNEYS 8)', () => {
  test('measures with charts and tables, the quarter before beside them, the board report; in Spanish', async () => {
    const page = await seat();
    // Oversight has no second factor to enrol: over HTTP (signInAt), as not about signing in.
    const account = { email: 'oversight@demo.test', password: DEMO_PASSWORD };
    await signInAt(page, base, account, /Hello, Grant Ellis/);
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
  });
});

describe('the Monday MDT (JOURNEYS 3)', () => {
  test('the agenda from clocks, each member’s own view, the shared screen, a decision on My work; in Spanish', async () => {
    clock.advance(31_000); // a fresh code for an account enrolled earlier in this file
    const coordinator = await seat();
    await signInWithFactor(coordinator, 'coordinator@demo.test', /Hello, Priya Patel/);
    await coordinator.getByRole('navigation').getByRole('link', { name: 'MDT meetings' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'MDT meetings' }).waitFor();
    await coordinator.getByLabel('Title').fill('Monday MDT');
    const tomorrow = new Date(clock.now().getTime() + 86_400_000).toISOString().slice(0, 16);
    await coordinator.getByLabel('Date and time').fill(tomorrow);
    for (const name of ['Demo City Police Department', 'Harbor Light Advocates']) {
      await coordinator.getByRole('checkbox', { name }).check();
    }
    await expectAccessible(coordinator, 'MDT meetings: schedule');
    await coordinator.getByRole('button', { name: 'Schedule the meeting' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Monday MDT' }).waitFor();
    // The demo case is on the agenda with its clocks: the advocate's on scene, the clinic's.
    const maya = coordinator.getByRole('listitem').filter({
      has: coordinator.getByRole('heading', { name: /DEMO-0001/ }),
    });
    await maya.getByText(/^Advocate on scene with the youth \(Harbor Light Advocates\)/).waitFor();
    await maya.getByText(/^Health evaluation .*: due, due/).waitFor();
    await expectAccessible(coordinator, 'MDT meeting (coordinator)');
    const decision = coordinator.getByRole('region', { name: 'Record a decision' });
    const caseHeading = (await maya.getByRole('heading').first().textContent()) ?? '';
    await decision.getByLabel('Case', { exact: true }).selectOption({ label: caseHeading });
    await decision.getByLabel(/What is to be done/).fill('Arrange the forensic interview');
    await decision.getByLabel(/The decision and why/).fill('The interview waits for her consent.');
    await decision.getByRole('checkbox', { name: 'Case notes' }).check();
    // Besides the attendees, an organization on Maya's team may own it (the district attorney).
    await decision
      .locator('optgroup[label="On the case team"] option', {
        hasText: 'Demo County District Attorney',
      })
      .waitFor({ state: 'attached' });
    await decision
      .getByLabel('Owner', { exact: true })
      .selectOption({ label: 'Demo City Police Department' });
    await decision.getByLabel('Due on').fill(tomorrow.slice(0, 10));
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await decision.getByText('The decision is recorded and the owner has a task.').waitFor();
    const meetingUrl = coordinator.url();

    // Police and the advocate each open it: the advocate reads her own needs notes, police not.
    const readable = async (email: string, name: RegExp, at: number) => {
      const page = await seat({ seat: at });
      await signInWithFactor(page, email, name);
      await page.goto(meetingUrl);
      const item = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { name: /DEMO-0001/ }),
      });
      await item.getByText(/^Name: Maya Rivera/).waitFor();
      return {
        page,
        item,
        reads: await item.getByText(/^What your organization may read/).textContent(),
      };
    };
    const police = await readable('police@demo.test', /Hello, Officer Sam Ruiz/, 1);
    await expectAccessible(police.page, 'MDT meeting (police)');
    const advocate = await readable('supervisor@demo.test', /Hello, Dana Lee/, 2);
    assert.match(advocate.reads ?? '', /Needs and services/);
    assert.doesNotMatch(police.reads ?? '', /Needs and services/);
    // The decision's words are case notes: police hold them; the title shows to everyone.
    await police.item
      .getByText(/Arrange the forensic interview: Demo City Police Department/)
      .waitFor();

    // The shared screen: numbers and clocks only.
    await police.page.getByRole('checkbox', { name: /Shared screen/ }).check();
    await police.page.getByText('This is the shared screen: no names, no case details.').waitFor();
    await police.item.getByText(/^Name:/).waitFor({ state: 'detached' });
    await police.item.getByText(/Health evaluation/).waitFor();
    assert.equal(await police.page.getByText(/Maya/).count(), 0);
    await expectAccessible(police.page, 'MDT meeting (shared screen)');

    // The decision is on the owner's My work.
    await police.page.getByRole('navigation').getByRole('link', { name: 'My work' }).click();
    await police.page.getByText('MDT decision: Arrange the forensic interview').first().waitFor();

    // The advocate's view in Spanish.
    await advocate.page.getByRole('button', { name: 'Español' }).click();
    await advocate.page.getByRole('heading', { name: /Caso .*DEMO-0001/ }).waitFor();
    await advocate.page
      .getByText(/^Lo que su organización puede leer: .*Necesidades y servicios/)
      .waitFor();
    // The pack's task titles in Spanish; the agenda prints in Spanish from the same screen.
    await advocate.item
      .getByText(
        /^Defensora o defensor en el lugar con la persona joven \(Harbor Light Advocates\)/,
      )
      .waitFor();
    const print = advocate.page.getByRole('link', { name: 'Agenda para imprimir (sin nombres)' });
    const agenda = await advocate.page.request.get(
      new URL((await print.getAttribute('href')) ?? '', meetingUrl).href,
    );
    assert.equal(agenda.status(), 200);
    const agendaText = pdfText(await agenda.body()).replace(/\s+/g, ' ');
    assert.match(agendaText, /Monday MDT: orden del día/);
    assert.ok(!agendaText.includes('Maya'), 'no name on the printed agenda');
    await expectAccessible(advocate.page, 'MDT meeting (es, advocate)');
  });
});

describe('in Spanish', () => {
  test('the sign-in page and home switch language and stay accessible', async () => {
    // The seat's turn signs the person before out and forgets her language (local storage).
    const page = await seat();
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
  });

  test('the pages checked cover every screen visited', () => {
    assert.ok(checkedPages.length >= 15, checkedPages.join(', '));
  });
});

describe('the accessibility check itself', () => {
  test('fails on a serious violation, and passes the same page once fixed', async () => {
    // A page of no origin, as a new one is: the check loads axe-core's source into it itself.
    const page = await seat();
    await page.goto('about:blank');
    await page.setContent(
      '<html lang="en"><head><title>Check</title></head><body><main><img src="data:,"><button></button></main></body></html>',
    );
    await assert.rejects(
      checkAccessible(page, 'broken page', []),
      /image-alt.*button-name|button-name.*image-alt/s,
    );
    await page.setContent(
      '<html lang="en"><head><title>Check</title></head><body><main><img src="data:," alt="Logo"><button>Save</button></main></body></html>',
    );
    const checked: string[] = [];
    await checkAccessible(page, 'fixed page', checked);
    assert.deepEqual(checked, ['fixed page']);
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

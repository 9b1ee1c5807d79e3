// The protocol on the screens, in Debian's Chromium: the officer's 1:40 a.m. identification on a
// phone (the legal statement and whom to call before anything else), the advocate's task on My
// work with its countdown (taken, then done), and the coordinator's view of every open clock in
// the county, overdue first. The browser's clock is set to the server's (the test clock).
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Page } from 'playwright-core';
import { runDueJobs } from '../../src/server/services/protocol/jobs.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible as checkAccessible,
  signInAt,
  startBrowserWorld,
  WAIT_MS,
  type BrowserWorld,
} from '../support/browser.js';
import { openYouth } from '../support/cases.js';
import { Client } from '../support/http.js';

const HOSPITAL = 'St. Mary’s Hospital, emergency entrance';
const ON_SCENE = 'Advocate on scene with the youth';
const ADVOCACY = 'Harbor Light Advocates';
const PHONE = { width: 375, height: 667 };
/** 1:40 a.m. in Los Angeles (PST), Tuesday 2026-11-24. */
const NIGHT = Date.parse('2026-11-24T09:40:00Z');
const HOUR = 3_600_000;

let world: BrowserWorld;
let base: string;
let caseNumber = '';
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
  world.clock.advance(NIGHT - world.clock.now().getTime());
});
after(async () => {
  await world.close();
});

function expectAccessible(page: Page, label: string) {
  return checkAccessible(page, label, checkedPages);
}

/**
 * A kept page (BrowserWorld.seat) for the next person, a phone when given its viewport: a Los
 * Angeles browser whose clock starts where the server's stands, and runs on from there.
 */
function seat(phone?: { width: number; height: number }): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    ...(phone ? { phone: true, viewport: phone } : {}),
    clockAt: world.clock.now(),
  });
}

async function signIn(page: Page, email: string, name: RegExp): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at the home page. */
async function signInOver(page: Page, email: string, name: RegExp): Promise<void> {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, name);
}

async function openMyWork(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My work' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
}

/** Waits until `read` answers what `expected` matches (a countdown re-renders on its minute). */
async function eventually(read: () => Promise<string | null>, expected: RegExp, what: string) {
  let last: string | null = null;
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    last = await read();
    if (last !== null && expected.test(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what}: ${String(last)} does not match ${String(expected)}`);
}

describe('the protocol on the screens', () => {
  test('(a) at 1:40 a.m. the officer records an identification on a phone and sees first what to do', async () => {
    const page = await seat(PHONE);
    await signIn(page, 'police@demo.test', /Hello, Officer Sam Ruiz/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('button', { name: 'New youth record' }).click();
    await page.getByLabel('Alias or nickname').fill('Jazz');
    await page.getByLabel('Estimated birth year').fill('2011');
    await page.getByRole('button', { name: 'Check and open the record' }).click();
    const anyway = page.getByRole('button', { name: 'Open a new record anyway' });
    const record = page.getByRole('heading', { level: 1, name: /^Case / });
    await anyway.or(record).first().waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await record.waitFor();
    caseNumber = ((await record.textContent()) ?? '').replace(/^Case /, '').trim();
    assert.match(caseNumber, /^\d{4}-/);

    await page.getByRole('link', { name: 'Record what happened' }).first().click();
    await page
      .getByRole('heading', { level: 1, name: `Record what happened: case ${caseNumber}` })
      .waitFor();
    // Only what an officer records, identification first.
    const what = page.getByLabel('What happened');
    assert.deepEqual(await what.locator('option').allTextContents(), [
      'Identification',
      'Protective custody',
      'Arrest attempt',
      'Detention',
      'Missing',
      'Returned',
    ]);
    assert.equal(await what.inputValue(), 'identification');
    // When: now, on the officer's clock, in Los Angeles.
    const when = page.getByLabel('When');
    assert.match(await when.inputValue(), /^2026-11-24T01:4[01]$/);
    await expectAccessible(page, 'record what happened (officer, phone)');

    // Later than now is refused, with a clear message; nothing is recorded.
    await when.fill('2026-11-24T03:00');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.getByRole('alert').filter({ hasText: 'It cannot be later than now.' }).waitFor();
    await expectAccessible(page, 'record what happened: a time later than now');
    await when.fill('2026-11-24T01:40');

    await page.getByLabel('Where').fill(HOSPITAL);
    await page.getByLabel('Found at').selectOption({ label: 'Hotel or motel' });
    await page.getByRole('checkbox', { name: 'Prostitution-related' }).check();
    await page.getByRole('button', { name: 'Record it' }).click();

    // First and plainly: the statement, whom to call, where to take the child.
    const now = page.getByRole('region', { name: 'Do this now' });
    await now.waitFor();
    await now.getByRole('heading', { level: 2, name: 'Do this now' }).waitFor();
    assert.equal(await page.locator(':focus').textContent(), 'Do this now', 'focus on what to do');
    assert.match((await now.locator('.protective-statement').textContent()) ?? '', /victim/i);
    await now.getByText(/^Source: /).waitFor();
    const call = now.getByRole('heading', { level: 3, name: 'Call now' });
    await call.waitFor();
    const phones = now.locator('a[href^="tel:"]');
    assert.ok((await phones.count()) > 0, 'a phone to tap');
    await now.getByText('Take the child to').waitFor();
    await now.getByText('Forensic interviews happen at').waitFor();
    const fired = page.getByRole('heading', { level: 2, name: 'What the protocol did' });
    const statementBox = await now.boundingBox();
    const firedBox = await fired.boundingBox();
    assert.ok(statementBox && firedBox && statementBox.y < firedBox.y, 'the statement first');
    const callBox = await call.boundingBox();
    assert.ok(callBox && callBox.y < PHONE.height, 'whom to call shows without scrolling');
    // Then what the protocol gave, in the officer's time zone.
    await page
      .getByRole('listitem')
      .filter({ hasText: `${ON_SCENE}: ${ADVOCACY}, due Tue, Nov 24, 3:10 AM PST` })
      .waitFor();
    await expectAccessible(page, 'what the protocol did (officer, phone)');

    // The record lists the event, with who recorded it.
    await page.getByRole('link', { name: 'Back to the record' }).last().click();
    await page.getByRole('heading', { level: 2, name: 'What happened' }).waitFor();
    const entry = page.locator('.event-list li').filter({ hasText: 'Identification' });
    await entry.filter({ hasText: 'Recorded by Officer Sam Ruiz' }).waitFor();
    await entry.filter({ hasText: `Where: ${HOSPITAL}` }).waitFor();
    await expectAccessible(page, 'the record: what happened (officer, phone)');
  });

  test('(a2) an arrest attempt for an offense California does not charge minors with shows the statement at once, in English and in Spanish', async () => {
    assert.ok(caseNumber, 'the identification was recorded');
    const page = await seat(PHONE);
    await signInOver(page, 'police@demo.test', /Hello, Officer Sam Ruiz/);
    const youthId = await page.evaluate(async (number) => {
      const response = await fetch(`/api/youth?query=${encodeURIComponent(number)}`);
      const rows = (await response.json()) as { id: string; caseNumber: string }[];
      return rows.find((r) => r.caseNumber === number)?.id ?? '';
    }, caseNumber);
    assert.ok(youthId, 'the case is found');
    const recordArrest = async (type: string, offense: string, save: string) => {
      await page.goto(`${base}/youth/${youthId}/events/new`);
      await page.getByLabel(type).selectOption('arrest_attempt');
      await page
        .getByRole('combobox', { name: offense })
        .selectOption('loitering_intent_prostitution');
      await page.getByRole('button', { name: save }).click();
    };
    await recordArrest('What happened', 'Offense', 'Record it');
    const now = page.getByRole('region', { name: 'Do this now' });
    await now.waitFor();
    assert.equal(await page.locator(':focus').textContent(), 'Do this now', 'focus on what to do');
    await now
      .getByText(/The law does not charge a minor with this offense: Loitering with intent/)
      .waitFor();
    assert.match((await now.locator('.protective-statement').textContent()) ?? '', /victim/i);
    await page
      .getByRole('listitem')
      .filter({ hasText: /^Review: a minor was arrested or charged/ })
      .waitFor();
    await expectAccessible(page, 'arrest attempt: the statement (officer, phone)');

    await page.getByRole('button', { name: 'Español' }).click();
    await recordArrest('Qué sucedió', 'Delito', 'Registrarlo');
    const ahora = page.getByRole('region', { name: 'Haga esto ahora' });
    await ahora.waitFor();
    await ahora.getByText(/La ley no acusa a un menor de este delito/).waitFor();
    await expectAccessible(page, 'arrest attempt: the statement (es, officer, phone)');
  });

  test('(b) the advocate finds the task on My work with its countdown, takes it and completes it', async () => {
    assert.ok(caseNumber, 'the identification was recorded');
    const page = await seat(PHONE);
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMyWork(page);
    await page.getByText('Times are in America/Los_Angeles').waitFor();
    const task = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: ON_SCENE }) })
      .filter({ hasText: `Case ${caseNumber}` });
    await task.waitFor();
    const section = page.getByRole('region', { name: /^Due today/ });
    assert.equal(
      (await section.getByRole('article').filter({ hasText: caseNumber }).count()) > 0,
      true,
    );
    const countdown = task.locator('.task-clock .badge');
    assert.equal(await countdown.textContent(), 'Due in 1 h 30 min');
    await task.getByText(HOSPITAL).waitFor();
    assert.ok((await task.locator('a[href^="tel:"]').count()) > 0, 'whom to call, a tap away');
    await expectAccessible(page, 'my work (advocate, phone)');

    // The countdown ticks on the minute, without a reload.
    await page.clock.fastForward('01:00');
    await eventually(() => countdown.textContent(), /^Due in 1 h 29 min$/, 'the countdown');

    await task.getByRole('button', { name: /^Take it/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You took “${ON_SCENE}” (case ${caseNumber}).` })
      .waitFor();
    await task.getByText(`${ADVOCACY}, taken by Alex Lee`).waitFor();
    await task.getByRole('button', { name: /^Mark done/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `“${ON_SCENE}” (case ${caseNumber}) is done.` })
      .waitFor();
    await task.waitFor({ state: 'detached' });
    await expectAccessible(page, 'my work after completing a task (advocate, phone)');
  });

  test('(c) the coordinator sees every open clock in the county, an overdue one first', async () => {
    // An identification recorded three hours late: its 90-minute clock ran out 90 minutes ago,
    // and the jobs told the advocacy organization's point person at the due time.
    const police = new Client(world.app);
    await police.login('police@demo.test', DEMO_PASSWORD);
    const late = await openYouth(police);
    const recorded = await police.post(`/api/youth/${late.id}/events`, {
      type: 'identification',
      occurredAt: new Date(world.clock.now().getTime() - 3 * HOUR).toISOString(),
      details: { where: 'Central station', prostitutionRelated: false },
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    await runDueJobs(world.services);

    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    await openMyWork(page);
    await page.getByRole('radio', { name: 'Every open clock in the county' }).check();
    const sections = page.locator('.work-section');
    await sections.first().waitFor();
    assert.match(
      (await sections.first().getByRole('heading').first().textContent()) ?? '',
      /^Overdue/,
    );
    // The demo's own cases have clocks overdue longer; this one sits among them in Overdue.
    const first = sections
      .first()
      .getByRole('article')
      .filter({ hasText: `Case ${late.caseNumber}` })
      .filter({ has: page.getByRole('heading', { name: ON_SCENE }) });
    await first.getByRole('heading', { name: ON_SCENE }).waitFor();
    await first.getByText(`Case ${late.caseNumber}`).waitFor();
    assert.equal(await first.locator('.task-clock .badge').textContent(), 'Overdue by 1 h 30 min');
    await first.getByText(`${ADVOCACY}, not taken yet`).waitFor();
    await first.getByText(/^Told the assigned organization’s point person, /).waitFor();
    // The tasks of the officer's case (a) that are still open are there too, in later sections.
    await page
      .getByRole('article')
      .filter({ hasText: `Case ${caseNumber}` })
      .first()
      .waitFor();
    await expectAccessible(page, 'my work: the county (coordinator)');

    // By organization: the advocacy organization's clocks stay, another's leave.
    const filter = page.getByLabel('Assigned organization');
    await filter.selectOption({ label: ADVOCACY });
    await first.getByRole('heading', { name: ON_SCENE }).waitFor();
    const others = (await filter.locator('option').allTextContents()).filter(
      (name) => name !== ADVOCACY && name !== 'All organizations',
    );
    if (others[0]) {
      await filter.selectOption({ label: others[0] });
      await page
        .getByRole('article')
        .filter({ hasText: `Case ${late.caseNumber}` })
        .filter({ has: page.getByRole('heading', { name: ON_SCENE }) })
        .waitFor({ state: 'detached' });
    }
  });

  test('an advocate is not offered the county view; an administrator has no My work', async () => {
    const advocate = await seat();
    await signInOver(advocate, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMyWork(advocate);
    await advocate
      .getByRole('radio', { name: 'Mine, and my organization’s not yet taken' })
      .waitFor();
    assert.equal(
      await advocate.getByRole('radio', { name: 'Every open clock in the county' }).count(),
      0,
    );
    // The next person at the same seat: the advocate is signed out (BrowserWorld.seat).
    const admin = await seat();
    await signInOver(admin, 'admin@demo.test', /Hello, Demo Administrator/);
    assert.equal(
      await admin
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'My work' })
        .count(),
      0,
    );
    await admin.goto(`${base}/work`);
    await admin.getByRole('heading', { level: 1 }).filter({ hasNotText: 'My work' }).waitFor();
  });
});

// Journey 6 on the screens, in Debian's Chromium: the DA's victim-witness staff record a subpoena
// on Maya's case (on a phone) or a hearing where she testifies in the record's legal section (on a
// desktop, then their Court calendar); the advocate finds "Testimony safety plan" on My work, opens
// the plan form from it, writes the plan with the youth and its verified transportation, and the
// task closes; then two people save one plan at once, and the second sees both
// versions side by side, keeps a part of each and saves; the section once in Spanish. axe-core
// checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Page } from 'playwright-core';
import { insertUser } from '../../src/db/repositories/users.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible as checkAccessible,
  type Seat,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { demoPasswordHash } from '../support/world.js';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };
const TASK = 'Testimony safety plan with verified transportation';
const WITNESS = 'witness@demo.test';

let world: BrowserWorld;
let base: string;
let mayaId = '';
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
  const [da] = await world.database.db.query<{ id: string; jurisdiction_id: string }>(
    `SELECT o.id, o.jurisdiction_id FROM organizations o JOIN jurisdictions j
       ON j.id = o.jurisdiction_id
     WHERE o.type = 'district_attorney' AND j.name = 'Demo County'`,
  );
  assert.ok(da, 'the demo district attorney');
  // The DA's victim-witness staff: the demo county has the prosecutor only.
  await insertUser(world.database.db, {
    jurisdictionId: da.jurisdiction_id,
    organizationId: da.id,
    email: WITNESS,
    displayName: 'Morgan Witness',
    roles: ['victim_witness_staff'],
    language: 'en',
    passwordHash: await demoPasswordHash(),
    mustChangePassword: false,
  });
  const [maya] = await world.database.db.query<{ id: string }>(
    `SELECT y.id FROM youth y WHERE y.case_number LIKE '%-DEMO-0001'`,
  );
  assert.ok(maya);
  mayaId = maya.id;
});
after(async () => {
  await world.close();
});

const expectAccessible = (page: Page, label: string) => checkAccessible(page, label, checkedPages);

/**
 * A kept page (BrowserWorld.seat) for the next person: a Los Angeles browser whose clock is set
 * to the server's (the test clock); a phone when narrower than 500 px.
 */
function seat(viewport: { width: number; height: number }, request: Seat = {}): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    viewport,
    phone: viewport.width < 500,
    clockAt: world.clock.now(),
    ...request,
  });
}

async function signIn(page: Page, email: string, name: RegExp): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at their own screen. */
const signInOver = (page: Page, email: string, name: string | RegExp, path = '/') =>
  signInAt(page, base, { email, password: DEMO_PASSWORD }, name, path);

/** The victim-witness staff record a subpoena on Maya's case, through the recording form. */
async function recordSubpoena(viewport: { width: number; height: number }, hearingDate: string) {
  const page = await seat(viewport);
  await signIn(page, WITNESS, /Hello, Morgan Witness/);
  await page.goto(`${base}/youth/${mayaId}/events/new`);
  await page.getByLabel('What happened').selectOption('subpoena');
  await page.getByLabel('Hearing date').fill(hearingDate);
  await page.getByRole('button', { name: /^Record/ }).click();
  await page.getByText(TASK).first().waitFor();
}

/**
 * The victim-witness staff record a hearing where the youth testifies, in the record's legal
 * section: the hearing event fires the pack's hearing-testimony rule, which gives the same task.
 * Their Court calendar opens from the navigation.
 */
async function recordHearing(viewport: { width: number; height: number }, startsAt: string) {
  const page = await seat(viewport);
  await signInOver(page, WITNESS, /^Case /, `/youth/${mayaId}?section=legal`);
  await page.getByRole('heading', { level: 3, name: 'Hearings' }).waitFor();
  await page.locator('summary', { hasText: 'Record a hearing' }).click();
  await page.getByLabel('Date and time').fill(startsAt);
  await page.getByLabel('Court and department').fill('Juvenile Court, Dept. 3');
  await page.getByLabel('Type of hearing').selectOption('trial_testimony');
  await page.getByLabel('The youth testifies').check();
  await page.getByRole('button', { name: 'Record the hearing' }).click();
  await page.getByRole('status').filter({ hasText: TASK }).waitFor();
  await expectAccessible(page, 'legal section with a hearing recorded');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Court calendar' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Court calendar' }).waitFor();
  await expectAccessible(page, 'court calendar');
}

async function writeTestimonyPlan(viewport: { width: number; height: number }, label: string) {
  const page = await seat(viewport);
  await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My work' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  const task = page.getByRole('article').filter({ has: page.getByRole('heading', { name: TASK }) });
  await task.first().waitFor();
  const before = await task.count();
  await expectAccessible(page, `my work with the testimony task (${label})`);
  await task.first().getByRole('link', { name: 'Write the plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'New safety plan: Testimony' }).waitFor();
  await expectAccessible(page, `new testimony plan (${label})`);

  await page.getByLabel('On which day').fill('2026-11-23');
  await page.getByLabel('Hearing date').fill('2027-01-12');
  await page.getByLabel('Court').fill('Neighbor County Juvenile Court, Dept. 2');
  await page.getByLabel('Who drives').fill('Alex Lee (advocate)');
  await page.getByLabel('Pick-up time').fill('2027-01-12T07:30');
  await page.getByLabel('Pick-up place').fill('Her placement’s front door');
  await page.getByLabel('Confirmed by').fill('Dana Lee');
  await page.getByLabel('Confirmed when').fill('2026-11-23T10:00');
  await page
    .getByLabel('Warning signs')
    .fill('A car waiting outside court\nMessages from unknown numbers');
  await page.getByRole('button', { name: 'Add (Safe people)' }).click();
  await page.getByLabel('Name').first().fill('Aunt Rosa');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await page.getByText(/^Version 1, saved by Alex Lee/).waitFor();
  await expectAccessible(page, `testimony plan saved (${label})`);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My work' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
  await page.getByText('Times are in America/Los_Angeles').waitFor();
  // The plan closed the task it was required by: one fewer on My work.
  assert.equal(await task.count(), before - 1, 'the task closed');
}

describe('journey 6: a subpoena, the advocate’s task, the testimony plan', () => {
  test('on a phone: the subpoena gives the task, the plan written from it closes it', async () => {
    await recordSubpoena(PHONE, '2027-01-12');
    await writeTestimonyPlan(PHONE, 'phone');
  });

  test('on a desktop: a hearing where she testifies, recorded in the legal section, gives the same task', async () => {
    await recordHearing(DESKTOP, '2027-02-02T09:00');
    await writeTestimonyPlan(DESKTOP, 'desktop');
  });

  test('two people save one plan at once: the second sees both and keeps a part of each', async () => {
    const alex = await seat(DESKTOP);
    const dana = await seat(DESKTOP, { seat: 1 });
    const plans = `/youth/${mayaId}?section=safetyPlans`;
    await signInOver(alex, 'advocate@demo.test', /^Case /, plans);
    await signInOver(dana, 'supervisor@demo.test', /^Case /, plans);
    for (const page of [alex, dana]) {
      await page.getByRole('heading', { level: 3, name: 'Testimony' }).waitFor();
      await page
        .getByRole('region', { name: 'Testimony' })
        .getByRole('link', { name: /^Version 1/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: /^Testimony plan/ }).waitFor();
    }
    await alex.getByLabel('Warning signs').fill('Alex: a new phone');
    await alex.getByRole('button', { name: 'Save the plan' }).click();
    await alex.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();

    await dana.getByLabel('Court').fill('Dept. 5 (moved)');
    await dana.getByLabel('Warning signs').fill('Dana: a new boyfriend');
    await dana.getByRole('button', { name: 'Save the plan' }).click();
    await dana
      .getByRole('heading', { level: 2, name: 'Someone saved this plan while you were editing' })
      .waitFor();
    const signs = dana.getByRole('group', { name: 'Warning signs' }).last();
    await signs.getByText('Dana: a new boyfriend').waitFor();
    await signs.getByText('Alex: a new phone').waitFor();
    await expectAccessible(dana, 'both versions side by side');
    // Theirs for the warning signs, mine for the court.
    await signs.getByLabel('Keep theirs').check();
    await dana.getByRole('button', { name: 'Use these and go on editing' }).click();
    assert.equal(await dana.getByLabel('Warning signs').inputValue(), 'Alex: a new phone');
    assert.equal(await dana.getByLabel('Court').inputValue(), 'Dept. 5 (moved)');
    await dana.getByRole('button', { name: 'Save the plan' }).click();
    await dana.getByRole('status').filter({ hasText: 'Saved as version 3.' }).waitFor();
  });

  test('the safety plans section in Spanish, on a phone', async () => {
    const page = await seat(PHONE);
    await signInOver(page, 'advocate@demo.test', /^Case /, `/youth/${mayaId}?section=safetyPlans`);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 2, name: 'Planes de seguridad' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Testimonio' }).waitFor();
    await expectAccessible(page, 'safety plans (Spanish, phone)');
    await page.getByRole('link', { name: 'Plan nuevo: Salida de custodia' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Plan de seguridad nuevo: Salida de custodia' })
      .waitFor();
    await page.getByText('Quién recibe a la joven a la salida').waitFor();
    await expectAccessible(page, 'new release plan (Spanish, phone)');
  });
});

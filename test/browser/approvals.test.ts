// A second person on the screens, in Debian's Chromium: the administrator opens an advocate
// account at Harbor Light Advocates and receives only the first half of its one-time password;
// Harbor Light's program director (its point person) approves in the approval inbox and
// receives the second half; the new advocate signs in with both; the county coordinator sees
// the request and the decision among the notifications. axe-core checks every screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  expectAccessible as checkAccessible,
  type Seat,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';

const HARBOR_LIGHT = 'Harbor Light Advocates';
const NEW_EMAIL = 'jordan.new@demo.test';
const NEW_NAME = 'Jordan Newcomer';

let world: BrowserWorld;
let base: string;
const checkedPages: string[] = [];
let firstHalf = '';
let secondHalf = '';

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
});
after(async () => {
  await world.close();
});

function expectAccessible(page: Page, label: string) {
  return checkAccessible(page, label, checkedPages);
}

/**
 * A kept page (BrowserWorld.seat) for the next person, in the machine's zone and language: no
 * context options, as this file always had.
 */
function seat(request: Seat = {}): Promise<Page> {
  return world.seat(request);
}

async function signIn(
  page: Page,
  email: string,
  heading: string | RegExp,
  password = DEMO_PASSWORD,
) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * The same with the demo password, over HTTP (signInAt): the journeys not about signing in or
 * the home page start this way after the first.
 */
async function signInOver(page: Page, email: string, heading: string | RegExp) {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, heading);
}

const halfPattern = /^[a-z2-9]{5}-[a-z2-9]{5}$/;

describe('a new advocate account waits for its organization’s approver', () => {
  test('the administrator opens it and holds only the first half of its password', async () => {
    const page = await seat();
    await signIn(page, 'admin@demo.test', /Hello, Demo Administrator/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'User accounts' }).waitFor();
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(NEW_EMAIL);
    await page.getByLabel('Display name').fill(NEW_NAME);
    await page.getByLabel('Organization').selectOption({ label: HARBOR_LIGHT });
    await page.getByRole('checkbox', { name: 'Advocate' }).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    const panel = page.getByRole('region', {
      name: `First half of the one-time password for ${NEW_NAME}`,
    });
    await panel.waitFor();
    firstHalf = (await panel.getByTestId('password-first-half').textContent())?.trim() ?? '';
    assert.match(firstHalf, halfPattern);
    await panel.getByText(`Waiting for approval by ${HARBOR_LIGHT}.`, { exact: false }).waitFor();
    await expectAccessible(page, 'users: first half of a one-time password');
    await panel.getByRole('button', { name: 'I have handed it over' }).click();

    const row = page.getByRole('row').filter({ hasText: NEW_NAME });
    await row.getByText(`Waiting for approval by ${HARBOR_LIGHT}`).waitFor();
    await row.getByText('Open an account with the roles: Advocate').waitFor();
    await expectAccessible(page, 'users: an account waiting for approval');

    // What the administrator asked for, and that they cannot decide it themself.
    await nav.getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    await page.getByText('Nothing waits for your decision.').waitFor();
    const asked = page.getByRole('region', { name: 'What you asked for' });
    await asked
      .getByRole('heading', { name: 'Open an account with the roles: Advocate' })
      .waitFor();
    assert.equal(await page.getByRole('button', { name: /^Approve/ }).count(), 0);
    await expectAccessible(page, 'approvals (administrator)');
  });

  test('the first half alone signs nobody in', async () => {
    const page = await seat();
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(NEW_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(firstHalf);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The email or password is not right.' })
      .waitFor();
  });

  test('Harbor Light’s program director approves and receives the second half', async () => {
    const page = await seat();
    await signIn(page, 'supervisor@demo.test', /Hello, Dana Lee/);
    await page.getByText('Requests waiting for your decision: 1').waitFor();
    await expectAccessible(page, 'home (approver)');
    await page.getByRole('link', { name: 'Open the approvals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    const waiting = page.getByRole('region', { name: 'Waiting for your decision' });
    const card = waiting.getByRole('article', { name: 'Open an account with the roles: Advocate' });
    await card.getByText(`For ${NEW_NAME} (${NEW_EMAIL}), ${HARBOR_LIGHT}`).waitFor();
    await card.getByText(/Asked by Demo Administrator/).waitFor();
    await expectAccessible(page, 'approvals (approver)');

    // Declining needs a reason; the approver thinks again and approves.
    await card.getByRole('button', { name: `Decline – ${NEW_NAME}` }).click();
    await card.getByRole('button', { name: `Decline the request – ${NEW_NAME}` }).click();
    await card.getByRole('alert').filter({ hasText: 'Say why you decline.' }).waitFor();
    await expectAccessible(page, 'approvals: declining');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await card.getByRole('button', { name: `Approve – ${NEW_NAME}` }).click();

    await page
      .getByRole('status')
      .filter({ hasText: `Approved: Open an account with the roles: Advocate for ${NEW_NAME}.` })
      .waitFor();
    const panel = page.getByRole('region', {
      name: `Second half of the one-time password for ${NEW_NAME}`,
    });
    secondHalf = (await panel.getByTestId('password-second-half').textContent())?.trim() ?? '';
    assert.match(secondHalf, halfPattern);
    assert.notEqual(secondHalf, firstHalf);
    await expectAccessible(page, 'approvals: second half of a one-time password');
    await panel.getByRole('button', { name: 'I have handed it over' }).click();
    await page.getByText('Nothing waits for your decision.').waitFor();
  });

  test('the new advocate signs in with both halves and chooses a password', async () => {
    const page = await seat();
    await signIn(page, NEW_EMAIL, 'Choose a new password', `${firstHalf}-${secondHalf}`);
  });

  test('the coordinator was told of the request and of the decision', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Notifications' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    // Worded on the screen from the notice's code and parameters (roles in words).
    await page
      .getByText(
        `Demo Administrator asked for ${NEW_NAME} at ${HARBOR_LIGHT}: Open an account with the roles: Advocate. Waiting for approval by ${HARBOR_LIGHT}.`,
      )
      .waitFor();
    await page
      .getByText(
        `Dana Lee approved what Demo Administrator asked for ${NEW_NAME} at ${HARBOR_LIGHT}: Open an account with the roles: Advocate.`,
      )
      .waitFor();
    await expectAccessible(page, 'notifications (coordinator)');
  });

  test('the coordinator adds a course; the program director records the new advocate’s training', async () => {
    const coordinator = await seat();
    await signInOver(coordinator, 'coordinator@demo.test', /Hello/);
    await coordinator
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Training' })
      .click();
    await coordinator.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
    // A course added, edited and retired: the table says so. (The demo's courses give the page
    // a completion form too, with its own "Course" field.)
    const adding = coordinator
      .locator('form')
      .filter({ has: coordinator.getByRole('button', { name: 'Add the course' }) });
    const addCourse = async (title: string, hours: string) => {
      await adding.getByLabel('Course', { exact: true }).fill(title);
      await adding.getByLabel('Topic').fill('Privilege and trauma-informed care');
      await adding.getByLabel('Hours').fill(hours);
      await adding.getByRole('button', { name: 'Add the course' }).click();
      await coordinator
        .getByRole('status')
        .filter({ hasText: `Course “${title}” added.` })
        .waitFor();
    };
    await addCourse('CSEC orientation', '4');
    await coordinator.getByRole('button', { name: 'Edit the course “CSEC orientation”' }).click();
    const editing = coordinator.locator('form').filter({
      has: coordinator.getByRole('heading', { name: 'Edit “CSEC orientation”' }),
    });
    await editing.getByLabel('Course', { exact: true }).fill('CSEC orientation (2019)');
    await editing.getByLabel('Hours').fill('6');
    await editing.getByRole('button', { name: 'Save the course' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Course “CSEC orientation (2019)” saved.' })
      .waitFor();
    const courses = coordinator.getByRole('table').filter({ hasText: 'CSEC orientation (2019)' });
    await courses
      .getByRole('row')
      .filter({ hasText: 'CSEC orientation (2019)' })
      .getByRole('cell', { name: '6', exact: true })
      .waitFor();
    await coordinator
      .getByRole('button', { name: 'Retire the course “CSEC orientation (2019)”' })
      .click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Course “CSEC orientation (2019)” retired' })
      .waitFor();
    await courses
      .getByRole('row')
      .filter({ hasText: 'CSEC orientation (2019) (retired)' })
      .waitFor();
    await expectAccessible(coordinator, 'training: a course edited and retired (coordinator)');
    await adding.getByLabel('Course', { exact: true }).fill('CSEC caseworker core');
    await adding.getByLabel('Topic').fill('Privilege and trauma-informed care');
    await adding.getByLabel('Hours').fill('40');
    await adding.getByLabel('Valid for (months)').fill('24');
    await adding.getByRole('button', { name: 'Add the course' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: 'Course “CSEC caseworker core” added.' })
      .waitFor();
    await coordinator.getByRole('heading', { name: 'Compliance by organization' }).waitFor();
    await expectAccessible(coordinator, 'training (coordinator)');

    const page = await seat();
    await signInOver(page, 'supervisor@demo.test', /Hello, Dana Lee/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Training' })
      .click();
    const form = page.getByRole('region', { name: 'Record a completion' });
    await form.getByLabel('Person').selectOption({ label: `${NEW_NAME} (${HARBOR_LIGHT})` });
    await form.getByLabel('Course').selectOption({ label: 'CSEC caseworker core' });
    await form.getByLabel('Evidence').fill('Certificate 2026-041');
    await form.getByRole('button', { name: 'Record the completion' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Training recorded for ${NEW_NAME}.` })
      .waitFor();
    const people = page.getByRole('region', { name: 'Your people' });
    await people.getByRole('row').filter({ hasText: NEW_NAME }).getByText('Current').waitFor();
    await people.getByRole('table', { name: `Training of ${NEW_NAME}` }).waitFor();
    await expectAccessible(page, 'training (supervisor)');
  });

  test('the pages checked cover every new screen', () => {
    assert.ok(checkedPages.length >= 10, checkedPages.join(', '));
  });
});

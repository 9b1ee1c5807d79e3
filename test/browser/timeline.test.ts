// The case timeline on the youth record, in Debian's Chromium. The demo's identification at
// 1:40 a.m. (the test clock stands at 2:00 a.m. in Los Angeles) shows to the police in full with
// the tasks it gave; the advocate sees her on-scene task due in 1 h 10 min, also in Spanish; the
// district attorney, on the team without a basis, sees only what is withheld. axe-core checks each.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';

const POLICE = 'Demo City Police Department';
const WHERE = 'Demo General Hospital, emergency department';
let world: BrowserWorld;
const checked: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
});
after(async () => {
  await world.close();
});

/** A kept page (BrowserWorld.seat) whose zone is Los Angeles, as the county's clock is. */
function seat(): Promise<Page> {
  return world.seat({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
}

/**
 * Signs in and opens the demo case's timeline: through the sign-in form when `form`, as the
 * file's first journey does; otherwise over HTTP (signInAt), starting at the home page.
 */
async function timelineAs(email: string, form = false): Promise<Page> {
  const page = await seat();
  if (form) {
    await page.goto(`${world.base}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  } else {
    await signInAt(page, world.base, { email, password: DEMO_PASSWORD }, /Hello/);
  }
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Youth records' })
    .click();
  await page.getByRole('searchbox', { name: 'Case number or name' }).fill('DEMO-0001');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).click();
  await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
  // Timeline sits in the record's "Events and timeline" group: open the group first.
  await page
    .getByRole('navigation', { name: 'Parts of this record' })
    .getByRole('link', { name: 'Events and timeline', exact: true })
    .click();
  await page
    .getByRole('navigation', { name: 'Parts of this record' })
    .getByRole('link', { name: 'Timeline', exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Timeline', exact: true }).waitFor();
  await page.getByText(/newest first/).waitFor();
  return page;
}

describe('the case timeline on the youth record', () => {
  test('the police see their identification in full, by day, with the tasks it gave', async () => {
    const page = await timelineAs('police@demo.test', true);
    await page.getByRole('heading', { level: 3, name: /Monday, November 23, 2026/ }).waitFor();
    await page.getByText('Identification', { exact: true }).waitFor();
    await page.getByText(`Where: ${WHERE}`).waitFor();
    await page.getByText(new RegExp(`Recorded by Officer Sam Ruiz, ${POLICE}`)).waitFor();
    const onScene = page.getByRole('listitem').filter({ hasText: 'Advocate on scene' });
    await onScene.getByText('Due in 1 h 10 min').waitFor();
    assert.ok((await page.getByText(/^Due in/).count()) >= 4, 'every task of the pack');
    await expectAccessible(page, 'timeline (police)', checked);
  });

  test('the advocate sees her task’s clock, in English and in Spanish', async () => {
    const page = await timelineAs('advocate@demo.test');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Advocate on scene' })
      .getByText('Due in 1 h 10 min')
      .waitFor();
    await page.getByText(/A privileged note by Harbor Light Advocates/).waitFor();
    await expectAccessible(page, 'timeline (advocate)', checked);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 2, name: 'Cronología', exact: true }).waitFor();
    await page.getByText('Vence en 1 h 10 min').first().waitFor();
    await expectAccessible(page, 'timeline (advocate, Spanish)', checked);
  });

  test('the district attorney sees no event, only what is withheld and by whom', async () => {
    const page = await timelineAs('da@demo.test');
    await page
      .getByRole('heading', { level: 3, name: 'Withheld from your organization' })
      .waitFor();
    assert.equal(await page.getByText('Identification', { exact: true }).count(), 0);
    assert.equal(await page.getByText(WHERE).count(), 0);
    await page.getByText(new RegExp(`Case notes held by ${POLICE}`)).waitFor();
    await expectAccessible(page, 'timeline (district attorney)', checked);
  });
});

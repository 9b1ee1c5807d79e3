// The county coordinator keeps the protocol on its screen, in Debian's Chromium: she changes the
// advocate-on-scene rule's clock to 60 minutes, sees the new version and who saved it, runs the
// dry run and sees 60 minutes; a rule naming a point-person function the county does not have is
// refused, and the server's problem shows next to the field. Another worker of the county reads
// the protocol without the forms. axe-core checks every screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';

const RULE = 'Law enforcement identifies a child: advocate on scene';
let world: BrowserWorld;
let base: string;
const checked: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
});
after(async () => {
  await world.close();
});

/** A kept page (BrowserWorld.seat) whose zone is Los Angeles, as the county's clock is. */
function seat(): Promise<Page> {
  return world.seat({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
}

/**
 * Signs in and opens the protocol: through the sign-in form when `form`, as the file's first
 * journey does; otherwise over HTTP, straight to the protocol (signInAt).
 */
async function openProtocol(email: string, form = false): Promise<Page> {
  const page = await seat();
  if (form) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    await page.goto(`${base}/protocol`);
    await page.getByRole('heading', { level: 1, name: 'County protocol' }).waitFor();
  } else {
    const account = { email, password: DEMO_PASSWORD };
    await signInAt(page, base, account, 'County protocol', '/protocol');
  }
  await page.getByRole('heading', { level: 2, name: 'Rules in force' }).waitFor();
  return page;
}

/** Twenty minutes before the app's clock, as a datetime-local box in Los Angeles wants it. */
function shortlyBeforeNow(): string {
  const at = new Date(world.clock.now().getTime() - 20 * 60_000);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

describe('the coordinator’s protocol screen', () => {
  let page: Page;
  before(async () => {
    page = await openProtocol('coordinator@demo.test', true);
  });

  test('the rules in force read in plain words, grouped by trigger', async () => {
    await page.getByRole('heading', { level: 3, name: 'When: Identification' }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: RULE }) });
    await card
      .getByText(/Task for Victim advocacy: Advocate on scene with the youth, due 90 minutes after/)
      .waitFor();
    await card.getByText('at due: their point person').first().waitFor();
    await expectAccessible(page, 'protocol', checked);
  });

  test('changes the advocate-on-scene clock to 60 minutes and sees version 2 by her', async () => {
    await page.getByRole('button', { name: `Edit ${RULE}` }).click();
    await page.getByRole('heading', { level: 2, name: `Edit rule: ${RULE}` }).waitFor();
    const task = page.getByRole('group', { name: 'Action 3: Task' });
    const amount = task.getByRole('group', { name: 'Due', exact: true }).getByLabel('Amount');
    assert.equal(await amount.inputValue(), '90');
    await amount.fill('60');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText(`Saved ${RULE} as version 2.`).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: RULE }) });
    await card.getByText(/due 60 minutes after/).waitFor();
    await card.getByRole('button', { name: `Versions of ${RULE}` }).click();
    await card.getByText(/Version 2, saved .+ by Priya Patel/).waitFor();
    await card.getByText(/Version 1, installed .+ with Lantern, replaced/).waitFor();
    await expectAccessible(page, 'protocol rule editor', checked);
  });

  test('the dry run of the draft says 60 minutes', async () => {
    const dryRun = page.getByRole('region', { name: 'Dry run' });
    await dryRun.getByLabel('When it happened').fill(shortlyBeforeNow());
    await dryRun.getByLabel('byOrganizationType').selectOption({ label: 'Law enforcement' });
    await dryRun.getByRole('button', { name: 'Run' }).click();
    await dryRun
      .getByText(/Advocate on scene with the youth: due .+ \(60 minutes after the event\)/)
      .waitFor();
    await dryRun
      .getByText(/Connect the youth with specialized services: .+\(72 hours after/)
      .waitFor();
  });

  test('a point-person function the county does not have is refused next to the field', async () => {
    const task = page.getByRole('group', { name: 'Action 3: Task' });
    await task.getByLabel('Who does it').selectOption({ label: 'A point person' });
    const fn = task.getByLabel('Point-person function');
    await fn.fill('Night-shift unicorn wrangler');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByText('The rule was not saved:').waitFor();
    assert.equal(await fn.getAttribute('aria-invalid'), 'true');
    const describedBy = (await fn.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    assert.ok(errorId, 'the field names its error');
    const error = page.locator(`[id="${errorId}"]`);
    assert.match(
      (await error.textContent()) ?? '',
      /No point person in the county has the function "Night-shift unicorn wrangler"/,
    );
    await expectAccessible(page, 'protocol rule refused', checked);
    // Nothing was saved: the rule in force is still version 2.
    await page.getByRole('button', { name: 'Close without saving' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: RULE }) });
    await card.getByText('Version 2', { exact: true }).waitFor();
  });
});

describe('another worker of the county', () => {
  test('reads the protocol without the forms; the nav offers it to the coordinator only', async () => {
    const page = await openProtocol('advocate@demo.test');
    await page.getByText('Only the county coordinator changes the protocol.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'When: Identification' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Edit / }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'New rule' }).count(), 0);
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Protocol' })
        .count(),
      0,
    );
    const pdf = await page
      .getByRole('link', { name: /multi-agency protocol \(PDF\)/ })
      .getAttribute('href');
    const response = await page.context().request.get(`${base}${pdf ?? ''}`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    await expectAccessible(page, 'protocol read-only', checked);
  });
});

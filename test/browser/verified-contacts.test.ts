// Journey 7, someone comes to court claiming to be family, in Debian's Chromium. The advocate
// lists Maya's "uncle" as do-not-release on her record (desktop); at the counter, on a phone, the
// court clerk checks a name presented as the aunt's ("not verified") and the listed name ("do not
// release: call" the point person), and once more in Spanish. axe-core checks every screen.
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

const PHONE = { width: 390, height: 844 };
const UNCLE = 'Marco Antonio Ruiz';
const UNCLE_ALIAS = 'Tío Marco';
const REASON = 'Suspected exploiter posing as her uncle';
let world: BrowserWorld;
let caseNumber = '';
const checked: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
});
after(async () => {
  await world.close();
});

/** A kept page (BrowserWorld.seat) for the next person, a phone when given its viewport. */
function seat(phone?: typeof PHONE): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    ...(phone ? { phone: true, viewport: phone } : {}),
  });
}

/** Signs in through the sign-in form, as the file's first journey does. */
async function signIn(email: string, viewport?: typeof PHONE): Promise<Page> {
  const page = await seat(viewport);
  await page.goto(`${world.base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  return page;
}

/** The same, over HTTP (signInAt): the journeys after the first start at the home page. */
async function signInOver(email: string, viewport?: typeof PHONE): Promise<Page> {
  const page = await seat(viewport);
  await signInAt(page, world.base, { email, password: DEMO_PASSWORD }, /Hello/);
  return page;
}

async function check(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name on their ID').fill(name);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

describe('journey 7: someone comes to court claiming to be family', () => {
  test('the advocate lists the uncle as do-not-release on Maya’s record', async () => {
    const page = await signIn('advocate@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('searchbox', { name: 'Case number or name' }).fill('DEMO-0001');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).click();
    const heading = page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ });
    await heading.waitFor();
    caseNumber = ((await heading.textContent()) ?? '').replace(/^Case /, '').trim();
    // People around the youth sits in the record's "Safety" group: open the group first.
    await page
      .getByRole('navigation', { name: 'Parts of this record' })
      .getByRole('link', { name: 'Safety', exact: true })
      .click();
    await page
      .getByRole('navigation', { name: 'Parts of this record' })
      .getByRole('link', { name: 'People around the youth' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'People around the youth' }).waitFor();
    // The demo's own two, listed by Harbor Light.
    await page.getByRole('heading', { level: 3, name: 'Elena Rivera Verified' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Victor Salas Do not release' }).waitFor();

    // Listing without a reason is refused on the form, before anything is sent.
    await page.getByLabel('Full name, as on their ID').fill(UNCLE);
    await page.getByLabel(/Other names they use/).fill(UNCLE_ALIAS);
    await page.getByLabel('Relationship, as they claim it').fill('uncle');
    const form = page.getByRole('form', { name: 'List a person' });
    await form.getByLabel('Status').selectOption('do_not_release');
    await page.getByRole('button', { name: 'List this person' }).click();
    await page.getByText('Fill this in.').waitFor();
    await expectAccessible(page, 'people around the youth (form error)', checked);
    await form.getByLabel('Why the child must not be released to them').fill(REASON);
    await page.getByRole('button', { name: 'List this person' }).click();
    await page.getByText('Listed.').waitFor();
    await page.getByRole('heading', { level: 3, name: `${UNCLE} Do not release` }).waitFor();
    const listed = page.getByRole('listitem').filter({ hasText: UNCLE });
    await listed.getByText(`Why not: ${REASON}`).waitFor();
    await listed.getByText(`Also known as: ${UNCLE_ALIAS}`).waitFor();
    await expectAccessible(page, 'people around the youth', checked);
  });

  test('at the counter, on a phone, the clerk checks the aunt, then the listed name', async () => {
    assert.match(caseNumber, /^\d{4}-DEMO-0001$/);
    const page = await signInOver('court@demo.test', PHONE);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Check a name' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Check a name' }).waitFor();
    await expectAccessible(page, 'check a name (phone)', checked);

    await page.getByLabel('Case number').fill(caseNumber);
    await check(page, 'Laura Méndez');
    const answer = page.getByRole('region', { name: 'Answer for Laura Méndez' });
    await answer.getByText('Not verified', { exact: true }).waitFor();
    await expectAccessible(page, 'check a name: not verified (phone)', checked);

    await check(page, 'marco antonio ruiz');
    const barred = page.getByRole('region', { name: 'Answer for marco antonio ruiz' });
    await barred.getByText('Do not release', { exact: true }).waitFor();
    const call = barred.getByRole('link', { name: /^Call .+ at [0-9+()\-. ]+$/ });
    await call.waitFor();
    assert.match((await call.getAttribute('href')) ?? '', /^tel:[0-9+]+$/);
    // Nothing else of the youth or the person.
    const text = (await page.locator('main').textContent()) ?? '';
    for (const secret of [REASON, 'uncle', 'Maya', 'Rivera', UNCLE_ALIAS]) {
      assert.ok(!text.includes(secret), secret);
    }
    await expectAccessible(page, 'check a name: do not release (phone)', checked);
  });

  test('in Spanish, the alias answers no entregar', async () => {
    const page = await signInOver('court@demo.test');
    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('navigation', { name: /Principal|Main/ })
      .getByRole('link', { name: 'Consultar un nombre' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Consultar un nombre' }).waitFor();
    await page.getByLabel('Número de caso').fill(caseNumber.toLowerCase());
    await page.getByLabel('Nombre en su identificación').fill('tio marco');
    await page.getByRole('button', { name: 'Consultar', exact: true }).click();
    const answer = page.getByRole('region', { name: 'Respuesta para tio marco' });
    await answer.getByText('No entregar', { exact: true }).waitFor();
    await answer.getByRole('link', { name: /^Llame a .+ al / }).waitFor();
    await expectAccessible(page, 'check a name (Spanish)', checked);
    assert.equal(checked.length, 6);
  });
});

// An agreement with an organization of a neighboring county, on the screens, in Debian's
// Chromium on a desktop: Demo County's coordinator proposes Neighbor County's advocacy
// organization on the county's interagency agreement; Neighbor County's coordinator, in Spanish,
// sees the proposal on her own Agreements page and accepts it; both see the party with its county
// and status; Neighbor County's advocate reads the agreement but may answer nothing. The tests
// share one database and run in order. axe-core checks every new screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible as checkAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
  waitForLoaded,
} from '../support/browser.js';

const AGREEMENT = 'Demo County CSEC interagency agreement';
const SURVIVOR_SERVICES = 'Neighbor County Survivor Services';

let world: BrowserWorld;
let base: string;
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
});
after(async () => {
  await world.close();
});

const expectAccessible = (page: Page, label: string) => checkAccessible(page, label, checkedPages);

/** A kept page (BrowserWorld.seat) for the next person, on a desktop in Los Angeles. */
function seat(): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
}

/** Signs in through the sign-in form, as the file's first journey does. */
async function signIn(email: string): Promise<Page> {
  const page = await seat();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
  return page;
}

/** The same, over HTTP (signInAt): the journeys after the first start at the home page. */
async function signInOver(email: string): Promise<Page> {
  const page = await seat();
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, /^Hello, /);
  return page;
}

async function openAgreements(page: Page, link: string, heading: string): Promise<Locator> {
  await page
    .getByRole('navigation', { name: /^(Main|Principal)$/ })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await waitForLoaded(page, 'the agreements');
  return page.getByRole('article').filter({
    has: page.getByRole('heading', { level: 2, name: AGREEMENT }),
  });
}

describe('an agreement with an organization of a neighboring county', () => {
  test('the Demo County coordinator proposes Neighbor County’s survivor services', async () => {
    const page = await signIn('coordinator@demo.test');
    const agreement = await openAgreements(page, 'Agreements', 'Information-sharing agreements');
    const neighbors = agreement.getByRole('region', {
      name: 'Organizations of neighboring counties',
    });
    await neighbors.getByText('None.').waitFor();
    await neighbors
      .getByRole('button', { name: 'Add an organization of a neighboring county' })
      .click();
    // Proposing without a choice says what is missing.
    await neighbors.getByRole('button', { name: 'Propose' }).click();
    await neighbors.getByRole('alert').filter({ hasText: 'Choose one.' }).waitFor();
    await expectAccessible(page, 'agreements: proposing a neighbor party, with an error');

    const county = neighbors.getByLabel('County', { exact: true });
    // Only other counties are offered.
    const counties = await county.locator('option').allTextContents();
    assert.ok(counties.includes('Neighbor County'), counties.join(', '));
    assert.ok(!counties.includes('Demo County'), counties.join(', '));
    await county.selectOption({ label: 'Neighbor County' });
    const organization = neighbors.getByLabel('Organization', { exact: true });
    await organization.locator('option', { hasText: SURVIVOR_SERVICES }).waitFor({
      state: 'attached',
    });
    await organization.selectOption({ label: `${SURVIVOR_SERVICES} (Victim advocacy)` });
    await neighbors.getByRole('button', { name: 'Propose' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${SURVIVOR_SERVICES} was proposed.` })
      .waitFor();
    await neighbors
      .getByText(
        `${SURVIVOR_SERVICES} (Neighbor County): proposed, waiting for its county’s answer`,
      )
      .waitFor();
    // The proposer does not answer for the other county.
    assert.equal(await neighbors.getByRole('button', { name: /^Accept/ }).count(), 0);
    await expectAccessible(page, 'agreements: a neighbor party proposed (Demo coordinator)');
  });

  test('Neighbor County’s advocate reads the agreement but answers nothing', async () => {
    const page = await signInOver('advocate@neighbor.test');
    const agreement = await openAgreements(page, 'Agreements', 'Information-sharing agreements');
    await agreement
      .getByText('An agreement of Demo County. You read it; its coordinator keeps it.')
      .waitFor();
    assert.equal(await agreement.getByRole('button').count(), 0, 'read-only');
  });

  test('Neighbor County’s coordinator, in Spanish, accepts the proposal', async () => {
    const page = await signInOver('coordinator@neighbor.test');
    await page.getByRole('button', { name: 'Español' }).click();
    const agreement = await openAgreements(
      page,
      'Acuerdos',
      'Acuerdos de intercambio de información',
    );
    const neighbors = agreement.getByRole('region', {
      name: 'Organizaciones de condados vecinos',
    });
    await neighbors
      .getByText('Un acuerdo de Demo County. Usted lo lee; lo mantiene su coordinador.')
      .waitFor();
    await neighbors
      .getByText(
        `${SURVIVOR_SERVICES} (Neighbor County): propuesta, en espera de la respuesta de su condado`,
      )
      .waitFor();
    // Another county's agreement: nothing to edit, nothing to propose.
    assert.equal(await agreement.getByRole('button', { name: /^Editar/ }).count(), 0);
    assert.equal(
      await neighbors.getByRole('button', { name: /Agregar una organización/ }).count(),
      0,
    );
    await expectAccessible(page, 'agreements: a proposal to answer (Neighbor coordinator, es)');

    await neighbors
      .getByRole('button', { name: `Aceptar ${SURVIVOR_SERVICES} en ${AGREEMENT}` })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `${SURVIVOR_SERVICES} ahora es parte de ${AGREEMENT}.` })
      .waitFor();
    await neighbors.getByText(`${SURVIVOR_SERVICES} (Neighbor County): aceptada`).waitFor();
    assert.equal(await neighbors.getByRole('button', { name: /^Aceptar/ }).count(), 0);
    await expectAccessible(page, 'agreements: a proposal accepted (Neighbor coordinator, es)');
  });

  test('the Demo County coordinator sees it accepted', async () => {
    // In English: the seat's turn forgets the Spanish chosen before it (local storage).
    const page = await signInOver('coordinator@demo.test');
    const agreement = await openAgreements(page, 'Agreements', 'Information-sharing agreements');
    await agreement.getByText(`${SURVIVOR_SERVICES} (Neighbor County): accepted`).waitFor();
    assert.equal(checkedPages.length, 4);
  });
});

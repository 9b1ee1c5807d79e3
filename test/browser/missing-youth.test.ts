// Journey 5 on the screens, in Debian's Chromium on a phone: child welfare records a youth missing
// from care (with the risk level), sees the reports the protocol gave it, fills the missing-youth
// profile (the photo only after the youth's agreement), opens and prints the alert packet (once in
// Spanish), then records the return and sees the debrief, re-screen and return plan. Juvenile hall
// intake's custody notices page. axe-core checks every page visited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  expectAccessible as checkAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { openYouth } from '../support/cases.js';
import { Client } from '../support/http.js';
import { pdfText } from '../support/pdf.js';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };
// The smallest valid PNG: one transparent pixel.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let world: BrowserWorld;
let base: string;
let youthId = '';
let deskYouthId = '';
const checkedPages: string[] = [];

before(async () => {
  world = await startBrowserWorld({ demoMode: true });
  ({ base } = world);
  const client = new Client(world.app);
  const login = await client.login('childwelfare@demo.test', DEMO_PASSWORD);
  assert.equal(login.statusCode, 200, login.body);
  ({ id: youthId } = await openYouth(client, { givenName: 'Rosa', alias: 'Ro' }));
  ({ id: deskYouthId } = await openYouth(client, { givenName: 'Dalia' }));
});
after(async () => {
  await world.close();
});

const expectAccessible = (page: Page, label: string) => checkAccessible(page, label, checkedPages);

/**
 * A kept page (BrowserWorld.seat) for the next person: a Los Angeles browser whose clock is set
 * to the server's (the test clock).
 */
function seat(screen: 'phone' | 'desktop' = 'phone'): Promise<Page> {
  return world.seat({
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    ...(screen === 'phone' ? { phone: true, viewport: PHONE } : { viewport: DESKTOP }),
    clockAt: world.clock.now(),
  });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at their own screen. */
async function signInOver(
  page: Page,
  email: string,
  heading: string | RegExp = /Hello/,
  path = '/',
): Promise<void> {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, heading, path);
}

describe('a youth missing from care, on a phone', () => {
  test('child welfare records missing, fills the profile, prints the packet; then the return', async () => {
    const page = await seat();
    await signIn(page, 'childwelfare@demo.test');
    await page.goto(`${base}/youth/${youthId}`);
    await page.getByRole('link', { name: 'Record what happened' }).first().click();
    await page.getByLabel('What happened').selectOption({ label: 'Missing' });
    await page.getByLabel('Where').fill('Oak Street group home');
    await page.getByRole('checkbox', { name: /Missing from care/ }).check();
    await page.getByLabel('Risk level').selectOption({ label: 'High' });
    await expectAccessible(page, 'record missing (phone)');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Report the missing youth to NCMEC' })
      .waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Report the missing youth to law enforcement' })
      .first()
      .waitFor();
    await expectAccessible(page, 'what the protocol did: missing (phone)');

    // The record shows the episode, with the ways to the packet and the profile.
    await page.goto(`${base}/youth/${youthId}`);
    const banner = page.getByRole('region', { name: /Missing since/ });
    await banner.waitFor();
    await banner.getByText('Oak Street group home').waitFor();
    await expectAccessible(page, 'the record while missing (phone)');
    await banner.getByRole('link', { name: 'Missing-youth profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Missing-youth profile' }).waitFor();
    await page.getByLabel('Hair').fill('Black, shoulder length');
    await page.getByLabel('Scars, marks, tattoos').fill('Star tattoo, left wrist');
    // No photo field until the youth's agreement is ticked.
    assert.equal(await page.getByLabel(/^Photo/).count(), 0);
    await page.getByRole('checkbox', { name: /agreed that a photo/ }).check();
    await page
      .getByLabel(/^Photo/)
      .setInputFiles({ name: 'rosa.png', mimeType: 'image/png', buffer: PIXEL });
    await expectAccessible(page, 'missing-youth profile (phone)');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('img', { name: 'The photo on file' }).waitFor();

    // The packet: the name the youth goes by, never more.
    await page.goto(`${base}/youth/${youthId}/alert-packet`);
    await page.getByRole('heading', { level: 1, name: /^Missing youth: case / }).waitFor();
    const packet = page.locator('.alert-packet');
    await packet.getByText('Ro', { exact: true }).waitFor();
    await packet.getByText('Star tattoo, left wrist').waitFor();
    await packet.getByText('High').waitFor();
    await page.getByRole('img', { name: /Photo of the youth/ }).waitFor();
    assert.ok(!((await packet.textContent()) ?? '').includes('Tester'), 'no family name');
    await expectAccessible(page, 'alert packet (phone)');
    const print = page.getByRole('link', { name: 'Print alert packet (PDF)' });
    const pdf = await page.request.get(`${base}${(await print.getAttribute('href')) ?? ''}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');

    // Once in Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Joven desaparecido\(a\): caso / })
      .waitFor();
    const imprimir = page.getByRole('link', { name: 'Imprimir el paquete de alerta (PDF)' });
    const href = (await imprimir.getAttribute('href')) ?? '';
    assert.match(href, /language=es$/);
    const printed = await page.request.get(`${base}${href}`);
    assert.equal(printed.status(), 200);
    const spanish = pdfText(await printed.body());
    assert.ok(spanish.includes('JOVEN DESAPARECIDO/A') && spanish.includes('Ro'), spanish);
    assert.ok(!spanish.includes('MISSING YOUTH'));
    await expectAccessible(page, 'alert packet in Spanish (phone)');
    await page.getByRole('button', { name: 'English' }).click();

    // The return: debrief, re-screen and the return plan; the packet is gone.
    await page.goto(`${base}/youth/${youthId}/events/new`);
    await page.getByLabel('What happened').selectOption({ label: 'Returned' });
    await page.getByRole('button', { name: 'Record it' }).click();
    for (const title of [
      'Debrief with the youth about the time missing',
      'Re-screen for exploitation',
      'Return-from-missing safety plan',
    ]) {
      await page.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    }
    await page.goto(`${base}/youth/${youthId}/alert-packet`);
    await page
      .getByText('The alert packet exists only while the youth is missing.')
      .first()
      .waitFor();
  });

  test('juvenile hall intake: the custody notices page, and nothing of records in its menu', async () => {
    const page = await seat();
    await signInOver(page, 'intake@demo.test');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await nav.getByRole('link', { name: 'Youth records' }).count(), 0);
    await nav.getByRole('link', { name: 'Custody notices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Custody notices' }).waitFor();
    await expectAccessible(page, 'custody notices (intake, phone)');
    await page.getByLabel('Case number').fill('NOPE-1');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByRole('alert').waitFor();
  });
});

describe('a youth missing from care, on a desktop', () => {
  test('child welfare records missing at her desk; the police, not on the team, open the packet', async () => {
    const page = await seat('desktop');
    await signInOver(
      page,
      'childwelfare@demo.test',
      /^Record what happened: case /,
      `/youth/${deskYouthId}/events/new`,
    );
    await page.getByLabel('What happened').selectOption({ label: 'Missing' });
    await page.getByLabel('Where').fill('Bus station, Main Street');
    await page.getByRole('checkbox', { name: /Missing from care/ }).check();
    await page.getByLabel('Risk level').selectOption({ label: 'Elevated' });
    await expectAccessible(page, 'record missing (desktop)');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Report the missing youth to NCMEC' })
      .waitFor();

    // The police, not on the case team, read the packet while the youth is missing: the next
    // person at the same seat (child welfare is signed out, BrowserWorld.seat).
    const officer = await seat('desktop');
    await signInOver(
      officer,
      'police@demo.test',
      /^Missing youth: case /,
      `/youth/${deskYouthId}/alert-packet`,
    );
    const packet = officer.locator('.alert-packet');
    await packet.getByText('Dalia', { exact: true }).waitFor();
    await packet.getByText('Bus station, Main Street').waitFor();
    assert.ok(!((await packet.textContent()) ?? '').includes('Tester'), 'no family name');
    await expectAccessible(officer, 'alert packet (desktop, police)');
  });
});

// Holders' releases, duties and emergency-access roles on the screens, in Debian's Chromium
// (docs/CONFIDENTIALITY.md). On the demo case the advocate waits for the clinic's medical notes;
// the clinic finds the release in its Releases inbox (also in Spanish), declines another with a
// reason and accepts it; the advocate then reads the clinic's note and sees who accepted. The
// coordinator edits a duty's citation and the emergency-access roles; the police record a
// mandated report standing on the profile's duty; the clinic accepts in advance on its agreement
// and withdraws it; the administrator has no Releases page.
// The tests share one database and run in order. axe-core checks every screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  expectAccessible as checkAccessible,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
  waitForLoaded,
} from '../support/browser.js';
import { type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';

const ADVOCATES = 'Harbor Light Advocates';
const CLINIC = 'Demo General Hospital Pediatric Clinic';
const POLICE = 'Demo City Police Department';
const CHILD_WELFARE = 'Demo County Children and Family Services';
/** The purposes of the demo case's consents (src/server/services/setup/demo-case.ts). */
const MEDICAL_PURPOSE = 'Let her advocate follow up on the health evaluation.';
const SERVICES_PURPOSE = 'Coordinate shelter, health care and services.';
const CLINIC_NOTE = 'Health evaluation completed; follow-up in two weeks.';
const CALL_DUTY = 'Law enforcement calls the CSEC advocate on identifying a child';
const NEW_CITATION = 'Demo County CSEC protocol, section 4.2';
/** The demo consents end 90 days after the test clock's day, 2026-11-23. */
const EXPIRES = 'Feb 21, 2027';

let world: BrowserWorld;
let base: string;
/** The demo case's address, found by the advocate in the first test. */
let recordUrl = '';
const checkedPages: string[] = [];

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
 * A kept page (BrowserWorld.seat) for the next person; the county's clock (the test clock stands
 * at 2026-11-23T10:00Z) is a Los Angeles one.
 */
function seat(): Promise<Page> {
  return world.seat({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
}

async function signIn(page: Page, email: string, name: string | RegExp) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at their own screen. */
const signInOver = (page: Page, email: string, name: string | RegExp, path = '/') =>
  signInAt(page, base, { email, password: DEMO_PASSWORD }, name, path);

function nav(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Main|Principal)$/ });
}

/** Signs in over HTTP (signInOver) straight to the demo case's record, its summary shown. */
async function signInAtRecord(page: Page, email: string): Promise<void> {
  await signInOver(page, email, /Case \d{4}-DEMO-0001/, new URL(recordUrl).pathname);
  await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
  await waitForLoaded(page, 'summary');
}

/** The record's sections that sit in a group with others: the group is opened first. */
const GROUP_OF: Readonly<Record<string, string>> = {
  'Consents and legal bases': 'Team and consent',
  Medical: 'Notes and records',
  Legal: 'Notes and records',
};

async function openSection(page: Page, name: string) {
  const sections = page.getByRole('navigation', { name: 'Parts of this record' });
  const link = sections.getByRole('link', { name, exact: true });
  const group = GROUP_OF[name];
  if (group && (await link.count()) === 0) {
    await sections.getByRole('link', { name: group, exact: true }).click();
  }
  await link.click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await waitForLoaded(page, name);
}

async function openReleases(page: Page) {
  await nav(page).getByRole('link', { name: 'Releases' }).click();
  await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();
  await waitForLoaded(page, 'releases');
}

/** The text of a "term: value" line of a card (the colon is drawn by CSS, not in the text). */
async function detail(scope: Locator, term: string): Promise<string> {
  const row = scope
    .locator('.details > div')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) });
  return ((await row.locator('dd').first().textContent()) ?? '').trim();
}

const consentCard = (page: Page, heading: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: heading }) });

describe('a consent asks the clinic to release its medical notes', () => {
  test('the advocate waits for the clinic: the note is withheld and the consent says why', async () => {
    const page = await seat();
    await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/);
    // The advocate holds the case's consents herself: nothing waits in her inbox.
    await openReleases(page);
    await page
      .getByRole('region', { name: /Waiting for your answer/ })
      .getByText('Nothing is waiting for your answer.')
      .waitFor();
    await expectAccessible(page, 'releases: empty inbox (advocate)');

    await nav(page).getByRole('link', { name: 'Youth records' }).click();
    await page.getByRole('searchbox', { name: 'Case number or name' }).fill('DEMO-0001');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'DEMO-0001' })
      .getByRole('link', { name: /Case \d{4}-DEMO-0001/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
    recordUrl = page.url().split('?')[0] ?? '';
    await waitForLoaded(page, 'summary');

    await openSection(page, 'Consents and legal bases');
    const medical = consentCard(page, 'Sharing: Medical');
    await medical
      .getByText(`${ADVOCATES} recorded it: its own information went at once.`)
      .waitFor();
    await medical.getByText(`${CLINIC} has not answered yet.`).waitFor();
    const notes = consentCard(page, 'Sharing: Identity, Contact and location, Case notes');
    await notes.getByText(new RegExp(`^${POLICE} accepted on Nov 2[23], 2026`)).waitFor();
    await expectAccessible(page, 'record: consents with holders’ answers (advocate)');

    await openSection(page, 'Medical');
    const withheld = page.getByRole('article').filter({ hasText: 'Withheld' });
    await withheld.filter({ hasText: CLINIC }).waitFor();
    await withheld
      .getByText(
        'A consent names your organization, but the organization that holds this has not accepted the release yet.',
      )
      .waitFor();
    assert.equal(await page.getByText(CLINIC_NOTE).count(), 0);
    await expectAccessible(page, 'record: medical waiting for the clinic (advocate)');
  });

  test('the clinic answers in its Releases inbox, in English and in Spanish', async () => {
    const page = await seat();
    await signInOver(page, 'medical@demo.test', /Hello, Dr. Quinn Patel/);
    await openReleases(page);
    const pending = page.getByRole('region', { name: /Waiting for your answer/ });
    const answered = page.getByRole('region', { name: /^Answered/ });
    const release = pending.getByRole('article').filter({ hasText: MEDICAL_PURPOSE });
    await release.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).waitFor();
    assert.equal(await detail(release, 'Recorded by'), ADVOCATES);
    assert.equal(await detail(release, 'To'), ADVOCATES);
    assert.equal(await detail(release, 'Kinds of information'), 'Medical');
    assert.equal(await detail(release, 'Signed'), `Nov 23, 2026; ends ${EXPIRES}`);
    await release
      .getByText(
        `Your organization’s Medical on this case will go to ${ADVOCATES} until ${EXPIRES}.`,
      )
      .waitFor();
    await answered.getByText('Your organization has not answered a release yet.').waitFor();
    await expectAccessible(page, 'releases: waiting (clinic)');

    // In Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Divulgaciones' }).waitFor();
    const pendiente = page.getByRole('region', { name: /Esperan su respuesta/ });
    const divulgacion = pendiente.getByRole('article').filter({ hasText: MEDICAL_PURPOSE });
    await divulgacion.getByText('Información médica', { exact: true }).waitFor();
    assert.equal(await detail(divulgacion, 'Tipos de información'), 'Información médica');
    await divulgacion
      .getByText(
        `La información de su organización de tipo Información médica en este caso llegará a ${ADVOCATES} hasta el`,
      )
      .waitFor();
    await divulgacion.getByRole('button', { name: /^Aceptar/ }).waitFor();
    await divulgacion.getByRole('button', { name: /^Rechazar/ }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await expectAccessible(page, 'releases: waiting (es, clinic)');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Releases' }).waitFor();

    // Declining needs a reason; the recorder is told.
    const services = pending.getByRole('article').filter({ hasText: SERVICES_PURPOSE });
    await services.getByRole('button', { name: /^Decline/ }).click();
    await services.getByRole('button', { name: 'Decline the release' }).click();
    await services
      .getByRole('alert')
      .filter({ hasText: 'Say why your organization declines.' })
      .waitFor();
    await expectAccessible(page, 'releases: declining without a reason (clinic)');
    await services
      .getByLabel('Why your organization declines')
      .fill('We hold no needs or referrals on this case; ask the advocate.');
    await services.getByRole('button', { name: 'Decline the release' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You declined the release on case` })
      .filter({ hasText: `${ADVOCATES} was told` })
      .waitFor();
    const declined = answered.getByRole('article').filter({ hasText: SERVICES_PURPOSE });
    await declined.filter({ hasText: /Declined on/ }).waitFor();
    await declined.filter({ hasText: 'We hold no needs or referrals on this case' }).waitFor();
    assert.equal(
      await pending.getByRole('article').filter({ hasText: SERVICES_PURPOSE }).count(),
      0,
    );

    // Accepting is one click; the release moves to Answered.
    await release.getByRole('button', { name: /^Accept/ }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `your organization’s information now goes to ${ADVOCATES}.`,
      })
      .waitFor();
    const accepted = answered.getByRole('article').filter({ hasText: MEDICAL_PURPOSE });
    await accepted.filter({ hasText: /Accepted on/ }).waitFor();
    await accepted
      .getByText(`Your organization’s Medical on this case go to ${ADVOCATES} until ${EXPIRES}.`)
      .waitFor();
    assert.equal(
      await pending.getByRole('article').filter({ hasText: MEDICAL_PURPOSE }).count(),
      0,
    );
    assert.equal(await accepted.getByRole('button').count(), 0);
    await expectAccessible(page, 'releases: answered (clinic)');
  });

  test('the advocate now reads the clinic’s note, and the consent says the clinic accepted', async () => {
    const page = await seat();
    await signInAtRecord(page, 'advocate@demo.test');
    await openSection(page, 'Consents and legal bases');
    const medical = consentCard(page, 'Sharing: Medical');
    await medical.getByText(new RegExp(`^${CLINIC} accepted on Nov 2[23], 2026`)).waitFor();
    // The police hold no medical notes but are on the team: they answer too.
    await medical.getByText(`${POLICE} has not answered yet.`).waitFor();
    await openSection(page, 'Medical');
    await page.getByText(CLINIC_NOTE).waitFor();
    await page.getByText('You may read this by: Consent of the youth').waitFor();
    assert.equal(await page.getByRole('article').filter({ hasText: 'Withheld' }).count(), 0);
    await expectAccessible(page, 'record: medical released by the clinic (advocate)');
  });
});

describe('duties and emergency access in the legal profile', () => {
  test('the coordinator edits a duty’s citation and the emergency-access roles', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    await nav(page).getByRole('link', { name: 'Legal profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Legal profile' }).waitFor();
    await waitForLoaded(page, 'legal profile');
    const duties = page.getByRole('region', { name: 'Duties to disclose' });
    const call = duties.getByRole('article').filter({ hasText: CALL_DUTY });
    await call.waitFor();
    assert.equal(await detail(call, 'Who is bound'), 'Law enforcement');
    assert.equal(await detail(call, 'What it discloses'), 'Identity, Contact and location');
    await expectAccessible(page, 'legal profile: duties and roles (coordinator)');

    // A new duty's code is checked before anything is sent.
    await duties.getByRole('button', { name: 'Add a duty' }).click();
    const add = page.getByRole('region', { name: 'Add a duty' });
    await add.getByLabel('Code').fill('Bad Code');
    await add.getByRole('button', { name: 'Save the duty' }).click();
    await add
      .getByRole('alert')
      .filter({ hasText: 'Use 1 to 60 lowercase letters, digits or _.' })
      .waitFor();
    await add
      .getByRole('alert')
      .filter({ hasText: 'Choose at least one type of organization.' })
      .waitFor();
    await expectAccessible(page, 'legal profile: adding a duty with errors (coordinator)');
    await add.getByRole('button', { name: 'Cancel' }).click();

    await call.getByRole('button', { name: `Edit ${CALL_DUTY}` }).click();
    const edit = page.getByRole('region', { name: `Edit the duty “${CALL_DUTY}”` });
    await edit.getByLabel('Law cited').fill('');
    await edit.getByRole('button', { name: 'Save the duty' }).click();
    await edit.getByRole('alert').filter({ hasText: 'Fill in this field.' }).waitFor();
    await edit.getByLabel('Law cited').fill(NEW_CITATION);
    await expectAccessible(page, 'legal profile: editing a duty (coordinator)');
    await edit.getByRole('button', { name: 'Save the duty' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The duty “${CALL_DUTY}” was saved.` })
      .waitFor();
    await call.filter({ hasText: NEW_CITATION }).waitFor();
    assert.equal(await detail(call, 'Law cited'), NEW_CITATION);

    const roles = page.getByRole('group', { name: 'Roles that may open emergency access' });
    assert.equal(await roles.getByRole('checkbox', { name: 'Administrator' }).count(), 0);
    assert.equal(await roles.getByRole('checkbox', { name: 'Oversight analyst' }).count(), 0);
    const prosecutor = roles.getByRole('checkbox', { name: 'Deputy district attorney' });
    assert.equal(await prosecutor.isChecked(), false);
    await prosecutor.check();
    await page.getByRole('button', { name: 'Save the roles' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The roles that may open emergency access were saved.' })
      .waitFor();

    // Saved on the server, not only on the screen.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Legal profile' }).waitFor();
    await waitForLoaded(page, 'legal profile');
    await page
      .getByRole('region', { name: 'Duties to disclose' })
      .getByRole('article')
      .filter({ hasText: CALL_DUTY })
      .filter({ hasText: NEW_CITATION })
      .waitFor();
    assert.equal(
      await page
        .getByRole('group', { name: 'Roles that may open emergency access' })
        .getByRole('checkbox', { name: 'Deputy district attorney' })
        .isChecked(),
      true,
    );
  });

  test('the police record a mandated report standing on the profile’s duty', async () => {
    const page = await seat();
    await signInAtRecord(page, 'police@demo.test');
    await openSection(page, 'Legal');
    const form = page.getByRole('region', { name: 'Record a legal basis' });
    // The police record no court order; each duty kind offers the profile's duties.
    assert.equal(await form.getByRole('radio', { name: /^Court order/ }).count(), 0);
    await form.getByRole('radio', { name: /^Statutory duty/ }).check();
    const which = form.getByRole('group', { name: 'Which duty' });
    const call = which.getByRole('radio', { name: `${CALL_DUTY} (${NEW_CITATION})` });
    assert.equal(await call.isChecked(), true);
    await form
      .getByText(
        'A duty shares only your organization’s own information: what other organizations hold stays with them.',
      )
      .waitFor();
    const kinds = form.getByRole('group', { name: 'Which kinds of information' });
    assert.equal(await kinds.getByRole('checkbox').count(), 2);
    assert.deepEqual(await kinds.locator('label').allTextContents(), [
      'Identity',
      'Contact and location',
    ]);
    await expectAccessible(page, 'legal bases: statutory duty form (police)');

    await form.getByRole('radio', { name: /^Mandated report/ }).check();
    await which
      .getByRole('radio', {
        name: 'Mandated child-abuse report (California Penal Code 11164-11174.3 (CANRA))',
      })
      .waitFor();
    assert.deepEqual(await kinds.locator('label').allTextContents(), [
      'Identity',
      'Contact and location',
      'Case notes',
    ]);
    await form
      .getByRole('group', { name: 'Organizations it opens the information to' })
      .getByRole('checkbox', { name: CHILD_WELFARE })
      .check();
    await kinds.getByRole('checkbox', { name: 'Identity' }).check();
    await form.getByLabel('Description').fill('Reported to the child abuse hotline.');
    await form.getByLabel('In force from').fill('2026-11-23');
    await form.getByRole('button', { name: 'Record the legal basis' }).click();
    await page.getByRole('status').filter({ hasText: 'The legal basis was recorded.' }).waitFor();
    const report = page
      .getByRole('region', { name: 'Legal bases' })
      .getByRole('article')
      .filter({ hasText: 'Mandated report: Identity' });
    await report.filter({ hasText: 'California Penal Code 11164-11174.3 (CANRA)' }).waitFor();
    await report.filter({ hasText: CHILD_WELFARE }).waitFor();
    await expectAccessible(page, 'legal bases: mandated report recorded (police)');
  });
});

describe('standing acceptances on the agreement', () => {
  test('the clinic accepts in advance for its own data, then withdraws', async () => {
    const page = await seat();
    await signInOver(page, 'medical@demo.test', /Hello, Dr. Quinn Patel/);
    await nav(page).getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Information-sharing agreements' }).waitFor();
    await waitForLoaded(page, 'agreements');
    const agreement = page.getByRole('article').filter({ hasText: 'CSEC interagency agreement' });
    await agreement.filter({ hasText: 'No party accepts releases in advance.' }).waitFor();
    // Read-only for the clinic: only its own standing acceptance is its to set.
    assert.equal(await agreement.getByRole('button', { name: /^Edit/ }).count(), 0);
    const yours = agreement.getByRole('region', {
      name: 'Your organization’s standing acceptance',
    });
    const partners = yours.getByRole('group', { name: 'Partners it goes to' });
    assert.equal(await partners.getByRole('checkbox', { name: CLINIC }).count(), 0);
    await yours.getByRole('button', { name: 'Save the standing acceptance' }).click();
    await yours.getByRole('alert').filter({ hasText: 'Choose at least one partner.' }).waitFor();
    await expectAccessible(page, 'agreements: standing acceptance with errors (clinic)');

    await partners.getByRole('checkbox', { name: ADVOCATES }).check();
    await yours
      .getByRole('group', { name: 'Kinds of your organization’s information' })
      .getByRole('checkbox', { name: 'Medical' })
      .check();
    await yours.getByRole('button', { name: 'Save the standing acceptance' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your organization’s standing acceptance was saved.' })
      .waitFor();
    await agreement
      .getByText(`${CLINIC} accepts in advance releases of its Medical to ${ADVOCATES}.`)
      .waitFor();
    await expectAccessible(page, 'agreements: standing acceptance saved (clinic)');

    await yours.getByRole('button', { name: 'Withdraw' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your organization’s standing acceptance was withdrawn' })
      .waitFor();
    await agreement.filter({ hasText: 'No party accepts releases in advance.' }).waitFor();
  });
});

describe('the administrator', () => {
  test('has no Releases page and sets no standing acceptance', async () => {
    const page = await seat();
    await signInOver(page, 'admin@demo.test', /Hello, Demo Administrator/);
    assert.equal(await nav(page).getByRole('link', { name: 'Releases' }).count(), 0);
    await page.goto(`${base}/releases`);
    await page.getByRole('heading', { level: 1, name: 'You cannot open this page' }).waitFor();
    assert.equal(await page.getByRole('region', { name: /Waiting for your answer/ }).count(), 0);
    await expectAccessible(page, 'releases: not allowed (administrator)');

    await nav(page).getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Information-sharing agreements' }).waitFor();
    await waitForLoaded(page, 'agreements');
    await page.getByRole('article').filter({ hasText: 'CSEC interagency agreement' }).waitFor();
    assert.equal(
      await page.getByRole('region', { name: 'Your organization’s standing acceptance' }).count(),
      0,
    );
  });

  test('the pages checked cover every screen', () => {
    assert.ok(checkedPages.length >= 16, checkedPages.join(', '));
  });
});

// Legal bases, privilege disclosures, the legal profile and caseworker qualifications on the
// screens, in Debian's Chromium. The police add the court to the demo case; the court clerk
// records a court order opening the legal category to the district attorney; the advocate
// records the youth's waiver of her privileged note to the district attorney, who then reads it,
// until the advocate revokes it; the court ends its order; the coordinator keeps the legal
// profile and renews a qualification; the administrator records a new caseworker.
// The tests share one database and run in order. axe-core checks every new screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  expectAccessible as checkAccessible,
  type Seat,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
  waitForLoaded,
} from '../support/browser.js';
import { type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';

const DEMO_PRIVILEGED = 'what the youth shared with her advocate';
const ORDER = 'Hearing reports for the detention hearing of December 4.';
const DA = 'Demo County District Attorney';
const COURT = 'Demo County Juvenile Court';

let world: BrowserWorld;
let base: string;
/** The demo case's address, found by the police in the first test. */
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
function seat(request: Seat = {}): Promise<Page> {
  return world.seat({ timezoneId: 'America/Los_Angeles', locale: 'en-US', ...request });
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

/** Signs in over HTTP (signInOver) straight to the demo case's record, its summary shown. */
async function signInAtRecord(page: Page, email: string): Promise<void> {
  await signInOver(page, email, /Case \d{4}-DEMO-0001/, new URL(recordUrl).pathname);
  await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
}

/** The record's sections that sit in a group with others: the group is opened first. */
const GROUP_OF: Readonly<Record<string, string>> = {
  'Case team': 'Team and consent',
  'Consents and legal bases': 'Team and consent',
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

describe('legal bases', () => {
  test('the police, who opened the case, add the court to its team', async () => {
    const page = await seat();
    await signIn(page, 'police@demo.test', /Hello, Officer Sam Ruiz/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('searchbox', { name: 'Case number or name' }).fill('DEMO-0001');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'DEMO-0001' })
      .getByRole('link', { name: /Case \d{4}-DEMO-0001/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
    recordUrl = page.url().split('?')[0] ?? '';

    await openSection(page, 'Case team');
    const add = page.getByRole('region', { name: 'Add an organization to the team' });
    await add.getByLabel('Organization').selectOption({ label: COURT });
    assert.equal(await add.getByLabel('Role on the case').inputValue(), 'court');
    await add.getByRole('button', { name: 'Add to the team' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${COURT} joined the case team` })
      .waitFor();
  });

  test('the court clerk records a court order naming the district attorney', async () => {
    const page = await seat();
    await signInAtRecord(page, 'court@demo.test');
    await openSection(page, 'Legal');
    const bases = page.getByRole('region', { name: 'Legal bases' });
    await bases
      .getByText('No legal basis recorded on this case concerns your organization.')
      .waitFor();
    const form = page.getByRole('region', { name: 'Record a legal basis' });
    // The court records court orders: the profile's duties bind other organizations. Never for
    // itself.
    assert.equal(await form.getByRole('radio').count(), 1);
    const recipients = form.getByRole('group', {
      name: 'Organizations it opens the information to',
    });
    assert.equal(await recipients.getByRole('checkbox', { name: COURT }).count(), 0);

    // A court order needs its court, order date and end date.
    await form.getByRole('radio', { name: /^Court order/ }).check();
    await form.getByRole('button', { name: 'Record the legal basis' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Enter the last day the order holds.' })
      .waitFor();
    await expectAccessible(page, 'legal bases: form with errors (court clerk)');

    await recipients.getByRole('checkbox', { name: DA }).check();
    await form
      .getByRole('group', { name: 'Which kinds of information' })
      .getByRole('checkbox', { name: 'Legal' })
      .check();
    await form.getByLabel('Description').fill(ORDER);
    await form.getByLabel('Court', { exact: true }).fill(`${COURT}, Department 3`);
    await form.getByLabel('Date of the order').fill('2026-11-20');
    await form.getByLabel('In force from').fill('2026-11-23');
    await form.getByLabel('Ends on').fill('2027-11-20');
    await form.getByRole('button', { name: 'Record the legal basis' }).click();
    await page.getByRole('status').filter({ hasText: 'The legal basis was recorded.' }).waitFor();

    const order = bases.getByRole('article').filter({ hasText: 'Court order: Legal' });
    await order.filter({ hasText: 'In force' }).waitFor();
    await order.filter({ hasText: DA }).waitFor();
    await order.filter({ hasText: `${COURT}, Department 3, order of Nov 20, 2026` }).waitFor();
    await order.getByRole('button', { name: 'End' }).waitFor();
    await expectAccessible(page, 'legal bases: court order recorded (court clerk)');
  });
});

describe('privilege disclosures', () => {
  test('the advocate records the youth’s waiver of her privileged note to the DA', async () => {
    const page = await seat();
    await signInAtRecord(page, 'advocate@demo.test');

    // The advocate sees the police's duty that names her organization, and no court order that
    // does not concern her; no duty of the legal profile binds advocates, so she records none.
    await openSection(page, 'Legal');
    const bases = page.getByRole('region', { name: 'Legal bases' });
    const call = bases.getByRole('article').filter({ hasText: 'Statutory duty' });
    await call.filter({ hasText: 'Harbor Light Advocates' }).waitFor();
    assert.equal(await call.getByRole('button', { name: 'End' }).count(), 0);
    assert.equal(await bases.getByRole('article').filter({ hasText: 'Court order' }).count(), 0);
    assert.equal(await page.getByRole('region', { name: 'Record a legal basis' }).count(), 0);
    await expectAccessible(page, 'legal bases: named by the police’s duty (advocate)');

    await openSection(page, 'Privileged notes');
    await page.getByText('The privilege belongs to the youth.').waitFor();
    const record = page.getByRole('region', { name: 'Record the youth’s waiver or a court order' });
    assert.equal(
      await record.getByRole('radio', { name: 'The youth’s written waiver' }).isChecked(),
      true,
    );
    await record
      .getByRole('group', { name: 'Privileged notes of your organization' })
      .getByRole('checkbox', { name: /Alex Lee: “Demo privileged note: what the youth shared/ })
      .check();
    await record
      .getByRole('group', { name: 'Who may read them' })
      .getByRole('checkbox', { name: DA })
      .check();
    await record.getByLabel('Signed on').fill('2026-11-23');
    await record.getByLabel('Ends on').fill('2027-11-20');
    await expectAccessible(page, 'privileged notes: waiver form (advocate)');
    await record.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.getByRole('status').filter({ hasText: 'It was recorded.' }).waitFor();

    const waiver = page
      .getByRole('region', { name: 'Waivers and court orders' })
      .getByRole('article')
      .filter({ hasText: 'Waiver by the youth' });
    await waiver.filter({ hasText: 'In force' }).waitFor();
    await waiver.filter({ hasText: 'Notes chosen: 1' }).waitFor();
    await waiver.filter({ hasText: DA }).waitFor();
    await waiver.getByRole('button', { name: 'Revoke' }).waitFor();
    await expectAccessible(page, 'privileged notes: waiver recorded (advocate)');
  });

  test('the DA reads the note by the waiver, and sees the court order', async () => {
    const page = await seat();
    await signInAtRecord(page, 'da@demo.test');
    await openSection(page, 'Consents and legal bases');
    await page
      .getByRole('listitem')
      .filter({ hasText: ORDER })
      .filter({ hasText: 'Court order' })
      .waitFor();

    await openSection(page, 'Privileged notes');
    const note = page.getByRole('article').filter({ hasText: DEMO_PRIVILEGED });
    await note.filter({ hasText: 'You may read this by: Waiver by the youth' }).waitFor();
    const waiver = page
      .getByRole('region', { name: 'Waivers and court orders' })
      .getByRole('article')
      .filter({ hasText: 'Waiver by the youth' });
    await waiver.filter({ hasText: 'Harbor Light Advocates' }).waitFor();
    assert.equal(await waiver.getByRole('button', { name: 'Revoke' }).count(), 0);
    assert.equal(await page.getByRole('region', { name: 'Write a privileged note' }).count(), 0);
    assert.equal(
      await page
        .getByRole('region', { name: 'Record the youth’s waiver or a court order' })
        .count(),
      0,
    );
    await expectAccessible(page, 'privileged notes: read by waiver (prosecutor)');

    // The court's order is shown to the DA it names; only the court ends it.
    await openSection(page, 'Legal');
    const order = page
      .getByRole('region', { name: 'Legal bases' })
      .getByRole('article')
      .filter({ hasText: 'Court order: Legal' });
    await order.filter({ hasText: 'In force' }).waitFor();
    assert.equal(await order.getByRole('button', { name: 'End' }).count(), 0);
    await expectAccessible(page, 'legal bases: named by a court order (prosecutor)');
  });

  test('the advocate revokes the waiver and the DA no longer reads the note', async () => {
    const page = await seat();
    await signInAtRecord(page, 'advocate@demo.test');
    await openSection(page, 'Privileged notes');
    const waiver = page
      .getByRole('region', { name: 'Waivers and court orders' })
      .getByRole('article')
      .filter({ hasText: 'Waiver by the youth' });
    await waiver.getByRole('button', { name: 'Revoke' }).click();
    await waiver.getByText('stop reading these notes at once').waitFor();
    await expectAccessible(page, 'privileged notes: revoking (advocate)');
    await waiver.getByRole('button', { name: 'Revoke now' }).click();
    await page.getByRole('status').filter({ hasText: 'It was revoked.' }).waitFor();
    await waiver.filter({ hasText: 'Revoked' }).waitFor();
    assert.equal(await waiver.getByRole('button', { name: 'Revoke' }).count(), 0);

    const da = await seat();
    await signInAtRecord(da, 'da@demo.test');
    const sections = da.getByRole('navigation', { name: 'Parts of this record' });
    assert.equal(await sections.getByRole('link', { name: 'Privileged notes' }).count(), 0);
    await da.goto(`${recordUrl}?section=privileged`);
    await da.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    await waitForLoaded(da, 'summary');
    assert.ok(!(await da.content()).includes(DEMO_PRIVILEGED));
  });

  test('the court ends its order', async () => {
    const page = await seat();
    await signInAtRecord(page, 'court@demo.test');
    await openSection(page, 'Legal');
    const order = page
      .getByRole('region', { name: 'Legal bases' })
      .getByRole('article')
      .filter({ hasText: 'Court order: Legal' });
    await order.getByRole('button', { name: 'End' }).click();
    await order.getByRole('button', { name: 'Yes, end it now' }).click();
    await page.getByRole('status').filter({ hasText: 'The legal basis was ended.' }).waitFor();
    await order.filter({ hasText: 'Not in force' }).waitFor();
    assert.equal(await order.getByRole('button', { name: 'End' }).count(), 0);
  });
});

describe('certification requests', () => {
  const POLICE = 'Demo City Police Department';
  const TITLE = 'U visa certification requested: answer by 2027-02-18';

  test('the advocate records a U visa certification request to the police', async () => {
    const page = await seat();
    await signInAtRecord(page, 'advocate@demo.test');
    await openSection(page, 'Legal');
    const form = page.getByRole('form', { name: 'Record a certification request' });
    await form.getByRole('radio', { name: 'U visa' }).check();
    await form.getByLabel('Agency', { exact: true }).selectOption({ label: POLICE });
    await form.getByLabel('Date the agency received it').fill('2026-11-20');
    await expectAccessible(page, 'certification request form (advocate)');
    await form.getByRole('button', { name: 'Record the request' }).click();
    await page.getByRole('status').filter({ hasText: 'Request recorded.' }).waitFor();
    const requests = page.getByRole('region', { name: 'T and U visa certification requests' });
    const request = requests.getByRole('listitem').filter({ hasText: `U visa to ${POLICE}` });
    await request.filter({ hasText: 'Waiting for the answer' }).waitFor();
    await request.filter({ hasText: /Answer due by the end of .*2027/ }).waitFor();
  });

  test('the police find it on My work, open the record and record “certified”', async () => {
    const page = await seat();
    await signInOver(page, 'police@demo.test', /Hello, Officer Sam Ruiz/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My work' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const task = page.getByRole('article').filter({ hasText: TITLE });
    await task.getByRole('link', { name: /^Case \d{4}-DEMO-0001/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    await openSection(page, 'Legal');
    const request = page
      .getByRole('region', { name: 'T and U visa certification requests' })
      .getByRole('listitem')
      .filter({ hasText: `U visa to ${POLICE}` });
    await request.filter({ hasText: 'Requested by Harbor Light Advocates' }).waitFor();
    await request.getByRole('radio', { name: 'Certified' }).check();
    await expectAccessible(page, 'certification request answer (police)');
    await request.getByRole('button', { name: 'Save the answer' }).click();
    await page.getByRole('status').filter({ hasText: 'Answer saved.' }).waitFor();
    await request
      .filter({ hasText: 'Certified' })
      .getByText('Certified', { exact: true })
      .waitFor();
  });
});

describe('legal profile and caseworker qualifications', () => {
  test('the coordinator confirms the legal profile and renews a qualification', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Legal profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'Legal profile' }).waitFor();
    await waitForLoaded(page, 'legal profile');
    await page.getByText('Confidentiality and privilege are different.').waitFor();
    assert.equal(
      await page.getByLabel('Law that creates the privilege').inputValue(),
      'California Evidence Code 1038-1038.3',
    );
    assert.equal(
      await page.getByLabel('Training hours that qualify a caseworker').inputValue(),
      '40',
    );
    await expectAccessible(page, 'legal profile (coordinator)');

    await page.getByLabel('Time zone').fill('Pacific Time');
    await page.getByRole('button', { name: 'Save the legal profile' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Enter a time zone name such as America/Los_Angeles.' })
      .waitFor();
    await page.getByLabel('Time zone').fill('America/Los_Angeles');
    await page
      .getByRole('checkbox', {
        name: 'Our county has confirmed this profile against our state’s law',
      })
      .check();
    await page.getByRole('button', { name: 'Save the legal profile' }).click();
    await page.getByRole('status').filter({ hasText: 'The legal profile was saved.' }).waitFor();

    await nav.getByRole('link', { name: 'Qualifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseworker qualifications' }).waitFor();
    await waitForLoaded(page, 'qualifications');
    await page
      .getByText('An administrator records a new caseworker’s first qualification.')
      .waitFor();
    const current = page.getByRole('table', { name: 'Current records' });
    const alex = current.getByRole('row').filter({ hasText: 'Alex Lee' });
    await alex.filter({ hasText: 'Qualifies' }).waitFor();
    await expectAccessible(page, 'qualifications (coordinator)');

    await alex.getByRole('button', { name: 'Renew Alex Lee' }).click();
    const renew = page.getByRole('region', { name: 'Renew the qualification of Alex Lee' });
    await renew.getByLabel('Training hours completed').fill('48');
    await renew.getByLabel('Supervisor', { exact: true }).fill('Dana Lee, Program director');
    await renew.getByLabel('Completed on').fill('2026-10-30');
    await expectAccessible(page, 'qualifications: renewing (coordinator)');
    await renew.getByRole('button', { name: 'Record the qualification' }).click();
    // A qualification takes a second person: Harbor Light's program director approves it.
    await page
      .getByRole('status')
      .filter({
        hasText: 'The qualification of Alex Lee waits for approval by Harbor Light Advocates.',
      })
      .waitFor();
    const waiting = page.getByRole('region', { name: 'Qualifications waiting for approval' });
    await waiting.getByText('Caseworker qualification: Training: 48 hours').waitFor();
    await alex.filter({ hasText: 'Training: 40 hours' }).waitFor();
    await expectAccessible(page, 'qualifications: waiting for approval (coordinator)');

    // The program director at the same time, beside the coordinator's page.
    const approver = await seat({ seat: 1 });
    await signInOver(approver, 'supervisor@demo.test', /Hello, Dana Lee/);
    await approver
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Approvals' })
      .click();
    await approver.getByRole('button', { name: 'Approve – Alex Lee' }).click();
    await approver.getByRole('status').filter({ hasText: 'Approved:' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Caseworker qualifications' }).waitFor();
    await waitForLoaded(page, 'qualifications');
    await current.getByRole('row').filter({ hasText: 'Training: 48 hours' }).waitFor();
    await page
      .getByRole('table', { name: 'Earlier and revoked records' })
      .getByRole('row')
      .filter({ hasText: 'Training: 40 hours' })
      .filter({ hasText: 'Revoked or replaced' })
      .waitFor();
  });

  test('the administrator records a new caseworker: it waits for a second person', async () => {
    const page = await seat();
    await signInOver(page, 'admin@demo.test', /Hello, Demo Administrator/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Qualifications' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Caseworker qualifications' }).waitFor();
    await waitForLoaded(page, 'qualifications');
    await page.getByRole('button', { name: 'Record a qualification' }).click();
    const form = page.getByRole('region', { name: 'Record a qualification' });
    const person = form.getByLabel('Caseworker');
    // Only staff of advocacy organizations and community providers are offered.
    assert.equal(await person.getByRole('option', { name: /Taylor Brooks/ }).count(), 0);
    await person.selectOption({ label: 'Ada Okafor (New Horizons Youth Shelter)' });
    await form.getByLabel('Training hours completed').fill('20');
    await form.getByRole('button', { name: 'Record the qualification' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Name the supervisor: training qualifies only under supervision.' })
      .waitFor();
    await form.getByLabel('Supervisor', { exact: true }).fill('Ada Okafor’s program lead');
    await form.getByLabel('Completed on').fill('2026-09-15');
    await expectAccessible(page, 'qualifications: recording (administrator)');
    await form.getByRole('button', { name: 'Record the qualification' }).click();
    // Ada Okafor is New Horizons' point person, but nobody approves their own record: the
    // county coordinator does.
    await page
      .getByRole('status')
      .filter({
        hasText:
          'The qualification of Ada Okafor waits for approval by Demo County CSEC Steering Office.',
      })
      .waitFor();
    await page
      .getByRole('region', { name: 'Qualifications waiting for approval' })
      .getByText('For Ada Okafor (provider@demo.test), New Horizons Youth Shelter')
      .waitFor();
    assert.equal(
      await page
        .getByRole('table', { name: 'Current records' })
        .getByRole('row')
        .filter({ hasText: 'Ada Okafor' })
        .count(),
      0,
    );
    await expectAccessible(page, 'qualifications (administrator)');
  });

  test('the pages checked cover every new screen', () => {
    assert.ok(checkedPages.length >= 12, checkedPages.join(', '));
  });
});

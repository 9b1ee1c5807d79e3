// Journeys 2 and 3 on the screens, in Debian's Chromium: the advocate opens the demo youth's
// record, writes a privileged note, files a mandated report from it and records a consent read
// in Spanish; the prosecutor on the same case team sees only the case number and whom to ask,
// and never a privileged word, and may not open emergency access (the legal profile leaves the
// prosecution out); child welfare opens it, which alerts the coordinator, who follows the alert to
// the review, reads the written reason and reviews it. The advocate also
// uploads a scanned form to the record's Documents, downloads it, and sees a disguised file refused.
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
const NEW_PRIVILEGED = 'She named the man who drove her to the motel on Friday.';
const REPORTED = 'Disclosed that an adult is selling her for sex.';
/** A scanned form as the advocate's scanner writes it: a small PDF. */
const SCAN = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

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
async function signInOver(page: Page, email: string, name: string | RegExp, path = '/') {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, name, path);
}

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Case number or name' }).fill(text);
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await page.getByRole('heading', { level: 2, name: `Records for “${text}”` }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Records found' }).waitFor();
}

/** The record's sections that sit in a group with others: the group is opened first. */
const GROUP_OF: Readonly<Record<string, string>> = {
  Documents: 'Notes and records',
  Identity: 'Notes and records',
  'Contact and location': 'Notes and records',
  Screening: 'Notes and records',
  'Needs and services': 'Notes and records',
  'Case notes': 'Notes and records',
  Medical: 'Notes and records',
  'Mental health': 'Notes and records',
  Legal: 'Notes and records',
  Education: 'Notes and records',
  Placement: 'Notes and records',
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
  // The section's notes have arrived once "Loading…" is gone.
  await waitForLoaded(page, name);
}

/** The referrals category's notes, below the referrals in "Services and referrals". */
async function openReferralNotes(page: Page) {
  await page
    .getByRole('navigation', { name: 'Parts of this record' })
    .getByRole('link', { name: 'Services and referrals', exact: true })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Services and referrals' }).waitFor();
  await waitForLoaded(page, 'services and referrals');
  return page.getByRole('region', { name: 'Notes on referrals' });
}

describe('journey 2: the advocate', () => {
  test('finds the youth, reads what she may, writes privileged, reports, records consent', async () => {
    const page = await seat();
    await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await expectAccessible(page, 'home (advocate)');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Youth records' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Records found' }).waitFor();
    await expectAccessible(page, 'youth search');

    // Opening a second record for the same youth: the screen points to the existing one.
    await page.getByRole('button', { name: 'New youth record' }).click();
    await page.getByLabel('Given name').fill('Maya');
    await page.getByLabel('Family name').fill('Rivera');
    await page.getByLabel('Estimated birth year').fill('2011');
    await page.getByRole('button', { name: 'Check and open the record' }).click();
    await page.getByRole('heading', { name: 'A record may already exist' }).waitFor();
    await page
      .getByRole('link', { name: /DEMO-0001/ })
      .first()
      .waitFor();
    // Why it may be her, in the reader's words.
    await page.getByText('Same name, birth year 2011').waitFor();
    await expectAccessible(page, 'new youth: possible duplicate');
    await page.getByRole('button', { name: 'Change the details' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A youth known only by a street name, her age unknown (2 a.m.): a new record all the same,
    // flagged until someone learns her birth year. An empty form is refused first.
    await page.getByRole('button', { name: 'New youth record' }).click();
    await page.getByRole('button', { name: 'Check and open the record' }).click();
    await page
      .getByText('Give a name, an alias, a birth date or an estimated birth year.')
      .waitFor();
    await page.getByLabel('Alias or nickname').fill('Jay');
    await page.getByLabel('Languages').fill('English, Tagalog');
    await page.getByRole('button', { name: 'Check and open the record' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Case \d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/ })
      .waitFor();
    await page.getByText('Called “Jay”').waitFor();
    await page.getByText('Birth year needed').waitFor();
    await page.getByText('English, Tagalog').waitFor();
    await expectAccessible(page, 'record without a birth year');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Youth records' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Called “Jay”' })
      .getByText('Birth year needed')
      .waitFor();

    await search(page, 'Maya');
    const result = page.getByRole('listitem').filter({ hasText: 'DEMO-0001' });
    await result.filter({ hasText: 'Maya Rivera' }).waitFor();
    await result.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).click();

    await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
    await page.getByText('Maya Rivera, also called “Mimi”').first().waitFor();
    await page.getByRole('table', { name: 'What you can see, by kind of information' }).waitFor();
    await expectAccessible(page, 'record: overview (advocate)');

    // The clinic's medical notes are withheld; the screen names whom to ask.
    await openSection(page, 'Medical');
    const withheld = page.getByRole('article').filter({ hasText: 'Withheld' });
    await withheld.filter({ hasText: 'Demo General Hospital Pediatric Clinic' }).waitFor();
    await withheld.filter({ hasText: 'Dr. Quinn Patel' }).waitFor();
    assert.equal(await withheld.getByRole('link', { name: '555-0801' }).count(), 1);
    await expectAccessible(page, 'record: medical withheld (advocate)');

    // Case notes: the police note, read by the youth's consent.
    await openSection(page, 'Case notes');
    await page.getByText('treated as a victim, no arrest').waitFor();
    await expectAccessible(page, 'record: case notes (advocate)');

    // Privileged notes under a banner that says what the privilege covers.
    await openSection(page, 'Privileged notes');
    const banner = page.getByRole('note', { name: 'Privilege on these notes' });
    await banner.filter({ hasText: 'California Evidence Code 1038' }).waitFor();
    await banner.filter({ hasText: 'Mandated reporting still applies' }).waitFor();
    await page.getByText(DEMO_PRIVILEGED).waitFor();
    await expectAccessible(page, 'record: privileged notes (advocate)');

    await page.getByLabel('Privileged note', { exact: true }).fill(NEW_PRIVILEGED);
    await page.getByRole('button', { name: 'Save privileged note' }).click();
    await page.getByRole('status').filter({ hasText: 'The privileged note was saved.' }).waitFor();
    const note = page.getByRole('article').filter({ hasText: NEW_PRIVILEGED });
    await note.waitFor();

    // A mandated report from the new note: its own record; the note stays as it was.
    await note.getByRole('button', { name: 'File a mandated report' }).click();
    const report = page.getByRole('region', { name: 'File a mandated report' });
    await report.getByText('The privileged note is not changed, attached or shared.').waitFor();
    await report.getByRole('radio', { name: 'Child abuse or neglect' }).check();
    await report.getByLabel('Reported to').fill('Demo County child abuse hotline');
    await report.getByLabel('When it was reported').fill('2026-11-23T01:30');
    await report.getByLabel('What was reported').fill(REPORTED);
    await expectAccessible(page, 'record: mandated report form (advocate)');
    await report.getByRole('button', { name: 'File the report' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The mandated report was filed. The privileged note was not changed' })
      .waitFor();
    await page.getByRole('article').filter({ hasText: NEW_PRIVILEGED }).waitFor();

    await openSection(page, 'Legal');
    await page.getByRole('heading', { level: 3, name: 'Mandated reports' }).waitFor();
    await page.getByText(REPORTED).waitFor();
    assert.equal(await page.getByText(NEW_PRIVILEGED).count(), 0);

    // Documents: a scanned form uploaded, listed and downloaded as it was; a text file renamed
    // .pdf is refused for what it is.
    await openSection(page, 'Documents');
    const upload = page.getByRole('region', { name: 'Add a document' });
    await upload.getByLabel('Kind of information').selectOption('legal');
    await upload.getByLabel('Title', { exact: true }).fill('Signed consent scan');
    await upload
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'consent scan.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await upload.getByRole('button', { name: 'Upload the document' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The document “Signed consent scan” was added.' })
      .waitFor();
    const scanLink = page.getByRole('link', { name: 'Download Signed consent scan' });
    await expectAccessible(page, 'record: documents (advocate)');
    const [download] = await Promise.all([page.waitForEvent('download'), scanLink.click()]);
    assert.equal(download.suggestedFilename(), 'consent-scan.pdf');
    assert.deepEqual(readFileSync(await download.path()), SCAN);
    await upload.getByLabel('Title', { exact: true }).fill('Not really a PDF');
    await upload.getByLabel('File', { exact: true }).setInputFiles({
      name: 'notes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Just some typed notes.'),
    });
    await upload.getByRole('button', { name: 'Upload the document' }).click();
    await upload.getByRole('alert').filter({ hasText: 'This kind of file is not kept.' }).waitFor();
    await expectAccessible(page, 'record: documents, a disguised file refused');

    // The consent form, read with the youth in Spanish while the screen stays in English.
    await page.getByRole('link', { name: 'Consent to share information' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Consent to share information' }).waitFor();
    await page.getByRole('article').filter({ hasText: 'Sharing: Needs and services' }).waitFor();
    await expectAccessible(page, 'consent form (advocate)');

    await page
      .getByRole('group', { name: 'Who may receive the information' })
      .getByRole('checkbox', { name: 'Demo County Children and Family Services' })
      .check();
    await page
      .getByRole('group', { name: 'Which kinds of information' })
      .getByRole('checkbox', { name: 'Placement' })
      .check();
    await page.getByLabel('Purpose').fill('Find her a safe placement.');
    await page.getByLabel('Signed on').fill('2026-11-23');
    await page.getByLabel('Ends on').fill('2027-02-20');

    await page
      .getByRole('group', { name: 'Language of the explanation' })
      .getByRole('button', { name: 'Español' })
      .click();
    const explanation = page.locator('.explanation-text[lang="es"]');
    await explanation.getByRole('heading', { name: 'Sobre compartir tu información' }).waitFor();
    await explanation.getByText('Tus servicios nunca dependen de que firmes').waitFor();
    await explanation.getByText('Puedes decir que no.').waitFor();
    await explanation.getByText('Colocación', { exact: true }).waitFor();
    await explanation
      .getByText(/Demo County Children and Family Services \(Bienestar infantil\)/)
      .waitFor();
    await explanation.getByText(/Hasta el 20 feb\.? 2027/).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByLabel('Language it was explained in').inputValue(), 'es');
    await expectAccessible(page, 'consent form: Spanish explanation');

    // Printing shows the explanation and leaves the controls out.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Record consent' }).isVisible(), false);
    assert.equal(await explanation.getByText('Firma').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    // The Print button opens the browser's print dialog (stubbed here: none in a test).
    await page.evaluate('window.printed = false; window.print = () => { window.printed = true; }');
    await page.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate('window.printed'), true);

    // A suspected exploiter can be recorded, but never chosen to consent.
    await page.getByRole('radio', { name: 'A parent or guardian' }).check();
    await page.getByRole('button', { name: 'Record a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Rick Stone');
    await page.getByLabel('Relationship to the youth').fill('Boyfriend');
    await page.getByRole('checkbox', { name: 'Suspected of exploiting the youth' }).check();
    await page.getByRole('button', { name: 'Save person' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Rick Stone was recorded as a suspected' })
      .waitFor();
    const suspect = page.getByRole('option', { name: /Rick Stone.*cannot consent/ });
    assert.equal(await suspect.isDisabled(), true);
    await page.getByRole('radio', { name: 'The youth' }).check();

    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByRole('status').filter({ hasText: 'The consent was recorded.' }).waitFor();
    const recorded = page.getByRole('article').filter({ hasText: 'Sharing: Placement' });
    await recorded.filter({ hasText: 'In force' }).waitFor();
    await recorded.filter({ hasText: 'in Spanish' }).waitFor();
    await expectAccessible(page, 'consent form: recorded');
  });
});

describe('journey 3: the prosecutor on the same team', () => {
  test('sees the case number and whom to ask, never a name or a privileged word', async () => {
    const page = await seat();
    await signInOver(page, 'da@demo.test', /Hello, Taylor Brooks/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Youth records' }).waitFor();

    // A name the prosecutor may not see finds nothing, not even "there is someone".
    await search(page, 'Maya');
    await page.getByRole('status').filter({ hasText: 'Records found: 0' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /DEMO-0001/ }).count(), 0);

    await search(page, 'DEMO-0001');
    const result = page.getByRole('listitem').filter({ hasText: 'DEMO-0001' });
    await result.filter({ hasText: 'Identity withheld' }).waitFor();
    assert.equal(await result.filter({ hasText: 'Maya' }).count(), 0);
    await expectAccessible(page, 'youth search (prosecutor)');
    await result.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).click();

    await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
    await page.getByRole('table', { name: 'What you can see, by kind of information' }).waitFor();
    await page.getByText('Identity withheld').first().waitFor();
    await expectAccessible(page, 'record: overview (prosecutor)');

    const sections = page.getByRole('navigation', { name: 'Parts of this record' });
    assert.equal(await sections.getByRole('link', { name: 'Privileged notes' }).count(), 0);
    const noPrivilegedText = async (where: string) => {
      const content = await page.content();
      for (const secret of [DEMO_PRIVILEGED, NEW_PRIVILEGED, 'Maya', 'Mimi']) {
        assert.ok(!content.includes(secret), `"${secret}" on ${where}`);
      }
    };
    await noPrivilegedText('overview');
    // The summary names, once per organization, what it withholds and whom to ask.
    const withheld = page.getByRole('region', { name: 'Withheld from you, and whom to ask' });
    for (const ask of ['Sgt. Riley Ruiz', 'Dr. Quinn Patel']) {
      const panel = withheld.getByRole('article').filter({ hasText: ask });
      assert.equal(await panel.count(), 1, ask);
      await panel.getByText(/^About: /).waitFor();
    }

    const expectedAsk: Record<string, string> = {
      Identity: 'Sgt. Riley Ruiz',
      // The advocate recorded a person around the youth in journey 2.
      'Contact and location': 'Dana Lee',
      'Needs and services': 'Dana Lee',
      'Case notes': 'Sgt. Riley Ruiz',
      Medical: 'Dr. Quinn Patel',
      Legal: 'Dana Lee',
      // The demo's people around the youth, listed by Harbor Light (placement data).
      Placement: 'Dana Lee',
    };
    for (const category of [
      'Identity',
      'Contact and location',
      'Screening',
      'Needs and services',
      'Referrals',
      'Case notes',
      'Medical',
      'Mental health',
      'Legal',
      'Education',
      'Placement',
    ]) {
      // The referrals category's notes sit with the referrals: one place for referrals.
      const section =
        category === 'Referrals'
          ? await openReferralNotes(page)
          : (await openSection(page, category),
            page.getByRole('region', { name: category, exact: true }));
      assert.equal(await section.locator('.note').count(), 0, category);
      // The note form only where the prosecution's work is the category: no medical note.
      const writes = !['Screening', 'Medical', 'Mental health', 'Education', 'Placement'].includes(
        category,
      );
      assert.equal(
        await section.getByRole('heading', { name: `Add a note: ${category}` }).count(),
        writes ? 1 : 0,
        category,
      );
      assert.equal(await section.getByText('You see what these organizations recorded').count(), 0);
      const ask = expectedAsk[category];
      if (ask) {
        const panel = section.getByRole('article').filter({ hasText: 'Withheld' });
        await panel.filter({ hasText: ask }).first().waitFor();
        await panel
          .filter({ hasText: 'No current consent or legal basis names your organization' })
          .first()
          .waitFor();
      } else {
        await section
          .getByText('Nothing has been recorded in this category on this case.')
          .waitFor();
      }
      await noPrivilegedText(category);
    }
    await expectAccessible(page, 'record: withheld category (prosecutor)');

    // Asking for the privileged section by address shows the summary instead.
    await page.goto(`${page.url().split('?')[0] ?? ''}?section=privileged`);
    await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    await noPrivilegedText('?section=privileged');

    // Emergency access: the county's legal profile leaves the prosecution out by default.
    await openSection(page, 'Emergency access');
    await page
      .getByText('The county’s legal profile does not let your role open emergency access.')
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Open for 60 minutes' }).count(), 0);
    await expectAccessible(page, 'record: emergency access (prosecutor)');
    await openSection(page, 'Medical');
    assert.equal(await page.getByText('Health evaluation completed').count(), 0);
    await noPrivilegedText('medical');

    // The same record in Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: /Caso \d{4}-DEMO-0001/ }).waitFor();
    await page.getByText('Identidad reservada').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Información médica' }).waitFor();
    await expectAccessible(page, 'record: medical (es, prosecutor)');
  });
});

describe('the record’s navigation', () => {
  test('a summary first, a few groups, old addresses kept, on a phone and in Spanish', async () => {
    const page = await seat();
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await search(page, 'DEMO-0001');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'DEMO-0001' })
      .getByRole('link', { name: /Case \d{4}-DEMO-0001/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    await waitForLoaded(page, 'summary');
    const recordUrl = page.url().split('?')[0] ?? '';

    // Who is on the team, with the point person to call, and what is due, each with its clock.
    const team = page.getByRole('region', { name: 'On the team' });
    const harbor = team.getByRole('listitem').filter({ hasText: 'Harbor Light Advocates' });
    await harbor.filter({ hasText: 'Point person' }).waitFor();
    await team.getByRole('listitem').filter({ hasText: 'Demo City Police Department' }).waitFor();
    const due = page.getByRole('region', { name: 'What is due' });
    const task = due.getByRole('listitem').filter({ hasText: /(Overdue by|Due in) / });
    assert.ok((await task.count()) > 0, 'no clock in what is due');
    await expectAccessible(page, 'record: summary (advocate)');

    // A short list of groups; referrals in one place only, the data categories a level below.
    const sections = page.getByRole('navigation', { name: 'Parts of this record' });
    const groups = sections.getByRole('list').first().getByRole('listitem');
    assert.ok((await groups.count()) <= 9, `${await groups.count()} groups`);
    assert.equal(await sections.getByRole('link', { name: 'Referrals', exact: true }).count(), 0);
    await sections.getByRole('link', { name: 'Notes and records', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Case notes' }).waitFor();
    await sections.getByRole('list', { name: 'In Notes and records' }).waitFor();
    assert.equal(await sections.getByRole('link', { name: 'Medical', exact: true }).count(), 1);
    assert.equal(await sections.getByRole('link', { name: 'Referrals', exact: true }).count(), 0);

    // Addresses linked before the groups still land on their section.
    await page.goto(`${recordUrl}?section=referrals`);
    await page.getByRole('heading', { level: 2, name: 'Services and referrals' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Notes on referrals' }).waitFor();
    await page.goto(`${recordUrl}?section=medical`);
    await page.getByRole('heading', { level: 2, name: 'Medical', exact: true }).waitFor();
    assert.equal(
      await sections
        .getByRole('link', { name: 'Notes and records', exact: true })
        .getAttribute('aria-current'),
      'true',
    );
    assert.equal(
      await sections
        .getByRole('link', { name: 'Medical', exact: true })
        .getAttribute('aria-current'),
      'page',
    );

    // On a phone the header and the record's navigation leave the first screen to the record,
    // and the summary's table reads as a list.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(recordUrl);
    await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
    await waitForLoaded(page, 'summary on a phone');
    const header = await page.locator('header.site-header').boundingBox();
    const navBox = await sections.boundingBox();
    assert.ok(header && header.height < 120, `header ${header?.height ?? '?'} px`);
    assert.ok(navBox && navBox.height < 200, `navigation ${navBox?.height ?? '?'} px`);
    assert.ok(navBox.y + navBox.height < 844, `navigation ends at ${navBox.y + navBox.height} px`);
    const table = page.getByRole('table', { name: 'What you can see, by kind of information' });
    await table.getByRole('row').filter({ hasText: 'Medical' }).waitFor();
    // Each row a block, each cell naming its column (no DOM types here: the page evaluates).
    const style = (pseudo: string) =>
      page.evaluate(
        `(() => { const cell = document.querySelector('table.table-list tbody td');
          return [getComputedStyle(cell.parentElement).display,
            getComputedStyle(cell, '${pseudo}').content]; })()`,
      );
    assert.deepEqual(await style('::before'), ['block', '"You see what these recorded: "']);
    await expectAccessible(page, 'record: summary on a phone');

    // In Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resumen' }).waitFor();
    const secciones = page.getByRole('navigation', { name: 'Partes de este expediente' });
    await page.getByRole('region', { name: 'Lo pendiente' }).waitFor();
    await page.getByRole('region', { name: 'En el equipo' }).waitFor();
    await secciones.getByRole('link', { name: 'Notas y documentos', exact: true }).click();
    await secciones.getByRole('list', { name: 'En Notas y documentos' }).waitFor();
    await waitForLoaded(page, 'notas y documentos');
    await expectAccessible(page, 'record: notes on a phone (Spanish)');
  });
});

describe('emergency access', () => {
  test('child welfare on the team opens the medical notes for an hour', async () => {
    const page = await seat();
    await signInOver(page, 'childwelfare@demo.test', /Hello, Casey Chen/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Youth records' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Youth records' }).waitFor();
    await search(page, 'DEMO-0001');
    await page
      .getByRole('listitem')
      .filter({ hasText: 'DEMO-0001' })
      .getByRole('link', { name: /Case \d{4}-DEMO-0001/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();

    // One category, for an hour, the coordinator alerted.
    await openSection(page, 'Emergency access');
    await page.getByText('Only for imminent danger.').waitFor();
    await expectAccessible(page, 'record: emergency access (child welfare)');
    await page.getByLabel('Kind of information').selectOption({ label: 'Medical' });
    await page.getByLabel('Why there is imminent danger').fill('Too short');
    await page.getByRole('button', { name: 'Open for 60 minutes' }).click();
    await page.getByRole('alert').filter({ hasText: 'Write at least 20 characters.' }).waitFor();
    await page
      .getByLabel('Why there is imminent danger')
      .fill('She called from an unknown motel, hurt, and the clinic cannot be reached.');
    await page.getByRole('button', { name: 'Open for 60 minutes' }).click();
    await page.getByRole('status').filter({ hasText: 'Medical is open to you until' }).waitFor();
    await page.getByText(/Medical: open to you until/).waitFor();
    await openSection(page, 'Medical');
    await page.getByText('Health evaluation completed').waitFor();
    await page.getByText('You may read this by: Emergency access (break-glass)').waitFor();
    await expectAccessible(page, 'record: medical by break-glass (child welfare)');
  });

  test('the coordinator follows the alert to the review, reads the reason and reviews it', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', 'Notifications', '/notifications');
    const alert = page.getByRole('listitem').filter({ hasText: 'Emergency access on case' });
    // The notice names who opened what until when, never the reason.
    assert.equal(await alert.filter({ hasText: 'motel' }).count(), 0);
    await alert.getByRole('link', { name: 'Review it under Break-glass reviews' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Emergency access on case/ }).waitFor();
    await page.getByText('She called from an unknown motel, hurt').waitFor();
    await page.getByText('Not reviewed yet.').waitFor();
    await expectAccessible(page, 'break-glass review (coordinator)');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose an outcome.' }).waitFor();
    await page.getByRole('radio', { name: 'Appropriate', exact: true }).check();
    await page.getByLabel('Comment').fill('Checked with the worker: the clinic was closed.');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await page.getByRole('status').filter({ hasText: 'The review is saved.' }).waitFor();
    await page.getByText('Checked with the worker: the clinic was closed.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save the review' }).count(), 0);

    // The list, in Spanish: reviewed, under Break-glass reviews in the menu.
    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Revisiones de acceso de emergencia' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Revisiones de acceso de emergencia' })
      .waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Apropiado' }).first().waitFor();
    await expectAccessible(page, 'break-glass reviews (es, coordinator)');
  });
});

/**
 * Everything this origin keeps in the browser, as text: localStorage, sessionStorage and every
 * IndexedDB record (byte arrays decoded byte for byte), with the drafts and keys counted.
 */
const READ_BROWSER_STORAGE = `(async () => {
  const parts = [];
  for (const area of [localStorage, sessionStorage]) {
    for (let i = 0; i < area.length; i += 1) parts.push(area.key(i), area.getItem(area.key(i)));
  }
  const asText = (value) => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      return new TextDecoder('latin1').decode(value);
    }
    if (value && typeof value === 'object') return Object.values(value).map(asText).join('|');
    return String(value);
  };
  const counts = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(info.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const name of db.objectStoreNames) {
      const all = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      counts[info.name + '/' + name] = all.length;
      for (const record of all) parts.push(asText(record));
    }
    db.close();
  }
  return { text: parts.join('\\n'), counts };
})()`;

async function browserStorage(page: Page) {
  return page.evaluate<{ text: string; counts: Record<string, number> }>(READ_BROWSER_STORAGE);
}

describe('typed work outlasts the session', () => {
  test('warned before the idle limit, the advocate stays; her note survives the end, encrypted', async () => {
    const MARKER = 'Draft marker: she met the recruiter at the bus station on Elm.';
    const [maya] = await world.database.db.query<{ id: string }>(
      `SELECT id FROM youth WHERE case_number LIKE '%-DEMO-0001'`,
    );
    const page = await seat({ clockAt: new Date() });
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await page.goto(`${base}/youth/${maya!.id}?section=privileged`);
    await page.getByRole('heading', { level: 2, name: 'Privileged notes', exact: true }).waitFor();
    await waitForLoaded(page, 'Privileged notes');

    // Two minutes before the server's 15-minute limit (less the 30 s it may record early).
    await page.clock.fastForward('12:40');
    const warning = page.getByRole('alertdialog', { name: 'Your session is about to end' });
    await warning.waitFor();
    await warning.getByText('Your session ends in 2 minutes.').waitFor();
    const stay = warning.getByRole('button', { name: 'Stay signed in' });
    assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Stay signed in');
    await expectAccessible(page, 'idle warning');
    await stay.click();
    await warning.waitFor({ state: 'hidden' });

    // A note typed, kept as a draft; nothing of it readable in the browser's storage.
    await page.getByLabel('Privileged note', { exact: true }).fill(MARKER);
    await page.getByText(/^Draft kept on this device \(encrypted\) at /).waitFor();
    const kept = await browserStorage(page);
    assert.equal(kept.counts['lantern-drafts/drafts'], 1);
    assert.equal(kept.counts['lantern-drafts/keys'], 1);
    assert.ok(!kept.text.includes(MARKER) && !kept.text.includes('recruiter'), 'no plain text');
    assert.ok(!kept.text.includes(maya!.id), 'no youth id either');

    // Unanswered, the warning gives way to the end: sign-in says so, and the server agrees.
    await page.clock.fastForward('15:00');
    await page.getByText('Your session ended; sign in again.').waitFor();
    assert.equal((await page.request.get(`${base}/api/auth/session`)).status(), 401);
    await page.getByLabel('Email').fill('advocate@demo.test');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Back on the note form, the draft is offered and restored.
    const offer = page.getByRole('group', { name: 'Unsaved draft' });
    await offer.getByText(/^You have an unsaved draft from /).waitFor();
    await expectAccessible(page, 'privileged notes: draft offered');
    await offer.getByRole('button', { name: 'Restore' }).click();
    assert.equal(await page.getByLabel('Privileged note', { exact: true }).inputValue(), MARKER);
    await page.getByRole('button', { name: 'Save privileged note' }).click();
    await page.getByRole('status').filter({ hasText: 'The privileged note was saved.' }).waitFor();
    await page.getByRole('article').filter({ hasText: MARKER }).waitFor();
    assert.equal((await browserStorage(page)).counts['lantern-drafts/drafts'], 0, 'saved: gone');

    // Signing out on purpose with a draft: asked first, then the drafts and the key are gone.
    await page.getByLabel('Privileged note', { exact: true }).fill('A second, unsaved thought.');
    await page.getByText(/^Draft kept on this device/).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page
      .getByText('You have 1 unsaved draft on this device. Signing out deletes it.')
      .waitFor();
    await page.getByRole('button', { name: 'Sign out and delete drafts' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const after = await browserStorage(page);
    assert.equal(after.counts['lantern-drafts/drafts'], 0);
    assert.equal(after.counts['lantern-drafts/keys'], 0);
  });
});

describe('the coordinator and oversight', () => {
  test('the coordinator is alerted and reads her dashboard; oversight has no youth records', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    await page.getByRole('heading', { level: 3, name: 'Unread notifications' }).waitFor();
    await page.getByText(/Emergency access on case \d{4}-DEMO-0001/).waitFor();
    await expectAccessible(page, 'home (coordinator)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Notifications' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText(/Emergency access on case/).waitFor();
    await expectAccessible(page, 'notifications');
    // Her dashboard heads Reports: the county's open clocks and waiting referrals in figures.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await page.getByRole('table', { name: 'Open protocol tasks by when they fall due' }).waitFor();
    await page.getByRole('table', { name: 'Referrals waiting for an answer' }).waitFor();
    await expectAccessible(page, 'reports (coordinator)');

    const analyst = await seat({ seat: 1 });
    await signIn(analyst, 'oversight@demo.test', /Hello, Grant Ellis/);
    assert.equal(
      await analyst
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Youth records' })
        .count(),
      0,
    );
    await analyst.goto(`${base}/youth`);
    await analyst.getByRole('heading', { level: 1, name: 'You cannot open this page' }).waitFor();
  });

  test("child welfare corrects Lucía's name, reads the history, closes and reopens", async () => {
    const page = await seat();
    await signInOver(page, 'childwelfare@demo.test', /Hello/);
    await page.goto(`${base}/youth`);
    await search(page, 'Ortega');
    await page.getByRole('link', { name: /DEMO-0002/ }).click();
    await page.getByRole('heading', { level: 1, name: /DEMO-0002/ }).waitFor();
    await openSection(page, 'Status and corrections');
    const correct = page.getByRole('form', { name: 'Correct the record' });
    await correct.getByLabel('Given name').fill('Luz');
    // Race and ethnicity: "Unknown" stands alone, so ticking a category clears it.
    const unknown = correct.getByLabel('Unknown', { exact: true });
    await unknown.check();
    await correct.getByLabel('Hispanic or Latino', { exact: true }).check();
    await correct.getByLabel('White', { exact: true }).check();
    assert.equal(await unknown.isChecked(), false);
    await correct.getByLabel('Why the record changes').fill('She told us her legal name.');
    await correct.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Corrected: Given name, Race or ethnicity.').waitFor();
    await page.getByText('Race or ethnicity before').waitFor();
    await page.locator('.lead').filter({ hasText: 'Luz Ortega' }).waitFor();
    await page.getByText('Given name before').waitFor();
    await page.getByText('Why: She told us her legal name.').waitFor();
    await expectAccessible(page, 'record: corrected, with its history (child welfare)');

    const closing = page.getByRole('form', { name: 'Close the case' });
    await closing.getByLabel('Why the case closes').selectOption('transferred');
    await closing.getByLabel('What happened').fill('Her case moved to the tribal court.');
    await closing.getByRole('button', { name: 'Close the case' }).click();
    await page.getByText('Transferred, by').waitFor();
    await page.getByRole('form', { name: 'Reopen the case' }).waitFor();
    await expectAccessible(page, 'record: closed (child welfare)');
    await page.goto(`${base}/youth`);
    await page.getByRole('status').filter({ hasText: 'Records found' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /DEMO-0002/ }).count(), 0);
    await page.getByLabel('Show closed cases too').check();
    await page.getByRole('link', { name: /DEMO-0002/ }).click();
    await openSection(page, 'Status and corrections');
    const reopen = page.getByRole('form', { name: 'Reopen the case' });
    await reopen.getByLabel('Why the case reopens').fill('She came back to the county.');
    await reopen.getByRole('button', { name: 'Reopen the case' }).click();
    await page.getByRole('form', { name: 'Close the case' }).waitFor();
    await page.getByText(/^Reopened by/).waitFor();

    // A placement recorded beside the placement notes: its type, start and reason.
    await openSection(page, 'Placement');
    const placements = page.getByRole('region', { name: 'Placements' });
    await placements.getByText('Add a placement').click();
    await placements.getByLabel(/^Type of placement/).selectOption({ label: 'Foster home' });
    // Five days before the server's today (its test clock), not the machine's: a date the
    // machine calls past can be after the test clock's today, and is refused as in the future.
    const started = new Date(world.clock.now().getTime() - 5 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await placements.getByLabel(/^Start date/).fill(started);
    await placements.getByLabel(/^Reason for the placement/).fill('Safer away from the corridor.');
    await placements.getByRole('button', { name: 'Save', exact: true }).click();
    await placements.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await placements
      .getByText(/^Foster home: since .*, ongoing/)
      .first()
      .waitFor();
    // The reason shows on the entry (its correction form, closed, holds it too).
    await placements
      .getByRole('paragraph')
      .filter({ hasText: 'Safer away from the corridor.' })
      .waitFor();
    await expectAccessible(page, 'record: a placement added (child welfare)');
    await openSection(page, 'Identity');
    await page.locator('dd').filter({ hasText: 'Hispanic or Latino, White' }).first().waitFor();
  });

  test('the coordinator merges the second record she opened for one youth into the first', async () => {
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    /** Opens a record for "Wren, about 2010"; the second time past the duplicate warning. */
    const openWren = async (again: boolean) => {
      await page.goto(`${base}/youth`);
      await page.getByRole('button', { name: 'New youth record' }).click();
      await page.getByLabel('Alias or nickname').fill('Wren');
      await page.getByLabel('Estimated birth year').fill('2010');
      await page.getByRole('button', { name: 'Check and open the record' }).click();
      if (again) {
        await page.getByRole('heading', { name: 'A record may already exist' }).waitFor();
        await page.getByRole('button', { name: 'Open a new record anyway' }).click();
      }
      const heading = page.getByRole('heading', { level: 1, name: /^Case \d{4}-/ });
      await heading.waitFor();
      const caseNumber = ((await heading.textContent()) ?? '').replace('Case ', '').trim();
      return { caseNumber, url: page.url() };
    };
    const survivor = await openWren(false);
    const duplicate = await openWren(true);
    const duplicateNumber = duplicate.caseNumber;
    const duplicateUrl = duplicate.url;

    await page.goto(survivor.url);
    await page.getByRole('heading', { level: 1, name: `Case ${survivor.caseNumber}` }).waitFor();
    await openSection(page, 'Status and corrections');
    const merge = page.getByRole('form', { name: 'Merge a duplicate into this record' });
    await merge.getByLabel('Case number of the duplicate').fill(duplicateNumber);
    await merge.getByRole('button', { name: 'Find the record' }).click();
    await merge.getByRole('group', { name: 'Confirm the merge' }).waitFor();
    await merge.getByText(`Case ${duplicateNumber} will be merged into case`).waitFor();
    await merge.getByLabel('Why they are the same youth').fill('Opened twice the same night.');
    await expectAccessible(page, 'record: merge form (coordinator)');
    await merge.getByRole('button', { name: 'Merge into this record' }).click();
    await page
      .getByText(/^Merged by/)
      .first()
      .waitFor();

    await page.goto(duplicateUrl);
    await page.getByText(/This record was merged into/).waitFor();
    await page.getByText(survivor.caseNumber).first().waitFor();
  });

  test('the pages checked cover every screen visited', () => {
    assert.ok(checkedPages.length >= 20, checkedPages.join(', '));
  });
});

// Journeys 2 and 4 on the screens, in Debian's Chromium: the advocate records Maya's service
// plan, sees the services that fit with why (and the group program not offered, with why not)
// and refers her to the shelter; the shelter's intake worker sees it as New with no name and
// the advocate to call, and accepts in one click; declining needs a reason; a late answer is
// overdue in words; an organization off the case sees no referral. Issue 15: the shelter
// referral goes urgent (its badge and note in the inbox, in both languages), the provider takes
// a place, undoes its accept within the minute, and the two sides write to each other.
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { Client } from '../support/http.js';
import {
  expectAccessible as checkAccessible,
  type Seat,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
  waitForLoaded,
} from '../support/browser.js';

const SHELTER = 'New Horizons Emergency Shelter';
const DROP_IN = 'New Horizons Drop-in Center';
const NOTE = 'Needs a bed tonight; prefers Spanish-speaking staff.';
const WARNING = 'Don’t write the youth’s name unless consent allows';

let world: BrowserWorld;
let base: string;
let shelterReferralUrl = '';
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

/** The same, over HTTP (signInAt): the journeys after the first start at the home page. */
async function signInOver(page: Page, email: string, name: string | RegExp) {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, name);
}

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Maya's record, "Services and referrals", reached the way the advocate would. */
async function openMayasServices(page: Page) {
  await mainNavigation(page).getByRole('link', { name: 'Youth records' }).click();
  await page.getByRole('heading', { level: 1, name: 'Youth records' }).waitFor();
  await page.getByRole('searchbox', { name: 'Case number or name' }).fill('Maya');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  const result = page.getByRole('listitem').filter({ hasText: 'DEMO-0001' });
  await result.getByRole('link', { name: /Case \d{4}-DEMO-0001/ }).click();
  await page.getByRole('heading', { level: 1, name: /Case \d{4}-DEMO-0001/ }).waitFor();
  await page
    .getByRole('navigation', { name: 'Parts of this record' })
    .getByRole('link', { name: 'Services and referrals' })
    .click();
  await page.getByRole('heading', { level: 2, name: 'Services and referrals' }).waitFor();
  await waitForLoaded(page, 'services and referrals');
}

function match(page: Page, service: string) {
  return page
    .getByRole('region', { name: 'Services that fit' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 4, name: service, exact: true }) });
}

async function openReferrals(page: Page) {
  await mainNavigation(page).getByRole('link', { name: 'Referrals' }).click();
  await page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
  await waitForLoaded(page, 'referrals');
}

function group(page: Page, name: string) {
  return page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
}

function referralItem(scope: Page | Locator, service: string) {
  // The inner locator of `has` is relative to each article, so it starts from the page.
  const page = 'goto' in scope ? scope : scope.page();
  return scope
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: service, exact: true }) });
}

describe('the advocate matches and refers (journey 2)', () => {
  test('records the plan, sees why each service fits and why one is not offered, refers', async () => {
    const page = await seat();
    await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMayasServices(page);
    // The demo case comes with the advocate's first plan; she brings it up to date.
    const plan = page.getByRole('region', { name: 'Service plan' });
    await plan.getByText('Crisis counseling').waitFor();
    await page.getByText('Your organization has made no referrals for this youth yet.').waitFor();
    await expectAccessible(page, 'services: the plan and its matches');
    await plan.getByRole('button', { name: 'Change the plan' }).click();

    // A plan needs at least one need.
    const needs = page.getByRole('group', { name: 'What the youth needs' });
    const ticked = needs.getByRole('checkbox', { checked: true });
    while ((await ticked.count()) > 0) await ticked.first().uncheck();
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Choose at least one need.' }).waitFor();
    for (const need of ['Emergency shelter', 'Mental health', 'Education', 'Legal help']) {
      await needs.getByRole('checkbox', { name: need }).check();
    }
    await page
      .getByRole('group', { name: 'The youth’s history' })
      .getByRole('radio', { name: 'Has been exploited' })
      .check();
    // Where she was recruited, say: never offered.
    await page.getByLabel('Provider to avoid').selectOption({ label: 'Ready Works' });
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByRole('button', { name: 'Remove Ready Works' }).waitFor();
    await expectAccessible(page, 'services: plan form');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The service plan was saved.' }).waitFor();
    await waitForLoaded(page, 'matches');

    await plan.getByText('Has been exploited').waitFor();
    assert.equal(await plan.getByText('Crisis counseling').count(), 0);
    await plan.getByText('Ready Works').waitFor();
    await plan.getByText('Age used for matching: 15.').waitFor();

    // Ranked, best first, each with its reasons and the needs it meets.
    const matches = page.getByRole('region', { name: 'Services that fit' });
    const ranked = await matches
      .getByRole('listitem')
      .getByRole('heading', { level: 4 })
      .allTextContents();
    assert.equal(ranked[0], SHELTER, ranked.join(', '));
    const shelter = match(page, SHELTER);
    await shelter
      .getByRole('list', { name: 'Needs met' })
      .getByRole('listitem')
      .filter({ hasText: 'Emergency shelter' })
      .waitFor();
    await shelter
      .getByText('Specialized in serving commercially sexually exploited youth.')
      .waitFor();
    await shelter.getByText('2 of 8 open').waitFor();

    // A service no Lantern agency answers for: no Refer, call them instead.
    const legal = match(page, 'Youth Legal Clinic');
    assert.equal(await legal.getByRole('button', { name: /^Refer/ }).isDisabled(), true);
    await legal.getByText('No Lantern agency answers for this service').waitFor();

    // The group for youth at risk is not offered to a youth with an exploitation history.
    const notOffered = page.getByText(/^Not offered, and why \(\d+\)$/);
    await notOffered.click();
    const brightFutures = page
      .getByRole('listitem')
      .filter({ hasText: 'Bright Futures Girls Group' });
    await brightFutures
      .getByText('A group program whose cohort rule does not take youth with this history')
      .waitFor();
    assert.ok(!ranked.includes('Bright Futures Girls Group'));
    const employment = page.getByRole('listitem').filter({ hasText: 'Youth Employment Program' });
    await employment.getByText('on the youth’s list of providers to avoid').waitFor();
    await expectAccessible(page, 'services: matches');

    await shelter.getByRole('button', { name: `Refer ${SHELTER}` }).click();
    const form = page.getByRole('region', { name: `Refer to ${SHELTER}` });
    await form.getByText(WARNING).waitFor();
    assert.equal(await form.getByRole('checkbox', { name: 'Emergency shelter' }).isChecked(), true);
    assert.equal(await form.getByRole('checkbox', { name: 'Mental health' }).isChecked(), false);
    await form.getByLabel('Note to the provider').fill(NOTE);
    await form.getByRole('radio', { name: /^Urgent: within hours/ }).check();
    await expectAccessible(page, 'services: refer form');
    await form.getByRole('button', { name: 'Send now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The referral to ${SHELTER} was sent. An answer is due by` })
      .waitFor();

    const caseReferrals = page.getByRole('region', { name: 'Referrals on this case' });
    const sent = referralItem(caseReferrals, SHELTER);
    await sent.getByText('Sent', { exact: true }).waitFor();
    await sent.getByText('New Horizons Youth Shelter').waitFor();
    await expectAccessible(page, 'services: referral sent');

    // What travels: no name, the advocate to call, the note.
    await sent.getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: `Referral to ${SHELTER}` }).waitFor();
    shelterReferralUrl = page.url();
    await page.getByText('No identifying information shared (no consent).').waitFor();
    await page.getByText(NOTE).waitFor();
    // The plain status only: the FHIR Task status is for the API, not for case workers.
    assert.equal(await page.getByText(/FHIR/).count(), 0);
    await page.getByRole('button', { name: 'Withdraw' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Accept' }).count(), 0);
    await expectAccessible(page, 'referral page (sender)');
  });
});

describe('in Spanish (issue 15, item 7)', () => {
  test('the reasons each service fits, its languages and the printed consent header read in Spanish', async () => {
    const page = await seat();
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMayasServices(page);
    const recordUrl = page.url();

    // The consent read with her in Spanish prints its header in Spanish, the screen in English.
    await page.goto(recordUrl.replace(/\/youth\/([^/?#]+).*$/, '/youth/$1/consent'));
    await page.getByRole('heading', { level: 1, name: 'Consent to share information' }).waitFor();
    await page
      .getByRole('group', { name: 'Language of the explanation' })
      .getByRole('button', { name: 'Español' })
      .click();
    const explanation = page.locator('.explanation-text[lang="es"]');
    await page.emulateMedia({ media: 'print' });
    await explanation.getByText('Consentimiento para compartir información').waitFor();
    await explanation.getByText(/^Caso \d{4}-DEMO-0001 · Maya/).waitFor();
    assert.equal(
      await page.getByRole('heading', { level: 1, name: 'Consent to share information' }).count(),
      0,
      'the English header does not print',
    );
    await page.emulateMedia({ media: 'screen' });

    // The match screen in Spanish: every reason worded from its code, languages in Spanish.
    await page.goto(recordUrl);
    await waitForLoaded(page, 'services and referrals');
    await page.getByRole('button', { name: 'Español' }).click();
    const shelter = page
      .getByRole('region', { name: 'Servicios adecuados' })
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 4, name: SHELTER, exact: true }) });
    const reasons = shelter.locator('ul.reasons');
    await reasons
      .getByText('Especializado en atender a jóvenes víctimas de explotación sexual comercial.')
      .waitFor();
    await reasons.getByText('El personal habla español, inglés.').waitFor();
    await reasons.getByText(/^Cubre \d de \d necesidades: refugio de emergencia/).waitFor();
    const texts = await reasons.getByRole('listitem').allTextContents();
    for (const text of texts) {
      assert.doesNotMatch(text, /\b(Meets|Staff|Works|open now|Specialized)\b/, text);
    }
    assert.equal(await shelter.getByText('Lantern escribe estas razones en inglés.').count(), 0);
    await expectAccessible(page, 'services: matches (es)');
  });
});

describe('the provider answers (journey 4)', () => {
  test('sees it under New with no name and whom to call, and accepts in one click', async () => {
    const page = await seat();
    await signInOver(page, 'provider@demo.test', /Hello, Ada Okafor/);
    await openReferrals(page);
    await page.getByRole('tab', { name: 'Received (1 to answer)', selected: true }).waitFor();
    const item = referralItem(group(page, 'New'), SHELTER);
    await item.getByText('Alex Lee, Harbor Light Advocates').waitFor();
    await item.getByText('Emergency shelter', { exact: true }).waitFor();
    await item.getByText('Urgent', { exact: true }).waitFor();
    await item.getByText(NOTE).waitFor();
    await item.getByRole('button', { name: /^Accept/ }).waitFor();
    assert.ok(!(await page.content()).includes('Maya'));
    await expectAccessible(page, 'referral inbox (provider)');

    await item.getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: `Referral to ${SHELTER}` }).waitFor();
    await page
      .getByText(
        'No identifying information shared (no consent). Reach the youth through: Alex Lee, Harbor Light Advocates',
      )
      .waitFor();
    await page.getByText(NOTE).waitFor();
    const content = await page.content();
    for (const secret of ['Maya', 'Rivera', 'Mimi']) assert.ok(!content.includes(secret), secret);
    await expectAccessible(page, 'referral page (provider)');

    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The referral is now: Accepted.' }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Sent → Accepted').waitFor();
    await timeline.getByText('Ada Okafor, New Horizons Youth Shelter').waitFor();
    await page.getByRole('button', { name: 'Mark enrolled' }).waitFor();
    await expectAccessible(page, 'referral page: accepted (provider)');

    // Within the minute the accept is undone; accepted again, it takes one of the open places.
    await page.getByRole('button', { name: 'Undo accept' }).click();
    await page.getByRole('status').filter({ hasText: 'The accept was undone' }).waitFor();
    await timeline.getByText('Accept undone').waitFor();
    await page.getByRole('checkbox', { name: 'Take one of the open places (2 open now)' }).check();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByText('This accept took one of the service’s open places.').waitFor();

    // The thread: a warning, then a message the advocate reads.
    const thread = page.getByRole('region', { name: 'Messages with the other organization' });
    await thread.getByText(/^Write no name or detail that identifies the youth/).waitFor();
    await thread.getByLabel('Message').fill('We can take her at 9 tonight.');
    await thread.getByRole('button', { name: 'Send message' }).click();
    await thread.getByRole('status').filter({ hasText: 'Message sent.' }).waitFor();
    await thread.getByText('We can take her at 9 tonight.').waitFor();
    await expectAccessible(page, 'referral page: thread (provider)');

    await page.getByRole('link', { name: 'Back to referrals' }).click();
    await waitForLoaded(page, 'referrals');
    await referralItem(group(page, 'In progress'), SHELTER).getByText('Accepted').waitFor();

    // The inbox in Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Remisiones' }).waitFor();
    await page.getByRole('tab', { name: 'Recibidas (0 por responder)' }).waitFor();
    await referralItem(page, SHELTER).getByText('Urgente', { exact: true }).waitFor();
    await expectAccessible(page, 'referral inbox (es, provider)');
    await page.getByRole('button', { name: 'English' }).click();
  });

  test('the advocate sees "accepted" on Maya’s record and in Sent', async () => {
    const page = await seat();
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMayasServices(page);
    const caseReferrals = page.getByRole('region', { name: 'Referrals on this case' });
    await referralItem(caseReferrals, SHELTER).getByText('Accepted').waitFor();

    await openReferrals(page);
    await page.getByRole('tab', { name: /^Sent/ }).click();
    await page.getByRole('tab', { name: 'Sent (1)', selected: true }).waitFor();
    await referralItem(page, SHELTER).getByText('Accepted').waitFor();
    await expectAccessible(page, 'referrals: sent (advocate)');
    await referralItem(page, SHELTER).getByRole('link', { name: SHELTER }).click();
    const thread = page.getByRole('region', { name: 'Messages with the other organization' });
    await thread.getByText('We can take her at 9 tonight.').waitFor();
    await thread.getByText(/^Ada Okafor, New Horizons Youth Shelter ·/).waitFor();
  });
});

describe('declining, drafts and the clock', () => {
  test('a draft is sent from its page; declining in the inbox needs a reason', async () => {
    const page = await seat();
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openMayasServices(page);
    // Two referrals to the drop-in center: one saved as a draft first, one sent at once.
    for (const send of [false, true]) {
      await match(page, DROP_IN)
        .getByRole('button', { name: `Refer ${DROP_IN}` })
        .click();
      const form = page.getByRole('region', { name: `Refer to ${DROP_IN}` });
      await form.getByLabel('Note to the provider').fill('School help and a mentor.');
      await form.getByRole('button', { name: send ? 'Send now' : 'Save draft' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: send ? 'was sent' : 'was saved as a draft' })
        .waitFor();
    }
    const caseReferrals = page.getByRole('region', { name: 'Referrals on this case' });
    const draft = referralItem(caseReferrals, DROP_IN).filter({ hasText: 'Draft' });
    await draft.getByRole('link', { name: DROP_IN }).click();
    await page.getByRole('heading', { level: 1, name: `Referral to ${DROP_IN}` }).waitFor();
    assert.equal(await page.getByText(/FHIR/).count(), 0);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The referral is now: Sent.' }).waitFor();
    await page.getByRole('region', { name: 'Timeline' }).getByText('Draft → Sent').waitFor();

    // The provider takes the seat after her.
    const inbox = await seat();
    await signInOver(inbox, 'provider@demo.test', /Hello, Ada Okafor/);
    await openReferrals(inbox);
    await inbox.getByRole('tab', { name: 'Received (2 to answer)' }).waitFor();
    const first = referralItem(group(inbox, 'New'), DROP_IN).first();
    await first.getByRole('button', { name: /^Decline/ }).click();
    await inbox.getByRole('group', { name: 'Why are you declining?' }).waitFor();
    await expectAccessible(inbox, 'referral inbox: decline form');
    await inbox.getByRole('button', { name: 'Decline the referral' }).click();
    await inbox.getByRole('alert').filter({ hasText: 'Choose a reason.' }).waitFor();
    await inbox.getByRole('radio', { name: 'Other (say why in the note)' }).check();
    await inbox.getByRole('button', { name: 'Decline the referral' }).click();
    await inbox.getByRole('alert').filter({ hasText: 'You chose “Other”' }).waitFor();
    await inbox.getByLabel('Note for the timeline').fill('Our mentors are full until January.');
    await inbox.getByRole('button', { name: 'Decline the referral' }).click();
    await inbox
      .getByRole('status')
      .filter({ hasText: `You declined the referral to ${DROP_IN}` })
      .waitFor();
    await inbox.getByRole('tab', { name: 'Received (1 to answer)' }).waitFor();
    await inbox.getByText('Closed (1)').click();
    const declined = referralItem(inbox, DROP_IN).filter({ hasText: 'Declined' });
    await declined.getByRole('link', { name: DROP_IN }).click();
    await inbox.getByText('Declined: Other (say why in the note)').waitFor();
    const timeline = inbox.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Reason: Other (say why in the note)').waitFor();
    await timeline.getByText('Our mentors are full until January.').waitFor();
    await inbox
      .getByText('There is nothing for your organization to do on this referral now.')
      .waitFor();
    await expectAccessible(inbox, 'referral page: declined (provider)');
  });

  test('an answer not given in two business days is overdue, in words', async () => {
    // Monday 02:00 in Los Angeles; the answer was due by the end of Wednesday.
    world.clock.advance(4 * 86_400_000);
    const page = await seat();
    await signInOver(page, 'provider@demo.test', /Hello, Ada Okafor/);
    await openReferrals(page);
    const late = referralItem(group(page, 'Overdue'), DROP_IN);
    await late.getByText('Overdue', { exact: true }).waitFor();
    await late.getByText(/^Overdue: the answer was due/).waitFor();
    assert.equal(await group(page, 'New').getByRole('article').count(), 0);
    await expectAccessible(page, 'referral inbox: overdue (provider)');
    await late.getByRole('button', { name: /^Ask for more information/ }).click();
    await page.getByLabel('Question for the sender').fill('Is she in school now?');
    await page.getByRole('button', { name: 'Ask the sender' }).click();
    await page.getByRole('status').filter({ hasText: 'You asked for more information' }).waitFor();
    await referralItem(group(page, 'In progress'), DROP_IN)
      .getByText('More information asked for')
      .waitFor();

    // The advocate answers and sends it again; the provider accepts it from the list.
    const sender = await seat({ seat: 1 });
    await signInOver(sender, 'advocate@demo.test', /Hello, Alex Lee/);
    await openReferrals(sender);
    await sender.getByRole('tab', { name: /^Sent/ }).click();
    const asked = referralItem(sender, DROP_IN).filter({ hasText: 'More information asked for' });
    await asked.getByText('The provider asked for more information').waitFor();
    await asked.getByRole('link', { name: DROP_IN }).click();
    await sender.getByText('Their question: Is she in school now?').waitFor();
    await expectAccessible(sender, 'referral page: question to answer (advocate)');
    await sender.getByLabel('Note for the timeline').fill('Yes, 10th grade at Eastside High.');
    await sender.getByRole('button', { name: 'Answer and send again' }).click();
    await sender.getByRole('status').filter({ hasText: 'The referral is now: Sent.' }).waitFor();

    await page.reload();
    await waitForLoaded(page, 'referrals');
    const answered = referralItem(group(page, 'New'), DROP_IN);
    await answered.getByRole('button', { name: /^Accept/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You accepted the referral to ${DROP_IN}` })
      .waitFor();
    await referralItem(group(page, 'In progress'), DROP_IN).getByText('Accepted').waitFor();
  });
});

describe('an organization off the case', () => {
  test('probation sees no referrals, and cannot open one by its address', async () => {
    const page = await seat();
    await signInOver(page, 'probation@demo.test', /Hello, Jamie Reyes/);
    await openReferrals(page);
    await page.getByText('Your organization has received no referrals.').waitFor();
    await page.getByRole('tab', { name: 'Sent (0)' }).click();
    await page.getByText('Your organization has sent no referrals.').waitFor();
    await expectAccessible(page, 'referrals: none (probation)');

    assert.ok(shelterReferralUrl.includes('/referrals/'), 'journey 2 opened the referral');
    await page.goto(shelterReferralUrl);
    await page
      .getByText('There is no referral at this address that your organization may see.')
      .waitFor();
    assert.ok(!(await page.content()).includes(SHELTER));

    // Oversight sees no youth data, so no referrals either.
    const analyst = await seat();
    await signInOver(analyst, 'oversight@demo.test', /Hello, Grant Ellis/);
    assert.equal(await mainNavigation(analyst).getByRole('link', { name: 'Referrals' }).count(), 0);
  });

  test('police add Harbor Light to a case: the advocate’s header counts it, and reading it lowers the count', async () => {
    // The police act through the API (their own screens are proven elsewhere).
    const police = new Client(world.app);
    assert.equal((await police.login('police@demo.test', DEMO_PASSWORD)).statusCode, 200);
    const harborLight = (await police.get('/api/organizations'))
      .json<{ id: string; name: string }[]>()
      .find((o) => o.name === 'Harbor Light Advocates');
    assert.ok(harborLight);
    const opened = await police.post('/api/youth', { alias: 'Badge test', createAnyway: true });
    assert.equal(opened.statusCode, 201, opened.body);
    const youth = opened.json<{ id: string; caseNumber: string }>();
    const added = await police.post(`/api/youth/${youth.id}/team`, {
      organizationId: harborLight.id,
      role: 'advocate',
    });
    assert.equal(added.statusCode, 201, added.body);

    const page = await seat();
    await signInOver(page, 'advocate@demo.test', /Hello, Alex Lee/);
    const link = mainNavigation(page).getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await link.waitFor();
    const count = async () =>
      Number(/(\d+) unread/.exec((await link.getAttribute('aria-label')) ?? '')?.[1]);
    const before = await count();
    assert.ok(before > 0);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const notice = page
      .getByRole('listitem')
      .filter({ hasText: `added Harbor Light Advocates to case ${youth.caseNumber} as Advocate` });
    await notice.waitFor();
    await expectAccessible(page, 'notifications (advocate, unread count)');
    await notice.getByRole('button', { name: 'Mark as read' }).click();
    await mainNavigation(page)
      .getByRole('link', {
        name: before === 1 ? /^Notifications$/ : `Notifications, ${String(before - 1)} unread`,
      })
      .waitFor();
  });

  test('the pages checked cover every screen visited', () => {
    assert.ok(checkedPages.length >= 15, checkedPages.join(', '));
  });
});

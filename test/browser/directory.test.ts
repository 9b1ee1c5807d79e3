// The resource directory on the screens, in Debian's Chromium: a caseworker finds the shelter
// with a typo, filters, opens it (its confidential address never shows) and uses the map by
// keyboard; the provider updates open places in one action; the coordinator marks a service as an
// alternative to detention and the filter finds it, in English and Spanish; the coordinator imports a
// datapackage with a broken row, then the valid rows; another county's coordinator is told
// which of Demo County's records an import would have changed, and nothing is written; the public guide opens without signing in,
// in English and Spanish, and prints without its controls; a youth, signed out on a phone,
// searches the public page, opens the shelter (no address), reads it in Spanish, leaves quickly.
// axe-core checks every page visited for serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  expectAccessible as checkAccessible,
  type Seat,
  serveAxe,
  signInAt,
  startBrowserWorld,
  type BrowserWorld,
} from '../support/browser.js';
import { type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import { testApp } from '../support/http.js';
import { demoServiceId, demoUuid } from '../../src/server/services/setup/demo-directory.js';

const SHELTER = 'New Horizons Emergency Shelter';
/** The shelter's street, which only its own provider may read. */
const SHELTER_STREET = '1 Confidential Lane';
const SAFE_HOUSE_LOCATION = demoUuid('location:new-horizons-shelter');

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

/** A kept page (BrowserWorld.seat) for the next person, in Los Angeles like the county. */
function seat(request: Seat = {}): Promise<Page> {
  return world.seat({ timezoneId: 'America/Los_Angeles', locale: 'en-US', ...request });
}

async function signIn(page: Page, email: string, name: string | RegExp, at = base) {
  await page.goto(`${at}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The same, over HTTP (signInAt): the journeys after the first start at their own screen. */
async function signInOver(
  page: Page,
  email: string,
  name: string | RegExp,
  path = '/',
): Promise<void> {
  await signInAt(page, base, { email, password: DEMO_PASSWORD }, name, path);
}

async function openResources(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Service directory' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Service directory' }).waitFor();
  await resultsArrived(page);
}

/** Waits for the results' count; given `found`, for that count, as the list before it had a count too. */
async function resultsArrived(page: Page, found?: number) {
  const text =
    found === undefined ? 'Services found' : new RegExp(`Services found: ${found}(\\.|$)`);
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

async function search(page: Page, words: string) {
  const form = page.getByRole('search', { name: 'Search resources' });
  await form.getByRole('searchbox', { name: 'What is needed?' }).fill(words);
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `Results for “${words}”` }).waitFor();
  await resultsArrived(page);
}

async function openFilters(page: Page) {
  const filters = page.locator('details.filters-panel');
  if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
}

describe('a caseworker finds a service', () => {
  test('searches with a typo, filters, opens the shelter, and uses the map by keyboard', async () => {
    const page = await seat();
    await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/);
    await openResources(page);
    await expectAccessible(page, 'directory search');

    // "sheltr": typos are forgiven.
    await search(page, 'sheltr');
    const results = page.locator('.service-list');
    await results.getByRole('link', { name: SHELTER }).waitFor();

    // Narrowed to one need, the shelter is still there and every result meets the need.
    await openFilters(page);
    await page.getByLabel('Need', { exact: true }).selectOption({ label: 'Emergency shelter' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/need=emergency_shelter/);
    await resultsArrived(page, 1);
    const shelter = results.getByRole('article').filter({ hasText: SHELTER });
    await shelter.getByText('Emergency shelter', { exact: true }).waitFor();
    await shelter.getByText('CSEC-specialized', { exact: true }).waitFor();
    await shelter.getByText('Open 24 hours', { exact: true }).waitFor();
    await shelter.getByText(/2 of 8 places open, updated/).waitFor();
    await shelter.getByText('Confidential location — call the provider').waitFor();
    for (const article of await results.getByRole('article').all()) {
      await article.getByText('Emergency shelter', { exact: true }).waitFor();
    }
    await expectAccessible(page, 'directory: filtered by need');

    await shelter.getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: SHELTER }).waitFor();
    await page.getByText('Confidential location — call the provider').first().waitFor();
    await page.getByText('Group program: only youth with exploitation histories.').waitFor();
    await page.getByText('All staff complete 40 hours of CSEC training').waitFor();
    await page.getByText('Open 24 hours, every day.').waitFor();
    assert.equal(await page.getByText('No hours are listed').count(), 0);
    await page.getByRole('heading', { level: 2, name: 'Referrals through Lantern' }).waitFor();
    await page.locator('#service-referral-slot').getByRole('link').first().waitFor();
    assert.ok(!(await page.content()).includes(SHELTER_STREET), 'no street address');
    assert.equal(await page.getByRole('form', { name: 'Update open places' }).count(), 0);
    await page.locator('.badges').getByText('Alternative to detention', { exact: true }).waitFor();
    assert.equal(await page.getByRole('form', { name: 'Alternative to detention' }).count(), 0);
    await expectAccessible(page, 'service page (caseworker)');

    // Back to the same search, then all services on the map.
    await page.getByRole('link', { name: 'Service directory', exact: true }).last().click();
    await page.waitForURL(/need=emergency_shelter/);
    await openFilters(page);
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await page.waitForURL((url) => url.search === '');
    await resultsArrived(page);
    await page
      .getByRole('group', { name: 'Show the results as' })
      .getByRole('button', {
        name: 'Map',
      })
      .click();
    const map = page.getByRole('group', { name: 'Map of the results' });
    await map.waitFor();
    const markers = map.getByRole('link');
    assert.ok((await markers.count()) >= 5, 'a marker per public service');
    assert.equal(await map.getByRole('link', { name: new RegExp(SHELTER) }).count(), 0);
    await page.getByText('Confidential locations are never plotted').waitFor();
    const notPlotted = page.getByRole('list').filter({ hasText: 'confidential location' });
    await notPlotted.getByRole('link', { name: SHELTER }).waitFor();
    await expectAccessible(page, 'directory: map');

    // Keyboard: Tab from the view switch reaches the first marker; Enter opens its service.
    await page.getByRole('button', { name: 'Map', exact: true }).focus();
    const focusedMarker = async () => {
      const focused = map.locator('a:focus');
      assert.equal(await focused.count(), 1, 'a map marker has the focus');
      return (await focused.getAttribute('aria-label')) ?? '';
    };
    await page.keyboard.press('Tab');
    assert.match(await focusedMarker(), /^1\. /);
    await page.keyboard.press('Tab');
    const second = await focusedMarker();
    assert.match(second, /^2\. /);
    // Its name shows beside it while it has the focus.
    const name = /^2\. (.+) at /.exec(second)?.[1] ?? '';
    await map.locator('.map-label').getByText(name).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();

    // Near a point: nearest first, with distances.
    await page.goto(`${base}/directory`);
    await resultsArrived(page);
    await openFilters(page);
    await page.getByLabel('Latitude').fill('37.8044');
    await page.getByLabel('Longitude').fill('-122.2712');
    await page.getByLabel('Distance limit').selectOption('5');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/near=37.8044/);
    await resultsArrived(page);
    const nearest = results.getByRole('article').first();
    await nearest.getByRole('link', { name: 'Youth Crisis and Trauma Therapy' }).waitFor();
    await nearest.getByText(/^0 km/).waitFor();
    await expectAccessible(page, 'directory: near a point');

    // "bed tonight" near a ZIP code: the field's words find New Horizons (its drop-in center
    // here; the shelter's safe house has no point, so a search near a place leaves it out).
    await page.getByLabel('Latitude').fill('');
    await page.getByLabel('Longitude').fill('');
    await page.getByLabel('ZIP code or city').fill('94607');
    await search(page, 'bed tonight');
    await page.waitForURL(/near=94607/);
    const dropIn = results.getByRole('article').filter({ hasText: 'New Horizons Drop-in Center' });
    await dropIn.getByText(/ km \(/).waitFor();
    assert.equal(await results.getByRole('link', { name: 'Teen Health Clinic' }).count(), 0);
    await page.getByLabel('ZIP code or city').fill('Atlantis');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('That ZIP code or city is not in Lantern’s list of places').waitFor();
    await expectAccessible(page, 'directory: near a ZIP code');

    // The same screen in Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directorio de servicios' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Servicios encontrados' }).waitFor();
    await expectAccessible(page, 'directory (es)');
  });
});

describe('with a map style configured (LANTERN_MAP_STYLE_URL)', () => {
  test('the directory and Find help draw MapLibre over it, or say it could not load and show the plot', async (t) => {
    // A style with one background layer from a server on this machine: no tiles, no network.
    const style = { version: 8, sources: {}, layers: [{ id: 'land', type: 'background' }] };
    let styleGone = false;
    const styleServer = createServer((_request, response) => {
      response.writeHead(styleGone ? 404 : 200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      response.end(styleGone ? '{}' : JSON.stringify(style));
    });
    await new Promise<void>((resolve) => styleServer.listen(0, '127.0.0.1', resolve));
    const { port } = styleServer.address() as AddressInfo;
    const { services } = world;
    const mapStyleUrl = `http://127.0.0.1:${port}/style.json`;
    const mapped = await testApp(
      { ...services, config: { ...services.config, mapStyleUrl } },
      serveAxe,
    );
    const mappedBase = await mapped.listen({ port: 0, host: '127.0.0.1' });
    try {
      const page = await seat();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      // Through the form: the sign-in page is one of the pages watched for CSP refusals here.
      await signIn(page, 'advocate@demo.test', /Hello, Alex Lee/, mappedBase);
      const webGl = await page.evaluate<boolean>(
        "(c => (c.getContext('webgl2') ?? c.getContext('webgl')) !== null)(document.createElement('canvas'))",
      );
      t.diagnostic(webGl ? 'WebGL: MapLibre draws' : 'no WebGL here: the plain plot');
      const fallback = 'The map could not load; showing the plain plot.';
      const expectMap = async (label: string) => {
        if (webGl) {
          // The style has loaded (the map is no longer busy), the worker with it.
          await page.locator('.tiled-map[aria-busy="false"] canvas.maplibregl-canvas').waitFor();
          const first = page.locator('a.tiled-map-marker').first();
          assert.match((await first.getAttribute('aria-label')) ?? '', /^1\. /);
          const tiled = page.locator('.tiled-map');
          assert.equal(await tiled.getByRole('link', { name: new RegExp(SHELTER) }).count(), 0);
          assert.equal(await page.getByText(fallback).count(), 0);
        } else {
          await page.getByText(fallback).waitFor();
          await page
            .getByRole('group', { name: 'Map of the results' })
            .getByRole('link')
            .first()
            .waitFor();
        }
        await expectAccessible(page, label);
      };
      // MapLibre's worker comes from Lantern itself (no blob: in the CSP).
      const worker = webGl
        ? page.waitForResponse((response) => response.url().includes('/maplibre-gl-worker-'))
        : null;
      await page.goto(`${mappedBase}/directory?view=map`);
      await resultsArrived(page);
      await expectMap('directory: tiled map');
      if (worker) assert.equal((await worker).status(), 200);

      await page.goto(`${mappedBase}/find-help`);
      await page
        .getByRole('status')
        .filter({ hasText: /places found/ })
        .waitFor();
      await page.getByRole('button', { name: 'Show these places on a map' }).click();
      await expectMap('find help: tiled map');

      // The style server gone: the plain plot, and a word about it.
      styleGone = true;
      await page.reload();
      await page.getByRole('button', { name: 'Show these places on a map' }).click();
      await page.getByText(fallback).waitFor();
      await page
        .getByRole('group', { name: 'Map of the results' })
        .getByRole('link')
        .first()
        .waitFor();
      assert.deepEqual(refused, [], 'nothing the map needs is refused by the CSP');
    } finally {
      await mapped.close();
      styleServer.close();
    }
  });
});

describe('the provider', () => {
  test('sets open places at the shelter in one action', async () => {
    const page = await seat();
    await signInOver(page, 'provider@demo.test', /Hello, Ada Okafor/);
    await openResources(page);
    await search(page, 'shelter');
    await page.locator('.service-list').getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: SHELTER }).waitFor();
    // Its own provider sees the address, marked as never to share.
    await page.getByText(SHELTER_STREET, { exact: false }).waitFor();
    await page.getByText('Confidential location: never share this address.').waitFor();
    const form = page.getByRole('form', { name: 'Update open places' });
    await form.waitFor();
    await expectAccessible(page, 'service page (provider)');

    await form.getByLabel('Open places now').fill('9');
    await form.getByRole('button', { name: 'Save open places' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Open places cannot be more than the total places.' })
      .waitFor();

    await form.getByLabel('Open places now').fill('1');
    await form.getByRole('button', { name: 'Save open places' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 1 of 8 places open' }).waitFor();
    await page
      .locator('.badge')
      .filter({ hasText: /^1 of 8 places open, updated/ })
      .waitFor();
    await expectAccessible(page, 'service page: open places saved');

    // Saved on the server: a fresh load shows it too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: SHELTER }).waitFor();
    await page.getByText(/^1 of 8 places open, updated/).waitFor();
  });
});

describe('the coordinator', () => {
  test('marks a service as an alternative to detention; the filter then finds it, in English and Spanish', async () => {
    const CLINIC = 'Teen Health Clinic';
    const alternatives = ['New Horizons Drop-in Center', 'New Horizons Emergency Shelter'];
    const page = await seat();
    const clinic = `/directory/services/${demoServiceId('teen-health')}`;
    await signInOver(page, 'coordinator@demo.test', CLINIC, clinic);
    const form = page.getByRole('form', { name: 'Alternative to detention' });
    await form
      .getByRole('checkbox', { name: 'This service is an alternative to detention' })
      .check();
    await form.getByRole('button', { name: 'Save the mark' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved: the service is marked as an alternative to detention.' })
      .waitFor();
    await page.locator('.badges').getByText('Alternative to detention', { exact: true }).waitFor();
    await expectAccessible(page, 'service page: marked an alternative to detention');

    await openResources(page);
    await openFilters(page);
    await page.getByRole('checkbox', { name: 'Only alternatives to detention' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/atd=1/);
    await resultsArrived(page, alternatives.length + 1);
    const results = page.locator('.service-list').getByRole('article');
    await results.filter({ hasText: CLINIC }).waitFor();
    const names = await results.locator('h3 a').allInnerTexts();
    assert.deepEqual(names.sort(), [...alternatives, CLINIC].sort());
    for (const article of await results.all()) {
      await article.getByText('Alternative to detention', { exact: true }).waitFor();
    }
    await expectAccessible(page, 'directory: alternatives to detention');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('checkbox', { name: 'Solo alternativas a la detención' }).waitFor();
    await results
      .filter({ hasText: CLINIC })
      .getByText('Alternativa a la detención', { exact: true })
      .waitFor();
    await expectAccessible(page, 'directory: alternatives to detention (es)');

    // Taken off again, as the county had it.
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${base}/directory/services/${demoServiceId('teen-health')}`);
    await form
      .getByRole('checkbox', { name: 'This service is an alternative to detention' })
      .uncheck();
    await form.getByRole('button', { name: 'Save the mark' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'no longer marked as an alternative to detention' })
      .waitFor();
    assert.equal(await page.locator('.badges').getByText('Alternative to detention').count(), 0);
  });

  test('imports a datapackage: a broken row refuses it all, then the valid rows go in', async () => {
    const ORG = '11111111-1111-4111-8111-111111111111';
    const files = [
      {
        name: 'organizations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`id,name,description\n${ORG},Harbor Youth Services,Youth services\n`),
      },
      {
        name: 'services.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          [
            'id,organization_id,name,description,status',
            `22222222-2222-4222-8222-222222222222,${ORG},Harbor Night Line,Night phone line,active`,
            `33333333-3333-4333-8333-333333333333,${ORG},Harbor Broken Row,Not imported,open`,
          ].join('\n'),
        ),
      },
    ];
    const page = await seat();
    await signInOver(page, 'coordinator@demo.test', /Hello, Priya Patel/);
    await openResources(page);
    await page.getByRole('link', { name: 'Import a directory file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a resource directory' }).waitFor();
    await expectAccessible(page, 'directory import');

    await page.getByLabel('Files to import').setInputFiles(files);
    await page.getByRole('listitem').filter({ hasText: 'organizations.csv' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Import report' }).waitFor();
    await page.getByText('Nothing was written, because some rows failed.').waitFor();
    const problems = page.getByRole('table', { name: 'Problems: 1' });
    const row = problems.getByRole('row').filter({ hasText: 'services.csv' });
    await row.getByRole('cell', { name: '3', exact: true }).waitFor();
    await row.getByText(/status must be one of/).waitFor();
    assert.equal(await page.getByRole('table', { name: 'Rows written, by file' }).count(), 0);
    await expectAccessible(page, 'directory import: refused');

    await page
      .getByRole('checkbox', { name: /Import the valid rows even if some rows fail/ })
      .check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('The directory was updated.').waitFor();
    const written = page.getByRole('table', { name: 'Rows written, by file' });
    await written.getByRole('row', { name: 'services.csv 1' }).waitFor();
    await written.getByRole('row', { name: 'organizations.csv 1' }).waitFor();
    await page.getByRole('table', { name: 'Problems: 1' }).waitFor();
    await expectAccessible(page, 'directory import: partial');

    await openResources(page);
    await search(page, 'Harbor Night');
    await page.locator('.service-list').getByRole('link', { name: 'Harbor Night Line' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Harbor Broken Row' }).count(), 0);
  });

  test("another county's coordinator is refused a change to Demo's safe house, and told whose it is", async () => {
    const files = [
      {
        name: 'lantern_locations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`location_id,confidential\n${SAFE_HOUSE_LOCATION},false\n`),
      },
    ];
    const page = await seat();
    const importer = '/admin/directory-import';
    await signInOver(page, 'coordinator@neighbor.test', 'Import a resource directory', importer);
    await page.getByText(/Every directory record belongs to the county that created it/).waitFor();
    await page.getByLabel('Files to import').setInputFiles(files);
    await page
      .getByRole('checkbox', { name: /Import the valid rows even if some rows fail/ })
      .check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Import report' }).waitFor();
    await page
      .getByText(/Nothing was written: these rows would change records another county owns/)
      .waitFor();
    const refused = page.getByRole('table', { name: 'Records of other counties: 1' });
    const row = refused.getByRole('row').filter({ hasText: 'lantern_locations.csv' });
    await row.getByRole('cell', { name: 'Demo County', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'confidential location', exact: true }).waitFor();
    await row.getByRole('cell', { name: SAFE_HOUSE_LOCATION }).waitFor();
    await expectAccessible(page, 'directory import: records of another county');
  });

  test('a caseworker cannot open the import screen', async () => {
    const page = await seat();
    const importer = '/admin/directory-import';
    await signInOver(page, 'advocate@demo.test', 'You cannot open this page', importer);
  });
});

describe('the public search for youth and families', () => {
  test('signed out, on a phone: searches, opens the shelter, switches to Spanish, leaves quickly', async () => {
    // A seat of its own, a browser context that never held the app: the journey ends by
    // proving that the public page kept nothing on the device.
    const page = await seat({ seat: 1, viewport: { width: 360, height: 740 } });
    const unauthorized: string[] = [];
    const apiCalls: string[] = [];
    page.on('console', (message) => {
      if (/401|unauthori[sz]ed/i.test(message.text())) unauthorized.push(message.text());
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(url.pathname);
      if (response.status() === 401) unauthorized.push(response.url());
    });
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: 'Find help near you' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find help near you' }).waitFor();
    const helpNow = page.getByRole('complementary', { name: 'Help right now' });
    await helpNow.getByRole('link', { name: 'If you are in danger, call 911.' }).waitFor();
    assert.equal(
      await helpNow.getByRole('link', { name: 'call 1-888-373-7888' }).getAttribute('href'),
      'tel:+18883737888',
    );
    await helpNow.getByRole('link', { name: 'text 233733' }).waitFor();

    const form = page.getByRole('search', { name: 'Search for help' });
    await form.getByRole('searchbox', { name: 'What do you need help with?' }).fill('shelter');
    await form.getByRole('button', { name: 'Search' }).click();
    const shelter = page.getByRole('article').filter({ hasText: SHELTER });
    await shelter.getByRole('link', { name: SHELTER }).waitFor();
    await shelter.getByText('Run by New Horizons Youth Shelter').waitFor();
    await shelter.getByRole('link', { name: '555-0180' }).waitFor();
    await shelter.getByText('No address is shown. Call to ask where to go.').waitFor();
    assert.ok(!(await page.content()).includes(SHELTER_STREET), 'no confidential address');
    assert.ok(!page.url().includes('shelter'), 'the words are not in the address');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    assert.ok(Number(width) <= 360, `fits a phone: ${String(width)}px wide`);
    await expectAccessible(page, 'find help: results');

    // Words that match nothing say so, and how to widen the search.
    await form.getByRole('searchbox').fill('zzzqqq');
    await form.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No places match.', { exact: false }).waitFor();
    await form.getByRole('searchbox').fill('shelter');
    await form.getByRole('button', { name: 'Search' }).click();

    await shelter.getByRole('link', { name: SHELTER }).click();
    await page.getByRole('heading', { level: 1, name: SHELTER }).waitFor();
    await page.getByText('Open 24 hours, every day.').waitFor();
    await page.getByRole('link', { name: '555-0180' }).waitFor();
    assert.ok(!(await page.content()).includes(SHELTER_STREET), 'no confidential address');
    await expectAccessible(page, 'find help: one place');

    // Back to the search, still there; then Spanish, for this visit only.
    await page.getByRole('link', { name: 'Back to the search' }).click();
    await shelter.getByRole('link', { name: SHELTER }).waitFor();
    assert.equal(await form.getByRole('searchbox').inputValue(), 'shelter');
    await page
      .getByRole('group', { name: 'Language of this page' })
      .getByRole('button', { name: 'Español' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Buscar ayuda cerca de ti' }).waitFor();
    await page.getByRole('link', { name: 'Si estás en peligro, llama al 911.' }).waitFor();
    await page.getByLabel('Tipo de ayuda').selectOption({ label: 'Refugio de emergencia' });
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await shelter
      .getByText('No se muestra la dirección. Llama para preguntar adónde ir.')
      .waitFor();
    await expectAccessible(page, 'find help: Spanish');
    assert.equal(await page.evaluate('localStorage.length'), 0, 'nothing kept on the device');
    assert.deepEqual(
      apiCalls.filter((path) => !path.startsWith('/api/hsds/') && path !== '/api/auth/state'),
      [],
      'only the public API (and the check that nobody is signed in)',
    );
    assert.deepEqual(unauthorized, []);

    // The quick exit replaces the page with a neutral one.
    await page.route('https://weather.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.getByRole('button', { name: 'Salir rápido de esta página' }).click();
    await page.waitForURL('https://weather.com/');
  });
});

describe('the public resource guide', () => {
  test('opens without signing in, by need, in English and Spanish, and prints cleanly', async () => {
    const page = await seat();
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: 'Resource guide for youth and families' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resource guide' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Emergency shelter' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Legal help' }).waitFor();
    await page.getByRole('heading', { level: 3, name: SHELTER }).first().waitFor();
    assert.ok(!(await page.content()).includes(SHELTER_STREET), 'no confidential address');
    await expectAccessible(page, 'guide (en)');

    const guideLanguage = page.getByRole('group', { name: 'Language of the guide' });
    await guideLanguage.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Guía de recursos' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Refugio de emergencia' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ayuda legal' }).waitFor();
    assert.equal(await page.locator('.guide').first().getAttribute('lang'), 'es');
    const pdf = page.getByRole('link', { name: /Download PDF/ });
    assert.equal(await pdf.getAttribute('href'), '/api/guide.pdf?language=es');
    const response = await page.request.get(`${base}/api/guide.pdf?language=es`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /application\/pdf/);
    await expectAccessible(page, 'guide (es)');

    // Printing leaves out the controls and the navigation.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    assert.equal(await pdf.isVisible(), false);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    await page.getByRole('heading', { level: 2, name: 'Refugio de emergencia' }).waitFor();
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate('window.printed = false; window.print = () => { window.printed = true; }');
    await page.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate('window.printed'), true);
  });

  test('the pages checked cover every screen visited', () => {
    assert.ok(checkedPages.length >= 16, checkedPages.join(', '));
  });
});

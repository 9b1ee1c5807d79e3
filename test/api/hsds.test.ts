// The public HSDS API: the official examples and the demo directory, every response checked
// against Open Referral's own compiled schemas with a JSON Schema validator; no sign-in;
// rate limited; a confidential location never appears, however it is asked for.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { App } from '../../src/server/http/types.js';
import { commandLine } from '../../src/server/context.js';
import { importDirectory } from '../../src/server/services/directory/import.js';
import { DEMO_JURISDICTION } from '../../src/server/services/setup/demo-county.js';
import { findJurisdictionByName } from '../../src/db/repositories/jurisdictions.js';
import {
  demoServiceId,
  needTermId,
  demoOrganizationId,
} from '../../src/server/services/setup/demo-directory.js';
import { type TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

const VENDOR = new URL('../../vendor/hsds-3.0/', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, VENDOR), 'utf8')) as object;

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// The compiled schemas are large (2-3.5 MB each) and each validator runs a few times: code not
// optimized compiles in half the CPU (3.1 against 5.9 s for the six here) and validates the same.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, code: { optimize: false } }));
ajv.addSchema(json('schema/metadata.json'), 'metadata.json');
ajv.addSchema(json('schema/taxonomy.json'), 'taxonomy.json');
ajv.addSchema(json('schema/taxonomy_term.json'), 'taxonomy_term.json');
const compiled = (name: string) => ajv.compile(json(`schema/compiled/${name}.json`));
const SCHEMAS = {
  service: compiled('service'),
  serviceList: compiled('service_list'),
  organization: compiled('organization'),
  organizationList: compiled('organization_list'),
  serviceAtLocation: compiled('service_at_location'),
  serviceAtLocationList: compiled('service_at_location_list'),
  taxonomy: ajv.getSchema('taxonomy.json')!,
  taxonomyTerm: ajv.getSchema('taxonomy_term.json')!,
};
const openapi = json('schema/openapi.json') as {
  components: { schemas: { Page: object } };
  paths: Record<
    string,
    { get: { responses: { 200: { content: Record<string, { schema: object }> } } } }
  >;
};
const pageSchema = ajv.compile({
  ...openapi.components.schemas.Page,
  required: [
    'total_items',
    'total_pages',
    'page_number',
    'size',
    'first_page',
    'last_page',
    'empty',
  ],
});
const rootSchema = ajv.compile(
  openapi.paths['/']!.get.responses[200].content['application/json']!.schema,
);

function valid(validate: ValidateFunction, body: unknown, what: string) {
  assert.ok(validate(body), `${what}: ${ajv.errorsText(validate.errors)}`);
}

let database: TestDatabase;
let app: App;
const examples = (() => {
  const dir = new URL('examples/csv/', VENDOR);
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const),
  );
})();
const EXAMPLE_SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const SAFE_HOUSE = demoServiceId('new-horizons-shelter');

before(async () => {
  database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  const demo = await findJurisdictionByName(database.db, DEMO_JURISDICTION);
  const report = await importDirectory(services, commandLine, examples, {
    jurisdictionId: demo?.id ?? '',
  });
  assert.equal(report.committed, true, JSON.stringify(report.problems));
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

const get = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200, `${url}: ${response.body.slice(0, 300)}`);
  return response.json<Record<string, unknown> & { contents: Record<string, unknown>[] }>();
};

function validPage(body: { contents: unknown[] }, item: ValidateFunction, what: string) {
  valid(pageSchema, body, `${what} page`);
  body.contents.forEach((c, i) => {
    valid(item, c, `${what} item ${i}`);
  });
}

describe('/api/hsds answers in the shapes of the official schemas, without sign-in', () => {
  test('/ describes the API', async () => {
    valid(rootSchema, await get('/api/hsds'), '/');
  });

  test('services: list, full, minimal and one, for the official example and the demo', async () => {
    const list = await get('/api/hsds/services?per_page=100');
    validPage(list, SCHEMAS.serviceList, 'services');
    assert.equal(list.total_items, 12, 'the example service and 11 demo services');
    const full = await get('/api/hsds/services?full=true&per_page=5&page=2');
    validPage(full, SCHEMAS.service, 'services full');
    assert.equal(full.page_number, 2);
    assert.equal(full.size, 5);
    assert.equal(full.first_page, false);
    validPage(await get('/api/hsds/services?minimal=true'), SCHEMAS.serviceList, 'minimal');
    for (const id of [EXAMPLE_SERVICE, demoServiceId('teen-health'), SAFE_HOUSE]) {
      valid(SCHEMAS.service, await get(`/api/hsds/services/${id}`), `service ${id}`);
    }
    const example = await get(`/api/hsds/services/${EXAMPLE_SERVICE}`);
    assert.equal((example.phones as unknown[]).length, 1);
    assert.equal(
      (example.service_at_locations as { location: { addresses: unknown[] } }[])[0]!.location
        .addresses.length,
      1,
    );
    assert.equal((example.organization as { name: string }).name, 'Example Organization Inc.');
  });

  test("a full service names its organization's phones, as the organization's page does", async () => {
    type Phones = { phones: { number: string }[] };
    const numbers = (o: Phones) => o.phones.map((p) => p.number);
    const organization = (await get(
      `/api/hsds/organizations/${demoOrganizationId('new-horizons')}`,
    )) as unknown as Phones;
    assert.deepEqual(numbers(organization), ['555-0180']);
    const shelter = await get(`/api/hsds/services/${SAFE_HOUSE}`);
    valid(SCHEMAS.service, shelter, 'the shelter');
    assert.deepEqual(numbers(shelter.organization as Phones), numbers(organization));
    const listed = await get('/api/hsds/services?full=true&search=shelter');
    const found = listed.contents.find((s) => s.id === SAFE_HOUSE);
    assert.deepEqual(numbers(found?.organization as Phones), ['555-0180']);
    // The one-to-one list stays the service_list shape: the organization without its phones.
    const brief = await get('/api/hsds/services?search=shelter');
    const briefShelter = brief.contents.find((s) => s.id === SAFE_HOUSE);
    assert.equal((briefShelter?.organization as Record<string, unknown>).phones, undefined);
  });

  test('organizations, service_at_locations, taxonomies and terms', async () => {
    validPage(await get('/api/hsds/organizations'), SCHEMAS.organizationList, 'organizations');
    validPage(
      await get('/api/hsds/organizations?full=true&full_service=true'),
      SCHEMAS.organization,
      'organizations full',
    );
    const org = await get(`/api/hsds/organizations/${demoOrganizationId('new-horizons')}`);
    valid(SCHEMAS.organization, org, 'organization');
    assert.equal((org.services as unknown[]).length, 2);
    valid(
      SCHEMAS.organization,
      await get(`/api/hsds/organizations/${demoOrganizationId('clinic')}?full_service=true`),
      'organization with full services',
    );
    const sals = await get('/api/hsds/service_at_locations?per_page=100');
    validPage(sals, SCHEMAS.serviceAtLocationList, 'service_at_locations');
    validPage(
      await get('/api/hsds/service_at_locations?full=true'),
      SCHEMAS.serviceAtLocation,
      'service_at_locations full',
    );
    for (const sal of sals.contents) {
      valid(
        SCHEMAS.serviceAtLocation,
        await get(`/api/hsds/service_at_locations/${String(sal.id)}`),
        'service_at_location',
      );
    }
    const taxonomies = await get('/api/hsds/taxonomies');
    validPage(taxonomies, SCHEMAS.taxonomy, 'taxonomies');
    for (const t of taxonomies.contents) {
      valid(SCHEMAS.taxonomy, await get(`/api/hsds/taxonomies/${String(t.id)}`), 'taxonomy');
    }
    const terms = await get('/api/hsds/taxonomy_terms?per_page=200');
    validPage(terms, SCHEMAS.taxonomyTerm, 'taxonomy terms');
    assert.equal(terms.total_items, 16, '15 needs and the example term');
    valid(
      SCHEMAS.taxonomyTerm,
      await get(`/api/hsds/taxonomy_terms/${needTermId('housing')}`),
      'taxonomy term',
    );
  });
});

describe('/api/hsds filters', () => {
  const names = (body: { contents: Record<string, unknown>[] }) =>
    body.contents.map((c) => String(c.name)).sort();

  test('search is typo tolerant, accent blind, and finds needs by their Spanish name', async () => {
    assert.deepEqual(names(await get('/api/hsds/services?search=counseling')), [
      'Community Counselling',
      'New Horizons Emergency Shelter',
      'Youth Crisis and Trauma Therapy',
    ]);
    assert.ok(names(await get('/api/hsds/services?search=mentorr')).includes('Survivor Mentors'));
    assert.deepEqual(names(await get('/api/hsds/services?search=vivienda')), [
      'Transitional Housing for Youth',
    ]);
    assert.deepEqual(names(await get('/api/hsds/services?search=inmigracion')), [
      'Youth Legal Clinic',
    ]);
    assert.equal((await get('/api/hsds/services?search=zzzqqq')).empty, true);
  });

  test('taxonomy term, taxonomy, organization and modified_after', async () => {
    assert.deepEqual(
      names(await get(`/api/hsds/services?taxonomy_term_id=${needTermId('legal')}`)),
      ['Youth Legal Clinic'],
    );
    const byTaxonomy = await get(
      `/api/hsds/services?taxonomy_id=${String((await get('/api/hsds/taxonomies?search=lantern')).contents[0]!.id)}`,
    );
    assert.equal(byTaxonomy.total_items, 11);
    assert.deepEqual(
      names(await get(`/api/hsds/services?organization_id=${demoOrganizationId('new-horizons')}`)),
      ['New Horizons Drop-in Center', 'New Horizons Emergency Shelter'],
    );
    assert.equal((await get('/api/hsds/services?modified_after=2000-01-01')).total_items, 12);
    assert.equal(
      (await get('/api/hsds/services?modified_after=2999-01-01T00:00:00Z')).total_items,
      0,
    );
  });

  test('postcode and proximity (meters from the postcode centroid) use public locations only', async () => {
    assert.deepEqual(names(await get('/api/hsds/services?postcode=94610')), ['Survivor Mentors']);
    const near = names(await get('/api/hsds/services?postcode=94607&proximity=1000'));
    assert.deepEqual(
      near,
      [
        'New Horizons Drop-in Center',
        'Youth Bus Passes',
        'Youth Legal Clinic',
        'Youth Crisis and Trauma Therapy',
      ].sort(),
    );
    const sals = await get('/api/hsds/service_at_locations?postcode=94607&proximity=1000');
    assert.equal(sals.total_items, 4);
    const far = await get('/api/hsds/services?postcode=94607&proximity=100000');
    assert.equal(far.total_items, 10, 'every located public service but the safe house');
  });

  test('format=ndjson: every record of a list, one valid object a line, without paging', async () => {
    const lists: [string, ValidateFunction][] = [
      ['services', SCHEMAS.serviceList],
      ['services?full=true', SCHEMAS.service],
      ['organizations', SCHEMAS.organizationList],
      ['service_at_locations', SCHEMAS.serviceAtLocationList],
      ['taxonomies', SCHEMAS.taxonomy],
      ['taxonomy_terms', SCHEMAS.taxonomyTerm],
    ];
    for (const [list, schema] of lists) {
      const join = list.includes('?') ? '&' : '?';
      // page and per_page are ignored: all of them, whatever the page asked for.
      const response = await app.inject({
        method: 'GET',
        url: `/api/hsds/${list}${join}format=ndjson&per_page=1&page=2`,
      });
      assert.equal(response.statusCode, 200, `${list}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /^application\/x-ndjson/);
      assert.ok(response.body.endsWith('\n'), `${list}: each record ends its line`);
      const records = response.body
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line) as { id: string });
      for (const record of records) valid(schema, record, `${list} as ndjson`);
      const all = await get(`/api/hsds/${list}${join}per_page=200`);
      assert.equal(records.length, all.total_items, `${list}: every record`);
      assert.ok(records.length > 1, `${list}: more than one record to stream`);
      assert.deepEqual(
        records.map((r) => r.id),
        (all.contents as { id: string }[]).map((r) => r.id),
        `${list}: the same records, in the same order, as the pages`,
      );
    }
    // Filters still apply (the safe house: 'no response names the safe house' below).
    const filtered = await app.inject({
      method: 'GET',
      url: `/api/hsds/services?format=ndjson&organization_id=${demoOrganizationId('new-horizons')}`,
    });
    assert.equal(filtered.statusCode, 200);
    const all = await app.inject({ method: 'GET', url: '/api/hsds/services?format=ndjson' });
    assert.ok(filtered.body.split('\n').length < all.body.split('\n').length);
  });

  test('bad filters are 400', async () => {
    for (const query of [
      'page=0',
      'per_page=1000',
      'taxonomy_term_id=not-a-uuid',
      'modified_after=yesterday',
      'proximity=500',
      'postcode=00000&proximity=500',
      'proximity=-1&postcode=94607',
      'full=maybe',
      'format=xml',
      'format=NDJSON',
      'colour=blue',
    ]) {
      const response = await app.inject({ method: 'GET', url: `/api/hsds/services?${query}` });
      assert.equal(response.statusCode, 400, query);
    }
    const missing = await app.inject({ method: 'GET', url: `/api/hsds/services/${randomUUID()}` });
    assert.equal(missing.statusCode, 404);
  });
});

describe('a confidential location never leaves through the public API', () => {
  test('no response names the safe house, its address, its point or its postcode', async () => {
    const secret = ['1 Confidential Lane', 'New Horizons safe house', '37.8101'];
    const urls = [
      '/api/hsds/services?full=true&per_page=200',
      `/api/hsds/services/${SAFE_HOUSE}`,
      '/api/hsds/organizations?full=true&full_service=true&per_page=200',
      `/api/hsds/organizations/${demoOrganizationId('new-horizons')}?full_service=true`,
      '/api/hsds/service_at_locations?full=true&per_page=200',
      '/api/hsds/services?search=confidential%20lane',
      '/api/hsds/service_at_locations?search=safe%20house&full=true',
      '/api/hsds/services?full=true&format=ndjson',
      '/api/hsds/organizations?full=true&full_service=true&format=ndjson',
      '/api/hsds/service_at_locations?full=true&format=ndjson',
    ];
    for (const url of urls) {
      const body = (await app.inject({ method: 'GET', url })).body;
      for (const s of secret) assert.ok(!body.includes(s), `${url} leaked ${s}`);
    }
    const shelter = await get(`/api/hsds/services/${SAFE_HOUSE}`);
    assert.deepEqual(shelter.service_at_locations, [], 'the shelter is listed, its site is not');
    const sal = await app.inject({
      method: 'GET',
      url: `/api/hsds/service_at_locations/${(await import('../../src/server/services/setup/demo-directory.js')).demoUuid('sal:new-horizons-shelter')}`,
    });
    assert.equal(sal.statusCode, 404);
  });
});

describe('the public API is rate limited per client', () => {
  test('past the limit a client gets 429 with Retry-After, counted across processes', async () => {
    // Two app processes on one database, as behind a load balancer: the client's hits are
    // counted together wherever they land (src/server/http/rate-limit-store.ts).
    const services = testServices(database.db);
    const limitedServices = {
      ...services,
      config: { ...services.config, publicRateLimitPerMinute: 3 },
    };
    const processes = [await testApp(limitedServices), await testApp(limitedServices)] as const;
    try {
      const from = (remoteAddress: string, i: number, url = '/api/hsds') =>
        processes[i % 2]!.inject({ method: 'GET', url, remoteAddress });
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await from('192.0.2.41', i)).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 429]);
      const refused = await from('192.0.2.41', 1, '/api/hsds/services');
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.json<{ error: { code: string } }>().error.code, 'rate_limited');
      assert.ok(refused.headers['retry-after']);
      assert.equal((await from('192.0.2.42', 0)).statusCode, 200, 'another client is not held');
    } finally {
      await Promise.all(processes.map((p) => p.close()));
    }
  });
});

/** The text of a PDF made with standard fonts: inflate every stream, decode its hex strings. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let text = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9a-fA-F]+)>/g)) {
      text += Buffer.from(hex[1]!, 'hex').toString('latin1');
    }
    text += '\n';
  }
  return text;
}

describe('the published resource guide', () => {
  test('by need, in English and Spanish, without the safe house address, and as a PDF', async () => {
    const guide = await get('/api/guide');
    const sections = guide.sections as {
      need: string;
      label: string;
      services: { name: string; address: string | null; confidential: boolean }[];
    }[];
    const shelter = sections.find((s) => s.need === 'emergency_shelter');
    assert.equal(shelter?.label, 'Emergency shelter');
    const entry = shelter?.services.find((s) => s.name === 'New Horizons Emergency Shelter');
    assert.deepEqual([entry?.address, entry?.confidential], [null, true]);
    assert.equal(
      (entry as { phone?: string } | undefined)?.phone,
      '555-0180',
      "the provider's phone",
    );
    assert.ok((guide.other as { name: string }[]).some((s) => s.name === 'Community Counselling'));
    const spanish = await get('/api/guide?language=es');
    assert.ok(
      (spanish.sections as { label: string }[]).some((s) => s.label === 'Refugio de emergencia'),
    );
    const body = JSON.stringify(guide);
    assert.ok(!body.includes('Confidential Lane'));

    const response = await app.inject({ method: 'GET', url: '/api/guide.pdf?language=es' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const text = pdfText(response.rawPayload);
    assert.match(text, /Refugio de emergencia/);
    assert.match(text, /New Horizons Emergency Shelter/);
    assert.match(text, /Teen Health Clinic/);
    assert.match(text, /llame al proveedor/);
    assert.ok(!text.includes('Confidential Lane'), 'the PDF leaks no safe house');
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/guide.pdf?language=fr' })).statusCode,
      400,
    );
  });
});

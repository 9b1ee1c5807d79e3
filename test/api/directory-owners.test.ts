// The directory is shared, its records are owned: Neighbor County's coordinator can no longer
// make Demo County's safe house public, move a Demo provider's link to a Neighbor agency,
// rename a Demo service, or hang a service of its own on Demo's safe house. Each attempt is
// refused with the records it would have changed and writes nothing, even with partial=true.
// Beside each, the owner's own change still works, is audited and reaches its coordinator.
// The mark of an alternative to detention (issue 11) is the owner's too, and the staff search
// filters on it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/server/http/types.js';
import { DEMO_PASSWORD } from '../../src/server/services/setup/demo-county.js';
import {
  demoDirectory,
  demoOrganizationId,
  demoServiceId,
  demoUuid,
} from '../../src/server/services/setup/demo-directory.js';
import { type TestDatabase } from '../support/database.js';
import { openDemoTestDatabase } from '../support/demo-database.js';
import { Client, testApp } from '../support/http.js';
import { testServices } from '../support/world.js';

let database: TestDatabase;
let app: App;
const SAFE_HOUSE = demoUuid('location:new-horizons-shelter');
const SAFE_HOUSE_SITE = demoUuid('sal:new-horizons-shelter');
const SHELTER = demoServiceId('new-horizons-shelter');
const NEW_HORIZONS = demoOrganizationId('new-horizons');
const CLINIC_ORGANIZATION = demoOrganizationId('clinic');
const CLINIC_SITE = demoUuid('location:teen-health');
const STREET = '1 Confidential Lane';

async function as(email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.login(email, DEMO_PASSWORD);
  assert.equal(response.statusCode, 200, `${email}: ${response.body}`);
  return client;
}

const query = <T>(sql: string, params: unknown[] = []) => database.db.query<T>(sql, params);
const one = async <T>(sql: string, params: unknown[] = []) => (await query<T>(sql, params))[0];
const agency = async (name: string) =>
  (await one<{ id: string }>('SELECT id FROM organizations WHERE name = $1', [name]))?.id ?? '';
const county = async (name: string) =>
  (await one<{ id: string }>('SELECT id FROM jurisdictions WHERE name = $1', [name]))?.id ?? '';
const linkOf = async (hsdsOrganizationId: string) =>
  (
    await one<{ organization_id: string }>(
      'SELECT organization_id FROM directory_organization_links WHERE hsds_organization_id = $1',
      [hsdsOrganizationId],
    )
  )?.organization_id;
const flagOf = async (locationId: string) =>
  (
    await one<{ confidential: boolean }>(
      'SELECT confidential FROM directory_location_profiles WHERE location_id = $1',
      [locationId],
    )
  )?.confidential ?? false;
const ownerOf = async (kind: string, id: string) =>
  (
    await one<{ name: string }>(
      `SELECT j.name FROM hsds_records r JOIN jurisdictions j ON j.id = r.owner_jurisdiction_id
       WHERE r.kind = $1 AND r.id = $2`,
      [kind, id],
    )
  )?.name;
const count = async (sql: string, params: unknown[] = []) =>
  (await one<{ n: number }>(sql, params))?.n ?? 0;

const importAs = (client: Client, files: Record<string, unknown>, flags = '') =>
  client.post(`/api/directory/import${flags}`, { files });

interface Refused {
  error: {
    code: string;
    message: string;
    records: {
      file: string;
      line: number | null;
      table: string;
      id: string;
      change: string;
      owner: string;
    }[];
  };
}

function refusedRecords(response: LightMyRequestResponse) {
  assert.equal(response.statusCode, 403, response.body);
  const body = response.json<Refused>();
  assert.equal(body.error.code, 'directory_record_of_another_jurisdiction');
  return body.error.records.map((r) => ({
    file: r.file,
    line: r.line,
    table: r.table,
    id: r.id,
    change: r.change,
    owner: r.owner,
  }));
}

before(async () => {
  database = await openDemoTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  app = await testApp(services);
});
after(async () => {
  await app.close();
  await database.close();
});

describe('the demo directory has owners', () => {
  test('the seeds belong to Demo County, every one of them', async () => {
    assert.equal(await ownerOf('location', SAFE_HOUSE), 'Demo County');
    assert.equal(await ownerOf('organization', NEW_HORIZONS), 'Demo County');
    const others = await count(
      `SELECT count(*)::int AS n FROM hsds_records r JOIN jurisdictions j
         ON j.id = r.owner_jurisdiction_id WHERE j.name <> 'Demo County'`,
    );
    assert.equal(others, 0);
  });
});

describe("another county cannot change Demo County's records", () => {
  test("making Demo's safe house public is refused, even partial or as a dry run; the address never appears", async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const files = { 'lantern_locations.csv': `location_id,confidential\n${SAFE_HOUSE},false\n` };
    const expected = [
      {
        file: 'lantern_locations.csv',
        line: 2,
        table: 'lantern_locations',
        id: SAFE_HOUSE,
        change: 'confidentiality',
        owner: 'Demo County',
      },
    ];
    for (const flags of ['', '?partial=true', '?dryRun=true']) {
      assert.deepEqual(refusedRecords(await importAs(neighbor, files, flags)), expected, flags);
    }
    const admin = await as('admin@neighbor.test');
    assert.deepEqual(refusedRecords(await importAs(admin, files)), expected, 'the administrator');
    assert.equal(await flagOf(SAFE_HOUSE), true);
    const anonymous = new Client(app);
    const site = await anonymous.get(`/api/hsds/service_at_locations/${SAFE_HOUSE_SITE}`);
    assert.equal(site.statusCode, 404);
    for (const url of [
      `/api/hsds/services/${SHELTER}`,
      '/api/hsds/service_at_locations?full=true&per_page=200',
    ]) {
      assert.ok(!(await anonymous.get(url)).body.includes(STREET), url);
    }
    assert.ok(!(await neighbor.get(`/api/directory/services/${SHELTER}`)).body.includes(STREET));
    const denials = await count(
      `SELECT count(*)::int AS n FROM audit_events
       WHERE action = 'directory.import_refused' AND outcome = 'denied'
         AND jurisdiction_id = $1 AND details -> 'refused' -> 0 ->> 'id' = $2`,
      [await county('Neighbor County'), SAFE_HOUSE],
    );
    assert.equal(denials, 4, 'every refusal is audited');
  });

  test("moving a Demo provider's link to a Neighbor agency is refused; the link stays", async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const before = await linkOf(NEW_HORIZONS);
    assert.equal(before, await agency('New Horizons Youth Shelter'));
    const response = await importAs(neighbor, {
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${NEW_HORIZONS},${await agency('Neighbor County Survivor Services')}\n`,
    });
    assert.deepEqual(refusedRecords(response), [
      {
        file: 'lantern_organizations.csv',
        line: 2,
        table: 'lantern_organizations',
        id: NEW_HORIZONS,
        change: 'provider_link',
        owner: 'Demo County',
      },
    ]);
    assert.equal(await linkOf(NEW_HORIZONS), before);
    // The provider still answers for its service: its staff still update its capacity.
    const provider = await as('provider@demo.test');
    const capacity = await provider.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
      available: 2,
      maximum: 8,
    });
    assert.equal(capacity.statusCode, 200, capacity.body);
  });

  test('renaming and deactivating a Demo service is refused; the service is unchanged', async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const response = await importAs(neighbor, {
      'services.csv': `id,organization_id,name,status\n${SHELTER},${NEW_HORIZONS},Closed,inactive\n`,
    });
    assert.deepEqual(refusedRecords(response), [
      {
        file: 'services.csv',
        line: 2,
        table: 'service',
        id: SHELTER,
        change: 'update',
        owner: 'Demo County',
      },
    ]);
    const service = (await new Client(app).get(`/api/hsds/services/${SHELTER}`)).json<{
      name: string;
      status: string;
    }>();
    assert.deepEqual([service.name, service.status], ['New Horizons Emergency Shelter', 'active']);
  });

  test("a service of its own hung on Demo's safe house is refused, and so is everything beside it, even partial", async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const organization = 'a1a1a1a1-0000-4000-8000-000000000001';
    const service = 'a1a1a1a1-0000-4000-8000-000000000002';
    const site = 'a1a1a1a1-0000-4000-8000-000000000003';
    const response = await importAs(
      neighbor,
      {
        'organizations.csv': `id,name,description\n${organization},Neighbor Outreach,Outreach\n`,
        'services.csv': `id,organization_id,name,status\n${service},${organization},Outreach Van,active\n`,
        'service_at_location.csv': `id,service_id,location_id\n${site},${service},${SAFE_HOUSE}\n`,
        'lantern_organizations.csv': `organization_id,lantern_organization_id\n${organization},${await agency('Neighbor County Survivor Services')}\n`,
      },
      '?partial=true',
    );
    assert.deepEqual(refusedRecords(response), [
      {
        file: 'service_at_location.csv',
        line: 2,
        table: 'location',
        id: SAFE_HOUSE,
        change: 'update',
        owner: 'Demo County',
      },
    ]);
    assert.equal(
      await count('SELECT count(*)::int AS n FROM hsds_records WHERE id = ANY($1::text[])', [
        [organization, service, site],
      ]),
      0,
      'nothing was written',
    );
    assert.equal(await linkOf(organization), undefined);
  });

  test("capacity of a Demo service is not Neighbor's to change", async () => {
    for (const email of ['coordinator@neighbor.test', 'admin@neighbor.test']) {
      const client = await as(email);
      const response = await client.request('PUT', `/api/directory/services/${SHELTER}/capacity`, {
        available: 0,
        maximum: 8,
      });
      assert.equal(response.statusCode, 403, email);
      const page = (await client.get(`/api/directory/services/${SHELTER}`)).json<{
        mayUpdateCapacity: boolean;
      }>();
      assert.equal(page.mayUpdateCapacity, false, email);
    }
    const coordinator = await as('coordinator@demo.test');
    const updated = await coordinator.request(
      'PUT',
      `/api/directory/services/${SHELTER}/capacity`,
      { available: 3, maximum: 8 },
    );
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json<{ mayUpdateCapacity: boolean }>().mayUpdateCapacity, true);
  });

  test('a caseworker of either county imports nothing', async () => {
    for (const email of ['advocate@neighbor.test', 'advocate@demo.test']) {
      const response = await importAs(await as(email), {
        'lantern_locations.csv': `location_id,confidential\n${SAFE_HOUSE},false\n`,
      });
      assert.equal(response.statusCode, 403, email);
    }
    assert.equal(await flagOf(SAFE_HOUSE), true);
  });
});

describe('what each county may do', () => {
  test('Neighbor imports records of its own, owns them, and changes them; Demo cannot', async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const organization = 'b2b2b2b2-0000-4000-8000-000000000001';
    const service = 'b2b2b2b2-0000-4000-8000-000000000002';
    const files = {
      'organizations.csv': `id,name,description\n${organization},Neighbor Youth Drop-in,Drop-in\n`,
      'services.csv': `id,organization_id,name,status\n${service},${organization},Neighbor Drop-in,active\n`,
    };
    const created = await importAs(neighbor, files);
    assert.equal(created.statusCode, 200, created.body);
    assert.equal(created.json<{ committed: boolean }>().committed, true);
    assert.equal(await ownerOf('service', service), 'Neighbor County');
    const renamed = await importAs(neighbor, {
      'services.csv': `id,organization_id,name,status\n${service},${organization},Neighbor Drop-in Center,active\n`,
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const demo = await as('coordinator@demo.test');
    assert.deepEqual(
      refusedRecords(
        await importAs(demo, {
          'services.csv': `id,organization_id,name,status\n${service},${organization},Taken over,defunct\n`,
        }),
      ),
      [
        {
          file: 'services.csv',
          line: 2,
          table: 'service',
          id: service,
          change: 'update',
          owner: 'Neighbor County',
        },
      ],
    );
    const name = await one<{ name: string }>(
      `SELECT data ->> 'name' AS name FROM hsds_records WHERE kind = 'service' AND id = $1`,
      [service],
    );
    assert.equal(name?.name, 'Neighbor Drop-in Center');
  });

  test("a row identical to what is stored is not a change: Neighbor carries Demo's taxonomy", async () => {
    const neighbor = await as('coordinator@neighbor.test');
    const demo = demoDirectory(new Map());
    const taxonomy = {
      'taxonomies.csv': demo['taxonomies.csv'] ?? [],
      'taxonomy_terms.csv': demo['taxonomy_terms.csv'] ?? [],
    };
    // Demo's own Lantern rows, as stored, are no change either.
    const response = await importAs(neighbor, {
      ...taxonomy,
      'lantern_locations.csv': `location_id,confidential\n${SAFE_HOUSE},true\n`,
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${NEW_HORIZONS},${await agency('New Horizons Youth Shelter')}\n`,
    });
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json<{ committed: boolean; unchanged: number; rowsRead: number }>();
    assert.equal(report.committed, true);
    assert.equal(report.unchanged, report.rowsRead);
    const termId = (taxonomy['taxonomy_terms.csv'][0] as { id: string }).id;
    assert.equal(await ownerOf('taxonomy_term', termId), 'Demo County', 'the owner is unchanged');
    // One field different, and it is a change of Demo's record.
    const changed = (taxonomy['taxonomy_terms.csv'] as Record<string, unknown>[]).map((t, i) =>
      i === 0 ? { ...t, name: 'Renamed' } : t,
    );
    const records = refusedRecords(await importAs(neighbor, { 'taxonomy_terms.csv': changed }));
    assert.deepEqual(
      records.map((r) => [r.table, r.id, r.owner]),
      [['taxonomy_term', termId, 'Demo County']],
    );
  });

  test("Demo's coordinator changes its own location's confidentiality and its own link: audited and told", async () => {
    const coordinator = await as('coordinator@demo.test');
    const since = await count('SELECT max(seq)::int AS n FROM audit_events');
    const clinicAgency = await agency('Demo General Hospital Pediatric Clinic');
    const advocates = await agency('Harbor Light Advocates');
    const confidential = await importAs(coordinator, {
      'lantern_locations.csv': `location_id,confidential\n${CLINIC_SITE},true\n`,
    });
    assert.equal(confidential.statusCode, 200, confidential.body);
    assert.equal(await flagOf(CLINIC_SITE), true);
    const moved = await importAs(coordinator, {
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${CLINIC_ORGANIZATION},${advocates}\n`,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(await linkOf(CLINIC_ORGANIZATION), advocates);

    const demoCounty = await county('Demo County');
    const audited = await query<{ action: string; target_id: string; details: unknown }>(
      `SELECT action, target_id, details FROM audit_events
       WHERE action IN ('directory.location_confidentiality', 'directory.provider_link')
         AND outcome = 'allowed' AND jurisdiction_id = $1 AND target_id = ANY($2::text[])
         AND seq > $3
       ORDER BY seq`,
      [demoCounty, [CLINIC_SITE, CLINIC_ORGANIZATION], since],
    );
    assert.deepEqual(
      audited.map((a) => [a.action, a.target_id, a.details]),
      [
        [
          'directory.location_confidentiality',
          CLINIC_SITE,
          {
            confidential: true,
            before: false,
            ownerJurisdictionId: demoCounty,
            newLocation: false,
          },
        ],
        [
          'directory.provider_link',
          CLINIC_ORGANIZATION,
          {
            agencyId: advocates,
            beforeAgencyId: clinicAgency,
            ownerJurisdictionId: demoCounty,
            newOrganization: false,
          },
        ],
      ],
    );
    const notifications = (await coordinator.get('/api/notifications')).json<
      { message: string; youthId: string | null }[]
    >();
    const messages = notifications.map((n) => n.message);
    assert.ok(
      messages.includes(
        'The directory location "Demo General Hospital, East Wing" is now confidential: its address is shown only to the provider, the coordinator and agencies whose referral it accepted. Changed by a directory import.',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.includes(
        'The directory organization "Demo General Hospital Pediatric Clinic" now answers referrals through Harbor Light Advocates instead of Demo General Hospital Pediatric Clinic. Changed by a directory import.',
      ),
      messages.join('\n'),
    );
    // Neighbor's coordinator is told nothing of Demo's records.
    const neighborMessages = (
      await (await as('coordinator@neighbor.test')).get('/api/notifications')
    ).json<{ message: string }[]>();
    assert.ok(!neighborMessages.some((n) => n.message.includes('Demo General Hospital')));

    // And back, as the county had it.
    const back = await importAs(coordinator, {
      'lantern_locations.csv': `location_id,confidential\n${CLINIC_SITE},false\n`,
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${CLINIC_ORGANIZATION},${clinicAgency}\n`,
    });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(await flagOf(CLINIC_SITE), false);
    assert.equal(await linkOf(CLINIC_ORGANIZATION), clinicAgency);
  });

  test("a link to another county's agency is a bad row, not a link; each reason has its code and values", async () => {
    const coordinator = await as('coordinator@demo.test');
    const neighborAgency = await agency('Neighbor County Survivor Services');
    const badService = demoUuid('service:coded-reasons');
    const response = await importAs(coordinator, {
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${CLINIC_ORGANIZATION},${neighborAgency}\n`,
      'services.csv': `id,organization_id,name,status,minimum_age\n${badService},${NEW_HORIZONS},,open,\n`,
    });
    assert.equal(response.statusCode, 200, response.body);
    interface Coded {
      code: string;
      values: Record<string, string | number>;
    }
    const report = response.json<{
      committed: boolean;
      problems: ({ file: string; line: number; reason: string; more?: Coded[] } & Coded)[];
    }>();
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line]),
      [
        ['services.csv', 2],
        ['lantern_organizations.csv', 2],
      ],
    );
    const [service, link] = report.problems;
    // The English reason is the sentence it always was; the code and values say the same.
    assert.equal(
      link?.reason,
      `lantern_organization_id ${neighborAgency} is not an organization you can link`,
    );
    assert.equal(link.code, 'unlinkable_organization');
    assert.deepEqual(link.values, { field: 'lantern_organization_id', id: neighborAgency });
    assert.equal(link.more, undefined, 'one reason, no more');
    // A row with two reasons: the first as code and values, the other in `more`, both in `reason`.
    assert.equal(
      service?.reason,
      'name is required; status must be one of: active, inactive, defunct, temporarily closed',
    );
    assert.deepEqual(
      [{ code: service.code, values: service.values }, ...(service.more ?? [])],
      [
        { code: 'required', values: { field: 'name' } },
        {
          code: 'not_allowed_value',
          values: { field: 'status', allowed: 'active, inactive, defunct, temporarily closed' },
        },
      ],
    );
  });
});

describe('an alternative to detention: the owner marks it, staff find it', () => {
  const CLINIC = demoServiceId('teen-health');
  const DEMO_ALTERNATIVES = ['New Horizons Drop-in Center', 'New Horizons Emergency Shelter'];
  const mark = (client: Client, id: string, body: unknown) =>
    client.request('PATCH', `/api/directory/services/${id}/profile`, body);
  const markOf = async (serviceId: string) =>
    (
      await one<{ alternative_to_detention: boolean }>(
        'SELECT alternative_to_detention FROM directory_service_profiles WHERE service_id = $1',
        [serviceId],
      )
    )?.alternative_to_detention;
  const found = async (client: Client, query: string) => {
    const response = await client.get(`/api/directory/services?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response
      .json<{ items: { name: string; alternativeToDetention: boolean }[]; total: number }>()
      .items.map((s) => s.name)
      .sort();
  };

  test('another county, and anyone but the owner’s coordinator or administrator, is refused: 403, audited, nothing written', async () => {
    const since = await count('SELECT max(seq)::int AS n FROM audit_events');
    for (const email of [
      'coordinator@neighbor.test',
      'admin@neighbor.test',
      'provider@demo.test',
      'probation@demo.test',
    ]) {
      const client = await as(email);
      const response = await mark(client, CLINIC, { alternativeToDetention: true });
      assert.equal(response.statusCode, 403, `${email}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'forbidden');
      const page = (await client.get(`/api/directory/services/${CLINIC}`)).json<{
        mayEditProfile: boolean;
        alternativeToDetention: boolean;
      }>();
      assert.deepEqual([page.mayEditProfile, page.alternativeToDetention], [false, false], email);
    }
    assert.equal(await markOf(CLINIC), false, 'nothing written');
    assert.equal(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
           AND target_id = $1 AND details ->> 'action' = 'directory.alternative_to_detention'
           AND seq > $2`,
        [CLINIC, since],
      ),
      4,
      'every refusal is audited',
    );
  });

  test('bad input is a clear 400 (or 404 for no such service), and writes nothing', async () => {
    const coordinator = await as('coordinator@demo.test');
    for (const body of [
      { alternativeToDetention: 'true' },
      { alternativeToDetention: 1 },
      { alternativeToDetention: null },
      {},
      { alternativeToDetention: true, lgbtqAffirming: true },
    ]) {
      const response = await mark(coordinator, CLINIC, body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.ok(response.json<{ error: { code: string; message: string } }>().error.message);
    }
    assert.equal(
      (await mark(coordinator, 'not-a-uuid', { alternativeToDetention: true })).statusCode,
      400,
    );
    assert.equal(
      (
        await mark(coordinator, 'aaaaaaaa-0000-4000-8000-00000000000a', {
          alternativeToDetention: true,
        })
      ).statusCode,
      404,
    );
    assert.equal(await markOf(CLINIC), false);
    const advocate = await as('advocate@demo.test');
    for (const query of ['alternativeToDetention=yes', 'alternativeToDetention=1']) {
      assert.equal((await advocate.get(`/api/directory/services?${query}`)).statusCode, 400, query);
    }
  });

  test('the search filter returns exactly the marked services; the owner marks one more, audited, and takes it off', async () => {
    const advocate = await as('advocate@demo.test');
    const marked = async () =>
      (
        await query<{ name: string }>(
          `SELECT ds.name FROM directory_search ds
           JOIN directory_service_profiles p ON p.service_id = ds.service_id
           WHERE p.alternative_to_detention AND ds.status = 'active' ORDER BY ds.name`,
        )
      ).map((r) => r.name);
    assert.deepEqual(await marked(), DEMO_ALTERNATIVES, 'the demo marks two');
    assert.deepEqual(await found(advocate, 'alternativeToDetention=true'), DEMO_ALTERNATIVES);
    assert.deepEqual(
      await found(advocate, 'alternativeToDetention=false&perPage=100'),
      await found(advocate, 'perPage=100'),
      'false filters nothing',
    );

    const coordinator = await as('coordinator@demo.test');
    const on = await mark(coordinator, CLINIC, { alternativeToDetention: true });
    assert.equal(on.statusCode, 200, on.body);
    const page = on.json<{ alternativeToDetention: boolean; mayEditProfile: boolean }>();
    assert.deepEqual([page.alternativeToDetention, page.mayEditProfile], [true, true]);
    assert.equal(await markOf(CLINIC), true);
    assert.deepEqual(
      await found(advocate, 'alternativeToDetention=true'),
      [...DEMO_ALTERNATIVES, 'Teen Health Clinic'].sort(),
    );
    assert.deepEqual(
      await found(advocate, 'alternativeToDetention=true&need=medical'),
      ['Teen Health Clinic'],
      'with the other filters',
    );

    const admin = await as('admin@demo.test');
    const off = await mark(admin, CLINIC, { alternativeToDetention: false });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(await markOf(CLINIC), false);
    assert.deepEqual(await found(advocate, 'alternativeToDetention=true'), DEMO_ALTERNATIVES);
    const audited = await query<{ details: unknown }>(
      `SELECT details FROM audit_events WHERE action = 'directory.alternative_to_detention'
         AND outcome = 'allowed' AND target_id = $1 ORDER BY seq`,
      [CLINIC],
    );
    const demoCounty = await county('Demo County');
    assert.deepEqual(
      audited.map((a) => a.details),
      [
        { alternativeToDetention: true, before: false, ownerJurisdictionId: demoCounty },
        { alternativeToDetention: false, before: true, ownerJurisdictionId: demoCounty },
      ],
    );
  });
});

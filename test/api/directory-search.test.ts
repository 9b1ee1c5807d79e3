// Staff directory search as workers type it (issue 15 item 8), on a fresh world: near a ZIP
// code or a city (any U.S. place name, or one the directory's public addresses name),
// "trafficking" and "bed tonight" finding CSEC services and a shelter, open places now, a 24/7
// shelter shown as open 24 hours; another county's safe house never placed on the map or named;
// unknown places and bad input refused with a clear 400.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { App } from '../../src/server/http/types.js';
import { cityLetters } from '../../src/domain/directory-places.js';
import { zipCentroid, zipsCentroid } from '../../src/hsds/zip-centroids.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { Client, signedIn, testApp } from '../support/http.js';
import { createWorld, testServices, type World } from '../support/world.js';

const SHELTER = randomUUID();
const MENTORS = randomUUID();
const CLINIC = randomUUID();
const LEGAL_AID = randomUUID();
const SAFE_HOUSE = randomUUID();
const SAFE_STREET = '77 Hidden Orchard Road';
const FOOTHILL_HOUSE = randomUUID();

let database: TestDatabase;
let app: App;
let home: World;
let advocate: Client;
/** An advocate of the neighbor county, which the tests place in Nevada. */
let nevadan: Client;

interface Page {
  items: { id: string; name: string; distanceKm: number | null; open24Hours: boolean }[];
  near: { latitude: number; longitude: number } | null;
}

/** One provider's services, each at its own place (a street, a city, a ZIP and a point). */
function directory(
  provider: string,
  services: {
    id: string;
    name: string;
    description: string;
    needs: string;
    csec: boolean;
    capacity?: [number, number];
    allHours?: boolean;
    place: { street: string; city: string; zip: string; lat: number; lon: number };
    confidential?: boolean;
  }[],
) {
  const organization = randomUUID();
  const at = (s: { id: string }, what: string) => `${what}-${s.id}`;
  const location = (s: { id: string }) => uuidFrom(at(s, 'location'));
  return {
    'organizations.csv': [{ id: organization, name: provider, description: provider }],
    'services.csv': services.map((s) => ({
      id: s.id,
      organization_id: organization,
      name: s.name,
      description: s.description,
      status: 'active',
    })),
    'locations.csv': services.map((s) => ({
      id: location(s),
      organization_id: organization,
      location_type: 'physical',
      name: s.name,
      latitude: s.place.lat,
      longitude: s.place.lon,
    })),
    'addresses.csv': services.map((s) => ({
      id: uuidFrom(at(s, 'address')),
      location_id: location(s),
      address_1: s.place.street,
      city: s.place.city,
      state_province: 'CA',
      postal_code: s.place.zip,
      country: 'US',
      address_type: 'physical',
    })),
    'service_at_location.csv': services.map((s) => ({
      id: uuidFrom(at(s, 'sal')),
      service_id: s.id,
      location_id: location(s),
    })),
    'schedules.csv': services
      .filter((s) => s.allHours)
      .map((s) => ({
        id: uuidFrom(at(s, 'schedule')),
        service_id: s.id,
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR,SA,SU',
        opens_at: '00:00',
        closes_at: '23:59',
      })),
    'lantern_services.csv': services.map((s) => ({
      service_id: s.id,
      needs: s.needs,
      csec_specialized: s.csec,
      capacity_available: s.capacity?.[0] ?? '',
      capacity_maximum: s.capacity?.[1] ?? '',
    })),
    'lantern_locations.csv': services
      .filter((s) => s.confidential)
      .map((s) => ({ location_id: location(s), confidential: 'true' })),
  };
}

/** A stable UUID for a name within this run, so locations and addresses pair up. */
const ids = new Map<string, string>();
function uuidFrom(name: string): string {
  const id = ids.get(name) ?? randomUUID();
  ids.set(name, id);
  return id;
}

before(async () => {
  database = await openTestDatabase();
  app = await testApp(testServices(database.db, { demoMode: true }));
  home = await createWorld(database.db);
  const neighbor = await createWorld(database.db, 'Neighbor');
  const imported = await (
    await signedIn(app, home.people.coordinator.email)
  ).post('/api/directory/import', {
    files: directory('Lamplight Youth Services', [
      {
        id: SHELTER,
        name: 'Lamplight Night Shelter',
        description: 'Short-term shelter for young people, staffed day and night.',
        needs: 'emergency_shelter',
        csec: true,
        capacity: [3, 8],
        allHours: true,
        place: {
          street: '5 Port Way',
          city: 'Oakland',
          zip: '94607',
          lat: 37.8088,
          lon: -122.3047,
        },
      },
      {
        id: MENTORS,
        name: 'Lamplight Survivor Mentoring',
        description: 'Mentoring by adults who lived through commercial sexual exploitation.',
        needs: 'survivor_mentoring',
        csec: true,
        capacity: [0, 5],
        place: {
          street: '9 College Row',
          city: 'Berkeley',
          zip: '94704',
          lat: 37.8664,
          lon: -122.2609,
        },
      },
      {
        // Kestrel Flats is no U.S. place of Lantern's list (an invented town at a Fresno ZIP):
        // the directory's public address names it.
        id: LEGAL_AID,
        name: 'Valley Youth Legal Aid',
        description: 'Advice on records, school and benefits.',
        needs: 'legal',
        csec: false,
        place: {
          street: '12 Tulare St',
          city: 'Kestrel Flats',
          zip: '93721',
          lat: 36.7335,
          lon: -119.7845,
        },
      },
      {
        id: CLINIC,
        name: 'Lamplight Teen Clinic',
        description: 'Check-ups and sexual health care for teens.',
        needs: 'medical',
        csec: false,
        place: {
          street: '3 Fruit Ave',
          city: 'Oakland',
          zip: '94601',
          lat: 37.7768,
          lon: -122.2179,
        },
      },
    ]),
  });
  assert.equal(imported.statusCode, 200, imported.body);
  const neighborImport = await (
    await signedIn(app, neighbor.people.coordinator.email)
  ).post('/api/directory/import', {
    files: directory('Orchard House', [
      {
        id: SAFE_HOUSE,
        name: 'Orchard Safe House',
        description: 'A safe house for youth leaving trafficking.',
        needs: 'emergency_shelter',
        csec: true,
        capacity: [1, 4],
        place: { street: SAFE_STREET, city: 'Oakland', zip: '94607', lat: 37.8089, lon: -122.3046 },
        confidential: true,
      },
      {
        // Only a confidential location names Sparrow Glen, an invented town in no list: it must
        // not become a place to search near.
        id: FOOTHILL_HOUSE,
        name: 'Orchard Foothill House',
        description: 'A second safe house.',
        needs: 'emergency_shelter',
        csec: true,
        place: {
          street: '3 Quiet Lane',
          city: 'Sparrow Glen',
          zip: '93612',
          lat: 36.82,
          lon: -119.7,
        },
        confidential: true,
      },
    ]),
  });
  assert.equal(neighborImport.statusCode, 200, neighborImport.body);
  advocate = await signedIn(app, home.people.advocate.email);
  await database.db.query(`UPDATE jurisdictions SET state_code = 'NV' WHERE id = $1`, [
    neighbor.jurisdictionId,
  ]);
  nevadan = await signedIn(app, neighbor.people.advocate.email);
});
after(async () => {
  await app.close();
  await database.close();
});

const search = async (query: string) => {
  const response = await advocate.get(`/api/directory/services?${query}`);
  assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
  return response.json<Page>();
};
const names = async (query: string) => (await search(query)).items.map((s) => s.name);

describe('near a ZIP code or a city', () => {
  test('a ZIP code measures from its centroid; a city, with or without its state, from its own', async () => {
    const byZip = await search('near=94607&withinKm=2&sort=distance');
    assert.deepEqual(byZip.near, { latitude: 37.808842, longitude: -122.304697 });
    assert.deepEqual(
      byZip.items.map((s) => s.name),
      ['Lamplight Night Shelter'],
      'the safe house at the same corner has no point to measure: a confidential location',
    );
    assert.ok((byZip.items[0]?.distanceKm ?? 99) < 0.1);
    assert.deepEqual(await names('near=94607-0001&withinKm=2'), ['Lamplight Night Shelter']);
    for (const city of ['Berkeley', 'berkeley,%20CA', '%20BERKELEY%20']) {
      assert.deepEqual(await names(`near=${city}&withinKm=3`), ['Lamplight Survivor Mentoring']);
    }
    const all = await search('near=Oakland&sort=distance');
    assert.equal(all.items.at(-1)?.name, 'Orchard Safe House', 'no point: last, never placed');
    assert.equal(all.items.at(-1)?.distanceKm, null);
    assert.ok(!JSON.stringify(all).includes(SAFE_STREET));
    assert.deepEqual(await names('near=37.8664,-122.2609&withinKm=1'), [
      'Lamplight Survivor Mentoring',
    ]);
  });

  test('a city the directory’s public addresses name is known too, at its ZIP codes’ point', async () => {
    const fresno = zipCentroid('93721');
    assert.ok(fresno);
    for (const city of ['Kestrel%20Flats', 'kestrel%20flats,%20ca', '%20KESTREL%20%20FLATS%20']) {
      const page = await search(`near=${city}&withinKm=5&sort=distance`);
      assert.deepEqual(page.near, { latitude: fresno[0], longitude: fresno[1] }, city);
      assert.deepEqual(
        page.items.map((s) => s.name),
        ['Valley Youth Legal Aid'],
        city,
      );
    }
    // A state the directory does not name it in, and a city only a confidential address names.
    for (const near of ['Kestrel%20Flats,%20NV', 'Sparrow%20Glen', 'Sparrow%20Glen,%20CA']) {
      const response = await advocate.get(`/api/directory/services?near=${near}`);
      assert.equal(response.statusCode, 400, near);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'unknown_place', near);
    }
  });

  test('every U.S. place name is known, at its ZIP codes’ point; one of several states needs its state but at home', async () => {
    const at = async (client: Client, near: string) => {
      const response = await client.get(`/api/directory/services?near=${near}&withinKm=50`);
      assert.equal(response.statusCode, 200, `${near}: ${response.body}`);
      return response.json<Page>().near;
    };
    // Clovis, CA: the mean of its ZIPs with a Census point (93613 has none), near 36.8, -119.7.
    const clovis = zipsCentroid(['93611', '93612', '93619']);
    assert.ok(clovis);
    assert.ok(Math.abs(clovis[0] - 36.8) < 0.1 && Math.abs(clovis[1] + 119.7) < 0.1);
    const clovisCa = { latitude: clovis[0], longitude: clovis[1] };
    for (const near of ['Clovis,%20CA', 'clovis,ca', '%20CLOVIS%20,%20Ca']) {
      assert.deepEqual(await at(advocate, near), clovisCa, near);
      assert.deepEqual(await at(nevadan, near), clovisCa, near);
    }
    const clovisNm = await at(nevadan, 'Clovis,%20NM');
    assert.ok(clovisNm && Math.abs(clovisNm.latitude - 34.4) < 0.2, JSON.stringify(clovisNm));
    // "Clovis" alone: California's for a California county, ambiguous for a Nevada one.
    assert.deepEqual(await at(advocate, 'Clovis'), clovisCa);
    const ambiguous = await nevadan.get('/api/directory/services?near=Clovis');
    assert.equal(ambiguous.statusCode, 400);
    const error = ambiguous.json<{ error: { code: string; message: string } }>().error;
    assert.equal(error.code, 'ambiguous_place');
    assert.match(error.message, /in CA, NM:/);
    assert.equal(
      (await nevadan.get('/api/directory/services?near=Oakland')).json<{
        error: { code: string };
      }>().error.code,
      'ambiguous_place',
      'Oakland is in sixteen states, none Nevada',
    );
    // Towns the old hand-kept list (the demo's area) never had, with their state or from a county
    // of theirs; "St." as GeoNames spells it, "Saint"; accents typed, none in the list.
    const far: [Client, string, number, number][] = [
      [advocate, 'Bakersfield,%20CA', 35.35, -119.03],
      [nevadan, 'Bakersfield,%20CA', 35.35, -119.03],
      [nevadan, 'Eureka,%20CA', 40.77, -124.13],
      [advocate, 'Eureka', 40.77, -124.13],
      [advocate, 'Fresno', 36.78, -119.79],
      [nevadan, 'St.%20Louis,%20MO', 38.64, -90.3],
      [nevadan, 'Carson%20City', 39.14, -119.78],
      [nevadan, 'Ca%C3%B1on%20City,%20co', 38.54, -105.42],
      [nevadan, "coeur%20d'alene", 47.71, -116.72],
    ];
    for (const [client, near, latitude, longitude] of far) {
      const point = await at(client, near);
      assert.ok(point, near);
      assert.ok(Math.abs(point.latitude - latitude) < 0.05, `${near}: ${JSON.stringify(point)}`);
      assert.ok(Math.abs(point.longitude - longitude) < 0.05, `${near}: ${JSON.stringify(point)}`);
    }
    const carsonCity = await advocate.get('/api/directory/services?near=Carson%20City');
    assert.match(carsonCity.json<{ error: { message: string } }>().error.message, /in MI, NV:/);
    for (const near of ['Clovis,%20ZZ', 'Clovis,%20California', '%2C%20CA', 'Clovis%20CA%20NM']) {
      const response = await nevadan.get(`/api/directory/services?near=${near}`);
      assert.equal(response.statusCode, 400, near);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'unknown_place', near);
    }
  });

  test('the database indexes a city by the letters the domain looks it up by', async () => {
    for (const name of [
      'Fresno',
      ' San  José ',
      'St. Helena',
      'Ñuñoa',
      'La Cañada-Flintridge',
      '?!',
    ]) {
      const [row] = await database.db.query<{ letters: string }>(
        'SELECT lantern_place_letters($1) AS letters',
        [name],
      );
      assert.equal(row?.letters, cityLetters(name), name);
    }
  });

  test('every ZIP of the country is known: New York, Anchorage, Puerto Rico', async () => {
    const far: [string, { latitude: number; longitude: number }][] = [
      ['10001', { latitude: 40.75065, longitude: -73.997293 }],
      ['99501-1234', { latitude: 61.219998, longitude: -149.85784 }],
      ['00601', { latitude: 18.180555, longitude: -66.749961 }],
    ];
    for (const [zip, point] of far) {
      const page = await search(`near=${zip}&withinKm=50`);
      assert.deepEqual(page.near, point, zip);
      assert.deepEqual(page.items, [], `nothing of Demo County's within 50 km of ${zip}`);
    }
    // The demo's invented ZIP still answers, and a ZIP no ZCTA has (00000, 00600) does not.
    assert.ok((await search('near=94700')).near);
    for (const zip of ['00000', '00600']) {
      const response = await advocate.get(`/api/directory/services?near=${zip}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'unknown_place', zip);
    }
  });

  test('an unknown ZIP code or city is a clear 400, and so is bad input', async () => {
    for (const near of ['99999', 'Atlantis', 'Oakland,%20NY', 'abc']) {
      const response = await advocate.get(`/api/directory/services?near=${near}`);
      assert.equal(response.statusCode, 400, near);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'unknown_place', near);
    }
    const offMap = await advocate.get('/api/directory/services?near=999,1');
    assert.equal(offMap.json<{ error: { code: string } }>().error.code, 'invalid_point');
    for (const near of ['9'.repeat(101), 'Oak%01land', '94607%0A%0D', '']) {
      const response = await advocate.get(`/api/directory/services?near=${near}`);
      assert.equal(response.statusCode, 400, near);
      assert.ok(response.json<{ error: { code: string; message: string } }>().error.message);
    }
    assert.equal((await new Client(app).get('/api/directory/services?near=94607')).statusCode, 401);
  });
});

describe('the field’s words, open places and hours', () => {
  test('"trafficking", "trata" and "CSEC" find the CSEC services; "bed tonight" and "albergue" the shelters', async () => {
    for (const q of ['trafficking', 'trata', 'CSEC', 'human%20trafficking', 'explotaci%C3%B3n']) {
      const found = await names(`q=${q}`);
      assert.ok(found.includes('Lamplight Night Shelter'), q);
      assert.ok(found.includes('Lamplight Survivor Mentoring'), q);
      assert.ok(!found.includes('Lamplight Teen Clinic'), q);
    }
    for (const q of ['bed%20tonight', 'a%20bed%20tonight', 'albergue', 'refugio%20esta%20noche']) {
      const found = await names(`q=${q}`);
      assert.ok(found.includes('Lamplight Night Shelter'), q);
      assert.ok(!found.includes('Lamplight Teen Clinic'), q);
      assert.ok(!found.includes('Lamplight Survivor Mentoring'), q);
    }
    assert.deepEqual(await names('q=bed%20tonight&near=94607&withinKm=2'), [
      'Lamplight Night Shelter',
    ]);
    assert.deepEqual(await names('q=trafficking%20zzqx'), [], 'every part must be found');
  });

  test('open places now: only services reporting a free place; a 24/7 schedule is open 24 hours', async () => {
    const open = await names('openCapacity=true&sort=name');
    assert.ok(open.includes('Lamplight Night Shelter'));
    assert.ok(!open.includes('Lamplight Survivor Mentoring'), 'no place free');
    assert.ok(!open.includes('Lamplight Teen Clinic'), 'capacity not tracked');
    const hours = new Map((await search('q=lamplight')).items.map((s) => [s.name, s.open24Hours]));
    assert.deepEqual(Object.fromEntries(hours), {
      'Lamplight Night Shelter': true,
      'Lamplight Survivor Mentoring': false,
      'Lamplight Teen Clinic': false,
      'Valley Youth Legal Aid': false,
    });
    const page = await advocate.get(`/api/directory/services/${SHELTER}`);
    assert.equal(page.json<{ open24Hours: boolean }>().open24Hours, true);
  });
});

test('a search reads its page of services in a few statements, one per level of their records', async () => {
  // Every statement the search runs but the session's read (src/db/repositories/session-cache.ts:
  // PGlite keeps the session, PostgreSQL reads it each time), counted around one request.
  const db = database.db;
  const query = db.query.bind(db);
  let statements = 0;
  await search('q=lamplight'); // the session's first touch is not the search's
  Object.assign(db, {
    query: (sql: string, params?: readonly unknown[]) => {
      if (!sql.includes('AS session_user_id')) statements += 1;
      return query(sql, params);
    },
  });
  let found: string[];
  try {
    found = await names('q=shelter&sort=name');
  } finally {
    Object.assign(db, { query });
  }
  assert.ok(found.includes('Lamplight Night Shelter'), found.join(', '));
  console.log('statements for one directory search:', statements);
  // The word's vocabulary, the count and the page, the services' profiles, confidential
  // places, agency links, accepted referrals, organizations' phones, the audit, and the
  // services' records one statement per level (service; its organization, locations,
  // schedules, phones, attributes; their own): 24 when each link field had its own.
  assert.ok(statements <= 16, `${String(statements)} statements`);
});

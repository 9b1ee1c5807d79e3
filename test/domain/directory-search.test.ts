// How a staff search is read (issue 15 item 8): "near" a point, a ZIP code or a city; the
// field's words for one idea in English and Spanish; a schedule that says "open 24 hours".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { isOpen24Hours, type ScheduleFields } from '../../src/domain/directory-hours.js';
import {
  citiesByKey,
  cityLetters,
  findNearPlace,
  placeKey,
  type PlaceCity,
  type PlaceTable,
} from '../../src/domain/directory-places.js';
import { expandSearch, SYNONYMS, WHEN_WORDS } from '../../src/domain/directory-synonyms.js';
import { US_PLACES_FILE, usCitiesNamed } from '../../src/hsds/city-centroids.js';

const ZIPS: Readonly<Record<string, readonly [number, number]>> = {
  '94607': [37.8, -122.3],
  '10001': [40.75, -74.0],
};
const CITIES: readonly PlaceCity[] = [
  { name: 'Oakland', state: 'CA', point: [37.79, -122.22] },
  { name: 'Springfield', state: 'IL', point: [39.8, -89.65] },
  { name: 'Springfield', state: 'MA', point: [42.1, -72.59] },
  { name: 'San José', state: 'CA', point: [37.3, -121.88] },
  { name: 'Twin', state: 'TX', point: [30, -97] },
  { name: 'Twin', state: 'TX', point: [31, -98] },
  { name: 'Saint Louis', state: 'MO', point: [38.63, -90.24] },
  { name: 'Saint Louis', state: 'MI', point: [43.41, -84.61] },
  { name: 'Mount Shasta', state: 'CA', point: [41.31, -122.31] },
];
const TABLE: PlaceTable = { zip: (code) => ZIPS[code], cities: citiesByKey(CITIES) };

describe('near a point, a ZIP code or a city', () => {
  const cases: [string, ReturnType<typeof findNearPlace>][] = [
    ['37.8044,-122.2712', { kind: 'point', latitude: 37.8044, longitude: -122.2712 }],
    [' 37.8 , -122.2 ', { kind: 'point', latitude: 37.8, longitude: -122.2 }],
    ['-90,180', { kind: 'point', latitude: -90, longitude: 180 }],
    ['91,0', { kind: 'off_the_map' }],
    ['0,181', { kind: 'off_the_map' }],
    ['999,1', { kind: 'off_the_map' }],
    ['94607', { kind: 'point', latitude: 37.8, longitude: -122.3 }],
    ['94607-1234', { kind: 'point', latitude: 37.8, longitude: -122.3 }],
    ['94608', { kind: 'unknown' }],
    ['9460', { kind: 'unknown' }],
    ['Oakland', { kind: 'point', latitude: 37.79, longitude: -122.22 }],
    ['  oakland ', { kind: 'point', latitude: 37.79, longitude: -122.22 }],
    ['OAKLAND, ca', { kind: 'point', latitude: 37.79, longitude: -122.22 }],
    ['Oakland, NY', { kind: 'unknown' }],
    ['san jose', { kind: 'point', latitude: 37.3, longitude: -121.88 }],
    ['San  José, CA', { kind: 'point', latitude: 37.3, longitude: -121.88 }],
    ['Springfield', { kind: 'ambiguous', states: ['IL', 'MA'] }],
    ['Springfield, MA', { kind: 'point', latitude: 42.1, longitude: -72.59 }],
    ['Twin', { kind: 'point', latitude: 30, longitude: -97 }],
    ['Atlantis', { kind: 'unknown' }],
    ['abc', { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    [', CA', { kind: 'unknown' }],
    ['Oakland, California', { kind: 'unknown' }],
  ];
  for (const [typed, expected] of cases) {
    test(`"${typed}"`, () => {
      assert.deepEqual(findNearPlace(typed, TABLE), expected);
    });
  }

  test('a city found by name has the letters of the name typed (the database looks up by them)', () => {
    for (const [typed, expected] of cases) {
      if (expected.kind !== 'point' || /\d/.test(typed)) continue;
      const found = CITIES.filter(
        (c) => c.point[0] === expected.latitude && c.point[1] === expected.longitude,
      );
      assert.ok(found.length > 0, typed);
      for (const city of found) assert.equal(cityLetters(typed), cityLetters(city.name), typed);
    }
    assert.equal(cityLetters('  San  José, CA'), 'sanjose');
    assert.equal(cityLetters('St. Helena'), 'sthelena');
    assert.equal(cityLetters('Ñuñoa'), 'nunoa');
    assert.equal(cityLetters('?!'), '');
  });

  test('a city of several states typed without one is the home county’s state’s, if it is one', () => {
    const springfieldMa = { kind: 'point', latitude: 42.1, longitude: -72.59 };
    assert.deepEqual(findNearPlace('Springfield', TABLE, 'MA'), springfieldMa);
    assert.deepEqual(findNearPlace(' springfield ', TABLE, 'MA'), springfieldMa);
    assert.deepEqual(findNearPlace('Springfield', TABLE, 'CA'), {
      kind: 'ambiguous',
      states: ['IL', 'MA'],
    });
    assert.deepEqual(findNearPlace('Springfield', TABLE, null), {
      kind: 'ambiguous',
      states: ['IL', 'MA'],
    });
    // A state typed is the state meant; a name of one state is that state's, wherever the county.
    assert.deepEqual(findNearPlace('Springfield, IL', TABLE, 'MA'), {
      kind: 'point',
      latitude: 39.8,
      longitude: -89.65,
    });
    assert.deepEqual(findNearPlace('Springfield, CA', TABLE, 'CA'), { kind: 'unknown' });
    assert.deepEqual(findNearPlace('Oakland', TABLE, 'NY'), {
      kind: 'point',
      latitude: 37.79,
      longitude: -122.22,
    });
  });

  test('"St.", "Ft." and "Mt." are also found spelled out, as the U.S. list writes them', () => {
    const stLouisMo = { kind: 'point', latitude: 38.63, longitude: -90.24 };
    for (const typed of ['St. Louis, MO', 'st louis, mo', 'Saint Louis, MO', 'ST.  LOUIS, Mo']) {
      assert.deepEqual(findNearPlace(typed, TABLE), stLouisMo, typed);
    }
    assert.deepEqual(findNearPlace('St. Louis', TABLE), {
      kind: 'ambiguous',
      states: ['MI', 'MO'],
    });
    assert.deepEqual(findNearPlace('St. Louis', TABLE, 'MO'), stLouisMo);
    assert.deepEqual(findNearPlace('Mt. Shasta', TABLE), {
      kind: 'point',
      latitude: 41.31,
      longitude: -122.31,
    });
    for (const typed of ['St.', 'St', 'Ft. Oakland', 'Saint Oakland', 'Mount Louis']) {
      assert.deepEqual(findNearPlace(typed, TABLE), { kind: 'unknown' }, typed);
    }
  });

  test('any point on the map is itself, any off it is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9000, max: 9000 }),
        fc.integer({ min: -18000, max: 18000 }),
        (lat100, lon100) => {
          const place = findNearPlace(`${lat100 / 100},${lon100 / 100}`, TABLE);
          assert.deepEqual(place, {
            kind: 'point',
            latitude: lat100 / 100,
            longitude: lon100 / 100,
          });
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 91, max: 999 }), (lat) => {
        assert.equal(findNearPlace(`${lat},0`, TABLE).kind, 'off_the_map');
      }),
    );
  });
});

test('the shipped U.S. place list finds every name of it by its placeKey, and no other', () => {
  // The list is indexed by hashing its bytes (src/hsds/city-centroids.ts): the same key as
  // placeKey's, for every one of its names.
  const named = new Map<string, string[]>();
  for (const line of gunzipSync(readFileSync(US_PLACES_FILE)).toString('utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [, state = '', name = ''] = line.split('\t');
    const key = placeKey(name);
    named.set(key, [...(named.get(key) ?? []), `${name}, ${state}`]);
  }
  assert.ok(named.size > 17000, String(named.size));
  for (const [key, places] of named) {
    assert.deepEqual(
      usCitiesNamed(key).map((c) => `${c.name}, ${c.state}`),
      places,
      key,
    );
  }
  for (const key of ['', 'atlantis', 'oakland ', 'Oakland', 'st louis', 'winston salem']) {
    assert.deepEqual(usCitiesNamed(key), [], key);
  }
});

const ideas = (text: string) =>
  expandSearch(text).map((t) => (t.kind === 'idea' ? `idea:${t.idea}` : `word:${t.word}`));

describe('the field’s words for one idea', () => {
  const cases: [string, string[]][] = [
    ['trafficking', ['idea:exploitation']],
    ['Human Trafficking', ['idea:exploitation']],
    ['CSEC', ['idea:exploitation']],
    ['exploitation', ['idea:exploitation']],
    ['trata de personas', ['idea:exploitation']],
    ['explotación sexual', ['idea:exploitation']],
    ['bed tonight', ['idea:shelter']],
    ['a bed tonight', ['idea:shelter']],
    ['housing tonight', ['idea:shelter']],
    ['housing', ['idea:housing']],
    ['albergue', ['idea:shelter']],
    ['Refugio esta noche', ['idea:shelter']],
    ['cama esta noche', ['idea:shelter']],
    ['shelter tonight', ['idea:shelter']],
    ['trafficking shelter', ['idea:exploitation', 'idea:shelter']],
    ['bed and trafficking', ['idea:shelter', 'word:and', 'idea:exploitation']],
    ['salud mental', ['idea:mental_health']],
    ['therapy for trata', ['idea:mental_health', 'word:for', 'idea:exploitation']],
    ['ayuda legal', ['idea:legal']],
    ['bed bed shelter', ['idea:shelter']],
    ['emergency shelter', ['idea:shelter']],
    ['sheltr', ['word:sheltr']],
    ['Harbor Light', ['word:harbor', 'word:light']],
    ['tonight', ['word:tonight']],
    ['help now', ['word:help']],
    ['', []],
    ['  ', []],
  ];
  for (const [typed, expected] of cases) {
    test(`"${typed}"`, () => {
      assert.deepEqual(ideas(typed), expected);
    });
  }

  test('every phrase of the table, in any case and with or without accents, is its idea alone', () => {
    for (const idea of SYNONYMS) {
      for (const typed of idea.typed) {
        assert.deepEqual(ideas(typed.toUpperCase()), [`idea:${idea.idea}`], typed);
        assert.deepEqual(ideas(`${typed} now`), [`idea:${idea.idea}`], typed);
      }
    }
  });

  test('each idea finds by words in English and Spanish, and every typed phrase is folded', () => {
    for (const idea of SYNONYMS) {
      assert.ok(idea.finds.length >= 2, idea.idea);
      for (const typed of idea.typed) {
        assert.equal(typed, typed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), typed);
      }
    }
  });

  test('words the table does not know pass through once each, in order, when-words dropped', () => {
    const known = new Set(SYNONYMS.flatMap((i) => i.typed.flatMap((t) => t.split(' '))));
    const word = fc
      .stringMatching(/^[a-z]{2,8}$/)
      .filter((w) => !known.has(w) && !WHEN_WORDS.includes(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        assert.deepEqual(
          ideas([...words, 'tonight'].join(' ')),
          [...new Set(words)].map((w) => `word:${w}`),
        );
      }),
    );
  });
});

describe('open 24 hours', () => {
  const ALL = 'MO,TU,WE,TH,FR,SA,SU';
  const cases: [string, ScheduleFields[], boolean][] = [
    ['every day, midnight to 23:59', [{ byday: ALL, opens_at: '00:00', closes_at: '23:59' }], true],
    ['every day, to 24:00', [{ byday: ALL, opens_at: '00:00', closes_at: '24:00' }], true],
    ['midnight to midnight', [{ byday: ALL, opens_at: '00:00:00', closes_at: '00:00:00' }], true],
    ['with a zone', [{ byday: ALL, opens_at: '00:00Z', closes_at: '23:59Z' }], true],
    ['no days named', [{ opens_at: '00:00', closes_at: '23:59' }], false],
    [
      'days in another order, lower case',
      [{ byday: 'su,sa,fr,th,we,tu,mo', opens_at: '0:00', closes_at: '23:59' }],
      true,
    ],
    [
      'one of several schedules',
      [
        { byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
        { byday: ALL, opens_at: '00:00', closes_at: '23:59' },
      ],
      true,
    ],
    ['weekdays only', [{ byday: 'MO,TU,WE,TH,FR', opens_at: '00:00', closes_at: '23:59' }], false],
    ['every day, daytime', [{ byday: ALL, opens_at: '08:00', closes_at: '20:00' }], false],
    ['every day, closes at 23:00', [{ byday: ALL, opens_at: '00:00', closes_at: '23:00' }], false],
    ['no closing time', [{ byday: ALL, opens_at: '00:00' }], false],
    [
      'first Monday of the month',
      [{ byday: '1MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }],
      false,
    ],
    ['garbage', [{ byday: 7, opens_at: 0, closes_at: null }], false],
    ['no schedules', [], false],
  ];
  for (const [name, schedules, expected] of cases) {
    test(name, () => {
      assert.equal(isOpen24Hours(schedules), expected);
    });
  }

  test('leaving out any day of the week is not 24/7', () => {
    const days = ALL.split(',');
    fc.assert(
      fc.property(fc.subarray(days, { maxLength: 6 }), (some) => {
        assert.equal(
          isOpen24Hours([{ byday: some.join(','), opens_at: '00:00', closes_at: '23:59' }]),
          false,
        );
      }),
    );
  });
});

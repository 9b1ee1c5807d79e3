// Missing youth and custody notices, the pure parts: the minimal alert packet (nothing outside
// its list can ever appear, whatever the case holds), who reads it, who keeps the profile,
// juvenile hall intake's window, the photo check. Tables are written here from
// docs/MISSING-AND-CUSTODY.md, never read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  ageOn,
  alertPacket,
  checkPhoto,
  decideAlertPacketRead,
  decideCustodyNoticesRead,
  decideMissingProfileWrite,
  facingDetentionAfter,
  inCustody,
  inHappenedOrder,
  type AlertPacketFacts,
} from '../../src/domain/missing-youth.js';
import { ROLES, ROLES_BY_ORGANIZATION_TYPE, type Role } from '../../src/domain/vocabulary.js';

// The packet's fields as the doc lists them.
const PACKET_KEYS = [
  'age',
  'ageEstimated',
  'caseNumber',
  'description',
  'lastKnownPlace',
  'missingSince',
  'name',
  'photo',
  'pointPerson',
  'riskLevel',
];
const DESCRIPTION_KEYS = ['build', 'eyes', 'hair', 'height', 'marks'];
const POINT_PERSON_KEYS = ['function', 'name', 'organizationName', 'phone'];

const MARK = 'ZZSECRET';
/** Arbitrary extra fields, each holding the secret marker, that a case might also carry. */
const extras = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !k.startsWith('__')),
  fc.string({ maxLength: 10 }).map((s) => `${MARK}${s}`),
  { maxKeys: 5 },
);
const maybeText = fc.option(
  fc.string({ maxLength: 20 }).filter((s) => !s.includes(MARK)),
  { nil: null },
);
const riskLevel = fc.option(fc.constantFrom('low' as const, 'elevated' as const, 'high' as const), {
  nil: null,
});

const factsArbitrary = fc.record({
  caseNumber: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(MARK)),
  identity: fc.tuple(
    fc.record({
      givenName: maybeText,
      alias: maybeText,
      birthDate: fc.option(
        fc
          .date({ min: new Date('2005-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
      estimatedBirthYear: fc.option(fc.integer({ min: 2005, max: 2020 }), { nil: null }),
    }),
    extras,
  ),
  profile: fc.option(
    fc.tuple(
      fc.record({
        description: fc.tuple(
          fc.record({
            height: maybeText,
            build: maybeText,
            hair: maybeText,
            eyes: maybeText,
            marks: maybeText,
          }),
          extras,
        ),
        riskLevel,
        photo: fc.option(
          fc.record({
            contentType: fc.constantFrom('image/jpeg' as const, 'image/png' as const),
            base64: fc.base64String({ maxLength: 40 }),
            consented: fc.boolean(),
          }),
          { nil: null },
        ),
      }),
      extras,
    ),
    { nil: null },
  ),
  episode: fc.tuple(
    fc.record({
      startedAt: fc.date({
        min: new Date('2026-01-01'),
        max: new Date('2026-12-31'),
        noInvalidDate: true,
      }),
      lastKnownPlace: maybeText,
      riskLevel,
    }),
    extras,
  ),
  pointPerson: fc.option(
    fc.tuple(
      fc
        .record({
          name: fc.string(),
          function: fc.string(),
          organizationName: fc.string(),
          phone: maybeText,
        })
        .map((p) => ({
          ...p,
          name: p.name.replace(MARK, ''),
          function: p.function.replace(MARK, ''),
          organizationName: p.organizationName.replace(MARK, ''),
        })),
      extras,
    ),
    { nil: null },
  ),
  // What else a case holds: a family name, notes, screenings; none of it belongs in the packet.
  caseExtras: extras,
});

type Generated = typeof factsArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toFacts(g: Generated): AlertPacketFacts {
  const [identity, identityExtras] = g.identity;
  const profile = g.profile
    ? {
        ...g.profile[1],
        ...g.profile[0],
        description: { ...g.profile[0].description[1], ...g.profile[0].description[0] },
      }
    : null;
  return {
    ...g.caseExtras,
    familyName: `${MARK}family`,
    notes: [`${MARK} a note`],
    screenings: [{ answers: `${MARK} answers` }],
    caseNumber: g.caseNumber,
    identity: { ...identityExtras, familyName: `${MARK}fam`, ...identity },
    profile,
    episode: { ...g.episode[1], ...g.episode[0] },
    pointPerson: g.pointPerson
      ? { ...g.pointPerson[1], email: `${MARK}@x`, ...g.pointPerson[0] }
      : null,
    today: '2026-11-27',
  } as AlertPacketFacts;
}

describe('alertPacket: the closed list', () => {
  test('whatever the case holds, no field outside the list appears, and no extra value leaks', () => {
    fc.assert(
      fc.property(factsArbitrary, (g) => {
        const packet = alertPacket(toFacts(g));
        assert.deepEqual(Object.keys(packet).sort(), PACKET_KEYS);
        assert.deepEqual(Object.keys(packet.description).sort(), DESCRIPTION_KEYS);
        if (packet.pointPerson) {
          assert.deepEqual(Object.keys(packet.pointPerson).sort(), POINT_PERSON_KEYS);
        }
        assert.ok(!JSON.stringify(packet).includes(MARK), JSON.stringify(packet));
      }),
      { numRuns: 500 },
    );
  });
  test('a photo appears only with the youth’s consent', () => {
    fc.assert(
      fc.property(factsArbitrary, (g) => {
        const facts = toFacts(g);
        const packet = alertPacket(facts);
        const consented = facts.profile?.photo?.consented === true;
        assert.equal(packet.photo !== null, consented);
        if (consented && facts.profile?.photo) {
          assert.equal(
            packet.photo,
            `data:${facts.profile.photo.contentType};base64,${facts.profile.photo.base64}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('alertPacket: name, age, risk', () => {
  const base: AlertPacketFacts = {
    caseNumber: 'DC-1',
    identity: { givenName: 'Maya', alias: null, birthDate: '2011-03-04', estimatedBirthYear: null },
    profile: null,
    episode: {
      startedAt: new Date('2026-11-27T08:00:00Z'),
      lastKnownPlace: 'Bus depot',
      riskLevel: 'high',
    },
    pointPerson: null,
    today: '2026-11-27',
  };
  // [alias, givenName, expected name]
  const names: [string | null, string | null, string | null][] = [
    ['Mimi', 'Maya', 'Mimi'],
    [null, 'Maya', 'Maya'],
    ['  ', 'Maya', 'Maya'],
    [null, null, null],
    ['Mimi', null, 'Mimi'],
  ];
  for (const [alias, givenName, expected] of names) {
    test(`alias ${String(alias)}, given ${String(givenName)}: ${String(expected)}`, () => {
      const p = alertPacket({ ...base, identity: { ...base.identity, alias, givenName } });
      assert.equal(p.name, expected);
    });
  }
  // [birthDate, estimatedBirthYear, today, age, estimated]
  const ages: [string | null, number | null, string, number | null, boolean][] = [
    ['2011-03-04', null, '2026-11-27', 15, false],
    ['2011-11-27', null, '2026-11-27', 15, false],
    ['2011-11-28', null, '2026-11-27', 14, false],
    ['2010-02-28', 2000, '2026-02-27', 15, false],
    [null, 2012, '2026-11-27', 14, true],
    [null, null, '2026-11-27', null, false],
  ];
  for (const [birthDate, estimatedBirthYear, today, age, estimated] of ages) {
    test(`born ${String(birthDate)} / about ${String(estimatedBirthYear)} on ${today}: ${String(age)}`, () => {
      const p = alertPacket({
        ...base,
        identity: { ...base.identity, birthDate, estimatedBirthYear },
        today,
      });
      assert.equal(p.age, age);
      assert.equal(p.ageEstimated, estimated);
    });
  }
  test('ageOn on a leap-day birthday', () => {
    assert.equal(ageOn('2012-02-29', '2026-02-28'), 13);
    assert.equal(ageOn('2012-02-29', '2026-03-01'), 14);
  });
  test('the profile’s risk level wins over the one reported; either alone stands', () => {
    const profile = (riskLevel: 'low' | null) => ({
      description: { height: null, build: null, hair: null, eyes: null, marks: null },
      riskLevel,
      photo: null,
    });
    assert.equal(alertPacket({ ...base, profile: profile('low') }).riskLevel, 'low');
    assert.equal(alertPacket({ ...base, profile: profile(null) }).riskLevel, 'high');
    assert.equal(
      alertPacket({ ...base, episode: { ...base.episode, riskLevel: null } }).riskLevel,
      null,
    );
  });
});

const typeOf = (role: Role) =>
  (Object.entries(ROLES_BY_ORGANIZATION_TYPE).find(([, roles]) => roles.includes(role))?.[0] ??
    'advocacy') as Actor['organizationType'];
const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  organizationId: 'org-me',
  organizationType: typeOf(role),
  jurisdictionId: 'j',
  roles: [role],
  ...over,
});
const NO_YOUTH_DATA: readonly Role[] = [
  'administrator',
  'oversight_analyst',
  'juvenile_hall_intake',
];

describe('decideAlertPacketRead: every role x county x team x law enforcement x told x episode', () => {
  for (const role of ROLES) {
    for (const sameCounty of [true, false]) {
      for (const onTeam of [true, false]) {
        for (const told of [true, false]) {
          for (const open of [true, false]) {
            const lawEnforcement = typeOf(role) === 'law_enforcement';
            const expected =
              sameCounty &&
              !NO_YOUTH_DATA.includes(role) &&
              open &&
              (onTeam || lawEnforcement || told);
            test(`${role} ${sameCounty ? 'here' : 'elsewhere'} team=${String(onTeam)} told=${String(told)} open=${String(open)}: ${expected ? 'reads' : 'refused'}`, () => {
              const d = decideAlertPacketRead(actor(role), {
                jurisdictionId: sameCounty ? 'j' : 'k',
                seal: null,
                team: onTeam ? [{ organizationId: 'org-me', userId: null }] : [],
                episodeOpen: open,
                notifiedOrganizationIds: told ? ['org-me'] : ['org-other'],
              });
              assert.equal(d.allowed, expected);
              if (!sameCounty)
                assert.deepEqual(d, { allowed: false, reason: 'other_jurisdiction' });
              else if (NO_YOUTH_DATA.includes(role))
                assert.deepEqual(d, { allowed: false, reason: 'role_without_youth_data' });
              else if (!open) assert.deepEqual(d, { allowed: false, reason: 'no_open_episode' });
            });
          }
        }
      }
    }
  }
});

describe('decideMissingProfileWrite: every role x county x team', () => {
  const WRITERS: readonly Role[] = ['child_welfare_worker', 'probation_officer', 'advocate'];
  for (const role of ROLES) {
    for (const sameCounty of [true, false]) {
      for (const onTeam of [true, false]) {
        const expected = sameCounty && onTeam && WRITERS.includes(role);
        test(`${role} ${sameCounty ? 'here' : 'elsewhere'} team=${String(onTeam)}: ${expected ? 'writes' : 'refused'}`, () => {
          const d = decideMissingProfileWrite(actor(role), {
            jurisdictionId: sameCounty ? 'j' : 'k',
            seal: null,
            team: onTeam ? [{ organizationId: 'org-me', userId: null }] : [],
          });
          assert.equal(d.allowed, expected);
        });
      }
    }
  }
});

describe('decideCustodyNoticesRead: every role x county x custody', () => {
  for (const role of ROLES) {
    for (const sameCounty of [true, false]) {
      for (const held of [true, false]) {
        const expected = sameCounty && held && role === 'juvenile_hall_intake';
        test(`${role} ${sameCounty ? 'here' : 'elsewhere'} inCustody=${String(held)}: ${expected ? 'reads' : 'refused'}`, () => {
          const d = decideCustodyNoticesRead(actor(role), {
            jurisdictionId: sameCounty ? 'j' : 'k',
            seal: null,
            inCustody: held,
          });
          assert.equal(d.allowed, expected);
        });
      }
    }
  }
  test('juvenile hall intake also holding a role elsewhere than probation is refused', () => {
    const d = decideCustodyNoticesRead(
      actor('juvenile_hall_intake', { organizationType: 'advocacy' }),
      { jurisdictionId: 'j', seal: null, inCustody: true },
    );
    assert.deepEqual(d, { allowed: false, reason: 'not_juvenile_hall_intake' });
  });
});

describe('inCustody', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 27, h));
  // [events (type at hour), held]
  const table: [[string, number][], boolean][] = [
    [[], false],
    [[['detention', 1]], true],
    [[['protective_custody', 1]], true],
    [
      [
        ['detention', 1],
        ['release', 2],
      ],
      false,
    ],
    [
      [
        ['release', 2],
        ['detention', 1],
      ],
      false,
    ],
    [
      [
        ['detention', 3],
        ['release', 2],
      ],
      true,
    ],
    [
      [
        ['missing', 1],
        ['returned', 2],
      ],
      false,
    ],
    [
      [
        ['detention', 1],
        ['release', 2],
        ['detention', 3],
      ],
      true,
    ],
  ];
  for (const [events, held] of table) {
    test(`${JSON.stringify(events)}: ${String(held)}`, () => {
      assert.equal(inCustody(events.map(([type, h]) => ({ type, occurredAt: at(h) }))), held);
    });
  }
});

describe('custody events of the same minute, and the detention decision they leave', () => {
  const minute = new Date(Date.UTC(2026, 10, 27, 10, 5));
  const second = (s: number) => new Date(minute.getTime() + s * 1000);
  // [events (type, seconds after the minute it was recorded; null: not yet recorded), held]
  const table: [[string, number | null][], boolean][] = [
    [
      [
        ['detention', 10],
        ['release', 30],
      ],
      false,
    ],
    [
      [
        ['release', 30],
        ['detention', 10],
      ],
      false,
    ],
    [
      [
        ['release', 10],
        ['detention', 30],
      ],
      true,
    ],
    [
      [
        ['detention', 10],
        ['release', 30],
        ['detention', 50],
      ],
      true,
    ],
    [
      [
        ['protective_custody', 10],
        ['release', null],
      ],
      false,
    ],
    [
      [
        ['release', null],
        ['detention', 10],
      ],
      false,
    ],
  ];
  const events = (rows: [string, number | null][]) =>
    rows.map(([type, s]) => ({
      type,
      occurredAt: minute,
      recordedAt: s === null ? undefined : second(s),
    }));
  for (const [rows, held] of table) {
    test(`${JSON.stringify(rows)}: in custody ${String(held)}`, () => {
      assert.equal(inCustody(events(rows)), held);
    });
  }

  test('whatever order they are given in, events stand by when they occurred, then were recorded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            type: fc.constantFrom('detention', 'release', 'protective_custody', 'missing'),
            minute: fc.integer({ min: 0, max: 3 }),
            recorded: fc.integer({ min: 0, max: 1000 }),
          }),
          { selector: (e) => e.recorded, maxLength: 8 },
        ),
        (rows) => {
          const given = rows.map((r) => ({
            type: r.type,
            occurredAt: new Date(minute.getTime() + r.minute * 60_000),
            recordedAt: second(r.recorded),
          }));
          const ordered = inHappenedOrder(given);
          const reversed = inHappenedOrder([...given].reverse());
          assert.deepEqual(ordered, reversed);
          for (let i = 1; i < ordered.length; i += 1) {
            const [a, b] = [ordered[i - 1], ordered[i]];
            assert.ok(a && b);
            assert.ok(
              a.occurredAt < b.occurredAt ||
                (a.occurredAt.getTime() === b.occurredAt.getTime() && a.recordedAt < b.recordedAt),
            );
          }
          assert.equal(inCustody(given), inCustody([...given].reverse()));
        },
      ),
    );
  });

  // [event just recorded, the case's events (type, minutes after the minute it occurred, second
  // it was recorded), what it makes of the detention decision]
  const decisions: [string, [string, number, number][], boolean | null][] = [
    ['detention', [['detention', 0, 10]], true],
    [
      'release',
      [
        ['detention', 0, 10],
        ['release', 0, 30],
      ],
      false,
    ],
    // Recorded late, for a time before a later custody event: it changes nothing of the present.
    [
      'detention',
      [
        ['release', 0, 10],
        ['detention', -1, 30],
      ],
      null,
    ],
    [
      'release',
      [
        ['detention', 0, 10],
        ['release', -1, 30],
      ],
      null,
    ],
    [
      'detention',
      [
        ['protective_custody', 0, 30],
        ['detention', 0, 10],
      ],
      null,
    ],
    ['protective_custody', [['protective_custody', 0, 10]], null],
    ['missing', [['missing', 0, 10]], null],
  ];
  for (const [type, rows, expected] of decisions) {
    test(`${type} after ${JSON.stringify(rows)}: facing detention ${String(expected)}`, () => {
      const recorded = rows.map(([t, m, s]) => ({
        type: t,
        occurredAt: new Date(minute.getTime() + m * 60_000),
        recordedAt: second(s),
      }));
      assert.equal(facingDetentionAfter(type, recorded), expected);
    });
  }
});

describe('checkPhoto', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const gif = new TextEncoder().encode('GIF89a....');
  const big = new Uint8Array(2 * 1024 * 1024 + 1);
  big.set(jpeg);
  const limit = new Uint8Array(2 * 1024 * 1024);
  limit.set(jpeg);
  // [name, bytes, declared, answer]
  const table: [string, Uint8Array, string, string][] = [
    ['a JPEG as JPEG', jpeg, 'image/jpeg', 'image/jpeg'],
    ['a PNG as PNG', png, 'image/png', 'image/png'],
    ['a JPEG claimed PNG', jpeg, 'image/png', 'photo_type'],
    ['a PNG claimed JPEG', png, 'image/jpeg', 'photo_type'],
    ['a GIF claimed JPEG', gif, 'image/jpeg', 'photo_type'],
    ['a GIF as GIF', gif, 'image/gif', 'photo_type'],
    ['nothing', new Uint8Array(0), 'image/jpeg', 'photo_empty'],
    ['exactly 2 MB', limit, 'image/jpeg', 'image/jpeg'],
    ['a byte over 2 MB', big, 'image/jpeg', 'photo_too_large'],
  ];
  for (const [name, bytes, declared, answer] of table) {
    test(name, () => {
      const r = checkPhoto(bytes, declared);
      assert.equal(r.ok ? r.contentType : r.problem, answer);
    });
  }
});

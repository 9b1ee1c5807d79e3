// Structured contact, placement and education entries: the shapes (phones, ZIP codes, days, a
// field too many), the rules of days and enrolment on the county's day, what is stored sealed,
// who adds and who corrects an entry (every organization type against every kind, on the team,
// off it and in another county), and which version supersedes which. Tables are written here
// from docs/CONFIDENTIALITY.md, not read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideStructuredCorrection,
  decideStructuredWrite,
  ENROLMENT_STATUSES,
  entryProblems,
  GRADES,
  joinEntry,
  normalizePhone,
  splitEntry,
  StructuredEntry,
  supersededBy,
  type StructuredKind,
} from '../../src/domain/structured-records.js';
import {
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const TODAY = '2026-05-12';

const address = {
  kind: 'address',
  addressKind: 'current',
  line: '12 Elm St, Apt 3',
  city: 'Springfield',
  zip: '95012',
  since: '2026-04-01',
} as const;
const phone = {
  kind: 'phone',
  number: '(415) 555-0134',
  whose: 'Her aunt Rosa',
  mayCall: 'youth_only',
  note: 'Evenings only',
} as const;
const placement = {
  kind: 'placement',
  placementType: 'foster_home',
  startsOn: '2026-03-02',
  endsOn: null,
  reason: 'Removed from the motel by the police',
} as const;
const education = {
  kind: 'education',
  school: 'Lincoln High',
  grade: '10',
  enrolment: 'enrolled',
  since: '2025-08-20',
} as const;

const parses = (value: unknown) => StructuredEntry.safeParse(value).success;

describe('phone numbers', () => {
  const CASES: readonly [string, string | null][] = [
    ['(415) 555-0134', '+14155550134'],
    ['415-555-0134', '+14155550134'],
    ['415.555.0134', '+14155550134'],
    ['4155550134', '+14155550134'],
    ['1 415 555 0134', '+14155550134'],
    ['+1 415 555 0134', '+14155550134'],
    ['+52 55 1234 5678', '+525512345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['555-0134', null], // seven digits: no area code
    ['015-555-0134', null], // an area code starts 2-9
    ['415-155-0134', null], // so does an exchange
    ['2 415 555 0134', null], // eleven digits not starting with 1
    ['+1 015 555 0134', null],
    ['+0 123 4567 890', null],
    ['+1234567', null], // seven digits after +: too short
    ['+1234567890123456', null], // sixteen: too long
    ['415 555 0134 ext 2', null], // extensions go in the note
    ['call her aunt', null],
    ['', null],
    ['++14155550134', null],
  ];
  for (const [typed, expected] of CASES) {
    test(`${JSON.stringify(typed)} is ${expected ?? 'refused'}`, () => {
      assert.equal(normalizePhone(typed), expected);
      assert.equal(parses({ ...phone, number: typed }), expected !== null);
    });
  }

  test('spaces, dots, dashes and parentheses between digits change nothing', () => {
    const digit = (from: number) => fc.integer({ min: from, max: 9 }).map(String);
    const separator = fc.constantFrom('', ' ', '.', '-', '(', ')', '  ');
    fc.assert(
      fc.property(
        fc.tuple(
          digit(2),
          digit(0),
          digit(0),
          digit(2),
          ...Array.from({ length: 6 }, () => digit(0)),
        ),
        fc.array(separator, { minLength: 10, maxLength: 10 }),
        (digits: string[], separators: string[]) => {
          const plain = digits.join('');
          const typed = digits.map((d, i) => `${separators[i] ?? ''}${d}`).join('');
          assert.equal(normalizePhone(typed), `+1${plain}`);
        },
      ),
    );
  });
});

describe('the shapes', () => {
  test('each kind as written parses', () => {
    for (const entry of [address, phone, placement, education]) assert.ok(parses(entry));
  });

  const REFUSED: readonly [string, unknown][] = [
    ['a ZIP of four digits', { ...address, zip: '9501' }],
    ['a ZIP with letters', { ...address, zip: '9501A' }],
    ['a ZIP+4 without the dash', { ...address, zip: '950121234' }],
    ['an address kind not on the list', { ...address, addressKind: 'motel' }],
    ['an empty line', { ...address, line: '   ' }],
    ['a day that does not exist', { ...address, since: '2026-02-30' }],
    ['a day before 1900', { ...address, since: '1899-12-31' }],
    ['a day and time', { ...address, since: '2026-04-01T10:00:00Z' }],
    ['who may be called left out', { ...phone, mayCall: undefined }],
    ['who may be called not on the list', { ...phone, mayCall: 'maybe' }],
    ['a phone of no one', { ...phone, whose: '' }],
    ['a placement type not on the list', { ...placement, placementType: 'motel' }],
    ['a placement without a start', { ...placement, startsOn: null }],
    ['a placement without a reason', { ...placement, reason: '' }],
    ['a grade not on the list', { ...education, grade: '13' }],
    ['an enrolment not on the list', { ...education, enrolment: 'truant' }],
    ['a field too many', { ...education, district: 'Unified' }],
    ['a kind not on the list', { ...education, kind: 'employment' }],
  ];
  for (const [what, value] of REFUSED) {
    test(`refuses ${what}`, () => {
      assert.equal(parses(value), false);
    });
  }

  test('an unknown ZIP, since, note and school are null, not left out', () => {
    assert.ok(parses({ ...address, zip: null, since: null }));
    assert.ok(parses({ ...phone, note: null }));
    assert.equal(parses({ ...phone, note: undefined }), false);
    assert.ok(
      parses({ ...education, school: null, grade: 'not_enrolled', enrolment: 'dropped_out' }),
    );
  });
});

describe('days and enrolment on the county’s day', () => {
  const problems = (entry: StructuredEntry) => entryProblems(entry, TODAY);

  test('today is fine, tomorrow is in the future', () => {
    assert.deepEqual(problems({ ...address, since: TODAY }), []);
    assert.deepEqual(problems({ ...address, since: '2026-05-13' }), [
      { field: 'since', problem: 'date_in_future' },
    ]);
    assert.deepEqual(problems({ ...education, since: '2027-01-01' }), [
      { field: 'since', problem: 'date_in_future' },
    ]);
    assert.deepEqual(problems(phone), []);
  });

  const PLACEMENT_DAYS: readonly [string, string | null, string[]][] = [
    ['2026-03-02', null, []],
    ['2026-03-02', '2026-03-02', []], // a night in a shelter
    ['2026-03-02', '2026-05-12', []],
    ['2026-03-02', '2026-03-01', ['endsOn:end_before_start']],
    ['2026-05-13', null, ['startsOn:date_in_future']],
    ['2026-03-02', '2026-05-13', ['endsOn:date_in_future']],
    [
      '2026-06-01',
      '2026-05-20',
      ['startsOn:date_in_future', 'endsOn:date_in_future', 'endsOn:end_before_start'],
    ],
  ];
  for (const [startsOn, endsOn, expected] of PLACEMENT_DAYS) {
    test(`a placement from ${startsOn} to ${endsOn ?? 'now'}`, () => {
      assert.deepEqual(
        problems({ ...placement, startsOn, endsOn }).map((p) => `${p.field}:${p.problem}`),
        expected,
      );
    });
  }

  // Attending a school: enrolled, enrolling or suspended (she has a school to go back to).
  const ATTENDING = new Set(['enrolled', 'enrolling', 'suspended']);
  test('every enrolment with every grade, with and without a school', () => {
    let walked = 0;
    for (const enrolment of ENROLMENT_STATUSES) {
      for (const grade of GRADES) {
        for (const school of ['Lincoln High', null]) {
          const found = problems({ ...education, enrolment, grade, school }).map((p) => p.problem);
          const expected: string[] = [];
          if (ATTENDING.has(enrolment) && school === null) expected.push('school_required');
          if (ATTENDING.has(enrolment) === (grade === 'not_enrolled')) {
            expected.push('grade_contradicts_enrolment');
          }
          assert.deepEqual(found, expected, `${enrolment}/${grade}/${String(school)}`);
          walked += 1;
        }
      }
    }
    assert.equal(walked, 7 * 16 * 2);
  });
});

describe('what is stored sealed', () => {
  test('what names a place or a person is sealed; codes and days are plain', () => {
    assert.deepEqual(splitEntry(address), {
      plain: { addressKind: 'current', since: '2026-04-01' },
      identifying: { line: '12 Elm St, Apt 3', city: 'Springfield', zip: '95012' },
    });
    assert.deepEqual(splitEntry(phone), {
      plain: { mayCall: 'youth_only' },
      identifying: { number: '+14155550134', whose: 'Her aunt Rosa', note: 'Evenings only' },
    });
    assert.deepEqual(splitEntry(placement), {
      plain: { placementType: 'foster_home', startsOn: '2026-03-02', endsOn: null },
      identifying: { reason: 'Removed from the motel by the police' },
    });
    assert.deepEqual(splitEntry(education), {
      plain: { grade: '10', enrolment: 'enrolled', since: '2025-08-20' },
      identifying: { school: 'Lincoln High' },
    });
  });

  test('joined again, an entry is what was written (its number as E.164)', () => {
    for (const entry of [address, phone, placement, education]) {
      const { plain, identifying } = splitEntry(entry);
      const expected = entry.kind === 'phone' ? { ...entry, number: '+14155550134' } : entry;
      assert.deepEqual(joinEntry(entry.kind, plain, identifying), expected);
    }
  });

  test('a stored row that is not an entry is refused, not shown', () => {
    assert.throws(() => joinEntry('placement', { placementType: 'motel' }, { reason: 'x' }));
  });
});

// --- who adds and who corrects ---

/**
 * W: adds entries of the kind. Columns: address, phone, placement, education. Contact and
 * location is written by whoever must reach or find her (not the court); placement by who places
 * or shelters her; education by who keeps her in school (docs/CONFIDENTIALITY.md, "Who writes
 * which category").
 */
const KINDS: readonly StructuredKind[] = ['address', 'phone', 'placement', 'education'];
const WRITERS: Readonly<Record<OrganizationType, string>> = {
  advocacy: 'W W . W',
  child_welfare: 'W W W W',
  probation: 'W W W W',
  law_enforcement: 'W W W .',
  district_attorney: 'W W . .',
  juvenile_court: '. . W .',
  child_advocacy_center: 'W W . .',
  medical: 'W W . .',
  mental_health: 'W W . W',
  community_provider: 'W W W W',
  county_lead: 'W W . .',
  oversight: '. . . .',
};
const writes = (type: OrganizationType, kind: StructuredKind) =>
  WRITERS[type].split(' ')[KINDS.indexOf(kind)] === 'W';
/** Roles that never act on a case (docs/CONFIDENTIALITY.md, "Nobody creates..."). */
const NEVER_ON_CASES: readonly Role[] = [
  'administrator',
  'oversight_analyst',
  'juvenile_hall_intake',
];

const J = 'jurisdiction-1';
const ORG = 'org-writer';
const actorOf = (type: OrganizationType, role: Role, organizationId = ORG): Actor => ({
  userId: 'user-1',
  organizationId,
  organizationType: type,
  jurisdictionId: J,
  roles: [role],
});
const factsFor = (place: 'on team' | 'off team' | 'other county' | 'sealed') => ({
  jurisdictionId: place === 'other county' ? 'jurisdiction-2' : J,
  team: place === 'off team' ? [] : [{ organizationId: ORG, userId: null }],
  seal:
    place === 'sealed'
      ? { courtOrganizationId: 'org-court', rolesAllowed: ['judge' as const] }
      : null,
});

describe('who adds an entry', () => {
  test('every role of every type, for every kind, on the team, off it, elsewhere and sealed', () => {
    let walked = 0;
    for (const type of ORGANIZATION_TYPES) {
      for (const role of ROLES_BY_ORGANIZATION_TYPE[type]) {
        for (const kind of KINDS) {
          for (const place of ['on team', 'off team', 'other county', 'sealed'] as const) {
            const decision = decideStructuredWrite(actorOf(type, role), kind, factsFor(place));
            const label = `${type}/${role}/${kind}/${place}`;
            if (place === 'other county') {
              assert.deepEqual(decision, { allowed: false, reason: 'other_jurisdiction' }, label);
            } else if (place === 'sealed') {
              assert.deepEqual(decision, { allowed: false, reason: 'sealed' }, label);
            } else if (NEVER_ON_CASES.includes(role)) {
              assert.deepEqual(
                decision,
                { allowed: false, reason: 'role_without_youth_data' },
                label,
              );
            } else if (place === 'off team') {
              assert.deepEqual(decision, { allowed: false, reason: 'not_on_case_team' }, label);
            } else if (!writes(type, kind)) {
              assert.deepEqual(decision, { allowed: false, reason: 'not_category_writer' }, label);
            } else {
              assert.equal(decision.allowed, true, label);
            }
            walked += 1;
          }
        }
      }
    }
    assert.equal(walked, 18 * 4 * 4);
  });
});

describe('who corrects an entry', () => {
  const entry = (kind: StructuredKind, author = ORG, supersededById: string | null = null) => ({
    kind,
    authorOrganizationId: author,
    supersededById,
  });
  const welfare = actorOf('child_welfare', 'child_welfare_worker');

  test('the organization that recorded it, its newest version', () => {
    for (const kind of KINDS) {
      assert.equal(
        decideStructuredCorrection(welfare, entry(kind), factsFor('on team')).allowed,
        true,
      );
    }
  });

  test('another organization on the team that writes the kind is refused: not its data', () => {
    const probation = actorOf('probation', 'probation_officer', 'org-probation');
    const facts = {
      ...factsFor('on team'),
      team: [
        { organizationId: ORG, userId: null },
        { organizationId: 'org-probation', userId: null },
      ],
    };
    assert.deepEqual(decideStructuredCorrection(probation, entry('placement'), facts), {
      allowed: false,
      reason: 'not_the_writer',
    });
  });

  test('a version already superseded is refused: correct the newest', () => {
    assert.deepEqual(
      decideStructuredCorrection(welfare, entry('education', ORG, 'newer'), factsFor('on team')),
      { allowed: false, reason: 'already_corrected' },
    );
  });

  test('off the team, in another county, on a sealed case, or as an administrator: refused first', () => {
    const cases: readonly [Actor, ReturnType<typeof factsFor>, string][] = [
      [welfare, factsFor('off team'), 'not_on_case_team'],
      [welfare, factsFor('other county'), 'other_jurisdiction'],
      [welfare, factsFor('sealed'), 'sealed'],
      [actorOf('county_lead', 'administrator'), factsFor('on team'), 'role_without_youth_data'],
    ];
    for (const [actor, facts, reason] of cases) {
      assert.deepEqual(decideStructuredCorrection(actor, entry('placement', ORG, 'newer'), facts), {
        allowed: false,
        reason,
      });
    }
  });

  test('an organization that no longer writes the kind is refused as a writer', () => {
    const court = actorOf('juvenile_court', 'court_clerk');
    assert.deepEqual(decideStructuredCorrection(court, entry('address'), factsFor('on team')), {
      allowed: false,
      reason: 'not_category_writer',
    });
  });
});

describe('versions', () => {
  test('each version names the one that supersedes it; the newest none', () => {
    const by = supersededBy([
      { id: 'a1', supersedesId: null },
      { id: 'a2', supersedesId: 'a1' },
      { id: 'a3', supersedesId: 'a2' },
      { id: 'b1', supersedesId: null },
      { id: 'c2', supersedesId: 'gone' }, // its earlier version not among these rows
    ]);
    assert.deepEqual(Object.fromEntries(by), {
      a1: 'a2',
      a2: 'a3',
      a3: null,
      b1: null,
      c2: null,
    });
  });
});

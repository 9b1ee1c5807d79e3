// The non-criminalization decision (docs/PROTOCOL.md, Non-criminalization), over every profile x
// offense x age x identified. The offense tables are written here from the law as the doc cites
// it, never read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CALIFORNIA_LEGAL_PROFILE,
  coveredOffenseProblems,
  DEFAULT_LEGAL_PROFILE,
  type CoveredOffense,
  type LegalProfile,
} from '../../src/domain/legal-profile.js';
import {
  ageOn,
  CONSIDER_VICTIM_STATUS,
  nonCriminalizationDecision,
  offenseCodeOf,
  type YouthAge,
} from '../../src/domain/non-criminalization.js';

const offense = (code: string, ageLimit: number, prostitutionRelated = false): CoveredOffense => ({
  code,
  label: `Label of ${code}`,
  citation: `Citation of ${code}`,
  ageLimit,
  prostitutionRelated,
});

/** A state that also protects offenses committed because of the exploitation, to 24 for one. */
const CUSTOM: LegalProfile = {
  ...DEFAULT_LEGAL_PROFILE,
  nonCriminalization: { statement: 'Custom statement', citation: 'Custom Code 1' },
  coveredOffenses: [
    offense('prostitution', 24, true),
    offense('offense_due_to_exploitation', 18),
    offense('accomplice_due_to_exploitation', 18),
  ],
};

/** code -> first age no longer covered, per profile, as the law reads (undefined: not covered). */
const TABLES: readonly [string, LegalProfile, Readonly<Record<string, number>>][] = [
  ['California', CALIFORNIA_LEGAL_PROFILE, { prostitution: 18, loitering_intent_prostitution: 18 }],
  ['federal default', DEFAULT_LEGAL_PROFILE, { prostitution: 18 }],
  [
    'custom',
    CUSTOM,
    { prostitution: 24, offense_due_to_exploitation: 18, accomplice_due_to_exploitation: 18 },
  ],
];
const OFFENSES = [
  'prostitution',
  'loitering_intent_prostitution',
  'offense_due_to_exploitation',
  'accomplice_due_to_exploitation',
  'burglary',
  'other',
];
const AGES: YouthAge[] = ['unknown', ...Array.from({ length: 31 }, (_, i) => i)];

describe('nonCriminalizationDecision, every profile x offense x age x identified', () => {
  for (const [name, profile, table] of TABLES) {
    test(name, () => {
      let cases = 0;
      for (const code of OFFENSES) {
        for (const age of AGES) {
          for (const identified of [false, true]) {
            const limit = table[code];
            // Unknown age counts as a minor (docs/PROTOCOL.md).
            const covered = limit !== undefined && (age === 'unknown' || age < limit);
            const got = nonCriminalizationDecision(profile, code, age, identified);
            const label = `${code} age ${String(age)} identified ${String(identified)}`;
            if (covered) {
              assert.equal(got.kind, 'covered', label);
              assert.ok(got.kind === 'covered');
              assert.equal(got.offense.code, code, label);
              assert.deepEqual(got.statement, profile.nonCriminalization, label);
            } else {
              assert.deepEqual(
                got,
                identified ? { kind: 'consider_victim_status' } : { kind: 'none' },
                label,
              );
            }
            cases++;
          }
        }
      }
      assert.equal(cases, OFFENSES.length * AGES.length * 2);
    });
  }

  test('the edges, row by row', () => {
    const rows: [LegalProfile, string, YouthAge, boolean, string][] = [
      [CALIFORNIA_LEGAL_PROFILE, 'prostitution', 17, false, 'covered'],
      [CALIFORNIA_LEGAL_PROFILE, 'prostitution', 18, false, 'none'],
      [CALIFORNIA_LEGAL_PROFILE, 'prostitution', 18, true, 'consider_victim_status'],
      [CALIFORNIA_LEGAL_PROFILE, 'loitering_intent_prostitution', 'unknown', false, 'covered'],
      [CALIFORNIA_LEGAL_PROFILE, 'offense_due_to_exploitation', 15, true, 'consider_victim_status'],
      [CALIFORNIA_LEGAL_PROFILE, 'other', 12, false, 'none'],
      [DEFAULT_LEGAL_PROFILE, 'loitering_intent_prostitution', 15, false, 'none'],
      [DEFAULT_LEGAL_PROFILE, 'prostitution', 0, false, 'covered'],
      [CUSTOM, 'prostitution', 23, false, 'covered'],
      [CUSTOM, 'prostitution', 24, true, 'consider_victim_status'],
      [CUSTOM, 'accomplice_due_to_exploitation', 17, false, 'covered'],
      [CUSTOM, 'other', 'unknown', true, 'consider_victim_status'],
    ];
    for (const [profile, code, age, identified, kind] of rows) {
      assert.equal(
        nonCriminalizationDecision(profile, code, age, identified).kind,
        kind,
        `${code} ${String(age)}`,
      );
    }
  });

  test('property: one of three answers, `other` is never covered, an identified youth always hears something', () => {
    const codes = fc.constantFrom(...OFFENSES, 'x', 'prostitution');
    const profiles = fc.constantFrom(...TABLES.map(([, p]) => p));
    const age = fc.oneof(fc.constant<YouthAge>('unknown'), fc.integer({ min: 0, max: 120 }));
    fc.assert(
      fc.property(profiles, codes, age, fc.boolean(), (profile, code, a, identified) => {
        const got = nonCriminalizationDecision(profile, code, a, identified);
        assert.ok(['covered', 'consider_victim_status', 'none'].includes(got.kind));
        if (code === 'other') assert.notEqual(got.kind, 'covered');
        if (identified) assert.notEqual(got.kind, 'none');
        if (got.kind === 'covered') {
          assert.ok(profile.coveredOffenses.some((o) => o.code === code));
        }
      }),
    );
  });

  test('the words for an offense the law does not cover', () => {
    assert.equal(
      CONSIDER_VICTIM_STATUS,
      'This youth is identified as a victim of exploitation; consider victim status.',
    );
  });
});

describe('the offense an event names', () => {
  test('its code, or for an older client the profile’s prostitution offense', () => {
    const rows: [LegalProfile, object, string][] = [
      [
        CALIFORNIA_LEGAL_PROFILE,
        { offenseCode: 'loitering_intent_prostitution' },
        'loitering_intent_prostitution',
      ],
      [CALIFORNIA_LEGAL_PROFILE, { prostitutionRelated: true }, 'prostitution'],
      [CALIFORNIA_LEGAL_PROFILE, { prostitutionRelated: false }, 'other'],
      [CALIFORNIA_LEGAL_PROFILE, {}, 'other'],
      [
        { ...CUSTOM, coveredOffenses: [offense('theft_due', 18)] },
        { prostitutionRelated: true },
        'other',
      ],
      [CUSTOM, { offenseCode: 'other', prostitutionRelated: true }, 'other'],
    ];
    for (const [profile, details, code] of rows) {
      assert.equal(offenseCodeOf(profile, details), code, JSON.stringify(details));
    }
  });
});

describe('age on the day of the event', () => {
  test('from a birth date, the day before and of the birthday', () => {
    const rows: [string, string, YouthAge][] = [
      ['2026-03-14', '2008-03-15', 17],
      ['2026-03-15', '2008-03-15', 18],
      ['2026-12-31', '2008-03-15', 18],
      ['2024-02-28', '2008-02-29', 15],
      ['2024-02-29', '2008-02-29', 16],
      ['2026-01-01', '2026-01-01', 0],
    ];
    for (const [day, birthDate, age] of rows) {
      assert.equal(ageOn(day, { birthDate, estimatedBirthYear: null }), age, `${day} ${birthDate}`);
    }
  });
  test('from an estimated year, the youngest the youth can be; without either, unknown', () => {
    assert.equal(ageOn('2026-06-01', { birthDate: null, estimatedBirthYear: 2008 }), 17);
    assert.equal(ageOn('2026-06-01', { birthDate: null, estimatedBirthYear: null }), 'unknown');
  });
});

describe('a profile’s covered offenses', () => {
  test('problems: other is reserved, a code once, a label and a citation', () => {
    assert.deepEqual(coveredOffenseProblems(CALIFORNIA_LEGAL_PROFILE.coveredOffenses), []);
    assert.deepEqual(coveredOffenseProblems(DEFAULT_LEGAL_PROFILE.coveredOffenses), []);
    assert.deepEqual(
      coveredOffenseProblems([
        offense('other', 18),
        offense('a', 18),
        offense('a', 18),
        { ...offense('b', 18), citation: ' ' },
        { ...offense('c', 18), label: '' },
      ]),
      [
        'reserved_offense_code:other',
        'duplicate_offense:a',
        'offense_without_citation:b',
        'offense_without_label:c',
      ],
    );
  });
});

// Matching (issue 4): each hard rule proved alone, every cohort combination, every combination of
// a detention decision and an alternative to detention (issue 11), and properties over random
// youth and services: nothing excluded is ever ranked, results do not depend on input order,
// every service is either ranked or excluded with a reason, and a youth facing detention sees
// the alternatives first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  COHORT_RULES,
  exclusions,
  matchServices,
  NEEDS,
  SERVICE_LEVELS,
  YOUTH_HISTORIES,
  type MatchableService,
  type YouthConstraints,
} from '../../src/domain/matching.js';

const service = (overrides: Partial<MatchableService> = {}): MatchableService => ({
  id: 'svc-1',
  organizationId: 'org-1',
  name: 'Harbor Shelter',
  needs: ['emergency_shelter', 'crisis_counseling'],
  csecSpecialized: false,
  level: 'both',
  groupSetting: false,
  cohortRule: 'either',
  minimumAge: 12,
  maximumAge: 17,
  genders: null,
  lgbtqAffirming: false,
  alternativeToDetention: false,
  languages: ['English'],
  serviceAreas: ['Demo County'],
  capacityAvailable: null,
  ...overrides,
});

const youth = (overrides: Partial<YouthConstraints> = {}): YouthConstraints => ({
  needs: ['emergency_shelter'],
  age: 15,
  gender: 'girl',
  languages: ['Spanish'],
  county: 'Demo County',
  history: 'exploited',
  excludedOrganizationIds: [],
  facingDetention: false,
  ...overrides,
});

describe('hard rules, each alone', () => {
  const cases: [string, Partial<MatchableService>, Partial<YouthConstraints>, string[]][] = [
    ['eligible', {}, {}, []],
    ['an excluded provider', {}, { excludedOrganizationIds: ['org-1'] }, ['excluded_provider']],
    ['too young', { minimumAge: 16 }, {}, ['too_young']],
    ['too old', { maximumAge: 14 }, {}, ['too_old']],
    ['the minimum age itself is fine', { minimumAge: 15 }, {}, []],
    ['the maximum age itself is fine', { maximumAge: 15 }, {}, []],
    ['gender not served', { genders: ['boy'] }, {}, ['gender_not_served']],
    ['gender served, any case', { genders: ['Girl', 'boy'] }, {}, []],
    [
      'gender unknown where the service limits it',
      { genders: ['girl'] },
      { gender: null },
      ['gender_not_served'],
    ],
    ['another county', { serviceAreas: ['Neighbor County'] }, {}, ['outside_service_area']],
    ['county unknown where the service limits it', {}, { county: null }, ['outside_service_area']],
    ['serves anywhere', { serviceAreas: null }, { county: null }, []],
    ['no open place', { capacityAvailable: 0 }, {}, ['no_capacity']],
    ['one open place', { capacityAvailable: 1 }, {}, []],
    ['meets no need', { needs: ['education'] }, {}, ['meets_no_need']],
    [
      'meets no need, an alternative to detention, no detention decision',
      { needs: ['education'], alternativeToDetention: true },
      {},
      ['meets_no_need'],
    ],
    [
      'meets no need, but an alternative to detention for a youth facing detention',
      { needs: ['education'], alternativeToDetention: true },
      { facingDetention: true },
      [],
    ],
    [
      'facing detention, a service that is no alternative still has to meet a need',
      { needs: ['education'] },
      { facingDetention: true },
      ['meets_no_need'],
    ],
    [
      'an alternative to detention keeps every other rule',
      { alternativeToDetention: true, capacityAvailable: 0, minimumAge: 16 },
      { facingDetention: true },
      ['too_young', 'no_capacity'],
    ],
  ];
  for (const [label, s, y, expected] of cases) {
    test(label, () => {
      assert.deepEqual(exclusions(service(s), youth(y)), expected);
    });
  }
  test('every rule at once is reported together', () => {
    assert.deepEqual(
      exclusions(
        service({
          groupSetting: true,
          cohortRule: 'at_risk_only',
          minimumAge: 18,
          genders: ['boy'],
          serviceAreas: ['Elsewhere'],
          capacityAvailable: 0,
          needs: ['employment'],
        }),
        youth({ excludedOrganizationIds: ['org-1'] }),
      ),
      [
        'excluded_provider',
        'cohort_conflict',
        'too_young',
        'gender_not_served',
        'outside_service_area',
        'no_capacity',
        'meets_no_need',
      ],
    );
  });
});

describe('cohort rules: every combination', () => {
  for (const groupSetting of [true, false])
    for (const cohortRule of COHORT_RULES)
      for (const history of YOUTH_HISTORIES) {
        const conflict =
          groupSetting &&
          ((cohortRule === 'at_risk_only' && history === 'exploited') ||
            (cohortRule === 'exploited_only' && history === 'at_risk'));
        test(`${groupSetting ? 'group' : 'individual'} ${cohortRule}, youth ${history}: ${conflict ? 'excluded' : 'allowed'}`, () => {
          const reasons = exclusions(service({ groupSetting, cohortRule }), youth({ history }));
          assert.equal(reasons.includes('cohort_conflict'), conflict);
        });
      }
});

describe('a detention decision and an alternative to detention: every combination', () => {
  const DETENTION_REASON = 'An alternative to detention, for a youth facing a detention decision.';
  // [facing detention, alternative to detention, meets a need] -> offered, with the reason.
  const table: [boolean, boolean, boolean, 'excluded' | 'offered' | 'offered first'][] = [
    [false, false, false, 'excluded'],
    [false, false, true, 'offered'],
    [false, true, false, 'excluded'],
    [false, true, true, 'offered'],
    [true, false, false, 'excluded'],
    [true, false, true, 'offered'],
    [true, true, false, 'offered first'],
    [true, true, true, 'offered first'],
  ];
  for (const [facingDetention, alternativeToDetention, meetsNeed, expected] of table) {
    test(`youth ${facingDetention ? 'facing' : 'not facing'} detention, ${alternativeToDetention ? 'an alternative' : 'no alternative'}, ${meetsNeed ? 'meets a need' : 'meets none'}: ${expected}`, () => {
      const result = matchServices(youth({ facingDetention }), [
        service({
          id: 'tested',
          alternativeToDetention,
          needs: meetsNeed ? ['emergency_shelter'] : ['education'],
        }),
      ]);
      const [ranked] = result.ranked;
      if (expected === 'excluded') {
        assert.deepEqual(result.excluded, [
          {
            serviceId: 'tested',
            reasons: ['meets_no_need'],
            reasonCodes: [{ code: 'meets_no_need', params: {} }],
          },
        ]);
        return;
      }
      assert.ok(ranked);
      assert.equal(ranked.reasons[0] === DETENTION_REASON, expected === 'offered first');
      assert.equal(ranked.reasons.includes(DETENTION_REASON), expected === 'offered first');
    });
  }

  test('facing detention, an alternative meeting no need outranks the best shelter; otherwise it is not offered', () => {
    const services = [
      service({
        id: 'shelter',
        name: 'Safe Harbor',
        needs: ['emergency_shelter', 'crisis_counseling'],
        csecSpecialized: true,
        languages: ['Spanish'],
        lgbtqAffirming: true,
        capacityAvailable: 4,
        level: 'intervention',
      }),
      service({
        id: 'evening',
        name: 'Evening Reporting Center',
        needs: ['education'],
        alternativeToDetention: true,
      }),
      service({
        id: 'host',
        name: 'Host Homes',
        needs: ['emergency_shelter'],
        alternativeToDetention: true,
      }),
    ];
    const needs: YouthConstraints['needs'] = ['emergency_shelter', 'crisis_counseling'];
    const facing = matchServices(youth({ needs, facingDetention: true }), services);
    assert.deepEqual(
      facing.ranked.map((r) => r.serviceId),
      ['host', 'evening', 'shelter'],
    );
    assert.deepEqual(facing.ranked[1]?.reasons, [
      DETENTION_REASON,
      'Meets none of the youth’s other needs.',
      'Works at the intervention level, which fits a youth with an exploitation history.',
      'No staff listed who speak Spanish.',
    ]);
    const notFacing = matchServices(youth({ needs }), services);
    assert.deepEqual(
      notFacing.ranked.map((r) => r.serviceId),
      ['shelter', 'host'],
    );
    assert.deepEqual(notFacing.excluded, [
      {
        serviceId: 'evening',
        reasons: ['meets_no_need'],
        reasonCodes: [{ code: 'meets_no_need', params: {} }],
      },
    ]);
  });
});

describe('ranking', () => {
  test('a CSEC-specialized shelter with a bed and Spanish-speaking staff ranks first, explained', () => {
    const result = matchServices(youth({ needs: ['emergency_shelter', 'crisis_counseling'] }), [
      service({ id: 'plain', name: 'Plain Shelter' }),
      service({
        id: 'csec',
        name: 'Safe Harbor',
        csecSpecialized: true,
        languages: ['English', 'Spanish'],
        capacityAvailable: 1,
        level: 'intervention',
      }),
      service({
        id: 'group',
        name: 'Prevention Group',
        groupSetting: true,
        cohortRule: 'at_risk_only',
        level: 'prevention',
      }),
    ]);
    assert.deepEqual(
      result.ranked.map((r) => r.serviceId),
      ['csec', 'plain'],
    );
    const first = result.ranked[0];
    assert.ok(first);
    assert.match(first.reasons.join(' '), /Meets 2 of 2 needs/);
    assert.match(first.reasons.join(' '), /Specialized/);
    assert.match(first.reasons.join(' '), /Staff speak Spanish/);
    assert.match(first.reasons.join(' '), /1 open now/);
    assert.deepEqual(result.excluded, [
      {
        serviceId: 'group',
        reasons: ['cohort_conflict'],
        reasonCodes: [{ code: 'cohort_conflict', params: {} }],
      },
    ]);
  });
  test('more needs met outranks everything else', () => {
    const result = matchServices(youth({ needs: ['emergency_shelter', 'medical'] }), [
      service({
        id: 'one',
        csecSpecialized: true,
        languages: ['Spanish'],
        lgbtqAffirming: true,
        capacityAvailable: 3,
      }),
      service({ id: 'two', needs: ['emergency_shelter', 'medical'], languages: [] }),
    ]);
    assert.deepEqual(
      result.ranked.map((r) => r.serviceId),
      ['two', 'one'],
    );
  });
  test('a language gap is said plainly', () => {
    const [only] = matchServices(youth(), [service()]).ranked;
    assert.ok(only?.reasons.includes('No staff listed who speak Spanish.'));
  });
});

// --- properties ---

const arbService = fc.record({
  id: fc.uuid(),
  organizationId: fc.constantFrom('org-a', 'org-b', 'org-c'),
  name: fc.constantFrom('A', 'B', 'C', 'Shelter', 'Clinic'),
  needs: fc.subarray([...NEEDS], { minLength: 1, maxLength: 4 }),
  csecSpecialized: fc.boolean(),
  level: fc.constantFrom(...SERVICE_LEVELS),
  groupSetting: fc.boolean(),
  cohortRule: fc.constantFrom(...COHORT_RULES),
  minimumAge: fc.option(fc.integer({ min: 8, max: 18 }), { nil: null }),
  maximumAge: fc.option(fc.integer({ min: 12, max: 25 }), { nil: null }),
  genders: fc.option(fc.subarray(['girl', 'boy', 'nonbinary']), { nil: null }),
  lgbtqAffirming: fc.boolean(),
  alternativeToDetention: fc.boolean(),
  languages: fc.subarray(['English', 'Spanish', 'Vietnamese']),
  serviceAreas: fc.option(fc.subarray(['Demo County', 'Neighbor County']), { nil: null }),
  capacityAvailable: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
});
const arbYouth = fc.record({
  needs: fc.subarray([...NEEDS], { minLength: 1, maxLength: 5 }),
  age: fc.integer({ min: 10, max: 24 }),
  gender: fc.option(fc.constantFrom('girl', 'boy', 'nonbinary'), { nil: null }),
  languages: fc.subarray(['English', 'Spanish', 'Vietnamese']),
  county: fc.option(fc.constantFrom('Demo County', 'Neighbor County'), { nil: null }),
  history: fc.constantFrom(...YOUTH_HISTORIES),
  excludedOrganizationIds: fc.subarray(['org-a', 'org-b', 'org-c']),
  facingDetention: fc.boolean(),
});
const RUNS = { numRuns: 1500 };

describe('matching: properties', () => {
  test('every service is ranked or excluded, never both, and nothing ranked breaks a hard rule', () => {
    fc.assert(
      fc.property(arbYouth, fc.array(arbService, { maxLength: 12 }), (y, services) => {
        const result = matchServices(y, services);
        const ranked = new Set(result.ranked.map((r) => r.serviceId));
        const excluded = new Set(result.excluded.map((e) => e.serviceId));
        assert.equal(ranked.size + excluded.size, new Set(services.map((s) => s.id)).size);
        for (const s of services) {
          assert.notEqual(ranked.has(s.id), excluded.has(s.id));
          if (!ranked.has(s.id)) continue;
          assert.ok(!y.excludedOrganizationIds.includes(s.organizationId));
          assert.ok(
            !(s.groupSetting && s.cohortRule === 'at_risk_only' && y.history === 'exploited'),
          );
          assert.ok(
            !(s.groupSetting && s.cohortRule === 'exploited_only' && y.history === 'at_risk'),
          );
          assert.ok(s.capacityAvailable === null || s.capacityAvailable > 0);
          assert.ok(s.minimumAge === null || y.age >= s.minimumAge);
          assert.ok(s.maximumAge === null || y.age <= s.maximumAge);
        }
        for (const e of result.excluded) assert.ok(e.reasons.length > 0);
      }),
      RUNS,
    );
  });
  test('the answer does not depend on the order of the services', () => {
    fc.assert(
      fc.property(
        arbYouth,
        fc.uniqueArray(arbService, { maxLength: 12, selector: (s) => s.id }),
        fc.integer(),
        (y, services, seed) => {
          const shuffled = [...services].sort(
            (a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7),
          );
          assert.deepEqual(matchServices(y, shuffled), matchServices(y, services));
        },
      ),
      RUNS,
    );
  });
  test('ranked by score, highest first, each with its reasons', () => {
    fc.assert(
      fc.property(arbYouth, fc.array(arbService, { maxLength: 12 }), (y, services) => {
        const { ranked } = matchServices(y, services);
        const byId = new Map(services.map((s) => [s.id, s]));
        const insteadOfDetention = (id: string | undefined) =>
          y.facingDetention && byId.get(id ?? '')?.alternativeToDetention === true;
        for (let i = 1; i < ranked.length; i += 1) {
          assert.ok((ranked[i - 1]?.score ?? 0) >= (ranked[i]?.score ?? 0));
        }
        for (let i = 1; i < ranked.length; i += 1) {
          const [before, after] = [ranked[i - 1]?.serviceId, ranked[i]?.serviceId];
          // Facing detention, every alternative comes before every other service.
          assert.ok(insteadOfDetention(before) || !insteadOfDetention(after));
          // Otherwise more needs met always ranks higher.
          if (insteadOfDetention(before) === insteadOfDetention(after)) {
            assert.ok((ranked[i - 1]?.needsMet.length ?? 0) >= (ranked[i]?.needsMet.length ?? 0));
          }
        }
        for (const r of ranked) {
          assert.ok(r.needsMet.length > 0 || insteadOfDetention(r.serviceId));
          assert.ok(r.reasons.length > 0);
          assert.ok(r.needsMet.every((n) => y.needs.includes(n)));
        }
      }),
      RUNS,
    );
  });
  test('without a detention decision, marking services as alternatives changes nothing', () => {
    fc.assert(
      fc.property(arbYouth, fc.array(arbService, { maxLength: 12 }), (y, services) => {
        const notFacing = { ...y, facingDetention: false };
        const unmarked = services.map((s) => ({ ...s, alternativeToDetention: false }));
        assert.deepEqual(matchServices(notFacing, services), matchServices(notFacing, unmarked));
      }),
      RUNS,
    );
  });
});

// Nobody creates the basis of their own access to data another organization holds
// (docs/CONFIDENTIALITY.md). Two ways: an exhaustive table of who may create which basis for
// whom, with the answer for every recorder role and organization type x basis kind x recipient x
// holder written here, not read from the module; and fast-check properties that no sequence of
// acts by one organization's members, or two organizations' together without the court, opens a
// third holder's data without that holder's own act.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import type { AgreementTerms, StandingAcceptance } from '../../src/domain/agreements.js';
import {
  decideGrant,
  decideRead,
  decideReleaseAnswer,
  decideStandingAcceptance,
  type AccessTime,
  type CaseFacts,
  type ConsentGrant,
  type GrantKind,
  type LegalBasisGrant,
} from '../../src/domain/case-access.js';
import { DEFAULT_DUTIES, type LegalDuty } from '../../src/domain/legal-profile.js';
import { readsAsCoordinator, referralSide } from '../../src/domain/referrals.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type DataCategory,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const J = 'jurisdiction-1';
const NOW = new Date('2026-06-15T12:00:00Z');
const TIME: AccessTime = { now: NOW, today: '2026-06-15' };
const LATER: AccessTime = { now: new Date(NOW.getTime() + 60_000), today: TIME.today };

// --- the table ---

/** Which kinds each recorder (role at an organization type) may record, under the default profile. */
const MAY_RECORD: Record<string, readonly GrantKind[]> = {
  'advocate@advocacy': ['consent'],
  'advocate@child_advocacy_center': ['consent', 'mandated_report'],
  'advocate@community_provider': ['consent', 'mandated_report'],
  'child_welfare_worker@child_welfare': ['consent', 'statutory_duty', 'mandated_report'],
  'probation_officer@probation': ['mandated_report'],
  'juvenile_hall_intake@probation': [],
  'law_enforcement_officer@law_enforcement': ['statutory_duty', 'mandated_report'],
  'prosecutor@district_attorney': [],
  'victim_witness_staff@district_attorney': [],
  'court_clerk@juvenile_court': ['court_order'],
  'judge@juvenile_court': ['court_order'],
  'forensic_interviewer@child_advocacy_center': ['consent', 'mandated_report'],
  'medical_provider@medical': ['consent', 'mandated_report'],
  'mental_health_provider@mental_health': ['consent', 'mandated_report'],
  'provider_intake@community_provider': ['consent', 'mandated_report'],
  'coordinator@county_lead': [],
  'administrator@county_lead': [],
  'oversight_analyst@oversight': [],
};

type Recipient = 'self' | 'team_member' | 'outside_team' | 'other_jurisdiction';
type Holder = 'self' | 'another';
/**
 * What the recipient then reads of the holder's data, for a recorder allowed that kind:
 * refused (not recorded), own (the recipient is the holder), flows (at once), waits (until the
 * holder accepts), nothing (recorded, but it opens nothing of that holder's to that recipient).
 */
type Outcome = 'refused' | 'own' | 'flows' | 'waits' | 'nothing';

const OUTCOME: Record<GrantKind, Record<Recipient, Record<Holder, Outcome>>> = {
  consent: {
    self: { self: 'own', another: 'waits' },
    team_member: { self: 'flows', another: 'waits' },
    outside_team: { self: 'nothing', another: 'nothing' },
    other_jurisdiction: { self: 'refused', another: 'refused' },
  },
  statutory_duty: {
    self: { self: 'refused', another: 'refused' },
    team_member: { self: 'flows', another: 'nothing' },
    outside_team: { self: 'nothing', another: 'nothing' },
    other_jurisdiction: { self: 'refused', another: 'refused' },
  },
  mandated_report: {
    self: { self: 'refused', another: 'refused' },
    team_member: { self: 'flows', another: 'nothing' },
    outside_team: { self: 'nothing', another: 'nothing' },
    other_jurisdiction: { self: 'refused', another: 'refused' },
  },
  court_order: {
    self: { self: 'refused', another: 'refused' },
    team_member: { self: 'flows', another: 'flows' },
    outside_team: { self: 'nothing', another: 'nothing' },
    other_jurisdiction: { self: 'refused', another: 'refused' },
  },
};

const KINDS: readonly GrantKind[] = ['consent', 'statutory_duty', 'mandated_report', 'court_order'];
const RECIPIENTS: readonly Recipient[] = [
  'self',
  'team_member',
  'outside_team',
  'other_jurisdiction',
];
const HOLDERS: readonly Holder[] = ['self', 'another'];

const recorders = ORGANIZATION_TYPES.flatMap((type) =>
  ROLES_BY_ORGANIZATION_TYPE[type].map((role) => ({ role, type })),
);

/** Everyone in one county has agreed to share everything: only the basis decides. */
const everything = (ids: readonly string[]): AgreementTerms => ({
  startsOn: '2026-01-01',
  endsOn: null,
  categories: [...DATA_CATEGORIES],
  organizationIds: ids,
});

/** Plays one recorded act and answers what the recipient then reads of the holder's identity. */
function play(role: Role, type: OrganizationType, kind: GrantKind, r: Recipient, h: Holder) {
  const recorder: Actor = {
    userId: 'user-recorder',
    organizationId: 'org-recorder',
    organizationType: type,
    jurisdictionId: J,
    roles: [role],
  };
  const recipientId =
    r === 'self' ? 'org-recorder' : r === 'team_member' ? 'org-teammate' : 'org-outside';
  const holderId = h === 'self' ? 'org-recorder' : 'org-holder';
  const team = ['org-recorder', 'org-teammate', 'org-holder'].map((organizationId) => ({
    organizationId,
    userId: null,
  }));
  const base: CaseFacts = {
    jurisdictionId: J,
    seal: null,
    team,
    consents: [],
    legalBases: [],
    agreements: [everything(['org-recorder', 'org-teammate', 'org-holder', 'org-outside'])],
    breakGlass: [],
  };
  const recipient = {
    organizationId: recipientId,
    jurisdictionId: r === 'other_jurisdiction' ? 'jurisdiction-2' : J,
  };
  const categories: DataCategory[] = ['identity'];
  if (
    !decideGrant(recorder, { kind, recipients: [recipient], categories }, base, DEFAULT_DUTIES)
      .allowed
  )
    return 'refused';
  if (recipientId === holderId) return 'own';
  const facts: CaseFacts =
    kind === 'consent'
      ? {
          ...base,
          consents: [consentBy('org-recorder', [recipientId], categories)],
        }
      : {
          ...base,
          legalBases: [basisBy(kind, 'org-recorder', [recipientId], categories)],
        };
  const reader: Actor = {
    userId: 'user-reader',
    organizationId: recipientId,
    organizationType: 'medical',
    jurisdictionId: J,
    roles: ['medical_provider'],
  };
  const item = { category: 'identity' as DataCategory, holderOrganizationId: holderId };
  if (decideRead(reader, item, facts, TIME).allowed) return 'flows';
  if (kind !== 'consent') return 'nothing';
  const accepted: CaseFacts = {
    ...facts,
    consents: facts.consents.map((c) => ({
      ...c,
      releases: [{ holderOrganizationId: holderId, accepted: true, decidedAt: NOW }],
    })),
  };
  return decideRead(reader, item, accepted, LATER).allowed ? 'waits' : 'nothing';
}

function consentBy(
  recorder: string,
  recipients: readonly string[],
  categories: readonly DataCategory[],
  id = 'consent-1',
): ConsentGrant {
  return {
    id,
    recordedByOrganizationId: recorder,
    releases: [],
    recipientOrganizationIds: recipients,
    categories,
    signedOn: '2026-06-01',
    expiresOn: '2026-12-31',
    revokedAt: null,
  };
}

function basisBy(
  kind: Exclude<GrantKind, 'consent'>,
  recorder: string,
  recipients: readonly string[],
  categories: readonly DataCategory[],
  id = 'basis-1',
): LegalBasisGrant {
  return {
    id,
    kind,
    recordedByOrganizationId: recorder,
    recipientOrganizationIds: recipients,
    categories,
    effectiveOn: '2026-06-01',
    expiresOn: kind === 'court_order' ? '2026-12-31' : null,
    endedAt: null,
  };
}

describe('who may create which basis for whom: every recorder x kind x recipient x holder', () => {
  test('the table covers every role at every organization type it exists at', () => {
    assert.deepEqual(
      recorders.map((r) => `${r.role}@${r.type}`).sort(),
      Object.keys(MAY_RECORD).sort(),
    );
  });
  for (const { role, type } of recorders) {
    test(`${role} at ${type}`, () => {
      const may = MAY_RECORD[`${role}@${type}`] ?? [];
      for (const kind of KINDS)
        for (const r of RECIPIENTS)
          for (const h of HOLDERS) {
            const expected = may.includes(kind) ? OUTCOME[kind][r][h] : 'refused';
            assert.equal(play(role, type, kind, r, h), expected, `${kind} → ${r}, holder ${h}`);
          }
    });
  }
});

describe('answering a release and accepting in advance are the holder’s own acts', () => {
  const team = [
    { organizationId: 'org-recorder', userId: null },
    { organizationId: 'org-holder', userId: null },
  ];
  const facts = { jurisdictionId: J, seal: null, team };
  const consent = consentBy('org-recorder', ['org-recorder'], ['medical']);
  const person = (organizationId: string, roles: Role[], jurisdictionId = J): Actor => ({
    userId: 'u',
    organizationId,
    organizationType: 'medical',
    jurisdictionId,
    roles,
  });
  test('only a holder on the team, not the recorder, answers; never administrators or oversight', () => {
    const answer = (a: Actor, f = facts) => decideReleaseAnswer(a, consent, f);
    assert.equal(answer(person('org-holder', ['medical_provider'])).allowed, true);
    assert.deepEqual(answer(person('org-recorder', ['medical_provider'])), {
      allowed: false,
      reason: 'not_the_holder',
    });
    assert.deepEqual(answer(person('org-outside', ['medical_provider'])), {
      allowed: false,
      reason: 'not_on_case_team',
    });
    assert.deepEqual(answer(person('org-holder', ['medical_provider'], 'jurisdiction-2')), {
      allowed: false,
      reason: 'other_jurisdiction',
    });
    for (const roles of [
      ['administrator'],
      ['oversight_analyst'],
      ['administrator', 'coordinator'],
    ])
      assert.deepEqual(answer(person('org-holder', roles as Role[])), {
        allowed: false,
        reason: 'role_without_youth_data',
      });
  });
  test('a standing acceptance is set by a party’s point person for itself; not by whoever manages the agreement', () => {
    const agreement = { jurisdictionId: J, organizationIds: ['org-holder', 'org-recorder'] };
    const decide = (a: Actor, pointPerson = true) =>
      decideStandingAcceptance(a, agreement, pointPerson);
    assert.equal(decide(person('org-holder', ['medical_provider'])).allowed, true);
    assert.deepEqual(decide(person('org-holder', ['medical_provider']), false), {
      allowed: false,
      reason: 'not_point_person',
    });
    assert.equal(decide(person('org-outside', ['medical_provider'])).allowed, false);
    assert.equal(decide(person('org-lead', ['coordinator'])).allowed, false);
    assert.equal(decide(person('org-holder', ['administrator'])).allowed, false);
    assert.equal(
      decide(person('org-holder', ['medical_provider'], 'jurisdiction-2')).allowed,
      false,
    );
  });
});

// --- properties: what colluding organizations can do without the holder ---

const A = 'org-a';
const B = 'org-b';
const C = 'org-c';
const COLLUDERS = [A, B] as const;
const EVERYONE = [A, B, C] as const;

/** Any organization type but the court's: two organizations working together without a court. */
const nonCourtTypes = ORGANIZATION_TYPES.filter((t) => t !== 'juvenile_court');

const arbColluder = fc
  .record({
    organizationId: fc.constantFrom(...COLLUDERS),
    organizationType: fc.constantFrom(...nonCourtTypes),
  })
  .chain(({ organizationId, organizationType }) =>
    fc
      .subarray([...ROLES_BY_ORGANIZATION_TYPE[organizationType]], { minLength: 1 })
      .map((roles): Actor => ({
        userId: `${organizationId}-user`,
        organizationId,
        organizationType,
        jurisdictionId: J,
        roles,
      })),
  );

const arbCategories = fc.subarray([...DATA_CATEGORIES], { minLength: 1 });
const arbOrgs = fc.subarray([...EVERYONE], { minLength: 1 });

/** Whatever the coordinator writes into the profile: duties of any scope, for anyone. */
const arbDuties: fc.Arbitrary<LegalDuty[]> = fc.array(
  fc.record({
    code: fc.constantFrom('d1', 'd2', 'd3'),
    kind: fc.constantFrom('statutory_duty' as const, 'mandated_report' as const),
    name: fc.constant('duty'),
    citation: fc.constant('law'),
    recorderOrganizationTypes: fc.subarray([...ORGANIZATION_TYPES], { minLength: 1 }),
    categories: arbCategories,
  }),
  { maxLength: 3 },
);

type Act =
  | { kind: 'consent'; recipients: string[]; categories: DataCategory[] }
  | {
      kind: 'statutory_duty' | 'mandated_report' | 'court_order';
      recipients: string[];
      categories: DataCategory[];
    }
  | { kind: 'accept'; consentIndex: number }
  | { kind: 'standing'; recipients: string[]; categories: DataCategory[] };

const arbAct: fc.Arbitrary<{ by: Actor; act: Act }> = fc.record({
  by: arbColluder,
  act: fc.oneof(
    fc.record({
      kind: fc.constant('consent' as const),
      recipients: arbOrgs,
      categories: arbCategories,
    }),
    fc.record({
      kind: fc.constantFrom(
        'statutory_duty' as const,
        'mandated_report' as const,
        'court_order' as const,
      ),
      recipients: arbOrgs,
      categories: arbCategories,
    }),
    fc.record({ kind: fc.constant('accept' as const), consentIndex: fc.nat({ max: 9 }) }),
    fc.record({
      kind: fc.constant('standing' as const),
      recipients: arbOrgs,
      categories: arbCategories,
    }),
  ),
});

/**
 * Plays a sequence of acts, each only if the module allows it, the way the services do, and
 * returns the facts it leaves. Every organization is on the team and everything is agreed.
 */
function playActs(acts: readonly { by: Actor; act: Act }[], duties: readonly LegalDuty[]) {
  const team = EVERYONE.map((organizationId) => ({ organizationId, userId: null }));
  let consents: ConsentGrant[] = [];
  const legalBases: LegalBasisGrant[] = [];
  const standing: StandingAcceptance[] = [];
  const agreement = everything([...EVERYONE]);
  let n = 0;
  for (const { by, act } of acts) {
    const facts = { jurisdictionId: J, seal: null, team };
    n += 1;
    if (act.kind === 'accept') {
      const target = consents[act.consentIndex % Math.max(consents.length, 1)];
      if (!target || !decideReleaseAnswer(by, target, facts).allowed) continue;
      consents = consents.map((c) =>
        c === target
          ? {
              ...c,
              releases: [
                ...c.releases.filter((r) => r.holderOrganizationId !== by.organizationId),
                { holderOrganizationId: by.organizationId, accepted: true, decidedAt: NOW },
              ],
            }
          : c,
      );
    } else if (act.kind === 'standing') {
      // Even a point person of A or B accepts only for its own organization's data.
      if (!decideStandingAcceptance(by, { jurisdictionId: J, ...agreement }, true).allowed)
        continue;
      standing.push({
        holderOrganizationId: by.organizationId,
        recipientOrganizationIds: act.recipients.filter((r) => r !== by.organizationId),
        categories: act.categories,
      });
    } else {
      const recipients = act.recipients.map((organizationId) => ({
        organizationId,
        jurisdictionId: J,
      }));
      const grant = { kind: act.kind, recipients, categories: act.categories };
      if (!decideGrant(by, grant, facts, duties).allowed) continue;
      if (act.kind === 'consent')
        consents.push(consentBy(by.organizationId, act.recipients, act.categories, `c${n}`));
      else
        legalBases.push(
          basisBy(act.kind, by.organizationId, act.recipients, act.categories, `b${n}`),
        );
    }
  }
  const facts: CaseFacts = {
    jurisdictionId: J,
    seal: null,
    team,
    consents,
    legalBases,
    agreements: [{ ...agreement, standingAcceptances: standing }],
    breakGlass: [],
  };
  return facts;
}

const readers = (org: string): Actor[] =>
  nonCourtTypes.flatMap((organizationType) =>
    ROLES_BY_ORGANIZATION_TYPE[organizationType].map((role) => ({
      userId: `${org}-reader`,
      organizationId: org,
      organizationType,
      jurisdictionId: J,
      roles: [role],
    })),
  );

describe('properties: no act of one or two organizations opens a third holder’s data', () => {
  test('whatever A and B record, accept or accept in advance, C’s data stays closed to them', () => {
    fc.assert(
      fc.property(fc.array(arbAct, { maxLength: 12 }), arbDuties, (acts, duties) => {
        const facts = playActs(acts, duties);
        for (const org of COLLUDERS)
          for (const reader of readers(org))
            for (const category of DATA_CATEGORIES) {
              const d = decideRead(reader, { category, holderOrganizationId: C }, facts, LATER);
              assert.equal(d.allowed, false, JSON.stringify({ reader, category, d }));
            }
      }),
      { numRuns: 1500 },
    );
  });
  test('once C accepts a release, exactly what it accepted flows, and only to those named', () => {
    fc.assert(
      fc.property(
        fc.array(arbAct, { maxLength: 8 }),
        arbOrgs,
        arbCategories,
        (acts, recipients, categories) => {
          const before = playActs(acts, DEFAULT_DUTIES);
          // A records a consent naming `recipients`; C accepts it.
          const advocate: Actor = {
            userId: 'a-advocate',
            organizationId: A,
            organizationType: 'advocacy',
            jurisdictionId: J,
            roles: ['advocate'],
          };
          assert.ok(
            decideGrant(
              advocate,
              {
                kind: 'consent',
                recipients: recipients.map((organizationId) => ({
                  organizationId,
                  jurisdictionId: J,
                })),
                categories,
              },
              before,
              DEFAULT_DUTIES,
            ).allowed,
          );
          const released: ConsentGrant = {
            ...consentBy(A, recipients, categories, 'released'),
            releases: [{ holderOrganizationId: C, accepted: true, decidedAt: NOW }],
          };
          const after: CaseFacts = { ...before, consents: [...before.consents, released] };
          for (const org of COLLUDERS)
            for (const category of DATA_CATEGORIES) {
              const reader = readers(org).find((r) => r.roles[0] === 'medical_provider') ?? {
                userId: 'r',
                organizationId: org,
                organizationType: 'medical' as const,
                jurisdictionId: J,
                roles: ['medical_provider' as const],
              };
              const allowed = decideRead(
                { ...reader, organizationId: org },
                { category, holderOrganizationId: C },
                after,
                LATER,
              ).allowed;
              assert.equal(
                allowed,
                recipients.includes(org) && categories.includes(category),
                `${org} ${category}`,
              );
            }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a referral’s sides are organizations’ case workers, never their administrators', () => {
  const referral = {
    senderOrganizationId: 'org-lead',
    receiverOrganizationId: 'org-shelter',
    jurisdictionId: J,
  };
  const at = (organizationId: string, roles: Role[], jurisdictionId = J): Actor => ({
    userId: 'u',
    organizationId,
    organizationType: 'county_lead',
    jurisdictionId,
    roles,
  });
  test('every role combination at the sender', () => {
    const table: [Role[], 'sender' | null, boolean][] = [
      [['coordinator'], 'sender', true],
      [['administrator'], null, false],
      [['administrator', 'coordinator'], null, false],
      [['oversight_analyst'], null, false],
    ];
    for (const [roles, side, reads] of table) {
      assert.equal(referralSide(at('org-lead', roles), referral), side, roles.join('+'));
      assert.equal(readsAsCoordinator(at('org-lead', roles), referral), reads, roles.join('+'));
    }
    assert.equal(readsAsCoordinator(at('org-lead', ['coordinator'], 'elsewhere'), referral), false);
    assert.equal(referralSide(at('org-shelter', ['provider_intake']), referral), 'receiver');
    assert.equal(referralSide(at('org-other', ['provider_intake']), referral), null);
  });
});

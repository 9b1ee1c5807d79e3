// The access module, tested three ways: named cases a person can read, an exhaustive walk of
// every combination of the facts that matter checked against the rule as
// docs/CONFIDENTIALITY.md states it, and fast-check properties over random cases.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import type { AgreementTerms } from '../../src/domain/agreements.js';
import {
  decideCaseAction,
  decideLegalBasisRecord,
  decideTeamRemoval,
  decidePrivilegedAuthor,
  decidePrivilegedRead,
  decideRead,
  CASE_ACTIONS,
  type AccessTime,
  type BreakGlassGrant,
  type CaseFacts,
  type ConsentGrant,
  type Disclosure,
  type LegalBasisGrant,
  type TeamMember,
} from '../../src/domain/case-access.js';
import { DEFAULT_DUTIES } from '../../src/domain/legal-profile.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES,
  ROLES_BY_ORGANIZATION_TYPE,
  type DataCategory,
  type Role,
} from '../../src/domain/vocabulary.js';

const J = 'jurisdiction-1';
const NOW = new Date('2026-06-15T12:00:00Z');
const TIME: AccessTime = { now: NOW, today: '2026-06-15' };
const HOUR = 3_600_000;

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'user-reader',
  organizationId: 'org-reader',
  organizationType: 'medical',
  jurisdictionId: J,
  roles: ['medical_provider'],
  ...overrides,
});

const mou = (overrides: Partial<AgreementTerms> = {}): AgreementTerms => ({
  startsOn: '2026-01-01',
  endsOn: null,
  categories: [...DATA_CATEGORIES],
  organizationIds: ['org-reader', 'org-holder'],
  ...overrides,
});

/** By default the holder recorded the consent, so its data flows at once. */
const consent = (overrides: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'consent-1',
  recordedByOrganizationId: 'org-holder',
  releases: [],
  recipientOrganizationIds: ['org-reader'],
  categories: ['medical'],
  signedOn: '2026-06-01',
  expiresOn: '2026-08-30',
  revokedAt: null,
  ...overrides,
});

const courtOrder = (overrides: Partial<LegalBasisGrant> = {}): LegalBasisGrant => ({
  id: 'order-1',
  kind: 'court_order',
  recordedByOrganizationId: 'org-court',
  recipientOrganizationIds: ['org-reader'],
  categories: ['medical'],
  effectiveOn: '2026-06-01',
  expiresOn: '2026-12-31',
  endedAt: null,
  ...overrides,
});

const glass = (overrides: Partial<BreakGlassGrant> = {}): BreakGlassGrant => ({
  id: 'glass-1',
  userId: 'user-reader',
  category: 'medical',
  openedAt: new Date(NOW.getTime() - 10 * 60_000),
  expiresAt: new Date(NOW.getTime() + 50 * 60_000),
  ...overrides,
});

const onTeam: TeamMember[] = [
  { organizationId: 'org-holder', userId: null },
  { organizationId: 'org-reader', userId: null },
];

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  jurisdictionId: J,
  seal: null,
  team: onTeam,
  consents: [consent()],
  legalBases: [],
  agreements: [mou()],
  breakGlass: [],
  ...overrides,
});

const item = { category: 'medical' as DataCategory, holderOrganizationId: 'org-holder' };
const read = (f: Partial<CaseFacts>, a: Partial<Actor> = {}, t: AccessTime = TIME) =>
  decideRead(actor(a), item, facts(f), t);

describe('decideRead: named cases', () => {
  test('a team member with consent and an agreement reads the consented category', () => {
    assert.deepEqual(read({}), { allowed: true, basis: 'consent', grantId: 'consent-1' });
  });
  test('the organization holding the data reads it without consent', () => {
    assert.deepEqual(read({ consents: [], team: [] }, { organizationId: 'org-holder' }), {
      allowed: true,
      basis: 'own_organization',
      grantId: null,
    });
  });
  test('another jurisdiction is refused even with every grant', () => {
    assert.deepEqual(read({ jurisdictionId: 'jurisdiction-2' }), {
      allowed: false,
      reason: 'other_jurisdiction',
    });
  });
  test('oversight, administrators and juvenile hall intake never read a record, even their own organization’s', () => {
    for (const role of ['oversight_analyst', 'administrator', 'juvenile_hall_intake'] as Role[]) {
      assert.deepEqual(read({}, { roles: [role], organizationId: 'org-holder' }), {
        allowed: false,
        reason: 'role_without_youth_data',
      });
    }
  });
  test('being on the team gives nothing by itself', () => {
    assert.deepEqual(read({ consents: [] }), {
      allowed: false,
      reason: 'no_consent_or_legal_basis',
    });
  });
  test('a consent without the team is not enough', () => {
    assert.deepEqual(read({ team: [{ organizationId: 'org-holder', userId: null }] }), {
      allowed: false,
      reason: 'not_on_case_team',
    });
  });
  test('a consent to another category opens nothing', () => {
    assert.equal(read({ consents: [consent({ categories: ['case_notes'] })] }).allowed, false);
  });
  test('a consent to another organization opens nothing', () => {
    assert.equal(
      read({ consents: [consent({ recipientOrganizationIds: ['org-other'] })] }).allowed,
      false,
    );
  });
  test('a consent is in force from the day signed through its last day', () => {
    const c = consent({ signedOn: '2026-06-15', expiresOn: '2026-06-15' });
    assert.equal(read({ consents: [c] }).allowed, true);
    assert.equal(read({ consents: [consent({ signedOn: '2026-06-16' })] }).allowed, false);
    assert.equal(read({ consents: [consent({ expiresOn: '2026-06-14' })] }).allowed, false);
  });
  test('revocation takes effect at once', () => {
    assert.equal(read({ consents: [consent({ revokedAt: NOW })] }).allowed, false);
    assert.equal(
      read({ consents: [consent({ revokedAt: new Date(NOW.getTime() - 1) })] }).allowed,
      false,
    );
  });
  test('without an agreement between the two organizations, consent is not enough', () => {
    assert.deepEqual(read({ agreements: [] }), { allowed: false, reason: 'no_agreement' });
    assert.deepEqual(read({ agreements: [mou({ categories: ['identity'] })] }), {
      allowed: false,
      reason: 'no_agreement',
    });
    assert.deepEqual(read({ agreements: [mou({ endsOn: '2026-06-14' })] }), {
      allowed: false,
      reason: 'no_agreement',
    });
  });
  test('a court order opens what it names, until it expires or ends', () => {
    assert.deepEqual(read({ consents: [], legalBases: [courtOrder()] }), {
      allowed: true,
      basis: 'court_order',
      grantId: 'order-1',
    });
    assert.equal(
      read({ consents: [], legalBases: [courtOrder({ expiresOn: '2026-06-14' })] }).allowed,
      false,
    );
    assert.equal(read({ consents: [], legalBases: [courtOrder({ endedAt: NOW })] }).allowed, false);
  });
  test('a statutory duty without an end date holds, for the recorder’s own data only', () => {
    const duty = courtOrder({
      kind: 'statutory_duty',
      expiresOn: null,
      id: 'duty',
      recordedByOrganizationId: 'org-holder',
    });
    assert.deepEqual(read({ consents: [], legalBases: [duty] }), {
      allowed: true,
      basis: 'statutory_duty',
      grantId: 'duty',
    });
    const byAnother = { ...duty, recordedByOrganizationId: 'org-police' };
    assert.deepEqual(read({ consents: [], legalBases: [byAnother] }), {
      allowed: false,
      reason: 'no_consent_or_legal_basis',
    });
  });
  test('break-glass opens one category to one person for its hour, without consent', () => {
    const f = { consents: [], agreements: [], breakGlass: [glass()] };
    assert.deepEqual(read(f), { allowed: true, basis: 'break_glass', grantId: 'glass-1' });
    assert.equal(read(f, { userId: 'user-colleague' }).allowed, false);
    assert.equal(
      decideRead(actor(), { ...item, category: 'mental_health' }, facts(f), TIME).allowed,
      false,
    );
    const later = { now: new Date(NOW.getTime() + HOUR), today: TIME.today };
    assert.equal(read(f, {}, later).allowed, false);
  });
  test('break-glass needs the team', () => {
    assert.deepEqual(
      read({
        consents: [],
        breakGlass: [glass()],
        team: [{ organizationId: 'org-holder', userId: null }],
      }),
      { allowed: false, reason: 'not_on_case_team' },
    );
  });
});

// --- the exhaustive walk ---

type ConsentState =
  | 'none'
  | 'by_holder'
  | 'accepted'
  | 'accepted_later'
  | 'pending'
  | 'declined'
  | 'other_category'
  | 'other_org'
  | 'revoked'
  | 'expired'
  | 'future';
type LegalState =
  | 'none'
  | 'court_order'
  | 'duty_by_holder'
  | 'duty_by_other'
  | 'report_by_other'
  | 'other_category'
  | 'other_org'
  | 'ended'
  | 'expired'
  | 'future';
type GlassState = 'none' | 'open' | 'closed' | 'other_user' | 'other_category';
type MouState = 'covers' | 'standing' | 'standing_elsewhere' | 'none' | 'other_category' | 'ended';
type RoleState = 'medical_provider' | 'oversight_analyst' | 'administrator' | 'admin_and_medical';

const byOther = { recordedByOrganizationId: 'org-recorder' };
const answer = (accepted: boolean, at = NOW.getTime() - HOUR) => [
  { holderOrganizationId: 'org-holder', accepted, decidedAt: new Date(at) },
];
const consentFor: Record<ConsentState, ConsentGrant[]> = {
  none: [],
  by_holder: [consent()],
  accepted: [consent({ ...byOther, releases: answer(true) })],
  accepted_later: [consent({ ...byOther, releases: answer(true, NOW.getTime() + HOUR) })],
  pending: [consent(byOther)],
  declined: [consent({ ...byOther, releases: answer(false) })],
  other_category: [consent({ categories: ['identity', 'case_notes'] })],
  other_org: [consent({ recipientOrganizationIds: ['org-holder', 'org-other'] })],
  revoked: [consent({ revokedAt: new Date(NOW.getTime() - HOUR) })],
  expired: [consent({ expiresOn: '2026-06-14' })],
  future: [consent({ signedOn: '2026-06-16' })],
};
const duty = (overrides: Partial<LegalBasisGrant>) =>
  courtOrder({ kind: 'statutory_duty', expiresOn: null, ...overrides });
const legalFor: Record<LegalState, LegalBasisGrant[]> = {
  none: [],
  court_order: [courtOrder()],
  duty_by_holder: [duty({ recordedByOrganizationId: 'org-holder' })],
  duty_by_other: [duty({ recordedByOrganizationId: 'org-recorder' })],
  report_by_other: [duty({ kind: 'mandated_report', recordedByOrganizationId: 'org-reader' })],
  other_category: [courtOrder({ categories: ['legal'] })],
  other_org: [courtOrder({ recipientOrganizationIds: ['org-other'] })],
  ended: [courtOrder({ endedAt: new Date(NOW.getTime() - HOUR) })],
  expired: [courtOrder({ expiresOn: '2026-06-01' })],
  future: [courtOrder({ effectiveOn: '2026-07-01' })],
};
const glassFor: Record<GlassState, BreakGlassGrant[]> = {
  none: [],
  open: [glass()],
  closed: [
    glass({
      openedAt: new Date(NOW.getTime() - 2 * HOUR),
      expiresAt: new Date(NOW.getTime() - HOUR),
    }),
  ],
  other_user: [glass({ userId: 'user-colleague' })],
  other_category: [glass({ category: 'placement' })],
};
const standing = (categories: DataCategory[]) => ({
  standingAcceptances: [
    { holderOrganizationId: 'org-holder', recipientOrganizationIds: ['org-reader'], categories },
  ],
});
const mouFor: Record<MouState, AgreementTerms[]> = {
  covers: [mou()],
  standing: [mou(standing(['medical']))],
  standing_elsewhere: [mou(standing(['placement']))],
  none: [],
  other_category: [mou({ categories: ['identity', 'referrals'] })],
  ended: [mou({ endsOn: '2026-05-31' })],
};
const rolesFor: Record<RoleState, Role[]> = {
  medical_provider: ['medical_provider'],
  oversight_analyst: ['oversight_analyst'],
  administrator: ['administrator'],
  admin_and_medical: ['medical_provider', 'administrator'],
};
const keys = <K extends string>(o: Record<K, unknown>) => Object.keys(o) as K[];

describe('decideRead: every combination against the rule as written', () => {
  test('allowed iff same jurisdiction, a youth-data role and no administrator or oversight role, and (holder, or on team and (own open break-glass, or a grant the holder or the court gave and an agreement))', () => {
    let cases = 0;
    for (const sameJurisdiction of [true, false])
      for (const roleState of keys(rolesFor))
        for (const isHolder of [true, false])
          for (const teamState of ['on', 'off'] as const)
            for (const consentState of keys(consentFor))
              for (const legalState of keys(legalFor))
                for (const glassState of keys(glassFor))
                  for (const mouState of keys(mouFor)) {
                    cases += 1;
                    const decision = decideRead(
                      actor({
                        roles: rolesFor[roleState],
                        organizationId: isHolder ? 'org-holder' : 'org-reader',
                      }),
                      item,
                      {
                        jurisdictionId: sameJurisdiction ? J : 'elsewhere',
                        seal: null,
                        team:
                          teamState === 'on'
                            ? onTeam
                            : [{ organizationId: 'org-holder', userId: null }],
                        consents: consentFor[consentState],
                        legalBases: legalFor[legalState],
                        breakGlass: glassFor[glassState],
                        agreements: mouFor[mouState],
                      },
                      TIME,
                    );
                    const roleSees = roleState === 'medical_provider';
                    // The holder let its data go: it recorded the consent, accepted it, or
                    // accepts such releases in advance on the agreement.
                    const consentReleased =
                      consentState === 'by_holder' ||
                      consentState === 'accepted' ||
                      (consentState === 'pending' && mouState === 'standing');
                    // Only the court releases another holder's data; a duty the recorder's own.
                    const legalReleases =
                      legalState === 'court_order' || legalState === 'duty_by_holder';
                    const agreement = ['covers', 'standing', 'standing_elsewhere'].includes(
                      mouState,
                    );
                    const expected =
                      sameJurisdiction &&
                      roleSees &&
                      (isHolder ||
                        (teamState === 'on' &&
                          (glassState === 'open' ||
                            ((consentReleased || legalReleases) && agreement))));
                    assert.equal(
                      decision.allowed,
                      expected,
                      JSON.stringify({
                        sameJurisdiction,
                        roleState,
                        isHolder,
                        teamState,
                        consentState,
                        legalState,
                        glassState,
                        mouState,
                      }),
                    );
                  }
    assert.equal(cases, 2 * 4 * 2 * 2 * 11 * 10 * 5 * 6);
  });
  test('a consent the holder has not released says so', () => {
    for (const state of ['pending', 'declined', 'accepted_later'] as const) {
      assert.deepEqual(read({ consents: consentFor[state] }), {
        allowed: false,
        reason: 'release_not_accepted',
      });
    }
  });
});

// --- properties over random cases ---

const ORGS = ['org-a', 'org-b', 'org-c', 'org-d'];
const USERS = ['user-1', 'user-2', 'user-3'];
const day = fc
  .integer({ min: 0, max: 120 })
  .map((d) => new Date(Date.UTC(2026, 3, 1) + d * 86_400_000).toISOString().slice(0, 10));
const instant = fc
  .integer({ min: 0, max: 120 * 24 })
  .map((h) => new Date(Date.UTC(2026, 3, 1) + h * HOUR));
const category = fc.constantFrom(...DATA_CATEGORIES);
const orgSet = fc.subarray(ORGS);

const arbActor = fc
  .record({
    userId: fc.constantFrom(...USERS),
    organizationId: fc.constantFrom(...ORGS),
    organizationType: fc.constantFrom(...ORGANIZATION_TYPES),
    jurisdictionId: fc.constantFrom(J, 'elsewhere'),
  })
  .chain((a) =>
    fc
      .subarray([...ROLES_BY_ORGANIZATION_TYPE[a.organizationType]], {
        minLength: 1,
      })
      .map((roles): Actor => ({ ...a, roles })),
  );

const arbFacts: fc.Arbitrary<CaseFacts> = fc.record({
  jurisdictionId: fc.constantFrom(J, J, 'elsewhere'),
  seal: fc.constant(null),
  team: fc.array(
    fc.record({
      organizationId: fc.constantFrom(...ORGS),
      userId: fc.option(fc.constantFrom(...USERS), { nil: null }),
    }),
    { maxLength: 5 },
  ),
  consents: fc.array(
    fc.record({
      id: fc.uuid(),
      recordedByOrganizationId: fc.constantFrom(...ORGS),
      releases: fc.uniqueArray(
        fc.record({
          holderOrganizationId: fc.constantFrom(...ORGS),
          accepted: fc.boolean(),
          decidedAt: instant,
        }),
        { selector: (r) => r.holderOrganizationId, maxLength: 3 },
      ),
      recipientOrganizationIds: orgSet,
      categories: fc.subarray([...DATA_CATEGORIES]),
      signedOn: day,
      expiresOn: day,
      revokedAt: fc.option(instant, { nil: null }),
    }),
    { maxLength: 3 },
  ),
  legalBases: fc.array(
    fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom(
        'court_order' as const,
        'mandated_report' as const,
        'statutory_duty' as const,
      ),
      recordedByOrganizationId: fc.constantFrom(...ORGS),
      recipientOrganizationIds: orgSet,
      categories: fc.subarray([...DATA_CATEGORIES]),
      effectiveOn: day,
      expiresOn: fc.option(day, { nil: null }),
      endedAt: fc.option(instant, { nil: null }),
    }),
    { maxLength: 2 },
  ),
  agreements: fc.array(
    fc.record({
      startsOn: day,
      endsOn: fc.option(day, { nil: null }),
      categories: fc.subarray([...DATA_CATEGORIES]),
      organizationIds: orgSet,
      standingAcceptances: fc.array(
        fc.record({
          holderOrganizationId: fc.constantFrom(...ORGS),
          recipientOrganizationIds: orgSet,
          categories: fc.subarray([...DATA_CATEGORIES]),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  breakGlass: fc.array(
    fc
      .record({ id: fc.uuid(), userId: fc.constantFrom(...USERS), category, openedAt: instant })
      .map((g) => ({ ...g, expiresAt: new Date(g.openedAt.getTime() + HOUR) })),
    { maxLength: 2 },
  ),
});
const arbTime = instant.map((now): AccessTime => ({ now, today: now.toISOString().slice(0, 10) }));
const arbItem = fc.record({ category, holderOrganizationId: fc.constantFrom(...ORGS) });
const RUNS = { numRuns: 3000 };

describe('decideRead: properties', () => {
  test('another jurisdiction’s youth is never readable', () => {
    fc.assert(
      fc.property(arbActor, arbItem, arbFacts, arbTime, (a, i, f, t) => {
        if (a.jurisdictionId === f.jurisdictionId) return;
        assert.deepEqual(decideRead(a, i, f, t), { allowed: false, reason: 'other_jurisdiction' });
      }),
      RUNS,
    );
  });
  test('oversight analysts and administrators never read a youth’s data', () => {
    fc.assert(
      fc.property(arbActor, arbItem, arbFacts, arbTime, (a, i, f, t) => {
        const restricted = { ...a, roles: ['oversight_analyst', 'administrator'] as Role[] };
        assert.equal(decideRead(restricted, i, f, t).allowed, false);
      }),
      RUNS,
    );
  });
  test('every allow names a basis that really holds at that moment', () => {
    fc.assert(
      fc.property(arbActor, arbItem, arbFacts, arbTime, (a, i, f, t) => {
        const d = decideRead(a, i, f, t);
        if (!d.allowed) return;
        if (d.basis === 'own_organization') {
          assert.equal(a.organizationId, i.holderOrganizationId);
          return;
        }
        assert.ok(f.team.some((m) => m.organizationId === a.organizationId));
        if (d.basis === 'break_glass') {
          const g = f.breakGlass.find((x) => x.id === d.grantId);
          assert.ok(g && g.userId === a.userId && g.category === i.category);
          assert.ok(g.openedAt <= t.now && t.now < g.expiresAt);
          return;
        }
        const grant =
          d.basis === 'consent'
            ? f.consents.find((c) => c.id === d.grantId)
            : f.legalBases.find((b) => b.id === d.grantId);
        assert.ok(grant, 'the grant exists');
        assert.ok(grant.recipientOrganizationIds.includes(a.organizationId));
        assert.ok(grant.categories.includes(i.category));
        if ('kind' in grant) {
          assert.ok(
            grant.kind === 'court_order' ||
              grant.recordedByOrganizationId === i.holderOrganizationId,
            'only the court releases another holder’s data',
          );
        } else if (grant.recordedByOrganizationId !== i.holderOrganizationId) {
          const answered = grant.releases.find(
            (r) => r.holderOrganizationId === i.holderOrganizationId,
          );
          const standingOk = f.agreements.some((m) =>
            (m.standingAcceptances ?? []).some(
              (x) =>
                x.holderOrganizationId === i.holderOrganizationId &&
                x.recipientOrganizationIds.includes(a.organizationId) &&
                x.categories.includes(i.category),
            ),
          );
          assert.ok(
            answered ? answered.accepted && answered.decidedAt <= t.now : standingOk,
            'another holder’s data flows only by its own act',
          );
        }
      }),
      RUNS,
    );
  });
  test('adding a consent never takes access away; revoking one never gives access', () => {
    fc.assert(
      fc.property(arbActor, arbItem, arbFacts, arbTime, (a, i, f, t) => {
        const before = decideRead(a, i, f, t).allowed;
        const extra = consent({
          id: 'extra',
          recordedByOrganizationId: i.holderOrganizationId,
          recipientOrganizationIds: [a.organizationId],
          categories: [i.category],
          signedOn: '2026-04-01',
          expiresOn: '2026-12-31',
        });
        const added = decideRead(a, i, { ...f, consents: [...f.consents, extra] }, t).allowed;
        assert.ok(!before || added);
        const revoked = {
          ...f,
          consents: f.consents.map((c) => ({ ...c, revokedAt: new Date(t.now.getTime() - 1) })),
        };
        assert.ok(!decideRead(a, i, revoked, t).allowed || before);
      }),
      RUNS,
    );
  });
  test('off the team, only the holder of the data reads it', () => {
    fc.assert(
      fc.property(arbActor, arbItem, arbFacts, arbTime, (a, i, f, t) => {
        const off = { ...f, team: f.team.filter((m) => m.organizationId !== a.organizationId) };
        const d = decideRead(a, i, off, t);
        if (d.allowed) assert.equal(d.basis, 'own_organization');
      }),
      RUNS,
    );
  });
});

// --- privileged communications ---

const note = { id: 'note-1', authorOrganizationId: 'org-advocacy', writtenOn: '2026-06-10' };
const caseworker = actor({
  userId: 'user-caseworker',
  organizationId: 'org-advocacy',
  organizationType: 'advocacy',
  roles: ['advocate'],
});
const privilegedTeam: TeamMember[] = [
  { organizationId: 'org-advocacy', userId: null },
  { organizationId: 'org-advocacy', userId: 'user-caseworker' },
  { organizationId: 'org-reader', userId: null },
];
const waiver = (overrides: Partial<Disclosure> = {}): Disclosure => ({
  id: 'waiver-1',
  kind: 'waiver',
  authorOrganizationId: 'org-advocacy',
  recipientOrganizationIds: ['org-reader'],
  noteIds: null,
  periodFrom: '2026-06-01',
  periodTo: '2026-06-30',
  expiresOn: '2026-07-31',
  revokedAt: null,
  ...overrides,
});
const privileged = (
  a: Actor,
  f: { team?: TeamMember[]; disclosures?: Disclosure[] } = {},
  qualified = true,
  t = TIME,
) =>
  decidePrivilegedRead(
    a,
    note,
    {
      jurisdictionId: J,
      seal: null,
      team: f.team ?? privilegedTeam,
      disclosures: f.disclosures ?? [],
    },
    qualified,
    t,
  );

describe('decidePrivilegedRead', () => {
  test('a qualified caseworker of the authoring organization, on the team, reads it', () => {
    assert.deepEqual(privileged(caseworker), {
      allowed: true,
      basis: 'own_organization',
      grantId: null,
    });
  });
  test('not if unqualified, and not if not personally on the team', () => {
    assert.deepEqual(privileged(caseworker, {}, false), {
      allowed: false,
      reason: 'not_qualified_caseworker',
    });
    assert.deepEqual(
      privileged(caseworker, { team: [{ organizationId: 'org-advocacy', userId: null }] }),
      {
        allowed: false,
        reason: 'not_on_case_team',
      },
    );
  });
  test('a colleague at the authoring organization who is not a caseworker type is refused', () => {
    const clerk = {
      ...caseworker,
      organizationType: 'county_lead' as const,
      roles: ['coordinator'] as Role[],
    };
    assert.equal(privileged(clerk).allowed, false);
  });
  test('other organizations only through a waiver or court order in force that covers the note', () => {
    assert.deepEqual(privileged(actor()), { allowed: false, reason: 'privileged' });
    assert.deepEqual(privileged(actor(), { disclosures: [waiver()] }), {
      allowed: true,
      basis: 'privilege_waiver',
      grantId: 'waiver-1',
    });
    const order = waiver({
      kind: 'court_order',
      id: 'order',
      noteIds: ['note-1'],
      periodFrom: null,
      periodTo: null,
    });
    assert.deepEqual(privileged(actor(), { disclosures: [order] }), {
      allowed: true,
      basis: 'court_order',
      grantId: 'order',
    });
    for (const d of [
      waiver({ noteIds: ['note-2'] }),
      waiver({ periodFrom: '2026-06-11' }),
      waiver({ expiresOn: '2026-06-14' }),
      waiver({ revokedAt: NOW }),
      waiver({ recipientOrganizationIds: ['org-other'] }),
      // Another holder's waiver of the same period, or naming this note: not this holder's act.
      waiver({ authorOrganizationId: 'org-clinic' }),
      waiver({ authorOrganizationId: 'org-clinic', noteIds: ['note-1'] }),
      waiver({ authorOrganizationId: 'org-clinic', kind: 'court_order' }),
    ]) {
      assert.equal(privileged(actor(), { disclosures: [d] }).allowed, false, JSON.stringify(d));
    }
  });
  test('property: without a disclosure, nobody outside the authoring organization ever reads one', () => {
    fc.assert(
      fc.property(arbActor, fc.boolean(), arbFacts, arbTime, (a, qualified, f, t) => {
        const d = decidePrivilegedRead(
          a,
          { ...note, authorOrganizationId: 'org-a' },
          { jurisdictionId: f.jurisdictionId, seal: null, team: f.team, disclosures: [] },
          qualified,
          t,
        );
        if (!d.allowed) return;
        assert.equal(a.organizationId, 'org-a');
        assert.ok(qualified);
        assert.ok(['advocacy', 'community_provider'].includes(a.organizationType));
        assert.ok(f.team.some((m) => m.userId === a.userId && m.organizationId === 'org-a'));
      }),
      RUNS,
    );
  });
});

describe('decidePrivilegedAuthor', () => {
  test('only qualified staff of advocacy or community providers on the team write them', () => {
    for (const type of ORGANIZATION_TYPES) {
      const a = actor({
        organizationId: 'org-advocacy',
        organizationType: type,
        roles: [ROLES_BY_ORGANIZATION_TYPE[type][0] as Role],
      });
      for (const qualified of [true, false]) {
        const d = decidePrivilegedAuthor(
          a,
          { jurisdictionId: J, seal: null, team: privilegedTeam },
          qualified,
        );
        const expected = qualified && (type === 'advocacy' || type === 'community_provider');
        assert.equal(d.allowed, expected, `${type} qualified=${String(qualified)}`);
      }
    }
  });
});

describe('decideCaseAction', () => {
  test('every action needs the team (the coordinator may view and manage it); consent is recorded by those who serve the youth', () => {
    for (const action of CASE_ACTIONS)
      for (const role of ROLES)
        for (const on of [true, false]) {
          const type = ORGANIZATION_TYPES.find((t) => ROLES_BY_ORGANIZATION_TYPE[t].includes(role));
          if (!type) throw new Error(role);
          const a = actor({ organizationType: type, roles: [role] });
          const d = decideCaseAction(a, action, {
            jurisdictionId: J,
            seal: null,
            team: on ? onTeam : [{ organizationId: 'org-holder', userId: null }],
          });
          // Juvenile hall intake's only window is the custody notices.
          const seesData =
            role !== 'oversight_analyst' &&
            role !== 'administrator' &&
            role !== 'juvenile_hall_intake';
          const coordinatorException =
            role === 'coordinator' && (action === 'team.manage' || action === 'case.view');
          const recordsConsent = [
            'advocate',
            'child_welfare_worker',
            'medical_provider',
            'mental_health_provider',
            'forensic_interviewer',
            'provider_intake',
          ].includes(role);
          // The default profile leaves the prosecution and the court out of break-glass.
          const opensGlass = ![
            'prosecutor',
            'victim_witness_staff',
            'court_clerk',
            'judge',
          ].includes(role);
          assert.equal(
            d.allowed,
            seesData &&
              (on || coordinatorException) &&
              (action !== 'consent.record' || recordsConsent) &&
              (action !== 'breakGlass.open' || opensGlass),
            `${action} ${role} ${String(on)}`,
          );
          const elsewhere = decideCaseAction(a, action, {
            jurisdictionId: 'elsewhere',
            seal: null,
            team: onTeam,
          });
          assert.equal(elsewhere.allowed, false);
        }
  });
});

describe('decideLegalBasisRecord', () => {
  const team = { jurisdictionId: J, seal: null, team: onTeam };
  test('a duty must be one the profile lists for the recorder, covering what it discloses', () => {
    const police = actor({
      organizationType: 'law_enforcement',
      roles: ['law_enforcement_officer'],
    });
    const basis = (categories: DataCategory[], dutyCode?: string) => ({
      kind: 'statutory_duty' as const,
      recipientOrganizationIds: ['org-x'],
      categories,
      dutyCode,
    });
    const decide = (b: ReturnType<typeof basis>, a: Actor = police) =>
      decideLegalBasisRecord(a, b, team, DEFAULT_DUTIES).allowed;
    assert.equal(decide(basis(['identity', 'contact_location'])), true);
    assert.equal(decide(basis(['identity'], 'advocate_call')), true);
    assert.equal(decide(basis(['identity', 'medical'])), false);
    assert.equal(decide(basis(['identity'], 'foster_care_victim_report')), false);
    assert.equal(decide(basis(['identity'], 'no_such_duty')), false);
    assert.deepEqual(decideLegalBasisRecord(police, basis(['medical']), team, []), {
      allowed: false,
      reason: 'not_a_duty',
    });
    const prosecutor = actor({ organizationType: 'district_attorney', roles: ['prosecutor'] });
    assert.equal(decide(basis(['identity']), prosecutor), false);
  });
  test('off the team or in another county, nobody records one', () => {
    const clerk = actor({ organizationType: 'juvenile_court', roles: ['court_clerk'] });
    const basis = {
      kind: 'court_order' as const,
      recipientOrganizationIds: ['org-x'],
      categories: ['legal'] as DataCategory[],
    };
    assert.deepEqual(
      decideLegalBasisRecord(
        clerk,
        basis,
        { jurisdictionId: J, seal: null, team: [] },
        DEFAULT_DUTIES,
      ),
      { allowed: false, reason: 'not_on_case_team' },
    );
    assert.deepEqual(
      decideLegalBasisRecord(
        clerk,
        basis,
        { jurisdictionId: 'x', seal: null, team: onTeam },
        DEFAULT_DUTIES,
      ),
      { allowed: false, reason: 'other_jurisdiction' },
    );
  });
});

describe('decideTeamRemoval', () => {
  const team = { jurisdictionId: J, seal: null, team: onTeam };
  test('an organization removes itself; the creator and the coordinator remove anyone; others nobody', () => {
    const remove = (a: Actor, organizationId: string) =>
      decideTeamRemoval(a, { organizationId, createdByOrganizationId: 'org-holder' }, team).allowed;
    const reader = actor();
    assert.equal(remove(reader, 'org-reader'), true);
    assert.equal(remove(reader, 'org-advocacy'), false);
    assert.equal(remove(reader, 'org-holder'), false);
    const creator = actor({ organizationId: 'org-holder' });
    assert.equal(remove(creator, 'org-reader'), true);
    const coordinator = actor({
      organizationId: 'org-lead',
      organizationType: 'county_lead',
      roles: ['coordinator'],
    });
    assert.equal(remove(coordinator, 'org-reader'), true);
    const admin = actor({ organizationId: 'org-holder', roles: ['administrator'] });
    assert.equal(remove(admin, 'org-reader'), false);
    const elsewhere = decideTeamRemoval(
      creator,
      { organizationId: 'org-reader', createdByOrganizationId: 'org-holder' },
      { jurisdictionId: 'x', seal: null, team: onTeam },
    );
    assert.equal(elsewhere.allowed, false);
  });
});

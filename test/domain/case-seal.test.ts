// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"): every role at its
// organization type, of the case's county and another, on a sealed case and an unsealed one,
// against tables written here from the docs, not read from the module. fast-check: a seal never
// opens anything that was closed without it, and what it leaves open is the named court's alone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  CASE_ACTIONS,
  decideCaseAction,
  decidePrivilegedRead,
  decideRead,
  type CaseFacts,
} from '../../src/domain/case-access.js';
import {
  decideSealRecord,
  decideUnseal,
  sealHidesCase,
  type CaseSealFacts,
} from '../../src/domain/case-seal.js';
import { decideAlertPacketRead, decideCustodyNoticesRead } from '../../src/domain/missing-youth.js';
import { decideContactCheck } from '../../src/domain/verified-contacts.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const HOME = 'county-home';
const ELSEWHERE = 'county-elsewhere';
const COURT = 'org-juvenile_court-county-home';
const TODAY = '2025-03-10';

const orgId = (type: OrganizationType, county: string) => `org-${type}-${county}`;
const actorOf = (type: OrganizationType, role: Role, county = HOME): Actor => ({
  userId: `user-${type}-${role}-${county}`,
  organizationId: orgId(type, county),
  organizationType: type,
  jurisdictionId: county,
  roles: [role],
});

/** Every role at every type of organization that may hold it, in both counties. */
const EVERYONE = ORGANIZATION_TYPES.flatMap((type) =>
  ROLES_BY_ORGANIZATION_TYPE[type].flatMap((role) =>
    [HOME, ELSEWHERE].map((county) => ({ type, role, county })),
  ),
);

const sealBy = (rolesAllowed: CaseSealFacts['rolesAllowed']): CaseSealFacts => ({
  courtOrganizationId: COURT,
  rolesAllowed,
});

/** Who still sees a case sealed by this county's juvenile court naming these roles. */
const SEES_SEALED: Readonly<Record<string, readonly string[]>> = {
  'judge+court_clerk': ['juvenile_court/judge', 'juvenile_court/court_clerk'],
  judge: ['juvenile_court/judge'],
  court_clerk: ['juvenile_court/court_clerk'],
};

describe('whom a seal hides the case from', () => {
  test('an unsealed case is hidden from nobody', () => {
    for (const { type, role, county } of EVERYONE) {
      assert.equal(sealHidesCase(actorOf(type, role, county), null), false);
    }
  });

  for (const [named, seers] of Object.entries(SEES_SEALED)) {
    test(`a seal naming ${named}: only those roles of the ordering court see the case`, () => {
      const seal = sealBy(named.split('+') as CaseSealFacts['rolesAllowed']);
      for (const { type, role, county } of EVERYONE) {
        const sees = county === HOME && seers.includes(`${type}/${role}`);
        assert.equal(
          sealHidesCase(actorOf(type, role, county), seal),
          !sees,
          `${type}/${role} of ${county}`,
        );
      }
    });
  }

  test('another court of the same county, named roles and all, does not see it', () => {
    const otherCourt = { ...actorOf('juvenile_court', 'judge'), organizationId: 'org-court-2' };
    assert.equal(sealHidesCase(otherCourt, sealBy(['judge', 'court_clerk'])), true);
  });
});

describe('who records a seal and who lifts it', () => {
  const RECORDS = ['juvenile_court/judge', 'juvenile_court/court_clerk'];

  test('a judge or court clerk of the case’s county records; everyone else is refused', () => {
    for (const { type, role, county } of EVERYONE) {
      const decision = decideSealRecord(
        actorOf(type, role, county),
        { jurisdictionId: HOME, sealed: false },
        { orderDate: TODAY },
        TODAY,
      );
      const expected =
        county !== HOME
          ? { allowed: false, reason: 'other_jurisdiction' }
          : RECORDS.includes(`${type}/${role}`)
            ? { allowed: true }
            : { allowed: false, reason: 'not_court' };
      assert.deepEqual(decision, expected, `${type}/${role} of ${county}`);
    }
  });

  test('an order dated after today, or a case already sealed, is refused', () => {
    const judge = actorOf('juvenile_court', 'judge');
    const facts = { jurisdictionId: HOME, sealed: false };
    assert.deepEqual(decideSealRecord(judge, facts, { orderDate: '2025-03-11' }, TODAY), {
      allowed: false,
      reason: 'order_in_future',
    });
    assert.deepEqual(decideSealRecord(judge, facts, { orderDate: '2024-12-31' }, TODAY), {
      allowed: true,
    });
    assert.deepEqual(
      decideSealRecord(judge, { ...facts, sealed: true }, { orderDate: TODAY }, TODAY),
      { allowed: false, reason: 'already_sealed' },
    );
  });

  test('lifting: the named roles of the sealing court, by an order not before the seal’s', () => {
    const seal = { ...sealBy(['judge']), orderDate: '2025-02-01' };
    for (const { type, role, county } of EVERYONE) {
      const decision = decideUnseal(
        actorOf(type, role, county),
        { jurisdictionId: HOME, seal },
        { orderDate: TODAY },
        TODAY,
      );
      const expected =
        county !== HOME
          ? { allowed: false, reason: 'other_jurisdiction' }
          : type === 'juvenile_court' && role === 'judge'
            ? { allowed: true }
            : { allowed: false, reason: 'not_court' };
      assert.deepEqual(decision, expected, `${type}/${role} of ${county}`);
    }
    const judge = actorOf('juvenile_court', 'judge');
    const lift = (orderDate: string, s: typeof seal | null = seal) =>
      decideUnseal(judge, { jurisdictionId: HOME, seal: s }, { orderDate }, TODAY);
    assert.deepEqual(lift('2025-01-31'), { allowed: false, reason: 'order_before_seal' });
    assert.deepEqual(lift('2025-02-01'), { allowed: true });
    assert.deepEqual(lift('2025-03-11'), { allowed: false, reason: 'order_in_future' });
    assert.deepEqual(lift(TODAY, null), { allowed: false, reason: 'not_sealed' });
  });
});

describe('the access module asks the seal first', () => {
  const everyOrgOnTeam = ORGANIZATION_TYPES.map((type) => ({
    organizationId: orgId(type, HOME),
    userId: null,
  }));
  const facts = (seal: CaseSealFacts | null): CaseFacts => ({
    jurisdictionId: HOME,
    team: everyOrgOnTeam,
    consents: [],
    legalBases: [],
    agreements: [],
    breakGlass: [],
    seal,
  });
  const time = { now: new Date('2025-03-10T12:00:00Z'), today: TODAY };

  test('on a sealed case, everyone the order does not name is refused as if it did not exist', () => {
    const sealed = facts(sealBy(['judge', 'court_clerk']));
    for (const { type, role, county } of EVERYONE) {
      const actor = actorOf(type, role, county);
      const named = county === HOME && type === 'juvenile_court';
      const expectedReason = county !== HOME ? 'other_jurisdiction' : 'sealed';
      for (const action of CASE_ACTIONS) {
        const decision = decideCaseAction(actor, action, sealed);
        if (!named) assert.deepEqual(decision, { allowed: false, reason: expectedReason });
      }
      // Even the holder's own data: a sealed case is not the police's to read because they wrote it.
      for (const category of DATA_CATEGORIES) {
        const read = decideRead(
          actor,
          { category, holderOrganizationId: actor.organizationId },
          sealed,
          time,
        );
        if (named) assert.equal(read.allowed, true, `${type}/${role}`);
        else assert.deepEqual(read, { allowed: false, reason: expectedReason }, `${type}/${role}`);
      }
      if (!named) {
        const privileged = decidePrivilegedRead(
          actor,
          { id: 'n', authorOrganizationId: actor.organizationId, writtenOn: TODAY },
          { ...sealed, disclosures: [] },
          true,
          time,
        );
        assert.deepEqual(privileged, { allowed: false, reason: expectedReason });
      }
    }
  });

  test('the named court views the case it sealed even off the team; reads still need a basis', () => {
    const judge = actorOf('juvenile_court', 'judge');
    const offTeam = { ...facts(sealBy(['judge'])), team: [] };
    assert.equal(decideCaseAction(judge, 'case.view', offTeam).allowed, true);
    assert.equal(decideCaseAction(judge, 'note.write', offTeam).allowed, false);
    assert.deepEqual(
      decideRead(
        judge,
        { category: 'identity', holderOrganizationId: 'org-police' },
        offTeam,
        time,
      ),
      { allowed: false, reason: 'not_on_case_team' },
    );
    assert.equal(decideCaseAction(judge, 'case.view', { ...facts(null), team: [] }).allowed, false);
  });

  test('the missing-youth packet, custody notices and the name check do not know a sealed case', () => {
    const seal = sealBy(['judge']);
    const police = actorOf('law_enforcement', 'law_enforcement_officer');
    const packet = {
      jurisdictionId: HOME,
      seal: null,
      team: everyOrgOnTeam,
      episodeOpen: true,
      notifiedOrganizationIds: [],
    };
    assert.equal(decideAlertPacketRead(police, packet).allowed, true);
    assert.deepEqual(decideAlertPacketRead(police, { ...packet, seal }), {
      allowed: false,
      reason: 'sealed',
    });
    const intake = actorOf('probation', 'juvenile_hall_intake');
    assert.deepEqual(
      decideCustodyNoticesRead(intake, { jurisdictionId: HOME, inCustody: true, seal }),
      { allowed: false, reason: 'sealed' },
    );
    const clerk = actorOf('juvenile_court', 'court_clerk');
    const target = { jurisdictionId: HOME, team: everyOrgOnTeam, seal };
    assert.deepEqual(decideContactCheck(clerk, target), { kind: 'unknown_case' });
    assert.equal(decideContactCheck(clerk, { ...target, seal: null }).kind, 'answer');
  });

  test('a seal never opens what was closed without it, and leaves open only the named court', () => {
    const arbActor = fc
      .constantFrom(...EVERYONE)
      .map(({ type, role, county }) => actorOf(type, role, county));
    const arbSeal = fc
      .subarray(['judge', 'court_clerk'] as const, { minLength: 1 })
      .map((roles) => sealBy(roles));
    const arbTeam = fc.subarray(everyOrgOnTeam);
    const arbHolder = fc.constantFrom(...ORGANIZATION_TYPES).map((t) => orgId(t, HOME));
    fc.assert(
      fc.property(
        arbActor,
        arbSeal,
        arbTeam,
        arbHolder,
        fc.constantFrom(...DATA_CATEGORIES),
        fc.constantFrom(...CASE_ACTIONS),
        (actor, seal, team, holder, category, action) => {
          const open = { ...facts(null), team };
          const sealed = { ...open, seal };
          const item = { category, holderOrganizationId: holder };
          const readSealed = decideRead(actor, item, sealed, time).allowed;
          if (readSealed) assert.equal(decideRead(actor, item, open, time).allowed, true);
          const acts = decideCaseAction(actor, action, sealed).allowed;
          if (acts && action !== 'case.view') {
            assert.equal(decideCaseAction(actor, action, open).allowed, true);
          }
          if (readSealed || acts) {
            assert.equal(actor.organizationId, COURT);
            assert.ok(actor.roles.some((r) => (seal.rolesAllowed as readonly Role[]).includes(r)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Who administers what, and the second person: roles that never go together, what waits for an
// approver, and who approves. Named cases, exhaustive walks against the rule as
// docs/ARCHITECTURE.md states it (tables written here), and fast-check properties.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ADMINISTRATION_ACTIONS,
  authorizeAdministration,
  authorizeRoleCombination,
  authorizeRoles,
  decideApproval,
  eligibleApprovers,
  planAccountChange,
  planNewAccount,
  resetAwaitsApproval,
  type AccountState,
  type AdministrationAction,
  type ApprovalRequestFacts,
  type ApprovalStatus,
  type ApproverCandidate,
} from '../../src/domain/administration.js';
import type { Actor } from '../../src/domain/actor.js';
import {
  ORGANIZATION_TYPES,
  ROLES,
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesYouthData,
  type Role,
} from '../../src/domain/vocabulary.js';

const OWN = 'jurisdiction-a';
const OTHER = 'jurisdiction-b';

function actorWith(role: Role): Actor {
  const type = ORGANIZATION_TYPES.find((t) => ROLES_BY_ORGANIZATION_TYPE[t].includes(role));
  assert.ok(type, `role ${role} belongs to some organization type`);
  return {
    userId: 'u',
    organizationId: 'o',
    organizationType: type,
    jurisdictionId: OWN,
    roles: [role],
  };
}

// The whole table, written out: who may do what in their own jurisdiction.
const EXPECTED_OWN: Readonly<Record<AdministrationAction, readonly Role[] | 'everyone'>> = {
  'jurisdiction.read': 'everyone',
  'organization.read': 'everyone',
  'organization.manage': ['administrator'],
  'user.read': ['administrator'],
  'user.manage': ['administrator'],
  'pointPerson.read': 'everyone',
  'pointPerson.manage': ['administrator', 'coordinator'],
  'mou.read': 'everyone',
  'mou.manage': ['administrator', 'coordinator'],
  'legalProfile.read': 'everyone',
  'legalProfile.manage': ['administrator', 'coordinator'],
  'qualification.manage': ['administrator', 'coordinator'],
  'directory.manage': ['administrator', 'coordinator'],
  'protocol.read': 'everyone',
  'protocol.manage': ['coordinator'],
  'retention.manage': ['coordinator'],
  'approval.read': [
    'advocate',
    'child_welfare_worker',
    'probation_officer',
    'law_enforcement_officer',
    'prosecutor',
    'victim_witness_staff',
    'court_clerk',
    'judge',
    'forensic_interviewer',
    'medical_provider',
    'mental_health_provider',
    'provider_intake',
    'coordinator',
    'administrator',
  ],
};
const READABLE_ELSEWHERE: readonly AdministrationAction[] = [
  'jurisdiction.read',
  'organization.read',
  'pointPerson.read',
];

describe('authorizeAdministration: every action x every role x own/other jurisdiction', () => {
  for (const action of ADMINISTRATION_ACTIONS) {
    for (const role of ROLES) {
      const allowedRoles = EXPECTED_OWN[action];
      const ownAllowed = allowedRoles === 'everyone' || allowedRoles.includes(role);
      test(`${role} ${ownAllowed ? 'may' : 'may not'} ${action} at home`, () => {
        const decision = authorizeAdministration(actorWith(role), action, { jurisdictionId: OWN });
        assert.equal(decision.allowed, ownAllowed);
        if (!decision.allowed) assert.match(decision.reason, /needs one of the roles/);
      });
      const otherAllowed = ownAllowed && READABLE_ELSEWHERE.includes(action);
      test(`${role} ${otherAllowed ? 'may' : 'may not'} ${action} in another jurisdiction`, () => {
        const decision = authorizeAdministration(actorWith(role), action, {
          jurisdictionId: OTHER,
        });
        assert.equal(decision.allowed, otherAllowed);
      });
    }
  }

  test('a person holding several roles gets the union of what they allow', () => {
    const actor: Actor = { ...actorWith('coordinator'), roles: ['coordinator', 'administrator'] };
    assert.equal(
      authorizeAdministration(actor, 'user.manage', { jurisdictionId: OWN }).allowed,
      true,
    );
    assert.equal(
      authorizeAdministration(actor, 'mou.manage', { jurisdictionId: OWN }).allowed,
      true,
    );
  });

  test('an actor with no roles may only read the directory', () => {
    const actor: Actor = { ...actorWith('advocate'), roles: [] };
    for (const action of ADMINISTRATION_ACTIONS) {
      assert.equal(
        authorizeAdministration(actor, action, { jurisdictionId: OWN }).allowed,
        EXPECTED_OWN[action] === 'everyone',
        action,
      );
    }
  });
});

describe('authorizeRoles: roles must fit the organization type', () => {
  for (const type of ORGANIZATION_TYPES) {
    for (const role of ROLES) {
      const fits = ROLES_BY_ORGANIZATION_TYPE[type].includes(role);
      test(`${role} at ${type}: ${fits ? 'fits' : 'refused'}`, () => {
        const decision = authorizeRoles(type, [role]);
        assert.equal(decision.allowed, fits);
        if (!decision.allowed)
          assert.match(decision.reason, new RegExp(`${role} does not exist at a ${type}`));
      });
    }
  }
  test('no roles at all is refused', () => {
    assert.deepEqual(authorizeRoles('advocacy', []), {
      allowed: false,
      reason: 'a user needs at least one role',
    });
  });
  test('one misfit among fitting roles is refused', () => {
    assert.equal(authorizeRoles('county_lead', ['coordinator', 'advocate']).allowed, false);
  });
  test('every role exists at some organization type', () => {
    for (const role of ROLES) {
      assert.ok(
        ORGANIZATION_TYPES.some((t) => ROLES_BY_ORGANIZATION_TYPE[t].includes(role)),
        role,
      );
    }
  });
});

describe('roleSeesYouthData', () => {
  test('only oversight analysts, administrators and juvenile hall intake never see a youth record', () => {
    const without = ROLES.filter((r) => !roleSeesYouthData(r));
    assert.deepEqual(without.sort(), [
      'administrator',
      'juvenile_hall_intake',
      'oversight_analyst',
    ]);
  });
});

// Written out here, not read from the module: the roles a second person does not guard, because
// they see nothing of a named youth (juvenile hall intake sees custody notices, so it is guarded).
const WITHOUT_YOUTH_DATA: readonly Role[] = ['administrator', 'oversight_analyst'];
const sees = (role: Role) => !WITHOUT_YOUTH_DATA.includes(role);

describe('authorizeRoleCombination: an administrator holds no other role; oversight no youth-data role', () => {
  const named: readonly [readonly Role[], boolean][] = [
    [['administrator'], true],
    [['administrator', 'administrator'], true],
    [['administrator', 'coordinator'], false],
    [['coordinator', 'administrator'], false],
    [['administrator', 'oversight_analyst'], false],
    [['administrator', 'advocate'], false],
    [['oversight_analyst'], true],
    [['oversight_analyst', 'advocate'], false],
    [['coordinator'], true],
    [['prosecutor', 'victim_witness_staff'], true],
    [['forensic_interviewer', 'advocate'], true],
  ];
  for (const [roles, allowed] of named) {
    test(`${roles.join(' + ')}: ${allowed ? 'allowed' : 'refused'}`, () => {
      const decision = authorizeRoleCombination(roles);
      assert.equal(decision.allowed, allowed);
      if (!decision.allowed) assert.match(decision.reason, /administrator|oversight/);
    });
  }

  test('every pair of roles, whatever the organization', () => {
    for (const first of ROLES) {
      for (const second of ROLES) {
        const pair = new Set([first, second]);
        const adminWithOther = pair.has('administrator') && pair.size > 1;
        const oversightWithYouth = pair.has('oversight_analyst') && [...pair].some(sees);
        assert.equal(
          authorizeRoleCombination([first, second]).allowed,
          !adminWithOther && !oversightWithYouth,
          `${first} + ${second}`,
        );
      }
    }
  });

  test('property: any set of roles is allowed exactly when the two rules hold', () => {
    fc.assert(
      fc.property(fc.subarray([...ROLES]), (roles) => {
        const expected =
          !(roles.includes('administrator') && roles.length > 1) &&
          !(roles.includes('oversight_analyst') && roles.some(sees));
        return authorizeRoleCombination(roles).allowed === expected;
      }),
    );
  });
});

const account = (overrides: Partial<AccountState> = {}): AccountState => ({
  organizationId: 'org-a',
  roles: ['prosecutor'],
  active: true,
  pendingRoles: [],
  ...overrides,
});

describe('planAccountChange: what happens now and what waits for a second person', () => {
  const cases: readonly {
    name: string;
    current: AccountState;
    change: Parameters<typeof planAccountChange>[1];
    immediate: ReturnType<typeof planAccountChange>['immediate'];
    awaiting: readonly Role[] | null;
    enable: boolean;
    password: boolean;
  }[] = [
    {
      name: 'adding a youth-data role waits; the roles held stay',
      current: account(),
      change: { roles: ['prosecutor', 'victim_witness_staff'] },
      immediate: { roles: ['prosecutor'] },
      awaiting: ['prosecutor', 'victim_witness_staff'],
      enable: false,
      password: false,
    },
    {
      name: 'removing a role takes effect at once',
      current: account({ roles: ['prosecutor', 'victim_witness_staff'] }),
      change: { roles: ['prosecutor'] },
      immediate: { roles: ['prosecutor'] },
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 'swapping one youth-data role for another: the old goes now, the new waits',
      current: account(),
      change: { roles: ['victim_witness_staff'] },
      immediate: { roles: [] },
      awaiting: ['victim_witness_staff'],
      enable: false,
      password: false,
    },
    {
      name: 'the same roles in another order change nothing',
      current: account({ roles: ['prosecutor', 'victim_witness_staff'] }),
      change: { roles: ['victim_witness_staff', 'prosecutor'] },
      immediate: {},
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 'an administrator made coordinator: nothing of it stays, and sign-in starts over',
      current: account({ organizationId: 'lead', roles: ['administrator'] }),
      change: { roles: ['coordinator'] },
      immediate: { roles: [] },
      awaiting: ['coordinator'],
      enable: false,
      password: true,
    },
    {
      name: 'a coordinator made administrator: at once (no youth data)',
      current: account({ organizationId: 'lead', roles: ['coordinator'] }),
      change: { roles: ['administrator'] },
      immediate: { roles: ['administrator'] },
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 'moving to another organization: roles there are new grants',
      current: account({ roles: ['advocate'] }),
      change: { organizationId: 'org-b' },
      immediate: { organizationId: 'org-b', roles: [] },
      awaiting: ['advocate'],
      enable: false,
      password: false,
    },
    {
      name: 'moving an oversight analyst: at once',
      current: account({ roles: ['oversight_analyst'] }),
      change: { organizationId: 'org-b' },
      immediate: { organizationId: 'org-b', roles: ['oversight_analyst'] },
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 're-activating an account that sees youth data waits',
      current: account({ active: false }),
      change: { active: true },
      immediate: {},
      awaiting: null,
      enable: true,
      password: false,
    },
    {
      name: 're-activating an account whose youth-data role is still waiting, waits',
      current: account({ active: false, roles: [], pendingRoles: ['advocate'] }),
      change: { active: true },
      immediate: {},
      awaiting: null,
      enable: true,
      password: false,
    },
    {
      name: 're-activating an administrator: at once',
      current: account({ active: false, roles: ['administrator'] }),
      change: { active: true },
      immediate: { active: true },
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 'deactivating: at once',
      current: account(),
      change: { active: false },
      immediate: { active: false },
      awaiting: null,
      enable: false,
      password: false,
    },
    {
      name: 're-activating and granting together: both wait',
      current: account({ active: false }),
      change: { active: true, roles: ['prosecutor', 'victim_witness_staff'] },
      immediate: { roles: ['prosecutor'] },
      awaiting: ['prosecutor', 'victim_witness_staff'],
      enable: true,
      password: false,
    },
    {
      name: 'a name change touches no role',
      current: account({ roles: [], pendingRoles: ['advocate'] }),
      change: {},
      immediate: {},
      awaiting: null,
      enable: false,
      password: false,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const plan = planAccountChange(c.current, c.change);
      assert.deepEqual(plan.immediate, c.immediate);
      assert.deepEqual(plan.rolesAwaitingApproval, c.awaiting);
      assert.equal(plan.enableAwaitsApproval, c.enable);
      assert.equal(plan.approvalIssuesPassword, c.password);
    });
  }

  test('a new account: each role that sees youth data waits, the others start at once', () => {
    for (const role of ROLES) {
      const plan = planNewAccount([role]);
      assert.deepEqual(plan.immediate.roles, sees(role) ? [] : [role], role);
      assert.deepEqual(plan.rolesAwaitingApproval, sees(role) ? [role] : null, role);
      assert.equal(plan.approvalIssuesPassword, sees(role), role);
    }
  });

  const roleSet = fc.subarray([...ROLES]);
  const state = fc.record({
    organizationId: fc.constantFrom('org-a', 'org-b'),
    roles: roleSet,
    active: fc.boolean(),
    pendingRoles: roleSet,
  });
  const change = fc.record(
    {
      organizationId: fc.constantFrom('org-a', 'org-b'),
      roles: fc.subarray([...ROLES], { minLength: 1 }),
      active: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test('property: no youth-data role takes effect at once unless already in effect there', () => {
    fc.assert(
      fc.property(state, change, (current, asked) => {
        const plan = planAccountChange(current, asked);
        const moved = plan.immediate.organizationId !== undefined;
        const heldThere = moved ? [] : current.roles;
        return (plan.immediate.roles ?? []).filter(sees).every((r) => heldThere.includes(r));
      }),
    );
  });

  test('property: nothing asked for is lost; what waits is the whole set asked for', () => {
    fc.assert(
      fc.property(state, change, (current, asked) => {
        const plan = planAccountChange(current, asked);
        if (asked.roles === undefined || plan.immediate.roles === undefined) return true;
        const requested = new Set(asked.roles);
        const now = plan.immediate.roles;
        if (plan.rolesAwaitingApproval === null) {
          return now.length === requested.size && now.every((r) => requested.has(r));
        }
        return (
          plan.rolesAwaitingApproval.length === requested.size &&
          plan.rolesAwaitingApproval.every((r) => requested.has(r)) &&
          now.every((r) => requested.has(r))
        );
      }),
    );
  });

  test('property: an account that sees or awaits youth data is never re-activated at once', () => {
    fc.assert(
      fc.property(state, change, (current, asked) => {
        const plan = planAccountChange(current, asked);
        if (plan.immediate.active !== true) return true;
        const rolesAfter = plan.immediate.roles ?? current.roles;
        const waiting =
          plan.rolesAwaitingApproval ?? (plan.immediate.roles ? [] : current.pendingRoles);
        return ![...rolesAfter, ...waiting].some(sees);
      }),
    );
  });

  test('property: sign-in starts over only when the account saw no youth data before', () => {
    fc.assert(
      fc.property(state, change, (current, asked) => {
        const plan = planAccountChange(current, asked);
        return (
          plan.approvalIssuesPassword ===
          (plan.rolesAwaitingApproval !== null && !current.roles.some(sees))
        );
      }),
    );
  });
});

describe('resetAwaitsApproval: credentials of an account that sees youth data', () => {
  for (const role of ROLES) {
    test(`${role}: in effect ${sees(role) ? 'waits' : 'at once'}; awaited ${sees(role) ? 'waits' : 'at once'}`, () => {
      assert.equal(resetAwaitsApproval(account({ roles: [role] })), sees(role));
      assert.equal(resetAwaitsApproval(account({ roles: [], pendingRoles: [role] })), sees(role));
    });
  }
  test('an account with no role at all: at once', () => {
    assert.equal(resetAwaitsApproval(account({ roles: [], pendingRoles: [] })), false);
  });
});

// --- who approves -----------------------------------------------------------------------

const J = 'jurisdiction-a';
const request = (overrides: Partial<ApprovalRequestFacts> = {}): ApprovalRequestFacts => ({
  jurisdictionId: J,
  organizationId: 'org-advocacy',
  requestedByUserId: 'user-admin',
  subjectUserId: 'user-subject',
  status: 'pending',
  ...overrides,
});
const candidate = (overrides: Partial<ApproverCandidate> = {}): ApproverCandidate => ({
  userId: 'user-approver',
  jurisdictionId: J,
  organizationId: 'org-advocacy',
  organizationType: 'advocacy',
  active: true,
  roles: ['advocate'],
  pointPerson: true,
  ...overrides,
});
const coordinator = (overrides: Partial<ApproverCandidate> = {}) =>
  candidate({
    userId: 'user-coordinator',
    organizationId: 'org-lead',
    organizationType: 'county_lead',
    roles: ['coordinator'],
    pointPerson: false,
    ...overrides,
  });
const asActor = (c: ApproverCandidate) => ({
  userId: c.userId,
  organizationId: c.organizationId,
  organizationType: c.organizationType,
  jurisdictionId: c.jurisdictionId,
  roles: c.roles,
});

describe('eligibleApprovers and decideApproval: named cases', () => {
  test("the organization's point person approves; the coordinator then does not", () => {
    const eligible = eligibleApprovers(request(), [candidate(), coordinator()]);
    assert.deepEqual(eligible, { source: 'organization', userIds: ['user-approver'] });
    assert.deepEqual(decideApproval(asActor(candidate()), request(), eligible), { allowed: true });
    const refused = decideApproval(asActor(coordinator()), request(), eligible);
    assert.equal(refused.allowed, false);
    assert.equal(!refused.allowed && refused.code, 'not_an_approver');
  });

  test('a new agency without an approver: the county lead coordinator approves', () => {
    const eligible = eligibleApprovers(request(), [coordinator()]);
    assert.deepEqual(eligible, { source: 'county_lead', userIds: ['user-coordinator'] });
    assert.deepEqual(decideApproval(asActor(coordinator()), request(), eligible), {
      allowed: true,
    });
  });

  test('the only point person is the account itself: the coordinator approves', () => {
    const onlyOne = candidate({ userId: 'user-subject' });
    const eligible = eligibleApprovers(request(), [onlyOne, coordinator()]);
    assert.deepEqual(eligible, { source: 'county_lead', userIds: ['user-coordinator'] });
    const refused = decideApproval(asActor(onlyOne), request(), eligible);
    assert.equal(!refused.allowed && refused.code, 'own_account');
  });

  test('a coordinator who asked cannot approve; nor can an administrator, ever', () => {
    const asked = request({ requestedByUserId: 'user-coordinator' });
    const admin = candidate({
      userId: 'user-admin-2',
      organizationId: 'org-lead',
      organizationType: 'county_lead',
      roles: ['administrator'],
      pointPerson: true,
    });
    const eligible = eligibleApprovers(asked, [coordinator(), admin]);
    assert.deepEqual(eligible.userIds, []);
    const own = decideApproval(asActor(coordinator()), asked, eligible);
    assert.equal(!own.allowed && own.code, 'own_request');
    const byAdmin = decideApproval(asActor(admin), asked, eligible);
    assert.equal(!byAdmin.allowed && byAdmin.code, 'not_an_approver');
  });

  test('an approver whose own youth-data role still waits is no approver', () => {
    const waiting = candidate({ roles: [] });
    assert.deepEqual(eligibleApprovers(request(), [waiting]).userIds, []);
  });

  test('a request about a county lead account: its point-person coordinator approves', () => {
    const lead = request({ organizationId: 'org-lead' });
    const named = coordinator({ userId: 'user-named', pointPerson: true });
    const eligible = eligibleApprovers(lead, [named, coordinator()]);
    assert.deepEqual(eligible, { source: 'organization', userIds: ['user-named'] });
  });

  test('another jurisdiction is refused first; a decided request is not decided again', () => {
    const elsewhere = coordinator({ jurisdictionId: 'jurisdiction-b' });
    const eligible = eligibleApprovers(request(), [elsewhere]);
    assert.deepEqual(eligible.userIds, []);
    const refused = decideApproval(asActor(elsewhere), request(), eligible);
    assert.equal(!refused.allowed && refused.code, 'other_jurisdiction');
    for (const status of ['approved', 'declined', 'withdrawn'] as const) {
      const decided = request({ status });
      const again = decideApproval(
        asActor(candidate()),
        decided,
        eligibleApprovers(decided, [candidate()]),
      );
      assert.equal(!again.allowed && again.code, 'not_pending', status);
    }
  });
});

describe('eligibleApprovers and decideApproval: every combination of the facts that matter', () => {
  type Who = 'requester' | 'subject' | 'someone else';
  type Place = 'own organization' | 'county lead' | 'another organization';
  const WHO: readonly Who[] = ['requester', 'subject', 'someone else'];
  const PLACES: Readonly<
    Record<
      Place,
      {
        id: string;
        type: ApproverCandidate['organizationType'];
        roles: readonly (readonly Role[])[];
      }
    >
  > = {
    'own organization': { id: 'org-advocacy', type: 'advocacy', roles: [['advocate'], []] },
    'county lead': {
      id: 'org-lead',
      type: 'county_lead',
      roles: [['coordinator'], ['administrator'], []],
    },
    'another organization': {
      id: 'org-medical',
      type: 'medical',
      roles: [['medical_provider'], []],
    },
  };
  const STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'declined', 'withdrawn'];
  const idOf: Record<Who, string> = {
    requester: 'user-admin',
    subject: 'user-subject',
    'someone else': 'user-candidate',
  };
  // Another valid approver of the account's own organization, present or not.
  const colleague = candidate({ userId: 'user-colleague' });

  test('the rule holds for each of them', () => {
    let walked = 0;
    for (const [place, spec] of Object.entries(PLACES) as [Place, (typeof PLACES)[Place]][]) {
      for (const roles of spec.roles) {
        for (const who of WHO) {
          for (const active of [true, false]) {
            for (const sameJurisdiction of [true, false]) {
              for (const pointPerson of [true, false]) {
                for (const colleaguePresent of [true, false]) {
                  for (const status of STATUSES) {
                    walked += 1;
                    const person = candidate({
                      userId: idOf[who],
                      jurisdictionId: sameJurisdiction ? J : 'jurisdiction-b',
                      organizationId: spec.id,
                      organizationType: spec.type,
                      active,
                      roles,
                      pointPerson,
                    });
                    const facts = request({ status });
                    const eligible = eligibleApprovers(
                      facts,
                      colleaguePresent ? [person, colleague] : [person],
                    );
                    // The rule, as docs/ARCHITECTURE.md says it.
                    const secondPerson =
                      active && sameJurisdiction && who === 'someone else' && roles.some(sees);
                    const approves =
                      secondPerson &&
                      ((place === 'own organization' && pointPerson) ||
                        (place === 'county lead' &&
                          roles.includes('coordinator') &&
                          !colleaguePresent));
                    const label = `${who} at ${place} [${roles.join(',')}] active=${active} same=${sameJurisdiction} point=${pointPerson} colleague=${colleaguePresent} ${status}`;
                    assert.equal(eligible.userIds.includes(person.userId), approves, label);
                    const decision = decideApproval(asActor(person), facts, eligible);
                    const expected = !sameJurisdiction
                      ? 'other_jurisdiction'
                      : who === 'requester'
                        ? 'own_request'
                        : who === 'subject'
                          ? 'own_account'
                          : !approves
                            ? 'not_an_approver'
                            : status !== 'pending'
                              ? 'not_pending'
                              : 'allowed';
                    assert.equal(decision.allowed ? 'allowed' : decision.code, expected, label);
                  }
                }
              }
            }
          }
        }
      }
    }
    assert.equal(walked, 7 * 3 * 2 * 2 * 2 * 2 * 4);
  });

  test('property: the requester and the account itself are never approvers', () => {
    const person = fc.record({
      userId: fc.constantFrom('user-admin', 'user-subject', 'u1', 'u2', 'u3'),
      jurisdictionId: fc.constantFrom(J, 'jurisdiction-b'),
      organizationId: fc.constantFrom('org-advocacy', 'org-lead', 'org-medical'),
      organizationType: fc.constantFrom(...ORGANIZATION_TYPES),
      active: fc.boolean(),
      roles: fc.subarray([...ROLES]),
      pointPerson: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 8 }), (people) => {
        const eligible = eligibleApprovers(request(), people);
        return eligible.userIds.every((id) => {
          if (id === 'user-admin' || id === 'user-subject') return false;
          const matching = people.filter((p) => p.userId === id);
          return matching.some((p) => p.active && p.jurisdictionId === J && p.roles.some(sees));
        });
      }),
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ADMINISTRATION_ACTIONS,
  authorizeAdministration,
  authorizeRoles,
  type AdministrationAction,
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
  test('only oversight analysts and administrators never see a youth record', () => {
    const without = ROLES.filter((r) => !roleSeesYouthData(r));
    assert.deepEqual(without.sort(), ['administrator', 'oversight_analyst']);
  });
});

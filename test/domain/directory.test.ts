// Who sees a safe house's address and who updates capacity: every role, at the provider or
// not, in its county or not, with and without an accepted referral.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { decideCapacityUpdate, decideConfidentialLocation } from '../../src/domain/directory.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

const PROVIDER = 'org-provider';
const OTHER = 'org-other';
const HOME = 'county-home';
const link = { organizationId: PROVIDER, jurisdictionId: HOME };

const actor = (role: Role, organizationId: string, jurisdictionId = HOME): Actor => ({
  userId: 'user',
  organizationId,
  organizationType: 'community_provider',
  jurisdictionId,
  roles: [role],
});

describe('a confidential location', () => {
  for (const role of ROLES) {
    for (const organizationId of [PROVIDER, OTHER]) {
      for (const jurisdictionId of [HOME, 'county-away']) {
        for (const accepted of [false, true]) {
          const provider = organizationId === PROVIDER;
          const coordinator = role === 'coordinator' && jurisdictionId === HOME;
          const expected = provider || coordinator || accepted;
          test(`${role}, ${provider ? 'the provider' : 'another agency'}, ${jurisdictionId}, accepted referral ${accepted}: ${expected ? 'sees' : 'does not see'}`, () => {
            const decision = decideConfidentialLocation(
              actor(role, organizationId, jurisdictionId),
              link,
              accepted,
            );
            assert.equal(decision.allowed, expected);
          });
        }
      }
    }
  }
  test('an unlinked provider: only an accepted referral opens it', () => {
    assert.equal(
      decideConfidentialLocation(actor('coordinator', OTHER), null, false).allowed,
      false,
    );
    assert.equal(decideConfidentialLocation(actor('advocate', OTHER), null, true).allowed, true);
  });
});

describe('capacity', () => {
  for (const role of ROLES) {
    for (const organizationId of [PROVIDER, OTHER]) {
      for (const jurisdictionId of [HOME, 'county-away']) {
        const expected =
          organizationId === PROVIDER ||
          (jurisdictionId === HOME && (role === 'coordinator' || role === 'administrator'));
        test(`${role} at ${organizationId} in ${jurisdictionId}: ${expected ? 'may' : 'may not'} update`, () => {
          assert.equal(
            decideCapacityUpdate(actor(role, organizationId, jurisdictionId), link).allowed,
            expected,
          );
        });
      }
    }
  }
  test('nobody updates an unlinked service here', () => {
    for (const role of ROLES) {
      assert.equal(decideCapacityUpdate(actor(role, PROVIDER), null).allowed, false);
    }
  });
});

// Who sees a safe house's address, and who may change which directory record: every role, at
// the provider or not, in the owning county or not, for every kind of change, with and without
// a provider link; and the operator at the command line acting for one county or another.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideConfidentialLocation,
  decideDirectoryChange,
  type DirectoryChange,
  type DirectoryEditor,
} from '../../src/domain/directory.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

const PROVIDER = 'org-provider';
const OTHER = 'org-other';
const HOME = 'county-home';
const AWAY = 'county-away';
const link = { organizationId: PROVIDER, jurisdictionId: HOME };

const actor = (role: Role, organizationId: string, jurisdictionId = HOME): Actor => ({
  userId: 'user',
  organizationId,
  organizationType: 'community_provider',
  jurisdictionId,
  roles: [role],
});
const staff = (role: Role, organizationId: string, jurisdictionId = HOME): DirectoryEditor => ({
  kind: 'staff',
  actor: actor(role, organizationId, jurisdictionId),
});

describe('a confidential location', () => {
  for (const role of ROLES) {
    for (const organizationId of [PROVIDER, OTHER]) {
      for (const jurisdictionId of [HOME, AWAY]) {
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

// The table, written out: who may make each kind of change to a record HOME owns.
// Rows: role; columns: the five kinds of change, in the owning county / in another county.
const MAY = 'may';
const NOT = 'not';
const KINDS: readonly DirectoryChange[] = [
  'create',
  'update',
  'confidentiality',
  'provider_link',
  'capacity',
];
/** [own county: create, update, confidentiality, provider_link, capacity] for a non-provider. */
const OWN_COUNTY: Readonly<Record<'coordinator' | 'administrator' | 'other', readonly string[]>> = {
  coordinator: [MAY, MAY, MAY, MAY, MAY],
  administrator: [MAY, MAY, MAY, MAY, MAY],
  other: [NOT, NOT, NOT, NOT, NOT],
};
/** At the linked provider itself, any role: only capacity (and a manager's own rights). */
const AT_PROVIDER: Readonly<Record<'coordinator' | 'administrator' | 'other', readonly string[]>> =
  {
    coordinator: [MAY, MAY, MAY, MAY, MAY],
    administrator: [MAY, MAY, MAY, MAY, MAY],
    other: [NOT, NOT, NOT, NOT, MAY],
  };
/** In another county nobody changes HOME's records, except the linked provider's capacity. */
const OTHER_COUNTY_AT_PROVIDER = [NOT, NOT, NOT, NOT, MAY];
const OTHER_COUNTY = [NOT, NOT, NOT, NOT, NOT];

const row = (role: Role) =>
  role === 'coordinator' || role === 'administrator' ? role : ('other' as const);

describe('who may change a directory record HOME owns', () => {
  for (const role of ROLES) {
    for (const organizationId of [PROVIDER, OTHER]) {
      for (const jurisdictionId of [HOME, AWAY]) {
        const atProvider = organizationId === PROVIDER;
        const expected =
          jurisdictionId === HOME
            ? (atProvider ? AT_PROVIDER : OWN_COUNTY)[row(role)]
            : atProvider
              ? OTHER_COUNTY_AT_PROVIDER
              : OTHER_COUNTY;
        KINDS.forEach((change, i) => {
          const want = expected?.[i] === MAY;
          test(`${role} ${atProvider ? 'at the provider' : 'at another agency'} in ${jurisdictionId === HOME ? 'the owning county' : 'another county'}: ${want ? 'may' : 'may not'} ${change}`, () => {
            const decision = decideDirectoryChange(staff(role, organizationId, jurisdictionId), {
              change,
              ownerJurisdictionId: HOME,
              link,
            });
            assert.equal(decision.allowed, want);
            if (!decision.allowed) assert.ok(decision.reason.length > 0);
          });
        });
      }
    }
  }

  test('an unlinked service: its capacity is the owning county coordinator’s or administrator’s', () => {
    for (const role of ROLES) {
      for (const jurisdictionId of [HOME, AWAY]) {
        const want =
          jurisdictionId === HOME && (role === 'coordinator' || role === 'administrator');
        const decision = decideDirectoryChange(staff(role, PROVIDER, jurisdictionId), {
          change: 'capacity',
          ownerJurisdictionId: HOME,
          link: null,
        });
        assert.equal(decision.allowed, want, `${role} in ${jurisdictionId}`);
      }
    }
  });

  test('the operator at the command line changes only what the county they act for owns', () => {
    for (const change of KINDS) {
      assert.equal(
        decideDirectoryChange(
          { kind: 'operator', jurisdictionId: HOME },
          { change, ownerJurisdictionId: HOME, link },
        ).allowed,
        true,
        change,
      );
      assert.equal(
        decideDirectoryChange(
          { kind: 'operator', jurisdictionId: AWAY },
          { change, ownerJurisdictionId: HOME, link },
        ).allowed,
        false,
        change,
      );
    }
  });

  test('the reasons say why', () => {
    const away = decideDirectoryChange(staff('coordinator', OTHER, AWAY), {
      change: 'confidentiality',
      ownerJurisdictionId: HOME,
    });
    assert.deepEqual(
      away.allowed ? '' : away.reason,
      'This directory record belongs to another jurisdiction; only its coordinator or administrator changes it.',
    );
    const create = decideDirectoryChange(staff('administrator', OTHER, AWAY), {
      change: 'create',
      ownerJurisdictionId: HOME,
    });
    assert.match(
      create.allowed ? '' : create.reason,
      /belongs to the jurisdiction that creates it/,
    );
    const role = decideDirectoryChange(staff('advocate', OTHER, HOME), {
      change: 'provider_link',
      ownerJurisdictionId: HOME,
    });
    assert.match(role.allowed ? '' : role.reason, /Only a coordinator or an administrator/);
  });
});

describe('properties', () => {
  const roles = fc.constantFrom(...ROLES);
  const jurisdictions = fc.constantFrom('j1', 'j2', 'j3');
  const organizations = fc.constantFrom('o1', 'o2', 'o3');
  const kinds = fc.constantFrom(...KINDS);
  const links = fc.option(
    fc.record({ organizationId: organizations, jurisdictionId: jurisdictions }),
  );

  test('outside the owning county only the linked provider’s capacity is ever allowed', () => {
    fc.assert(
      fc.property(
        roles,
        organizations,
        jurisdictions,
        jurisdictions,
        kinds,
        links,
        (r, o, j, owner, change, l) => {
          fc.pre(j !== owner);
          const decision = decideDirectoryChange(staff(r, o, j), {
            change,
            ownerJurisdictionId: owner,
            link: l,
          });
          const providerCapacity = change === 'capacity' && l !== null && l.organizationId === o;
          assert.equal(decision.allowed, providerCapacity);
        },
      ),
    );
  });

  test('confidentiality and provider links never depend on the provider link', () => {
    fc.assert(
      fc.property(
        roles,
        organizations,
        jurisdictions,
        jurisdictions,
        links,
        links,
        (r, o, j, owner, a, b) => {
          for (const change of ['confidentiality', 'provider_link'] as const) {
            const editor = staff(r, o, j);
            assert.equal(
              decideDirectoryChange(editor, { change, ownerJurisdictionId: owner, link: a })
                .allowed,
              decideDirectoryChange(editor, { change, ownerJurisdictionId: owner, link: b })
                .allowed,
            );
          }
        },
      ),
    );
  });
});

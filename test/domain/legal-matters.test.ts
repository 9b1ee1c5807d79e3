// Who reads a certification request and who answers it (decideCertificationRequestRead in
// src/domain/case-access.ts, decideCertificationOutcome in src/domain/legal-matters.ts): every
// combination of the facts that matter, against the rule as docs/LEGAL-AND-MDT.md states it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideCertificationRequestRead,
  type AccessTime,
  type CaseFacts,
} from '../../src/domain/case-access.js';
import {
  CERTIFICATION_STATUSES,
  certificationTaskTitle,
  decideCertificationOutcome,
  mayCertify,
} from '../../src/domain/legal-matters.js';
import {
  ORGANIZATION_TYPES,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const J = 'county-1';
const TIME: AccessTime = { now: new Date('2026-11-20T17:00:00Z'), today: '2026-11-20' };
const REQUESTER = 'org-advocacy';
const CERTIFIER = 'org-police';
const OTHER = 'org-clinic';

const facts = (options: { readonly basis: boolean }): CaseFacts => ({
  jurisdictionId: J,
  seal: null,
  team: [REQUESTER, CERTIFIER, OTHER].map((organizationId) => ({ organizationId, userId: null })),
  consents: options.basis
    ? [
        {
          id: 'consent-1',
          recordedByOrganizationId: REQUESTER,
          releases: [],
          recipientOrganizationIds: [CERTIFIER, OTHER],
          categories: ['legal'],
          signedOn: '2026-11-01',
          expiresOn: '2027-02-01',
          revokedAt: null,
        },
      ]
    : [],
  legalBases: [],
  agreements: [
    {
      startsOn: '2026-01-01',
      endsOn: null,
      categories: ['legal'],
      organizationIds: [REQUESTER, CERTIFIER, OTHER],
    },
  ],
  breakGlass: [],
});

const actor = (organizationId: string, role: Role, jurisdictionId = J): Actor => ({
  userId: `user-${organizationId}-${role}`,
  organizationId,
  organizationType: 'law_enforcement',
  jurisdictionId,
  roles: [role],
});

const ROLES: readonly Role[] = ['law_enforcement_officer', 'administrator', 'oversight_analyst'];

describe('decideCertificationRequestRead', () => {
  for (const organizationId of [REQUESTER, CERTIFIER, OTHER]) {
    for (const role of ROLES) {
      for (const jurisdictionId of [J, 'county-2']) {
        for (const basis of [false, true]) {
          for (const inLantern of [true, false]) {
            const name = `${organizationId} ${role} ${jurisdictionId} basis=${String(basis)} certifier ${inLantern ? 'in Lantern' : 'outside'}`;
            test(name, () => {
              const decision = decideCertificationRequestRead(
                actor(organizationId, role, jurisdictionId),
                {
                  recordedByOrganizationId: REQUESTER,
                  certifyingOrganizationId: inLantern ? CERTIFIER : null,
                },
                facts({ basis }),
                TIME,
              );
              // The rule in the docs' words: same county and a role that reads cases, then the
              // holder or a basis reads in full, the certifying agency in Lantern as certifier.
              const reads = jurisdictionId === J && role === 'law_enforcement_officer';
              const full = reads && (organizationId === REQUESTER || basis);
              const certifier = reads && !full && inLantern && organizationId === CERTIFIER;
              if (full) assert.deepEqual(decision, { allowed: true, view: 'full' });
              else if (certifier) assert.deepEqual(decision, { allowed: true, view: 'certifier' });
              else assert.equal(decision.allowed, false);
            });
          }
        }
      }
    }
  }

  test('another organization, not certifying and without a basis, is denied with the reason', () => {
    const decision = decideCertificationRequestRead(
      actor(OTHER, 'law_enforcement_officer'),
      { recordedByOrganizationId: REQUESTER, certifyingOrganizationId: CERTIFIER },
      facts({ basis: false }),
      TIME,
    );
    assert.deepEqual(decision, { allowed: false, reason: 'no_consent_or_legal_basis' });
  });
});

describe('decideCertificationOutcome', () => {
  for (const organizationId of [REQUESTER, CERTIFIER, OTHER]) {
    for (const role of ROLES) {
      for (const jurisdictionId of [J, 'county-2']) {
        for (const status of CERTIFICATION_STATUSES) {
          for (const inLantern of [true, false]) {
            test(`${organizationId} ${role} ${jurisdictionId} ${status} certifier ${inLantern ? 'in Lantern' : 'outside'}`, () => {
              const decision = decideCertificationOutcome(
                actor(organizationId, role, jurisdictionId),
                {
                  jurisdictionId: J,
                  recordedByOrganizationId: REQUESTER,
                  certifyingOrganizationId: inLantern ? CERTIFIER : null,
                  status,
                },
              );
              const answerer = inLantern ? CERTIFIER : REQUESTER;
              const expected =
                jurisdictionId !== J
                  ? 'other_jurisdiction'
                  : role !== 'law_enforcement_officer'
                    ? 'role_without_youth_data'
                    : organizationId !== answerer
                      ? 'not_certifying_agency'
                      : status !== 'pending'
                        ? 'outcome_already_recorded'
                        : null;
              assert.deepEqual(
                decision,
                expected === null ? { allowed: true } : { allowed: false, reason: expected },
              );
            });
          }
        }
      }
    }
  }

  test('the task names the visa and the day, nothing of the case', () => {
    assert.equal(
      certificationTaskTitle('t_visa', '2027-01-11'),
      'T visa certification requested: answer by 2027-01-11',
    );
  });
});

describe('who may be named as the certifying agency (8 CFR 214.14(a)(2))', () => {
  // Law enforcement, prosecutors, judges and child protective services; no one else in Lantern.
  const CERTIFIES: Record<OrganizationType, boolean> = {
    law_enforcement: true,
    district_attorney: true,
    juvenile_court: true,
    child_welfare: true,
    advocacy: false,
    probation: false,
    child_advocacy_center: false,
    medical: false,
    mental_health: false,
    community_provider: false,
    county_lead: false,
    oversight: false,
  };
  test('every organization type, as the regulation lists certifying agencies', () => {
    assert.deepEqual(Object.keys(CERTIFIES).sort(), [...ORGANIZATION_TYPES].sort());
    for (const type of ORGANIZATION_TYPES) assert.equal(mayCertify(type), CERTIFIES[type], type);
  });
});

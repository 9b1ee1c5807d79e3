// The rule for organizations of neighboring counties on an agreement, over every role, the
// caller's county (the agreement's, the organization's, a third), the organization named (none,
// of the agreement's county, of the neighbor county) and where it stands. The expectations are
// written here from docs/CONFIDENTIALITY.md (Agreements across counties), not read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  decideNeighborParty,
  decideNeighborProposer,
  seesAgreement,
  type NeighborPartyAction,
  type NeighborPartyFacts,
  type NeighborPartyStatus,
} from '../../src/domain/neighbor-parties.js';
import { ROLES, type Role } from '../../src/domain/vocabulary.js';

type County = 'home' | 'neighbor' | 'third';
const COUNTIES: readonly County[] = ['home', 'neighbor', 'third'];
const STATUSES: readonly (NeighborPartyStatus | null)[] = [
  null,
  'proposed',
  'accepted',
  'declined',
];
const ACTIONS: readonly NeighborPartyAction[] = ['propose', 'answer', 'withdraw'];

const actorOf = (role: Role, county: County): Actor => ({
  userId: `user-${county}`,
  organizationId: `org-${county}`,
  organizationType: role === 'coordinator' || role === 'administrator' ? 'county_lead' : 'advocacy',
  jurisdictionId: county,
  roles: [role],
});

interface Case {
  readonly role: Role;
  readonly actorCounty: County;
  readonly action: NeighborPartyAction;
  /** The organization named: none, one of the agreement's county, or of the neighbor county. */
  readonly organization: 'none' | 'home' | 'neighbor';
  readonly status: NeighborPartyStatus | null;
  /** An organization of the third county is also proposed on the agreement: it sees it too. */
  readonly thirdProposed: boolean;
}

/** The agreement is Home County's throughout. */
function factsOf(c: Case): NeighborPartyFacts {
  const visibleNeighbor =
    c.organization === 'neighbor' && (c.status === 'proposed' || c.status === 'accepted');
  return {
    agreementJurisdictionId: 'home',
    neighborJurisdictionIds: [
      ...(visibleNeighbor ? ['neighbor'] : []),
      ...(c.thirdProposed ? ['third'] : []),
    ],
    organization: c.organization === 'none' ? null : { jurisdictionId: c.organization },
    status: c.status,
  };
}

/** Every case the database can hold: a home organization is never a neighbor party. */
function* cases(): Generator<Case> {
  for (const role of ROLES)
    for (const actorCounty of COUNTIES)
      for (const action of ACTIONS)
        for (const organization of ['none', 'home', 'neighbor'] as const)
          for (const status of STATUSES)
            for (const thirdProposed of [false, true]) {
              if (organization !== 'neighbor' && status !== null) continue;
              yield { role, actorCounty, action, organization, status, thirdProposed };
            }
}

/** The rule in the docs' words: the refusal expected, or 'allowed'. */
function expected(c: Case): string {
  const sees =
    c.actorCounty === 'home' ||
    (c.actorCounty === 'neighbor' &&
      c.organization === 'neighbor' &&
      (c.status === 'proposed' || c.status === 'accepted')) ||
    (c.actorCounty === 'third' && c.thirdProposed);
  // "nobody in a third county sees or touches it": answered like an unknown agreement.
  if (!sees) return 'hidden';
  // "an administrator may not do either"; only coordinators act.
  if (c.role !== 'coordinator') return 'forbidden';
  if (c.action === 'propose') {
    // "the agreement's county's COORDINATOR proposes an organization of another county"
    if (c.actorCounty !== 'home') return 'forbidden';
    if (c.organization === 'none') return 'unknown_organization';
    if (c.organization === 'home') return 'own_county_organization';
    if (c.status === 'declined') return 'declined';
    if (c.status !== null) return 'already_proposed';
    return 'allowed';
  }
  if (c.action === 'withdraw') {
    // "the proposing county's coordinator withdraws it, until the other county answers"
    if (c.actorCounty !== 'home') return 'forbidden';
    if (c.organization === 'none' || c.status === null) return 'not_proposed';
    if (c.status !== 'proposed') return 'already_answered';
    return 'allowed';
  }
  // "only the OTHER county's coordinator accepts or declines it"
  if (c.organization === 'none' || c.status === null) return 'not_proposed';
  if (c.actorCounty !== 'neighbor') return 'forbidden';
  if (c.status !== 'proposed') return 'already_answered';
  return 'allowed';
}

const outcome = (c: Case) => {
  const decision = decideNeighborParty(actorOf(c.role, c.actorCounty), c.action, factsOf(c));
  return decision.allowed ? 'allowed' : decision.refusal;
};

describe('decideNeighborParty', () => {
  test('every role x county x action x organization x status, as the docs say', () => {
    let count = 0;
    const wrong: string[] = [];
    for (const c of cases()) {
      count += 1;
      const got = outcome(c);
      if (got !== expected(c)) wrong.push(`${JSON.stringify(c)}: ${got}, not ${expected(c)}`);
    }
    assert.deepEqual(wrong, []);
    assert.equal(count, ROLES.length * 3 * 3 * (1 + 1 + 4) * 2);
  });

  test('the named cases', () => {
    const rows: [Case, string][] = [
      [
        {
          role: 'coordinator',
          actorCounty: 'home',
          action: 'propose',
          organization: 'neighbor',
          status: null,
          thirdProposed: false,
        },
        'allowed',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'neighbor',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'allowed',
      ],
      // Nobody answers their own proposal.
      [
        {
          role: 'coordinator',
          actorCounty: 'home',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'forbidden',
      ],
      [
        {
          role: 'administrator',
          actorCounty: 'home',
          action: 'propose',
          organization: 'neighbor',
          status: null,
          thirdProposed: false,
        },
        'forbidden',
      ],
      [
        {
          role: 'administrator',
          actorCounty: 'neighbor',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'forbidden',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'third',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'hidden',
      ],
      // A third county that sees the agreement still answers only for its own organizations.
      [
        {
          role: 'coordinator',
          actorCounty: 'third',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: true,
        },
        'forbidden',
      ],
      // A declined organization's county no longer sees the agreement.
      [
        {
          role: 'coordinator',
          actorCounty: 'neighbor',
          action: 'answer',
          organization: 'neighbor',
          status: 'declined',
          thirdProposed: false,
        },
        'hidden',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'home',
          action: 'propose',
          organization: 'neighbor',
          status: 'declined',
          thirdProposed: false,
        },
        'declined',
      ],
      [
        {
          role: 'advocate',
          actorCounty: 'neighbor',
          action: 'answer',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'forbidden',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'home',
          action: 'withdraw',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'allowed',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'home',
          action: 'withdraw',
          organization: 'neighbor',
          status: 'accepted',
          thirdProposed: false,
        },
        'already_answered',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'neighbor',
          action: 'withdraw',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'forbidden',
      ],
      [
        {
          role: 'coordinator',
          actorCounty: 'third',
          action: 'withdraw',
          organization: 'neighbor',
          status: 'proposed',
          thirdProposed: false,
        },
        'hidden',
      ],
    ];
    for (const [c, want] of rows) assert.equal(outcome(c), want, JSON.stringify(c));
  });

  test('property: no one person both proposes an organization and accepts it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...COUNTIES),
        fc.boolean(),
        (role, county, thirdProposed) => {
          const actor = actorOf(role, county);
          const proposes = decideNeighborParty(actor, 'propose', {
            agreementJurisdictionId: 'home',
            neighborJurisdictionIds: thirdProposed ? ['third'] : [],
            organization: { jurisdictionId: 'neighbor' },
            status: null,
          }).allowed;
          const answers = decideNeighborParty(actor, 'answer', {
            agreementJurisdictionId: 'home',
            neighborJurisdictionIds: ['neighbor', ...(thirdProposed ? ['third'] : [])],
            organization: { jurisdictionId: 'neighbor' },
            status: 'proposed',
          }).allowed;
          return !(proposes && answers);
        },
      ),
    );
  });
});

describe('decideNeighborProposer and seesAgreement', () => {
  test('only the coordinator of the agreement’s own county may propose at all', () => {
    for (const role of ROLES)
      for (const county of COUNTIES) {
        const facts = { agreementJurisdictionId: 'home', neighborJurisdictionIds: ['neighbor'] };
        assert.equal(
          decideNeighborProposer(actorOf(role, county), facts).allowed,
          role === 'coordinator' && county === 'home',
          `${role} of ${county}`,
        );
      }
  });
  test('the agreement’s county and the counties of its proposed or accepted parties see it', () => {
    const facts = { agreementJurisdictionId: 'home', neighborJurisdictionIds: ['neighbor'] };
    assert.equal(seesAgreement({ jurisdictionId: 'home' }, facts), true);
    assert.equal(seesAgreement({ jurisdictionId: 'neighbor' }, facts), true);
    assert.equal(seesAgreement({ jurisdictionId: 'third' }, facts), false);
  });
});

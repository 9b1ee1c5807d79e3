// Who corrects, closes, reopens and merges a record (src/domain/case-lifecycle.ts), walked over
// every role at every organization type it belongs to, in the record's county and another, on the
// team or not, at the opener or not, against the rule as docs/CONFIDENTIALITY.md states it
// ("Records corrected, closed and merged"), restated here rather than read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import type { AccessTime } from '../../src/domain/case-access.js';
import {
  changedIdentityFields,
  decideLifecycle,
  LIFECYCLE_ACTIONS,
  taskSurvivesClosing,
  type CaseStatus,
  type LifecycleAction,
  type LifecycleDecision,
  type RecordFacts,
} from '../../src/domain/case-lifecycle.js';
import {
  DATA_CATEGORIES,
  ORGANIZATION_TYPES,
  ROLES_BY_ORGANIZATION_TYPE,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const HOME = 'county-home';
const TIME: AccessTime = { now: new Date('2026-06-15T12:00:00Z'), today: '2026-06-15' };
const OPENER = 'org-opener';

/** Roles that never act on a case (docs/CONFIDENTIALITY.md, "The default is no"). */
const NO_CASES: readonly Role[] = ['administrator', 'oversight_analyst', 'juvenile_hall_intake'];

interface Cell {
  readonly role: Role;
  readonly type: OrganizationType;
  readonly sameCounty: boolean;
  readonly onTeam: boolean;
  readonly isOpener: boolean;
  /** A consent by the opener naming the actor's organization for identity, and an agreement. */
  readonly identityReleased: boolean;
  /** The note being corrected was written by the actor's organization. */
  readonly ownNote: boolean;
}

function cells(): Cell[] {
  const all: Cell[] = [];
  for (const type of ORGANIZATION_TYPES)
    for (const role of ROLES_BY_ORGANIZATION_TYPE[type])
      for (const sameCounty of [true, false])
        for (const onTeam of [true, false])
          for (const isOpener of [true, false])
            for (const identityReleased of [true, false])
              for (const ownNote of [true, false])
                all.push({ role, type, sameCounty, onTeam, isOpener, identityReleased, ownNote });
  return all;
}

function actorOf(cell: Cell): Actor {
  return {
    userId: 'user-1',
    organizationId: cell.isOpener ? OPENER : 'org-actor',
    organizationType: cell.type,
    jurisdictionId: cell.sameCounty ? HOME : 'county-away',
    roles: [cell.role],
  };
}

function factsOf(cell: Cell, status: CaseStatus): RecordFacts {
  const actorOrg = cell.isOpener ? OPENER : 'org-actor';
  return {
    jurisdictionId: HOME,
    seal: null,
    createdByOrganizationId: OPENER,
    status,
    team: [
      ...(cell.isOpener ? [] : [{ organizationId: OPENER, userId: null }]),
      ...(cell.onTeam ? [{ organizationId: actorOrg, userId: null }] : []),
    ],
    consents: cell.identityReleased
      ? [
          {
            id: 'consent-1',
            recordedByOrganizationId: OPENER,
            releases: [],
            recipientOrganizationIds: [actorOrg],
            categories: ['identity'],
            signedOn: '2026-06-01',
            expiresOn: '2026-12-31',
            revokedAt: null,
          },
        ]
      : [],
    legalBases: [],
    agreements: [
      {
        startsOn: '2026-01-01',
        endsOn: null,
        categories: [...DATA_CATEGORIES],
        organizationIds: [OPENER, actorOrg],
      },
    ],
    breakGlass: [],
  };
}

/** The rule in the docs' words. */
function expected(cell: Cell, action: LifecycleAction): boolean {
  if (!cell.sameCounty || NO_CASES.includes(cell.role)) return false;
  const coordinator = cell.role === 'coordinator' && cell.type === 'county_lead';
  switch (action) {
    case 'identity.correct':
      // Whoever reads identity: the opener itself, or a team member it released identity to.
      return cell.isOpener || (cell.onTeam && cell.identityReleased);
    case 'note.correct':
      return cell.onTeam && cell.ownNote;
    case 'case.close':
      return coordinator || (cell.onTeam && cell.isOpener);
    case 'case.reopen':
      return coordinator || cell.onTeam;
    case 'case.merge':
      return coordinator;
  }
}

function decide(cell: Cell, action: LifecycleAction, status: CaseStatus = 'open') {
  const actor = actorOf(cell);
  return decideLifecycle(actor, action, factsOf(cell, status), TIME, {
    authorOrganizationId: cell.ownNote ? actor.organizationId : 'org-someone-else',
    recordId: 'youth-survivor',
    other: {
      id: 'youth-duplicate',
      jurisdictionId: actor.jurisdictionId,
      status: 'open',
      seal: null,
    },
  });
}

describe('who corrects, closes, reopens and merges', () => {
  const all = cells();
  for (const action of LIFECYCLE_ACTIONS) {
    test(`${action}: every role, organization type, county, team place and opener`, () => {
      let allowed = 0;
      for (const cell of all) {
        // Reopening is asked of a closed case; everything else of an open one.
        const decision = decide(cell, action, action === 'case.reopen' ? 'closed' : 'open');
        assert.equal(decision.allowed, expected(cell, action), JSON.stringify({ action, cell }));
        if (decision.allowed) allowed += 1;
      }
      assert.ok(allowed > 0, `${action} allows someone`);
    });
  }

  test('another county is refused as other_jurisdiction, so the service answers 404', () => {
    for (const cell of all.filter((c) => !c.sameCounty)) {
      for (const action of LIFECYCLE_ACTIONS) {
        assert.deepEqual(decide(cell, action), { allowed: false, reason: 'other_jurisdiction' });
      }
    }
  });
});

describe('where the record stands', () => {
  const coordinator: Cell = {
    role: 'coordinator',
    type: 'county_lead',
    sameCounty: true,
    onTeam: true,
    isOpener: true,
    identityReleased: false,
    ownNote: true,
  };

  test('a merged record takes no step at all, whoever asks', () => {
    for (const action of LIFECYCLE_ACTIONS) {
      assert.deepEqual(decide(coordinator, action, 'merged'), {
        allowed: false,
        reason: 'record_merged',
      });
    }
  });

  test('a closed case is not closed again; an open one is not reopened', () => {
    assert.deepEqual(decide(coordinator, 'case.close', 'closed'), {
      allowed: false,
      reason: 'case_closed',
    });
    assert.deepEqual(decide(coordinator, 'case.reopen', 'open'), {
      allowed: false,
      reason: 'case_open',
    });
    assert.equal(decide(coordinator, 'identity.correct', 'closed').allowed, true);
  });

  test('a merge needs another record of the same county that is not itself merged', () => {
    const actor = actorOf(coordinator);
    const facts = factsOf(coordinator, 'open');
    const merge = (other: { id: string; jurisdictionId: string; status: CaseStatus }) =>
      decideLifecycle(actor, 'case.merge', facts, TIME, {
        recordId: 'youth-survivor',
        other: { seal: null, ...other },
      });
    assert.deepEqual(merge({ id: 'youth-survivor', jurisdictionId: HOME, status: 'open' }), {
      allowed: false,
      reason: 'same_record',
    });
    assert.deepEqual(merge({ id: 'youth-x', jurisdictionId: 'county-away', status: 'open' }), {
      allowed: false,
      reason: 'other_jurisdiction',
    });
    assert.deepEqual(merge({ id: 'youth-x', jurisdictionId: HOME, status: 'merged' }), {
      allowed: false,
      reason: 'record_merged',
    });
    assert.deepEqual(merge({ id: 'youth-x', jurisdictionId: HOME, status: 'closed' }), {
      allowed: true,
    });
  });

  test('a sealed record, survivor or duplicate, does not exist for the coordinator', () => {
    const actor = actorOf(coordinator);
    const facts = factsOf(coordinator, 'open');
    const seal = { courtOrganizationId: 'org-court', rolesAllowed: ['judge' as const] };
    const duplicate = { id: 'youth-x', jurisdictionId: HOME, status: 'open' as const };
    const table: [string, RecordFacts, typeof seal | null, LifecycleDecision][] = [
      ['neither sealed', facts, null, { allowed: true }],
      ['duplicate sealed', facts, seal, { allowed: false, reason: 'sealed' }],
      ['survivor sealed', { ...facts, seal }, null, { allowed: false, reason: 'sealed' }],
      ['both sealed', { ...facts, seal }, seal, { allowed: false, reason: 'sealed' }],
    ];
    for (const [name, survivor, duplicateSeal, expected] of table) {
      assert.deepEqual(
        decideLifecycle(actor, 'case.merge', survivor, TIME, {
          recordId: 'youth-survivor',
          other: { ...duplicate, seal: duplicateSeal },
        }),
        expected,
        name,
      );
    }
    // Every other step on a sealed record is refused the same way, before anything else.
    for (const action of LIFECYCLE_ACTIONS) {
      assert.deepEqual(
        decideLifecycle(actor, action, { ...facts, seal, status: 'closed' }, TIME),
        { allowed: false, reason: 'sealed' },
        action,
      );
    }
  });
});

describe('what a closing leaves open, and what a correction changed', () => {
  test('only the reports the law requires survive a closing', () => {
    const table: [string, boolean][] = [
      ['report', true],
      ['action', false],
      ['safety_plan', false],
      ['screening', false],
      ['mdt_review', false],
      ['debrief', false],
    ];
    for (const [kind, survives] of table) assert.equal(taskSurvivesClosing(kind), survives, kind);
  });

  test('the fields that changed, languages compared as lists', () => {
    const before: Parameters<typeof changedIdentityFields>[0] = {
      givenName: 'Jade',
      familyName: null,
      alias: 'Jade',
      birthDate: null,
      estimatedBirthYear: 2010,
      genderIdentity: null,
      raceEthnicity: null,
      languages: ['en'],
    };
    assert.deepEqual(changedIdentityFields(before, { ...before }), []);
    assert.deepEqual(
      changedIdentityFields(before, { ...before, givenName: 'Ana', familyName: 'Cruz' }),
      ['givenName', 'familyName'],
    );
    assert.deepEqual(changedIdentityFields(before, { ...before, languages: ['en', 'es'] }), [
      'languages',
    ]);
    assert.deepEqual(
      changedIdentityFields(before, { ...before, raceEthnicity: ['asian', 'white'] }),
      ['raceEthnicity'],
    );
  });
});

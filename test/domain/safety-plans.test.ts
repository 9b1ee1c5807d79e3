// Safety plans' pure rules: each type's schema (what it requires, what it refuses), the category
// each type is shared as, who writes and who saves versions (every role, on and off the team, of
// this county and another), the version rule, starting from a plan, and which steps reach other
// parties as tasks. Tables are written here from docs/CONFIDENTIALITY.md, not read from the module.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import {
  checkSafetyPlan,
  decideSafetyPlanEdit,
  decideSafetyPlanWrite,
  decideVersion,
  SAFETY_PLAN_CATEGORY,
  startFrom,
  stepTasks,
} from '../../src/domain/safety-plans.js';
import { ROLES, ROLES_BY_ORGANIZATION_TYPE, type Role } from '../../src/domain/vocabulary.js';

const J = 'jurisdiction-1';
const TEAM_ORG = '11111111-1111-4111-8111-111111111111';
const PARTY_ORG = '22222222-2222-4222-8222-222222222222';
const OFF_TEAM = '33333333-3333-4333-8333-333333333333';
const TEAM = new Set([TEAM_ORG, PARTY_ORG]);
const NOW = new Date('2026-11-20T17:00:00Z');

const transportation = {
  driver: 'Dana',
  pickUpAt: '2026-12-10T15:30:00Z',
  pickUpPlace: 'Home',
  confirmedBy: 'Lee',
  confirmedAt: '2026-11-20T17:00:00Z',
};
const DETAILS = {
  general: {},
  release_from_custody: {
    receiver: { kind: 'person', name: 'Rosa', relationship: 'aunt' },
    releaseAt: '2026-11-21T18:00:00Z',
  },
  testimony: { hearingDate: '2026-12-10', court: 'Dept. 3', transportation },
  placement: {},
  return_from_missing: {},
} as const;
type PlanType = keyof typeof DETAILS;
const TYPES = Object.keys(DETAILS) as PlanType[];

const plan = (type: PlanType, extra: Record<string, unknown> = {}) => ({
  type,
  writtenWithYouth: false,
  details: DETAILS[type],
  ...extra,
});

describe('the category each type is shared as', () => {
  test('as docs/CONFIDENTIALITY.md says', () => {
    const expected: Record<PlanType, string> = {
      general: 'case_notes',
      release_from_custody: 'placement',
      testimony: 'legal',
      placement: 'placement',
      return_from_missing: 'placement',
    };
    assert.deepEqual({ ...SAFETY_PLAN_CATEGORY }, expected);
  });
});

describe('checkSafetyPlan', () => {
  test('a minimal plan of every type is accepted, with empty sections', () => {
    for (const type of TYPES) {
      const result = checkSafetyPlan(plan(type), TEAM);
      assert.ok(result.ok, type);
      assert.deepEqual(result.plan.steps, []);
      assert.deepEqual(result.plan.warningSigns, []);
    }
  });

  // [case, plan, problem path that must be named]
  const refused: [string, unknown, string][] = [
    ['no type', { writtenWithYouth: false }, 'type'],
    ['an unknown type', { type: 'escape', writtenWithYouth: false }, 'type'],
    ['null', null, 'type'],
    [
      'a release plan without a receiver',
      plan('release_from_custody', { details: { releaseAt: '2026-11-21T18:00:00Z' } }),
      'details.receiver',
    ],
    [
      'a release plan without a release time',
      plan('release_from_custody', {
        details: { receiver: DETAILS.release_from_custody.receiver },
      }),
      'details.releaseAt',
    ],
    [
      'a receiver person without a relationship',
      plan('release_from_custody', {
        details: { ...DETAILS.release_from_custody, receiver: { kind: 'person', name: 'Rosa' } },
      }),
      'details.receiver.relationship',
    ],
    ...(['driver', 'pickUpAt', 'pickUpPlace', 'confirmedBy', 'confirmedAt'] as const).map(
      (field): [string, unknown, string] => {
        const partial = Object.fromEntries(
          Object.entries(transportation).filter(([name]) => name !== field),
        );
        return [
          `transportation without ${field}`,
          plan('testimony', { details: { ...DETAILS.testimony, transportation: partial } }),
          `details.transportation.${field}`,
        ];
      },
    ),
    [
      'a testimony plan without transportation',
      plan('testimony', { details: { hearingDate: '2026-12-10', court: 'Dept. 3' } }),
      'details.transportation',
    ],
    [
      'a hearing date that is not a date',
      plan('testimony', { details: { ...DETAILS.testimony, hearingDate: '10/12/2026' } }),
      'details.hearingDate',
    ],
    [
      'written with the youth, no day',
      plan('general', { writtenWithYouth: true }),
      'writtenWithYouthOn',
    ],
    ['an unknown section', plan('general', { notes: 'x' }), ''],
    [
      'a details field of another type',
      plan('general', { details: { releaseAt: 'x' } }),
      'details',
    ],
    ['an empty warning sign', plan('general', { warningSigns: ['  '] }), 'warningSigns.0'],
    [
      'a step for an organization off the team',
      plan('general', { steps: [{ partyOrganizationId: OFF_TEAM, title: 'Call', owner: 'Ana' }] }),
      'steps.0.partyOrganizationId',
    ],
    [
      'a step without an owner',
      plan('general', { steps: [{ partyOrganizationId: PARTY_ORG, title: 'Call' }] }),
      'steps.0.owner',
    ],
    [
      'a receiving organization off the team',
      plan('release_from_custody', {
        details: {
          ...DETAILS.release_from_custody,
          receiver: { kind: 'organization', organizationId: OFF_TEAM },
        },
      }),
      'details.receiver.organizationId',
    ],
  ];
  for (const [name, input, path] of refused) {
    test(`refuses ${name}, naming ${path || 'the plan'}`, () => {
      const result = checkSafetyPlan(input, TEAM);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.ok(
        result.problems.some((p) => p.path === path),
        JSON.stringify(result.problems),
      );
    });
  }

  test('any text outside the vocabulary as a type is refused (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(TYPES as string[]).includes(s)),
        (type) => !checkSafetyPlan({ type, writtenWithYouth: false }, TEAM).ok,
      ),
    );
  });
});

describe('who writes a plan, and who saves its versions', () => {
  const WRITERS: readonly Role[] = [
    'advocate',
    'child_welfare_worker',
    'probation_officer',
    'victim_witness_staff',
    'mental_health_provider',
    'provider_intake',
  ];
  const orgTypeOf = (role: Role) =>
    (Object.entries(ROLES_BY_ORGANIZATION_TYPE).find(([, roles]) => roles.includes(role))?.[0] ??
      'advocacy') as Actor['organizationType'];
  const actor = (role: Role, organizationId = TEAM_ORG, jurisdictionId = J): Actor => ({
    userId: 'u',
    organizationId,
    organizationType: orgTypeOf(role),
    jurisdictionId,
    roles: [role],
  });
  const facts = {
    jurisdictionId: J,
    seal: null,
    team: [{ organizationId: TEAM_ORG, userId: null }],
  };

  for (const role of ROLES) {
    const writes = WRITERS.includes(role);
    test(`${role}: ${writes ? 'writes' : 'does not write'} on the team; never off it or elsewhere`, () => {
      assert.equal(decideSafetyPlanWrite(actor(role), facts).allowed, writes);
      assert.equal(decideSafetyPlanWrite(actor(role, OFF_TEAM), facts).allowed, false);
      assert.equal(decideSafetyPlanWrite(actor(role, TEAM_ORG, 'other'), facts).allowed, false);
      // Saving a version: the holder's writers only.
      assert.equal(decideSafetyPlanEdit(actor(role), facts, TEAM_ORG).allowed, writes);
      const other = decideSafetyPlanEdit(actor(role), facts, PARTY_ORG);
      assert.equal(other.allowed, false);
      if (writes && !other.allowed) assert.equal(other.reason, 'not_the_holder');
    });
  }

  test('another county is refused as another jurisdiction, before anything else', () => {
    const decision = decideSafetyPlanWrite(actor('advocate', TEAM_ORG, 'other'), facts);
    assert.deepEqual(decision, { allowed: false, reason: 'other_jurisdiction' });
  });
});

describe('the version rule', () => {
  test('only the current version is saved, as the next (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (current, edited) => {
          const decision = decideVersion(current, edited);
          if (edited === current) return decision.ok && decision.next === current + 1;
          return !decision.ok && decision.current === current;
        },
      ),
    );
  });
});

describe('starting from the last plan', () => {
  test('copies the sections, drops step keys, leaves the original alone', () => {
    const previous = {
      warningSigns: ['a'],
      safePeople: [{ name: 'Rosa' }],
      safePlaces: [{ name: 'Library' }],
      agreedContacts: [{ name: 'Lee', phone: '555-0101' }],
      steps: [
        {
          key: '44444444-4444-4444-8444-444444444444',
          partyOrganizationId: PARTY_ORG,
          title: 'Drive',
          owner: 'Ana',
        },
      ],
    };
    const copy = startFrom(previous);
    assert.deepEqual(copy.steps, [
      { partyOrganizationId: PARTY_ORG, title: 'Drive', owner: 'Ana' },
    ]);
    assert.deepEqual(copy.safePeople, previous.safePeople);
    const first = copy.safePeople[0];
    if (first) Object.assign(first, { name: 'changed' });
    assert.equal(previous.safePeople[0]?.name, 'Rosa');
  });
});

describe('steps that reach another party as its task', () => {
  const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const release = (steps: { n: number; party: string; due?: string }[]) => {
    const result = checkSafetyPlan(
      plan('release_from_custody', {
        steps: steps.map((s) => ({
          key: key(s.n),
          partyOrganizationId: s.party,
          title: `Step ${String(s.n)}`,
          owner: 'Someone',
          ...(s.due ? { due: s.due } : {}),
        })),
      }),
      TEAM,
    );
    assert.ok(result.ok);
    return result.plan as Parameters<typeof stepTasks>[0];
  };

  test('the author’s own steps are no task; another party’s are, due at release by default', () => {
    const { create, withdraw } = stepTasks(
      release([
        { n: 1, party: TEAM_ORG },
        { n: 2, party: PARTY_ORG },
        { n: 3, party: PARTY_ORG, due: '2026-11-21T09:00:00Z' },
      ]),
      TEAM_ORG,
      new Map(),
      NOW,
    );
    assert.deepEqual(
      create.map((t) => [t.stepKey, t.partyOrganizationId, t.title, t.dueAt.toISOString()]),
      [
        [key(2), PARTY_ORG, 'Release step: Step 2', '2026-11-21T18:00:00.000Z'],
        [key(3), PARTY_ORG, 'Release step: Step 3', '2026-11-21T09:00:00.000Z'],
      ],
    );
    assert.deepEqual(withdraw, []);
  });

  test('a step already given is not given again, even done; a removed step withdraws its open task', () => {
    const given = new Map([
      [key(2), { taskId: 'task-2', open: true }],
      [key(4), { taskId: 'task-4', open: true }],
      [key(5), { taskId: 'task-5', open: false }],
    ]);
    const { create, withdraw } = stepTasks(
      release([
        { n: 2, party: PARTY_ORG },
        { n: 5, party: PARTY_ORG },
      ]),
      TEAM_ORG,
      given,
      NOW,
    );
    assert.deepEqual(create, []);
    assert.deepEqual(withdraw, ['task-4']);
  });

  test('property: a task is made exactly for each new step of another party; withdrawn are exactly the open ones no longer there', () => {
    const stepArb = fc.record({
      n: fc.integer({ min: 1, max: 12 }),
      party: fc.constantFrom(TEAM_ORG, PARTY_ORG),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(stepArb, { selector: (s) => s.n, maxLength: 8 }),
        fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 12 }), open: fc.boolean() }), {
          selector: (g) => g.n,
          maxLength: 8,
        }),
        (steps, givenList) => {
          const given = new Map(
            givenList.map((g) => [key(g.n), { taskId: `t${String(g.n)}`, open: g.open }]),
          );
          const { create, withdraw } = stepTasks(release(steps), TEAM_ORG, given, NOW);
          const expectedCreate = steps
            .filter((s) => s.party === PARTY_ORG && !given.has(key(s.n)))
            .map((s) => key(s.n));
          const kept = new Set(steps.filter((s) => s.party === PARTY_ORG).map((s) => key(s.n)));
          const expectedWithdraw = givenList
            .filter((g) => g.open && !kept.has(key(g.n)))
            .map((g) => `t${String(g.n)}`);
          assert.deepEqual(
            create.map((c) => c.stepKey),
            expectedCreate,
          );
          assert.deepEqual(withdraw, expectedWithdraw);
          for (const c of create) assert.match(c.title, /^Release step: Step \d+$/);
        },
      ),
    );
  });
});

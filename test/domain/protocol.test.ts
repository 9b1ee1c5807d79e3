// The protocol's pure rules: due times as the county counts them (minutes, hours, wall-clock days
// across daylight saving, business days around weekends and holidays, "before the hearing"),
// conditions, what fires, rule problems by code, and who records events and acts on tasks. The
// expected answers are written here from docs/PROTOCOL.md, not read from the modules.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { decideEventRecord } from '../../src/domain/case-access.js';
import { checkEvent, EVENT_TYPES, type EventType } from '../../src/domain/case-events.js';
import {
  addDuration,
  dueAt,
  escalationTimes,
  protocolSettingsSchema,
  ruleProblems,
  rulesThatFire,
  type ProtocolCaseFacts,
  type ProtocolRule,
} from '../../src/domain/protocol.js';
import { DEFAULT_PROTOCOL_PACK } from '../../src/domain/protocol-pack.js';
import { decideTaskAction, type TaskFacts } from '../../src/domain/tasks.js';
import type { Actor } from '../../src/domain/actor.js';
import { ROLES, ROLES_BY_ORGANIZATION_TYPE, type Role } from '../../src/domain/vocabulary.js';

const LA = { timeZone: 'America/Los_Angeles', holidays: [] as string[] };
const at = (iso: string) => new Date(iso);
const settings = protocolSettingsSchema.parse({});

describe('durations as the county counts them', () => {
  test('minutes and hours are exact', () => {
    const from = at('2026-11-20T09:40:00Z');
    assert.equal(
      addDuration(from, { amount: 90, unit: 'minutes' }, LA).toISOString(),
      '2026-11-20T11:10:00.000Z',
    );
    assert.equal(
      addDuration(from, { amount: 72, unit: 'hours' }, LA).toISOString(),
      '2026-11-23T09:40:00.000Z',
    );
  });

  test('a day across the fall daylight-saving change is 25 hours; across spring, 23', () => {
    // 2026-10-31 10:00 PDT (17:00Z) + 1 day = 2026-11-01 10:00 PST (18:00Z).
    assert.equal(
      addDuration(at('2026-10-31T17:00:00Z'), { amount: 1, unit: 'days' }, LA).toISOString(),
      '2026-11-01T18:00:00.000Z',
    );
    // 2027-03-13 10:00 PST (18:00Z) + 1 day = 2027-03-14 10:00 PDT (17:00Z).
    assert.equal(
      addDuration(at('2027-03-13T18:00:00Z'), { amount: 1, unit: 'days' }, LA).toISOString(),
      '2027-03-14T17:00:00.000Z',
    );
    // Hours stay exact across the change: 24 hours after 10:00 PDT is 09:00 PST.
    assert.equal(
      addDuration(at('2026-10-31T17:00:00Z'), { amount: 24, unit: 'hours' }, LA).toISOString(),
      '2026-11-01T17:00:00.000Z',
    );
  });

  test('business days end at local midnight and skip weekends and the county’s holidays', () => {
    // Friday 2026-11-20 01:40 PST + 1 business day: the end of Monday the 23rd = Tue 00:00 PST.
    const friday = at('2026-11-20T09:40:00Z');
    assert.equal(
      addDuration(friday, { amount: 1, unit: 'business_days' }, LA).toISOString(),
      '2026-11-24T08:00:00.000Z',
    );
    // With Monday a holiday, Tuesday is the first business day.
    assert.equal(
      addDuration(
        friday,
        { amount: 1, unit: 'business_days' },
        { ...LA, holidays: ['2026-11-23'] },
      ).toISOString(),
      '2026-11-25T08:00:00.000Z',
    );
    // Wednesday 2026-11-25 + 3 business days over Thanksgiving (26th) and the day after (27th),
    // both county holidays: Mon 30, Tue 1, Wed 2 -> due Thu 2026-12-03 00:00 PST.
    assert.equal(
      addDuration(
        at('2026-11-25T18:00:00Z'),
        { amount: 3, unit: 'business_days' },
        { ...LA, holidays: ['2026-11-26', '2026-11-27'] },
      ).toISOString(),
      '2026-12-03T08:00:00.000Z',
    );
  });

  test('"before the hearing" counts back from the start of the hearing’s day', () => {
    const subpoena = {
      type: 'subpoena' as const,
      occurredAt: at('2026-11-20T18:00:00Z'),
      details: { hearingDate: '2026-12-09' },
    };
    // Two business days before Wednesday 2026-12-09: Monday 2026-12-07, its start in PST.
    assert.equal(
      dueAt(
        { before: 'hearingDate', by: { amount: 2, unit: 'business_days' } },
        subpoena,
        LA,
      ).toISOString(),
      '2026-12-07T08:00:00.000Z',
    );
    // Hours before: 12 hours before 2026-12-09 00:00 PST.
    assert.equal(
      dueAt(
        { before: 'hearingDate', by: { amount: 12, unit: 'hours' } },
        subpoena,
        LA,
      ).toISOString(),
      '2026-12-08T20:00:00.000Z',
    );
    // Without the date, it counts from the event.
    const release = {
      type: 'release' as const,
      occurredAt: at('2026-11-20T18:00:00Z'),
      details: {},
    };
    assert.equal(
      dueAt({ before: 'releaseAt', by: { amount: 0, unit: 'minutes' } }, release, LA).toISOString(),
      '2026-11-20T18:00:00.000Z',
    );
  });

  test('escalations count from the due time', () => {
    const due = at('2026-11-20T11:10:00Z');
    const times = escalationTimes(
      due,
      [
        { after: { amount: 0, unit: 'minutes' }, to: { kind: 'assignee_point_person' } },
        { after: { amount: 2, unit: 'hours' }, to: { kind: 'coordinator' } },
      ],
      LA,
    );
    assert.deepEqual(
      times.map((t) => t.toISOString()),
      ['2026-11-20T11:10:00.000Z', '2026-11-20T13:10:00.000Z'],
    );
  });

  test('property: a duration never moves time backwards, and minutes add exactly', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: at('2025-01-01T00:00:00Z'),
          max: at('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('minutes', 'hours', 'days', 'business_days' as const),
        (from, amount, unit) => {
          const to = addDuration(from, { amount, unit }, LA);
          assert.ok(to.getTime() >= from.getTime() || (unit === 'business_days' && amount === 0));
          if (unit === 'minutes') assert.equal(to.getTime() - from.getTime(), amount * 60_000);
        },
      ),
    );
  });
});

describe('what fires', () => {
  const facts: ProtocolCaseFacts = {
    jurisdictionId: 'j',
    teamOrganizationTypes: ['law_enforcement'],
    inCustody: false,
    identifiedByLawEnforcement: true,
  };
  const pack: ProtocolRule[] = DEFAULT_PROTOCOL_PACK.map(({ key, ...rule }, i) => ({
    ...rule,
    key,
    id: `r${String(i)}`,
    version: 1,
    active: true,
    countyDefault: true,
  }));
  const fire = (type: EventType, details: object, caseFacts = facts) =>
    rulesThatFire(
      pack,
      { type, occurredAt: at('2026-11-20T09:40:00Z'), details },
      caseFacts,
      settings,
    )
      .map((r) => r.key)
      .sort();

  // The pack's table in docs/PROTOCOL.md, event by event.
  const table: [EventType, object, Partial<ProtocolCaseFacts>, string[]][] = [
    [
      'identification',
      { byOrganizationType: 'law_enforcement' },
      {},
      ['le-identification-advocate', 'le-identification-mdt', 'le-identification-services'],
    ],
    [
      'identification',
      { byOrganizationType: 'law_enforcement', meetsForensicInterviewCriteria: true },
      {},
      [
        'le-identification-advocate',
        'le-identification-cac',
        'le-identification-mdt',
        'le-identification-services',
      ],
    ],
    ['identification', { byOrganizationType: 'child_welfare' }, {}, ['cw-identification-report']],
    ['identification', { byOrganizationType: 'advocacy' }, {}, []],
    ['missing', { fromCare: false }, {}, ['missing-ncic']],
    ['missing', { fromCare: true }, {}, ['missing-from-care-reports', 'missing-ncic']],
    ['returned', { knownRunawayHistory: false }, {}, ['returned-debrief']],
    ['returned', { knownRunawayHistory: true }, {}, ['returned-debrief-history']],
    [
      'disclosure',
      { toOrganizationType: 'medical', inCustody: true },
      {},
      ['custody-disclosure-medical'],
    ],
    [
      'disclosure',
      { toOrganizationType: 'mental_health', inCustody: true },
      {},
      ['custody-disclosure-mental-health'],
    ],
    ['disclosure', { toOrganizationType: 'medical', inCustody: false }, {}, []],
    ['disclosure', { toOrganizationType: 'advocacy', inCustody: true }, {}, []],
    ['detention', {}, {}, []],
    [
      'detention',
      {},
      { teamOrganizationTypes: ['child_welfare'] },
      ['detention-child-welfare-notice'],
    ],
    ['release', {}, {}, ['release-safety-plan']],
    ['subpoena', { hearingDate: '2026-12-09' }, {}, ['subpoena-testimony']],
    [
      'subpoena',
      { hearingDate: '2026-12-09', hearingJurisdictionId: 'other' },
      {},
      ['subpoena-hearing-county', 'subpoena-testimony'],
    ],
    [
      'subpoena',
      { hearingDate: '2026-12-09', hearingJurisdictionId: 'j' },
      {},
      ['subpoena-testimony'],
    ],
    // `covered` is filled in by the server from the legal profile (non-criminalization.ts).
    [
      'arrest_attempt',
      { offenseCode: 'prostitution', covered: true },
      {},
      ['arrest-attempt-victim'],
    ],
    // Prostitution-related but not covered (an adult): the review rule does not fire.
    [
      'arrest_attempt',
      { offenseCode: 'prostitution', prostitutionRelated: true, covered: false },
      {},
      [],
    ],
    ['arrest_attempt', { offenseDescription: 'x', prostitutionRelated: false }, {}, []],
    ['charging', { offenseCode: 'prostitution', covered: true }, {}, ['charging-victim']],
    ['charging', { offenseCode: 'other', offenseDescription: 'x', covered: false }, {}, []],
    ['protective_custody', {}, {}, []],
    ['placement_change', {}, {}, []],
    ['hearing', { hearingDate: '2026-12-09' }, {}, []],
    ['hearing', { hearingDate: '2026-12-09', youthTestifies: false }, {}, []],
    ['hearing', { hearingDate: '2026-12-09', youthTestifies: true }, {}, ['hearing-testimony']],
    [
      'hearing',
      { hearingDate: '2026-12-09', hearingJurisdictionId: 'other' },
      {},
      ['hearing-county'],
    ],
    [
      'hearing',
      { hearingDate: '2026-12-09', hearingJurisdictionId: 'other', youthTestifies: true },
      {},
      ['hearing-county', 'hearing-testimony'],
    ],
    ['hearing', { hearingDate: '2026-12-09', hearingJurisdictionId: 'j' }, {}, []],
    ['transfer', { toJurisdictionId: 'other' }, {}, []],
  ];
  for (const [type, details, override, expected] of table) {
    test(`${type} ${JSON.stringify(details)} ${JSON.stringify(override)} -> ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(fire(type, details, { ...facts, ...override }), expected);
    });
  }

  test('an inactive rule never fires; a setting condition reads the county’s decision', () => {
    const [first] = pack;
    assert.ok(first);
    assert.deepEqual(
      rulesThatFire(
        [{ ...first, active: false }],
        {
          type: first.trigger,
          occurredAt: new Date(),
          details: {
            byOrganizationType: 'law_enforcement',
            prostitutionRelated: false,
            meetsForensicInterviewCriteria: false,
          },
        },
        facts,
        settings,
      ),
      [],
    );
    const onArrest = {
      ...first,
      conditions: [
        { fact: 'setting' as const, setting: 'lawEnforcementResponse' as const, equals: 'arrest' },
      ],
    };
    const event = { type: first.trigger, occurredAt: new Date(), details: {} };
    assert.equal(rulesThatFire([onArrest], event, facts, settings).length, 0);
    assert.equal(
      rulesThatFire([onArrest], event, facts, { ...settings, lawEnforcementResponse: 'arrest' })
        .length,
      1,
    );
  });
});

describe('rule problems are named by code', () => {
  const known = { pointPersonFunctions: ['CSEC point person', 'CSEC coordinator'] };
  const task = {
    kind: 'task',
    taskKind: 'action',
    title: 'Do it',
    assignee: { kind: 'organization_type', organizationType: 'advocacy' },
    due: { after: { amount: 1, unit: 'hours' } },
  };
  const base = {
    name: 'R',
    trigger: 'identification',
    conditions: [],
    actions: [task],
    source: 's',
  };
  const codes = (rule: unknown) => {
    const result = ruleProblems(rule, known);
    return result.ok ? [] : result.problems.map((p): string => p.code);
  };
  const cases: [string, unknown, string][] = [
    ['unknown trigger', { ...base, trigger: 'kidnapping' }, 'unknown_event_type'],
    [
      'unknown assignee type',
      {
        ...base,
        actions: [{ ...task, assignee: { kind: 'organization_type', organizationType: 'fbi' } }],
      },
      'unknown_organization_type',
    ],
    [
      'unknown team condition type',
      { ...base, conditions: [{ fact: 'team_includes', organizationType: 'fbi', equals: true }] },
      'unknown_organization_type',
    ],
    [
      'unknown function',
      {
        ...base,
        actions: [{ ...task, assignee: { kind: 'point_person', function: 'Night owl' } }],
      },
      'unknown_function',
    ],
    [
      'unknown escalation function',
      {
        ...base,
        actions: [
          {
            ...task,
            escalations: [
              {
                after: { amount: 0, unit: 'minutes' },
                to: { kind: 'point_person', function: 'Owl' },
              },
            ],
          },
        ],
      },
      'unknown_function',
    ],
    [
      'a detail the trigger lacks',
      { ...base, conditions: [{ fact: 'detail', field: 'fromCare', equals: true }] },
      'unknown_detail',
    ],
    [
      'a value of the wrong kind',
      { ...base, conditions: [{ fact: 'detail', field: 'prostitutionRelated', equals: 'yes' }] },
      'wrong_value',
    ],
    [
      'an unknown setting choice',
      {
        ...base,
        conditions: [{ fact: 'setting', setting: 'juvenileHallPractice', equals: 'maybe' }],
      },
      'wrong_value',
    ],
    [
      'a date the trigger does not carry',
      {
        ...base,
        actions: [{ ...task, due: { before: 'hearingDate', by: { amount: 1, unit: 'days' } } }],
      },
      'no_such_date',
    ],
    [
      'the hearing county on an identification',
      {
        ...base,
        actions: [
          {
            kind: 'notify',
            to: { kind: 'point_person', function: 'CSEC coordinator', jurisdiction: 'hearing' },
            message: 'm',
          },
        ],
      },
      'wrong_jurisdiction_kind',
    ],
    ['no actions', { ...base, actions: [] }, 'invalid_rule'],
    [
      'more business days than the calendar counts (the clock would fail at firing)',
      { ...base, actions: [{ ...task, due: { after: { amount: 31, unit: 'business_days' } } }] },
      'invalid_rule',
    ],
    [
      'code in a condition',
      { ...base, conditions: [{ fact: 'javascript', code: 'true' }] },
      'invalid_rule',
    ],
  ];
  for (const [what, rule, code] of cases) {
    test(`${what}: ${code}`, () => {
      assert.ok(codes(rule).includes(code), JSON.stringify(codes(rule)));
    });
  }
  test('a sound rule, and every rule of the default pack, pass', () => {
    assert.deepEqual(codes(base), []);
    for (const { key, ...rule } of DEFAULT_PROTOCOL_PACK) {
      assert.deepEqual(codes(rule), [], key);
    }
  });
});

describe('who records each event (docs/PROTOCOL.md)', () => {
  // The table as the doc writes it.
  const RECORDERS: Record<EventType, Role[]> = {
    identification: [
      'law_enforcement_officer',
      'child_welfare_worker',
      'probation_officer',
      'advocate',
      'medical_provider',
      'mental_health_provider',
      'forensic_interviewer',
      'provider_intake',
    ],
    protective_custody: ['law_enforcement_officer', 'child_welfare_worker'],
    arrest_attempt: ['law_enforcement_officer'],
    detention: ['law_enforcement_officer', 'probation_officer', 'court_clerk'],
    release: ['probation_officer', 'court_clerk', 'judge'],
    placement_change: ['child_welfare_worker', 'probation_officer'],
    missing: [
      'child_welfare_worker',
      'probation_officer',
      'law_enforcement_officer',
      'advocate',
      'provider_intake',
    ],
    returned: [
      'child_welfare_worker',
      'probation_officer',
      'law_enforcement_officer',
      'advocate',
      'provider_intake',
    ],
    disclosure: [
      'medical_provider',
      'mental_health_provider',
      'advocate',
      'forensic_interviewer',
      'child_welfare_worker',
      'probation_officer',
    ],
    subpoena: ['prosecutor', 'victim_witness_staff', 'court_clerk'],
    hearing: ['prosecutor', 'victim_witness_staff', 'court_clerk', 'judge'],
    transfer: ['coordinator', 'child_welfare_worker', 'probation_officer', 'court_clerk'],
    charging: ['prosecutor'],
    // Completing a screening records it; nobody types it.
    screening_result: [],
  };
  const typeOf = (role: Role) =>
    (Object.entries(ROLES_BY_ORGANIZATION_TYPE).find(([, roles]) => roles.includes(role))?.[0] ??
      'advocacy') as Actor['organizationType'];
  for (const type of EVENT_TYPES) {
    for (const role of ROLES) {
      const expected = RECORDERS[type].includes(role);
      test(`${role} ${expected ? 'records' : 'does not record'} ${type}`, () => {
        const actor: Actor = {
          userId: 'u',
          organizationId: 'o',
          organizationType: typeOf(role),
          jurisdictionId: 'j',
          roles: [role],
        };
        const facts = {
          jurisdictionId: 'j',
          seal: null,
          team: [{ organizationId: 'o', userId: null }],
        };
        assert.equal(decideEventRecord(actor, type, facts).allowed, expected);
        // Never off the team, never in another county.
        assert.equal(decideEventRecord(actor, type, { ...facts, team: [] }).allowed, false);
        assert.equal(
          decideEventRecord(actor, type, { ...facts, jurisdictionId: 'k' }).allowed,
          false,
        );
      });
    }
  }

  test('an event may be late, never ahead of the clock (two minutes of drift allowed)', () => {
    const now = at('2026-11-20T09:40:00Z');
    const ok = (ms: number) =>
      checkEvent(
        { type: 'protective_custody', occurredAt: new Date(now.getTime() + ms), details: {} },
        now,
      ).ok;
    assert.equal(ok(-5 * 3_600_000), true);
    assert.equal(ok(0), true);
    assert.equal(ok(2 * 60_000), true);
    assert.equal(ok(2 * 60_000 + 1), false);
    const missingOffense = checkEvent(
      { type: 'arrest_attempt', occurredAt: now, details: { prostitutionRelated: true } },
      now,
    );
    assert.equal(missingOffense.ok, false);
    const extra = checkEvent(
      { type: 'detention', occurredAt: now, details: { name: 'Jade' } },
      now,
    );
    assert.equal(extra.ok, false, 'no detail a type does not have');
  });
});

describe('who acts on a task', () => {
  const task: TaskFacts = {
    jurisdictionId: 'j',
    assigneeOrganizationId: 'advocacy',
    assigneeUserId: null,
    status: 'open',
    seal: null,
  };
  const person = (
    organizationId: string,
    role: Role,
    userId = 'u1',
    type = typeOfOrg(organizationId),
  ): Actor => ({
    userId,
    organizationId,
    organizationType: type,
    jurisdictionId: 'j',
    roles: [role],
  });
  function typeOfOrg(id: string): Actor['organizationType'] {
    return id === 'lead' ? 'county_lead' : id === 'advocacy' ? 'advocacy' : 'probation';
  }
  const allowed = (actor: Actor, action: 'read' | 'take' | 'complete' | 'cancel', facts = task) =>
    decideTaskAction(actor, action, facts).allowed;

  test('the assignee organization’s people read, take, complete and cancel', () => {
    for (const action of ['read', 'take', 'complete', 'cancel'] as const) {
      assert.equal(allowed(person('advocacy', 'advocate'), action), true, action);
    }
  });
  test('the coordinator reads and cancels, never takes or completes', () => {
    const coordinator = person('lead', 'coordinator');
    assert.deepEqual(
      (['read', 'take', 'complete', 'cancel'] as const).map((a) => allowed(coordinator, a)),
      [true, false, false, true],
    );
  });
  test('another organization, another county, an administrator: nothing', () => {
    for (const action of ['read', 'take', 'complete', 'cancel'] as const) {
      assert.equal(allowed(person('probation', 'probation_officer'), action), false);
      assert.equal(
        allowed({ ...person('advocacy', 'advocate'), jurisdictionId: 'k' }, action),
        false,
      );
      assert.equal(allowed(person('lead', 'administrator'), action), false);
    }
  });
  test('taken by a colleague: not taken again, but a colleague may complete it; closed: nothing', () => {
    const taken = { ...task, assigneeUserId: 'u2' };
    assert.equal(decideTaskAction(person('advocacy', 'advocate'), 'take', taken).allowed, false);
    assert.equal(allowed(person('advocacy', 'advocate'), 'complete', taken), true);
    assert.equal(allowed(person('advocacy', 'advocate', 'u2'), 'take', taken), true);
    for (const status of ['done', 'cancelled'] as const) {
      assert.equal(allowed(person('advocacy', 'advocate'), 'complete', { ...task, status }), false);
      assert.equal(allowed(person('advocacy', 'advocate'), 'read', { ...task, status }), true);
    }
  });
  test('a sealed case’s task: gone for all but the roles the order names, who still act only on their own', () => {
    const seal = { courtOrganizationId: 'court', rolesAllowed: ['judge' as const] };
    const judge = person('court', 'judge', 'u1', 'juvenile_court');
    const clerk = person('court', 'court_clerk', 'u1', 'juvenile_court');
    const otherCourtJudge = person('court-2', 'judge', 'u1', 'juvenile_court');
    const actions = ['read', 'take', 'complete', 'cancel'] as const;
    const outcome = (actor: Actor, facts: TaskFacts) =>
      actions.map((a) => {
        const d = decideTaskAction(actor, a, facts);
        return d.allowed ? 'allowed' : d.reason;
      });
    const all = (outcome: string) => [outcome, outcome, outcome, outcome];
    const sealedAdvocacyTask = { ...task, seal };
    const sealedCourtTask = { ...task, assigneeOrganizationId: 'court', seal };
    const cases: [string, Actor, TaskFacts, string[]][] = [
      ['assignee advocate', person('advocacy', 'advocate'), sealedAdvocacyTask, all('sealed')],
      ['coordinator', person('lead', 'coordinator'), sealedAdvocacyTask, all('sealed')],
      ['named judge, not the assignee', judge, sealedAdvocacyTask, all('not_your_task')],
      ['named judge, the assignee', judge, sealedCourtTask, all('allowed')],
      ['clerk the order does not name', clerk, sealedCourtTask, all('sealed')],
      ['another court’s judge', otherCourtJudge, sealedCourtTask, all('sealed')],
      [
        'another county’s coordinator',
        { ...person('lead', 'coordinator'), jurisdictionId: 'k' },
        sealedAdvocacyTask,
        all('other_jurisdiction'),
      ],
    ];
    for (const [who, actor, facts, expected] of cases) {
      assert.deepEqual(outcome(actor, facts), expected, who);
    }
    // Lifted, the same task is the assignee's again.
    assert.deepEqual(
      outcome(person('advocacy', 'advocate'), { ...sealedAdvocacyTask, seal: null }),
      ['allowed', 'allowed', 'allowed', 'allowed'],
    );
  });
});

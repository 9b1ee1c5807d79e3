// Who owes what under the printed protocol: every kind of action and every assignee and recipient
// kind, from a table written here; inactive rules owe nothing; and, for any rules, every task
// appears once under its assignee and each escalation step once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Action, Assignee, ProtocolRule, Recipient } from '../../src/domain/protocol.js';
import { protocolDuties, type DutyHolder } from '../../src/domain/protocol-duties.js';
import { DEFAULT_PROTOCOL_PACK } from '../../src/domain/protocol-pack.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../src/domain/vocabulary.js';

const functions = new Map<string, OrganizationType>([
  ['24/7 on-call advocate', 'advocacy'],
  ['probation csec lead', 'probation'],
]);

const rule = (actions: Action[], active = true): ProtocolRule => ({
  id: 'r',
  key: 'k',
  version: 1,
  name: 'n',
  trigger: 'subpoena',
  conditions: [],
  actions,
  source: 's',
  active,
  countyDefault: false,
});

const task = (assignee: Assignee, ladder: Recipient[] = []): Action => ({
  kind: 'task',
  taskKind: 'action',
  title: 't',
  assignee,
  due: { after: { amount: 1, unit: 'hours' } },
  escalations: ladder.map((to) => ({ after: { amount: 0, unit: 'minutes' }, to })),
});

const TABLE: [string, Action, DutyHolder[]][] = [
  ['task to a type', task({ kind: 'organization_type', organizationType: 'medical' }), ['medical']],
  [
    'task to a known function, case insensitive',
    task({ kind: 'point_person', function: '24/7 On-Call Advocate' }),
    ['advocacy'],
  ],
  [
    'task to a function nobody holds falls on the coordinator',
    task({ kind: 'point_person', function: 'gone' }),
    ['coordinator'],
  ],
  ['task to the recorder', task({ kind: 'recorder' }), ['recorder']],
  ['task to the coordinator', task({ kind: 'coordinator' }), ['coordinator']],
  [
    'escalations: own point person, coordinator, function, team member, other county',
    task({ kind: 'organization_type', organizationType: 'probation' }, [
      { kind: 'assignee_point_person' },
      { kind: 'coordinator' },
      { kind: 'point_person', function: 'probation csec lead', jurisdiction: 'case' },
      { kind: 'team_member', organizationType: 'district_attorney' },
      { kind: 'point_person', function: 'coordinator', jurisdiction: 'hearing' },
    ]),
    ['probation', 'probation', 'coordinator', 'probation', 'district_attorney', 'other_county'],
  ],
  [
    'notice to a team member',
    {
      kind: 'notify',
      to: { kind: 'team_member', organizationType: 'child_welfare' },
      message: 'm',
    },
    ['child_welfare'],
  ],
  [
    'notice to another county',
    {
      kind: 'notify',
      to: { kind: 'point_person', function: 'x', jurisdiction: 'transfer' },
      message: 'm',
    },
    ['other_county'],
  ],
  [
    'notice to "the assignee’s point person" reaches nobody',
    { kind: 'notify', to: { kind: 'assignee_point_person' }, message: 'm' },
    [],
  ],
  ['a place on the team', { kind: 'add_to_team', organizationType: 'advocacy' }, ['advocacy']],
  [
    'a referral',
    { kind: 'referral', receiverOrganizationType: 'child_advocacy_center' },
    ['child_advocacy_center'],
  ],
  ['the statement', { kind: 'statement' }, ['recorder']],
];

describe('protocolDuties', () => {
  for (const [what, action, holders] of TABLE) {
    test(what, () => {
      const duties = protocolDuties([rule([action])], functions);
      assert.deepEqual(
        duties.map((d) => d.holder),
        holders,
      );
      assert.ok(duties.every((d) => d.ruleKey === 'k' && d.source === 's'));
    });
  }

  test('an inactive rule owes nothing', () => {
    assert.deepEqual(protocolDuties([rule([{ kind: 'statement' }], false)], functions), []);
  });

  test('the default pack: the advocate-on-scene clock is advocacy’s, with its source', () => {
    const pack = DEFAULT_PROTOCOL_PACK.map((r) => ({
      ...r,
      id: r.key,
      version: 1,
      active: true,
      countyDefault: true,
    }));
    const onScene = protocolDuties(pack, functions).filter(
      (d) => d.kind === 'task' && d.ruleKey === 'le-identification-advocate',
    );
    assert.deepEqual(
      onScene.map((d) => [d.holder, d.source.startsWith('Los Angeles County CSEC')]),
      [['advocacy', true]],
    );
  });

  test('any rules: one task duty per task, one escalation duty per step, none lost', () => {
    const type = fc.constantFrom(...ORGANIZATION_TYPES);
    const assignee: fc.Arbitrary<Assignee> = fc.oneof(
      type.map((organizationType) => ({ kind: 'organization_type' as const, organizationType })),
      fc.constantFrom('24/7 on-call advocate', 'nobody').map((f) => ({
        kind: 'point_person' as const,
        function: f,
      })),
      fc.constant({ kind: 'recorder' as const }),
      fc.constant({ kind: 'coordinator' as const }),
    );
    const recipient: fc.Arbitrary<Recipient> = fc.oneof(
      fc.constant({ kind: 'assignee_point_person' as const }),
      fc.constant({ kind: 'coordinator' as const }),
      type.map((organizationType) => ({ kind: 'team_member' as const, organizationType })),
    );
    const action = fc
      .tuple(assignee, fc.array(recipient, { maxLength: 5 }))
      .map(([a, ladder]) => task(a, ladder));
    fc.assert(
      fc.property(
        fc.array(fc.array(action, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (sets) => {
          const rules = sets.map((actions) => rule(actions));
          const duties = protocolDuties(rules, functions);
          const tasks = sets.flat();
          assert.equal(duties.filter((d) => d.kind === 'task').length, tasks.length);
          const steps = tasks.reduce(
            (n, a) => n + (a.kind === 'task' ? a.escalations.length : 0),
            0,
          );
          assert.equal(duties.filter((d) => d.kind === 'escalation').length, steps);
          // An escalation to the assignee's own point person stays with the task's holder.
          duties.forEach((d, i) => {
            if (d.kind === 'escalation' && d.step.to.kind === 'assignee_point_person') {
              const owner = duties
                .slice(0, i)
                .reverse()
                .find((x) => x.kind === 'task');
              assert.equal(d.holder, owner?.holder);
            }
          });
        },
      ),
    );
  });
});

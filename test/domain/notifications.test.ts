// Whom an act calls out (src/domain/notifications.ts), every kind against every organization
// type, from a table written here from docs/ARCHITECTURE.md ("Notifications"); and the
// parameters a notice carries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  CALLED_OUT_KINDS,
  calledOutRoles,
  notificationParams,
  type NotificationContent,
} from '../../src/domain/notifications.js';
import {
  ORGANIZATION_TYPES,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

/** Every kind reaches the same people: whoever of the organization works cases, but judges. */
const TOLD: Record<OrganizationType, readonly Role[]> = {
  advocacy: ['advocate'],
  child_welfare: ['child_welfare_worker'],
  probation: ['probation_officer'],
  law_enforcement: ['law_enforcement_officer'],
  district_attorney: ['prosecutor', 'victim_witness_staff'],
  juvenile_court: ['court_clerk'],
  child_advocacy_center: ['forensic_interviewer', 'advocate'],
  medical: ['medical_provider'],
  mental_health: ['mental_health_provider'],
  community_provider: ['provider_intake', 'advocate'],
  county_lead: ['coordinator'],
  oversight: [],
};

test('each kind of call reaches the roles of the organization that act on it', () => {
  assert.deepEqual([...CALLED_OUT_KINDS].sort(), [
    'certification.answered',
    'referral.sent',
    'referral.withdrawn',
    'release.request',
    'task.assigned',
    'team.add',
  ]);
  for (const kind of CALLED_OUT_KINDS) {
    for (const type of ORGANIZATION_TYPES) {
      assert.deepEqual(
        [...calledOutRoles(kind, type)].sort(),
        [...TOLD[type]].sort(),
        `${kind} to ${type}`,
      );
    }
  }
});

test('never an administrator, an oversight analyst, juvenile hall intake or a judge', () => {
  const never: readonly Role[] = [
    'administrator',
    'oversight_analyst',
    'juvenile_hall_intake',
    'judge',
  ];
  for (const kind of CALLED_OUT_KINDS) {
    for (const type of ORGANIZATION_TYPES) {
      for (const role of calledOutRoles(kind, type)) assert.ok(!never.includes(role));
    }
  }
});

test('parameters: strings and fresh lists of strings, absent ones left out', () => {
  const text = fc.string({ maxLength: 20 });
  fc.assert(
    fc.property(
      text,
      text,
      fc.option(text, { nil: undefined }),
      fc.option(text, { nil: undefined }),
      (caseNumber, organization, byOrganization, byRule) => {
        const content: NotificationContent = {
          code: 'team.add',
          params: {
            caseNumber,
            organization,
            teamRole: 'advocate',
            ...(byOrganization === undefined ? {} : { byOrganization }),
            ...(byRule === undefined ? {} : { byRule }),
          },
        };
        const expected: Record<string, string> = { caseNumber, organization, teamRole: 'advocate' };
        if (byOrganization !== undefined) expected.byOrganization = byOrganization;
        if (byRule !== undefined) expected.byRule = byRule;
        assert.deepEqual(notificationParams(content), expected);
      },
    ),
  );
  const categories = ['medical', 'case_notes'] as const;
  const params = notificationParams({
    code: 'release.request',
    params: { caseNumber: '2026-X-1', recordedBy: 'A', recipients: ['B', 'C'], categories },
  });
  assert.deepEqual(params, {
    caseNumber: '2026-X-1',
    recordedBy: 'A',
    recipients: ['B', 'C'],
    categories: ['medical', 'case_notes'],
  });
  assert.notEqual(params.categories, categories, 'a copy, not the caller’s list');
  assert.deepEqual(
    notificationParams({
      code: 'task.assigned',
      params: { caseNumber: '2026-X-1', dueAt: '2026-11-23T11:30:00.000Z' },
    }),
    { caseNumber: '2026-X-1', dueAt: '2026-11-23T11:30:00.000Z' },
    'a safety plan step names no task',
  );
});

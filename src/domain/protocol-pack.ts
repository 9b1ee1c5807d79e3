// The default protocol pack: what Lantern installs for a new jurisdiction and the demo county.
// Each rule cites where its clock comes from; every one is a county-editable default, and the
// sources marked so are practice or guidance a county confirms, not law (docs/PROTOCOL.md).
import { PACK_NOTICE_RULES, type PackNoticeRule } from './notifications.js';
import type { Escalation, RuleDefinition } from './protocol.js';

export interface PackRule extends RuleDefinition {
  /** Stable across versions and counties, so a county's edits and the pack can be compared. */
  readonly key: string;
}

const AT_DUE_SUPERVISOR: Escalation = {
  after: { amount: 0, unit: 'minutes' },
  to: { kind: 'assignee_point_person' },
};
const COORDINATOR_AFTER_2H: Escalation = {
  after: { amount: 2, unit: 'hours' },
  to: { kind: 'coordinator' },
};
const LADDER = [AT_DUE_SUPERVISOR, COORDINATOR_AFTER_2H];

const LA_FIRST_RESPONDER =
  'Los Angeles County CSEC First Responder Protocol (2014): advocate and partners on scene within 90 minutes; specialized services and a health evaluation within 72 hours';
const byLawEnforcement = [
  { fact: 'detail', field: 'byOrganizationType', equals: 'law_enforcement' },
] as const;

const NON_CRIMINALIZATION_SOURCE =
  'The legal profile’s non-criminalization law (California: Penal Code 647(b)(5) and 653.22(a)(2), SB 1322 (2016); Welfare and Institutions Code 18259.3); the review’s clock is county practice, unconfirmed';

/**
 * The district attorney's point person reviews every covered arrest attempt or charging step the
 * next business day, so no child is charged with what the law says she is a victim of.
 */
const DA_REVIEW: PackRule['actions'][number] = {
  kind: 'task',
  taskKind: 'action',
  title:
    'Review: a minor was arrested or charged for an offense the law does not charge minors with',
  assignee: { kind: 'organization_type', organizationType: 'district_attorney' },
  due: { after: { amount: 1, unit: 'business_days' } },
  escalations: LADDER,
};

export const DEFAULT_PROTOCOL_PACK: readonly PackRule[] = [
  {
    key: 'le-identification-advocate',
    name: 'Law enforcement identifies a child: advocate on scene',
    trigger: 'identification',
    conditions: [...byLawEnforcement],
    actions: [
      { kind: 'statement' },
      { kind: 'add_to_team', organizationType: 'advocacy' },
      {
        kind: 'task',
        taskKind: 'action',
        title: 'Advocate on scene with the youth',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { after: { amount: 90, unit: 'minutes' } },
        escalations: LADDER,
      },
    ],
    source: LA_FIRST_RESPONDER,
  },
  {
    key: 'le-identification-services',
    name: 'Law enforcement identifies a child: specialized services and health evaluation',
    trigger: 'identification',
    conditions: [...byLawEnforcement],
    actions: [
      {
        kind: 'task',
        taskKind: 'action',
        title: 'Connect the youth with specialized services',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { after: { amount: 72, unit: 'hours' } },
        escalations: [{ after: { amount: 0, unit: 'minutes' }, to: { kind: 'coordinator' } }],
      },
      {
        kind: 'task',
        taskKind: 'action',
        title: 'Health evaluation',
        assignee: { kind: 'organization_type', organizationType: 'medical' },
        due: { after: { amount: 72, unit: 'hours' } },
        escalations: [{ after: { amount: 0, unit: 'minutes' }, to: { kind: 'coordinator' } }],
      },
    ],
    source: LA_FIRST_RESPONDER,
  },
  {
    key: 'le-identification-mdt',
    name: 'Law enforcement identifies a child: multidisciplinary team review',
    trigger: 'identification',
    conditions: [...byLawEnforcement],
    actions: [
      {
        kind: 'task',
        taskKind: 'mdt_review',
        title: 'Review the case at the multidisciplinary team',
        assignee: { kind: 'coordinator' },
        due: { after: { amount: 3, unit: 'business_days' } },
        escalations: [],
      },
    ],
    source:
      'County practice, unconfirmed: Montgomery County (TX) meets within 24 hours of recovery; a 72-hour MDT in Los Angeles is unconfirmed. Set by the county.',
  },
  {
    key: 'le-identification-cac',
    name: 'Law enforcement identifies a child who meets the forensic-interview criteria',
    trigger: 'identification',
    conditions: [
      ...byLawEnforcement,
      { fact: 'detail', field: 'meetsForensicInterviewCriteria', equals: true },
    ],
    actions: [{ kind: 'referral', receiverOrganizationType: 'child_advocacy_center' }],
    source: 'County decision: where forensic interviews happen and who meets the criteria.',
  },
  {
    key: 'cw-identification-report',
    name: 'Child welfare identifies a child in its care as a victim: report to law enforcement',
    trigger: 'identification',
    conditions: [{ fact: 'detail', field: 'byOrganizationType', equals: 'child_welfare' }],
    actions: [
      {
        kind: 'task',
        taskKind: 'report',
        title: 'Report the identification to law enforcement',
        assignee: { kind: 'recorder' },
        due: { after: { amount: 24, unit: 'hours' } },
        escalations: LADDER,
      },
    ],
    source: '42 U.S.C. 671(a)(34)(A) (P.L. 113-183): immediately, and at most within 24 hours',
  },
  {
    key: 'missing-ncic',
    name: 'A youth goes missing: law enforcement enters the child into NCIC',
    trigger: 'missing',
    conditions: [],
    actions: [
      {
        kind: 'task',
        taskKind: 'report',
        title: 'Enter the missing child into NCIC',
        assignee: { kind: 'organization_type', organizationType: 'law_enforcement' },
        due: { after: { amount: 2, unit: 'hours' } },
        escalations: LADDER,
      },
      // The police on the case are told and open the minimal alert packet from the notice
      // (docs/MISSING-AND-CUSTODY.md); the NCIC task reaches them when none is on it.
      {
        kind: 'notify',
        to: { kind: 'team_member', organizationType: 'law_enforcement' },
        message: 'A youth is missing. Open the alert packet to search.',
      },
    ],
    source: '34 U.S.C. 41308: within 2 hours, with no waiting period',
  },
  {
    key: 'missing-from-care-reports',
    name: 'A youth goes missing from care: reports to law enforcement and NCMEC',
    trigger: 'missing',
    conditions: [{ fact: 'detail', field: 'fromCare', equals: true }],
    actions: [
      {
        kind: 'task',
        taskKind: 'report',
        title: 'Report the missing youth to law enforcement',
        assignee: { kind: 'organization_type', organizationType: 'child_welfare' },
        due: { after: { amount: 24, unit: 'hours' } },
        escalations: LADDER,
      },
      {
        kind: 'task',
        taskKind: 'report',
        title: 'Report the missing youth to NCMEC',
        assignee: { kind: 'organization_type', organizationType: 'child_welfare' },
        due: { after: { amount: 24, unit: 'hours' } },
        escalations: LADDER,
      },
    ],
    source: '42 U.S.C. 671(a)(35)(B): immediately, and at most within 24 hours',
  },
  {
    key: 'returned-debrief',
    name: 'A youth returns: debrief and re-screen within 24 hours',
    trigger: 'returned',
    conditions: [{ fact: 'detail', field: 'knownRunawayHistory', equals: false }],
    actions: returnActions(24),
    source:
      'Federal guidance on return from missing; Missouri Human Trafficking Indicator Tool: within 24 hours of return',
  },
  {
    key: 'returned-debrief-history',
    name: 'A youth with a known runaway history returns: debrief and re-screen within 72 hours',
    trigger: 'returned',
    conditions: [{ fact: 'detail', field: 'knownRunawayHistory', equals: true }],
    actions: returnActions(72),
    source:
      'Missouri Human Trafficking Indicator Tool: within 72 hours of return with a known runaway history',
  },
  ...(['medical', 'mental_health'] as const).map((to): PackRule => ({
    key: `custody-disclosure-${to.replace('_', '-')}`,
    name: `A disclosure to ${to.replace('_', ' ')} while in custody: advocacy and a release plan`,
    trigger: 'disclosure',
    conditions: [
      { fact: 'detail', field: 'toOrganizationType', equals: to },
      { fact: 'detail', field: 'inCustody', equals: true },
    ],
    actions: [
      { kind: 'referral', need: 'crisis_counseling', receiverOrganizationType: 'advocacy' },
      {
        kind: 'task',
        taskKind: 'safety_plan',
        planType: 'release_from_custody',
        title: 'Release safety plan',
        assignee: { kind: 'organization_type', organizationType: 'probation' },
        due: { after: { amount: 72, unit: 'hours' } },
        escalations: [{ after: { amount: 0, unit: 'minutes' }, to: { kind: 'coordinator' } }],
      },
    ],
    source:
      'County decision (the county protocol): a youth who discloses in custody is connected to advocacy before release.',
  })),
  {
    key: 'detention-child-welfare-notice',
    name: 'A youth with child welfare on the team is detained: tell child welfare',
    trigger: 'detention',
    conditions: [{ fact: 'team_includes', organizationType: 'child_welfare', equals: true }],
    actions: [
      {
        kind: 'notify',
        to: { kind: 'team_member', organizationType: 'child_welfare' },
        message: 'A youth on your caseload was detained. Call probation’s point person.',
      },
    ],
    source: 'County decision (the county protocol): custody notices to child welfare.',
  },
  {
    key: 'release-safety-plan',
    name: 'A youth is released from custody: release safety plan before release',
    trigger: 'release',
    conditions: [],
    actions: [
      {
        kind: 'task',
        taskKind: 'safety_plan',
        planType: 'release_from_custody',
        title: 'Release safety plan before the youth leaves custody',
        assignee: { kind: 'organization_type', organizationType: 'probation' },
        due: { before: 'releaseAt', by: { amount: 0, unit: 'minutes' } },
        escalations: [{ after: { amount: 0, unit: 'minutes' }, to: { kind: 'coordinator' } }],
      },
    ],
    source: 'County decision (the county protocol): no release without a safety plan.',
  },
  {
    key: 'subpoena-testimony',
    name: 'A subpoena: advocate for the hearing and a testimony safety plan',
    trigger: 'subpoena',
    conditions: [],
    actions: [
      { kind: 'add_to_team', organizationType: 'advocacy' },
      {
        kind: 'task',
        taskKind: 'action',
        title: 'Assign an advocate to support the youth at the hearing',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { after: { amount: 1, unit: 'business_days' } },
        escalations: [AT_DUE_SUPERVISOR],
      },
      {
        kind: 'task',
        taskKind: 'safety_plan',
        planType: 'testimony',
        title: 'Testimony safety plan with verified transportation',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { before: 'hearingDate', by: { amount: 2, unit: 'business_days' } },
        escalations: LADDER,
      },
    ],
    source: 'County decision (the county protocol): support through testimony.',
  },
  {
    key: 'hearing-testimony',
    name: 'A hearing where the youth testifies: a testimony safety plan',
    trigger: 'hearing',
    conditions: [{ fact: 'detail', field: 'youthTestifies', equals: true }],
    actions: [
      { kind: 'add_to_team', organizationType: 'advocacy' },
      {
        kind: 'task',
        taskKind: 'safety_plan',
        planType: 'testimony',
        title: 'Testimony safety plan with verified transportation',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { before: 'hearingDate', by: { amount: 2, unit: 'business_days' } },
        escalations: LADDER,
      },
    ],
    source: 'County decision (the county protocol): support through testimony.',
  },
  {
    key: 'subpoena-hearing-county',
    name: 'A subpoena for a hearing in another county: tell that county',
    trigger: 'subpoena',
    conditions: [{ fact: 'hearing_elsewhere', equals: true }],
    actions: [
      {
        kind: 'notify',
        to: { kind: 'point_person', function: 'CSEC coordinator', jurisdiction: 'hearing' },
        message:
          'A youth from another county is subpoenaed to a hearing in your county. Call the sending county’s coordinator.',
      },
    ],
    source: 'County decision (the county protocol): the hearing county’s point person is told.',
  },
  {
    key: 'hearing-county',
    name: 'A hearing in another county: tell that county',
    trigger: 'hearing',
    conditions: [{ fact: 'hearing_elsewhere', equals: true }],
    actions: [
      {
        kind: 'notify',
        to: { kind: 'point_person', function: 'CSEC coordinator', jurisdiction: 'hearing' },
        message:
          'A youth from another county has a hearing in your county. Call the sending county’s coordinator.',
      },
    ],
    source: 'County decision (the county protocol): the hearing county’s point person is told.',
  },
  {
    key: 'arrest-attempt-victim',
    name: 'An arrest attempt of a minor for an offense the state does not charge minors with',
    trigger: 'arrest_attempt',
    // `covered` is Lantern's decision from the legal profile's covered offenses and the youth's
    // age (src/domain/non-criminalization.ts), filled in when the event is recorded.
    conditions: [{ fact: 'detail', field: 'covered', equals: true }],
    actions: [
      { kind: 'statement' },
      { kind: 'add_to_team', organizationType: 'advocacy' },
      {
        kind: 'task',
        taskKind: 'action',
        title: 'Advocate to the youth: treated as a victim, not an offender',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { after: { amount: 90, unit: 'minutes' } },
        escalations: LADDER,
      },
      {
        kind: 'notify',
        to: { kind: 'coordinator' },
        message: 'An arrest of a minor for a prostitution-related offense was recorded.',
      },
      DA_REVIEW,
    ],
    source: NON_CRIMINALIZATION_SOURCE,
  },
  {
    key: 'charging-victim',
    name: 'A charging step against a minor for an offense the state does not charge minors with',
    trigger: 'charging',
    conditions: [{ fact: 'detail', field: 'covered', equals: true }],
    actions: [{ kind: 'statement' }, DA_REVIEW],
    source: NON_CRIMINALIZATION_SOURCE,
  },
  {
    key: 'screening-positive-advocacy',
    name: 'A positive screen: automatic referral to advocacy',
    trigger: 'screening_result',
    conditions: [{ fact: 'detail', field: 'positive', equals: true }],
    actions: [{ kind: 'referral', receiverOrganizationType: 'advocacy' }],
    source:
      'County practice (a default the county confirms): a positive indicator screen calls for an advocate; the instrument’s threshold is the county’s decision',
  },
];

function returnActions(hours: number): PackRule['actions'] {
  return [
    {
      kind: 'task',
      taskKind: 'debrief',
      title: 'Debrief with the youth about the time missing',
      assignee: { kind: 'recorder' },
      due: { after: { amount: hours, unit: 'hours' } },
      escalations: LADDER,
    },
    {
      kind: 'task',
      taskKind: 'screening',
      title: 'Re-screen for exploitation',
      assignee: { kind: 'recorder' },
      due: { after: { amount: hours, unit: 'hours' } },
      escalations: LADDER,
    },
    // Drafted from the last plan by whoever writes it; the plan closes this task.
    {
      kind: 'task',
      taskKind: 'safety_plan',
      planType: 'return_from_missing',
      title: 'Return-from-missing safety plan',
      assignee: { kind: 'recorder' },
      due: { after: { amount: hours, unit: 'hours' } },
      escalations: LADDER,
    },
  ];
}

/**
 * The pack rule whose notice says exactly `message`, or null for a county's own words: a notice
 * in the pack's words carries its rule's key so each reader's screen words it in their language.
 */
export function packNoticeOf(message: string): PackNoticeRule | null {
  for (const key of PACK_NOTICE_RULES) {
    const rule = DEFAULT_PROTOCOL_PACK.find((r) => r.key === key);
    const said = rule?.actions.some((a) => a.kind === 'notify' && a.message === message);
    if (said) return key;
  }
  return null;
}

/**
 * The default pack's rules a county does not have: each key the county has never held in any
 * version (a rule it switched off or edited is its own, and is not offered again). A county set
 * up before a rule joined the pack sees it here and adopts it by choice (docs/PROTOCOL.md).
 * `countyKeys` are every rule key the county has, current or not.
 */
export function packRulesMissing(
  countyKeys: Iterable<string>,
  pack: readonly PackRule[] = DEFAULT_PROTOCOL_PACK,
): PackRule[] {
  const held = new Set(countyKeys);
  return pack.filter((rule) => !held.has(rule.key));
}

/** The pack's rule of this key, or null: a key outside the pack cannot be adopted. */
export function packRuleOf(
  key: string,
  pack: readonly PackRule[] = DEFAULT_PROTOCOL_PACK,
): PackRule | null {
  return pack.find((rule) => rule.key === key) ?? null;
}

// A second person, in English: the approval inbox, and what waits on the admin screens.
import type { ApprovalKind } from '../../../domain/administration.js';

const kinds = {
  'account.create': 'Open an account with the roles: {{roles}}',
  'account.roles': 'Give the roles: {{roles}}',
  'account.enable': 'Re-activate the account',
  'password.reset': 'Reset the password',
  'mfa.reset': 'Reset the second factor',
  'qualification.record': 'Record a caseworker qualification',
} satisfies Record<ApprovalKind, string>;

export const approvalsEn = {
  approvals: {
    nav: 'Approvals',
    title: 'Approvals',
    intro:
      'No one alone gives a role that sees youth data. Accounts, roles, caseworker qualifications, re-activations and resets of people who see youth data take effect only when a second person approves: a point person of the account’s own organization, or the county coordinator where the organization has none yet.',
    toDecideHeading: 'Waiting for your decision',
    toDecideNone: 'Nothing waits for your decision.',
    requestedHeading: 'What you asked for',
    requestedNone: 'You have not asked for anything that needs approval.',
    kinds,
    forPerson: 'For {{name}} ({{email}}), {{organization}}',
    askedBy: 'Asked by {{name}}, {{when}}',
    qualification: 'Caseworker qualification: {{basis}}, completed {{date}}',
    approve: 'Approve',
    decline: 'Decline',
    declineReason: 'Why do you decline?',
    declineHint: 'The person who asked reads this.',
    declineConfirm: 'Decline the request',
    reasonRequired: 'Say why you decline.',
    approved: 'Approved: {{what}} for {{name}}.',
    declined: 'Declined: {{what}} for {{name}}.',
    secondHalfHeading: 'Second half of the one-time password for {{name}}',
    secondHalfNote:
      'Hand it to {{name}} in person. {{requester}} hands over the first half; {{name}} types the first half, a hyphen, then this half. It is shown only now.',
    halfDone: 'I have handed it over',
    waitingFor: 'Waiting for approval by {{organization}}',
    approvedBy: 'Approved by {{name}}',
    declinedBy: 'Declined by {{name}}: {{reason}}',
    withdrawn: 'Withdrawn: replaced by a newer request or the account moved',
    homeWaiting: 'Requests waiting for your decision: {{count}}',
    homeLink: 'Open the approvals',
    firstHalfHeading: 'First half of the one-time password for {{name}}',
    firstHalfNote:
      'Waiting for approval by {{organization}}. Hand this half to {{name}} in person; the approver gives them the second half when approving. Until then the account holds no role that sees youth data. It is shown only now.',
    changeWaits: 'Saved. Waiting for approval by {{organization}}: {{what}}.',
    qualificationWaits:
      'The qualification of {{name}} waits for approval by {{organization}}. It counts once approved.',
    waitingCaption: 'Qualifications waiting for approval',
  },
};

/** Error codes of the second person, spread into apiErrors. */
export const approvalsApiErrorsEn = {
  role_combination:
    'These roles never go together: an administrator holds no other role, and an oversight analyst no role that sees youth data.',
  own_request: 'The person who asked cannot also approve or decline it.',
  own_account: 'Nobody approves or declines a change to their own account.',
  not_an_approver:
    'Only an approver of the account’s organization decides (or the county coordinator where it has none).',
  approval_not_pending: 'This request was already decided or withdrawn. Reload the page.',
  approval_outdated:
    'The account has changed since this was asked. Decline it; the administrator can ask again.',
};

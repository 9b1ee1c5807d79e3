// Releases in English: a holder's inbox of consents that release its data, the holders' answers
// on each consent, the legal profile's duties and emergency-access roles, the duty on the legal
// basis form, and standing acceptances on agreements (docs/CONFIDENTIALITY.md).
import type { DutyKind } from '../../../domain/legal-profile.js';

const dutyKinds = {
  statutory_duty: 'Statutory duty',
  mandated_report: 'Mandated report',
} satisfies Record<DutyKind, string>;

export const releasesEn = {
  releases: {
    nav: 'Releases',
    title: 'Releases',
    intro:
      'A youth may consent that information about her go to other organizations. The organization that records the consent shares its own information at once; what your organization holds goes only once your organization accepts. Answer for your organization here.',
    pendingHeading: 'Waiting for your answer',
    answeredHeading: 'Answered',
    nonePending: 'Nothing is waiting for your answer.',
    noneAnswered: 'Your organization has not answered a release yet.',
    case: 'Case {{caseNumber}}',
    recordedBy: 'Recorded by',
    recipients: 'To',
    categories: 'Kinds of information',
    purpose: 'Purpose',
    dates: 'Signed',
    datesValue: '{{signed}}; ends {{expires}}',
    explain:
      'Your organization’s {{categories}} on this case will go to {{recipients}} until {{date}}.',
    explainRevocable: 'The youth can revoke her consent at any time; it then stops at once.',
    goes: 'Your organization’s {{categories}} on this case go to {{recipients}} until {{date}}.',
    notInForce: 'Not in force: nothing goes.',
    accepted: 'Accepted on {{date}}',
    declined: 'Declined on {{date}}',
    reason: 'Your reason',
    waiting: 'Waiting',
    accept: 'Accept',
    decline: 'Decline',
    declineReason: 'Why your organization declines',
    declineHint:
      '{{organization}} is told, so it can tell the youth. Do not write what your records say.',
    declineConfirm: 'Decline the release',
    reasonRequired: 'Say why your organization declines.',
    reasonTooLong: 'Keep the reason under 1,000 characters.',
    doneAccepted:
      'You accepted the release on case {{caseNumber}}: your organization’s information now goes to {{recipients}}.',
    doneDeclined:
      'You declined the release on case {{caseNumber}}. {{organization}} was told; nothing of yours goes.',
    errors: {
      reason_required: 'Say why your organization declines, so the recorder can tell the youth.',
      consent_revoked: 'The youth revoked this consent; nothing is released.',
      consent_not_in_force: 'This consent is not in force; nothing is released.',
      nothing_to_release:
        'This consent names only your organization; you already hold your own information.',
      not_a_party: 'Name only the other parties to this agreement.',
      category_not_in_agreement: 'Choose only kinds of information the agreement covers.',
      invalid_duties:
        'The duties do not hold together: each needs its own code, a citation, who is bound and what it discloses.',
      invalid_break_glass_roles:
        'Administrators and oversight analysts never open a youth’s record, not even in an emergency.',
    },
  },
  releaseAnswers: {
    heading: 'Who shares what',
    recorder: '{{organization}} recorded it: its own information went at once.',
    accepted: '{{organization}} accepted on {{date}}.',
    declined: '{{organization}} declined on {{date}}.',
    waiting: '{{organization}} has not answered yet.',
    noOtherHolder: 'No other organization on the team has to answer.',
  },
  duties: {
    heading: 'Duties to disclose',
    intro:
      'A statutory duty or a mandated report lets an organization share its own information without a consent, and only as a duty listed here: who the law binds, what it discloses, and where the law says so. It never releases what another organization holds; only the court does that.',
    none: 'No duty is listed, so no statutory duty or mandated report can be recorded.',
    code: 'Code',
    codeHint:
      'Lowercase letters, digits and _, for example advocate_call. Legal bases recorded under the duty name it by its code, so it does not change later.',
    kind: 'Kind',
    kinds: dutyKinds,
    name: 'Name',
    nameHint: 'What the law requires, in plain words.',
    citation: 'Law cited',
    citationHint: 'Where the law says so, for example “42 U.S.C. 671(a)(34)(A)”.',
    bound: 'Who is bound',
    boundHint: 'The types of organization the law puts this duty on. Only they record it.',
    categories: 'What it discloses',
    categoriesHint: 'Only the recorder’s own information of these kinds is shared.',
    add: 'Add a duty',
    addHeading: 'Add a duty',
    editHeading: 'Edit the duty “{{name}}”',
    edit: 'Edit',
    remove: 'Remove',
    confirmRemove:
      'Remove the duty “{{name}}”? Legal bases already recorded under it stay in force; no new one can be recorded.',
    removeConfirm: 'Yes, remove it',
    save: 'Save the duty',
    saved: 'The duty “{{name}}” was saved.',
    removed: 'The duty “{{name}}” was removed.',
    errors: {
      code: 'Use 1 to 60 lowercase letters, digits or _.',
      codeTaken: 'Another duty already has this code.',
      bound: 'Choose at least one type of organization.',
      tooLong: 'Use at most {{max}} characters.',
    },
    // On the legal basis form.
    choose: 'Which duty',
    chooseHint: 'The duties the county’s legal profile lists for your organization.',
    option: '{{name}} ({{citation}})',
    ownOnly:
      'A duty shares only your organization’s own information: what other organizations hold stays with them.',
    chooseFirst: 'Choose the duty first; it says which kinds of information it covers.',
    required: 'Choose the duty.',
  },
  breakGlassRoles: {
    heading: 'Who may open emergency access',
    intro:
      'Emergency access (break-glass) opens one kind of information to one person on the case team for 60 minutes, for imminent danger, with a written reason; the coordinator is alerted. Administrators and oversight analysts never open a youth’s record, so they are not offered.',
    legend: 'Roles that may open emergency access',
    none: 'No role may open emergency access.',
    save: 'Save the roles',
    saved: 'The roles that may open emergency access were saved.',
  },
  standing: {
    heading: 'Standing acceptances',
    none: 'No party accepts releases in advance.',
    item: '{{holder}} accepts in advance releases of its {{categories}} to {{partners}}.',
    yoursHeading: 'Your organization’s standing acceptance',
    yoursIntro:
      'When a youth consents that information go to one of these partners, your organization’s information of these kinds goes at once, without waiting in your Releases inbox. Only your organization sets this; whoever manages the agreement cannot.',
    yoursNone: 'Your organization answers each release in its Releases inbox.',
    partners: 'Partners it goes to',
    categories: 'Kinds of your organization’s information',
    categoriesHint: 'Only kinds the agreement covers.',
    save: 'Save the standing acceptance',
    withdraw: 'Withdraw',
    saved: 'Your organization’s standing acceptance was saved.',
    withdrawn:
      'Your organization’s standing acceptance was withdrawn: each release waits for your answer again.',
    errors: {
      partners: 'Choose at least one partner.',
      categories: 'Choose at least one kind of information.',
    },
  },
};

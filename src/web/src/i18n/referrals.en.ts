// Matching and referrals in English: the service plan, matches, the referral inbox and page.
import { NEED_LABELS, NEEDS } from '../../../domain/matching.js';
import type { ExclusionReason, Need, YouthHistory } from '../../../domain/matching.js';
import type { DeclineReason, EndReason, ReferralStatus } from '../../../domain/referrals.js';

/** The words of NEED_LABELS in src/domain/matching.ts, so screens and the server agree. */
const needs = Object.fromEntries(NEEDS.map((need) => [need, NEED_LABELS[need].en])) as Record<
  Need,
  string
>;

const histories = {
  at_risk: 'At risk of being exploited',
  exploited: 'Has been exploited',
} satisfies Record<YouthHistory, string>;

/** The same sentences as EXCLUSION_MESSAGES in src/domain/matching.ts. */
const exclusions = {
  excluded_provider: 'This provider is on the youth’s list of providers to avoid.',
  cohort_conflict:
    'A group program whose cohort rule does not take youth with this history (never mix youth at risk with youth with exploitation histories).',
  too_young: 'The youth is younger than the service’s minimum age.',
  too_old: 'The youth is older than the service’s maximum age.',
  gender_not_served: 'The service does not serve the youth’s gender.',
  outside_service_area: 'The service does not serve the youth’s county.',
  no_capacity: 'No open places right now.',
  meets_no_need: 'The service meets none of the youth’s needs.',
} satisfies Record<ExclusionReason, string>;

const statuses = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  info_requested: 'More information asked for',
  enrolled: 'Enrolled',
  completed: 'Completed',
  ended: 'Ended',
  withdrawn: 'Withdrawn',
} satisfies Record<ReferralStatus, string>;

/** The button that moves a referral to each status. */
const actions = {
  draft: 'Return to draft',
  sent: 'Send',
  accepted: 'Accept',
  declined: 'Decline',
  info_requested: 'Ask for more information',
  enrolled: 'Mark enrolled',
  completed: 'Mark completed',
  ended: 'End the referral',
  withdrawn: 'Withdraw',
} satisfies Record<ReferralStatus, string>;

const declineReasons = {
  no_capacity: 'No open places',
  not_eligible: 'The youth is not eligible',
  outside_service_area: 'Outside our service area',
  youth_declined: 'The youth said no',
  duplicate: 'A duplicate of another referral',
  other: 'Other (say why in the note)',
} satisfies Record<DeclineReason, string>;

const endReasons = {
  youth_declined: 'The youth chose to stop',
  unable_to_contact: 'We could not reach the youth',
  moved: 'The youth moved away',
  other: 'Other (say why in the note)',
} satisfies Record<EndReason, string>;

export const referralsEn = {
  referrals: {
    nav: 'Referrals',
    needs,
    histories,
    exclusions,
    statuses,
    actions,
    declineReasons,
    endReasons,
    errors: {
      not_reachable:
        'This provider takes no referrals through Lantern in this county. Call them, and record the referral in a case note.',
      excluded_provider: 'This provider is on the youth’s list of providers to avoid.',
      cohort_conflict:
        'This group program does not take youth with this history; choose another service.',
      service_not_active: 'That service is not active; choose another.',
      changed_meanwhile: 'Someone changed this referral meanwhile; reload the page.',
      age_unknown: 'Record a birth date or an estimated birth year first.',
      needsRequired: 'Choose at least one need.',
      historyRequired: 'Choose the youth’s history.',
      reasonRequired: 'Choose a reason.',
      noteForOther: 'You chose “Other”: write in the note why.',
      noteTooLong: 'Write at most 2,000 characters.',
    },
    section: {
      title: 'Services and referrals',
      intro:
        'Record what the youth needs, see the services that fit with why, and refer. A provider learns who the youth is only if a consent names it.',
    },
    plan: {
      heading: 'Service plan',
      none: 'No service plan has been recorded yet.',
      noneCannotWrite:
        'No service plan has been recorded yet. Your organization cannot record one.',
      needs: 'What the youth needs',
      needsHint: 'Choose every need the youth has now.',
      history: 'The youth’s history',
      historyHint:
        'Group programs never mix youth at risk with youth who have been exploited; this keeps the youth out of the wrong groups.',
      avoid: 'Providers to avoid',
      avoidHint:
        'Providers never to use for this youth, for example where the youth was recruited. Their services are never offered.',
      avoidChoose: 'Provider to avoid',
      avoidAdd: 'Add to the list',
      avoidRemove: 'Remove',
      avoidNone: 'None.',
      avoidLoading: 'Loading the directory’s providers…',
      unknownProvider: 'A provider no longer in the directory',
      save: 'Save the plan',
      saved: 'The service plan was saved. The matches below are updated.',
      change: 'Change the plan',
      updated: 'Recorded {{date}}.',
      age: 'Age used for matching: {{age}}.',
    },
    matches: {
      heading: 'Services that fit',
      summary: '{{ranked}} services fit, best first, out of {{considered}} in the directory.',
      none: 'No service in the directory meets these needs and takes this youth. Ask your county CSEC coordinator.',
      organization: 'Run by {{organization}}',
      csec: 'CSEC-specialized',
      needsMet: 'Needs met',
      why: 'Why it is offered',
      capacity: 'Open places',
      capacityOpen: '{{available}} of {{maximum}} open',
      capacityOpenNoMaximum: '{{available}} open',
      capacityUpdated: 'updated {{date}}',
      capacityUnknown: 'Not tracked; ask the provider',
      answerTime: 'Answers referrals',
      answersIn: 'within {{days}} business days',
      refer: 'Refer',
      noLantern:
        'No Lantern agency answers for this service: call them to refer, and record it in a case note.',
      callPhone: 'Call {{phone}}',
      noPhone: 'The directory lists no phone number.',
      directoryLink: 'See the service in the directory',
      notOffered: 'Not offered, and why ({{count}})',
      notOfferedIntro:
        'These services meet a need but break a rule that protects the youth, so they are not offered.',
    },
    refer: {
      heading: 'Refer to {{service}}',
      needs: 'Needs this referral is for',
      note: 'Note to the provider',
      noteHint:
        'What the provider should know to answer quickly, for example “needs a bed tonight”.',
      warning:
        'This note travels to the provider. Don’t write the youth’s name unless consent allows; the provider reaches the youth through you.',
      send: 'Send now',
      saveDraft: 'Save draft',
      sent: 'The referral to {{service}} was sent. An answer is due {{due}}.',
      drafted: 'The referral to {{service}} was saved as a draft. Send it from its page.',
    },
    caseList: {
      heading: 'Referrals on this case',
      intro: 'Referrals your organization made for this youth.',
      none: 'Your organization has made no referrals for this youth yet.',
    },
    inbox: {
      title: 'Referrals',
      intro:
        'Referrals your organization received to answer, and the ones it sent. Answer new ones first; an overdue one is past the time the provider promised.',
      tabsLabel: 'Referral boxes',
      received: 'Received',
      sent: 'Sent',
      receivedCount: 'Received ({{count}} to answer)',
      sentCount: 'Sent ({{count}})',
      groups: {
        new: 'New',
        overdue: 'Overdue',
        in_progress: 'In progress',
        closed: 'Closed',
      },
      closedCount: 'Closed ({{count}})',
      groupEmpty: 'None.',
      noneReceived: 'Your organization has received no referrals.',
      noneSent: 'Your organization has sent no referrals.',
      case: 'Case {{caseNumber}}',
      from: 'From',
      to: 'To',
      needs: 'Needs',
      sentAt: 'Sent on',
      dueAt: 'Answer due',
      dueEndOf: 'by the end of {{date}}',
      dueBy: 'by {{date}}',
      created: 'Created',
      overdue: 'Overdue',
      overdueSince: 'Overdue: the answer was due {{due}}.',
      done: {
        accepted: 'You accepted the referral to {{service}} (case {{caseNumber}}).',
        declined: 'You declined the referral to {{service}} (case {{caseNumber}}).',
        info_requested:
          'You asked for more information on the referral to {{service}} (case {{caseNumber}}).',
      },
      declineHeading: 'Why are you declining?',
      declineConfirm: 'Decline the referral',
      askHeading: 'What do you need to know?',
      askNote: 'Question for the sender',
      askConfirm: 'Ask the sender',
      askedYou: 'The provider asked for more information: answer it on the referral’s page.',
    },
    detail: {
      title: 'Referral',
      heading: 'Referral to {{service}}',
      notFound: 'There is no referral at this address that your organization may see.',
      back: 'Back to referrals',
      backToRecord: 'The youth’s record',
      status: 'Status',
      from: 'Sent by',
      to: 'To',
      needs: 'Needs',
      sentAt: 'Sent on',
      dueAt: 'Answer due',
      firstResponseAt: 'First answer',
      closedAt: 'Closed',
      outcome: 'Outcome',
      outcomeCompleted: 'Completed',
      outcomeDeclined: 'Declined: {{reason}}',
      outcomeEnded: 'Ended: {{reason}}',
      packetHeading: 'What travels to the provider',
      identity: 'Who the youth is',
      identityShared:
        'Identifying information is shared with the provider, by the youth’s consent.',
      identityHiddenFromYou:
        'Identifying information is shared with the provider, by the youth’s consent. You may not see it yourself.',
      noIdentity:
        'No identifying information shared (no consent). Reach the youth through: {{contact}}',
      contactThrough: 'The referring worker: {{contact}}',
      name: 'Name',
      alias: 'Called',
      age: 'Age',
      gender: 'Gender identity',
      languages: 'Languages',
      notRecorded: 'Not recorded',
      note: 'Note from the sender',
      noNote: 'The sender wrote no note.',
      nextHeading: 'Next step',
      noNext: 'There is nothing for your organization to do on this referral now.',
      stepNote: 'Note for the timeline',
      stepNoteHint:
        'Both organizations see it. Don’t write the youth’s name unless consent allows.',
      endHeading: 'Why is it ending?',
      declineConfirm: 'Decline the referral',
      endConfirm: 'End the referral',
      resend: 'Answer and send again',
      asked:
        'The provider asked for more information. Write the answer in the note, then send the referral again.',
      question: 'Their question: {{question}}',
      withdrawQuestion: 'Withdraw this referral? The provider is told, and it is closed.',
      withdrawConfirm: 'Yes, withdraw',
      moved: 'The referral is now: {{status}}.',
      timelineHeading: 'Timeline',
      created: 'Created as a draft',
      step: '{{from}} → {{to}}',
      overdueEvent: 'Became overdue',
      byClock: 'Lantern’s clock',
      by: '{{user}}, {{organization}}',
      reasonLabel: 'Reason: {{reason}}',
    },
  },
};

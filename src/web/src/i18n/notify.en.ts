// Notifications worded from their code and parameters, the header's unread count, and the
// worker's home page, in English (docs/ARCHITECTURE.md, "Notifications").
import type { VisaKind } from '../../../domain/certification-clock.js';
import type { PackNoticeRule } from '../../../domain/notifications.js';

export const notifyEn = {
  notify: {
    texts: {
      teamAddBy:
        '{{byOrganization}} added {{organization}} to case {{caseNumber}} as {{teamRole}}.',
      teamAddByRule:
        'The county protocol added {{organization}} to case {{caseNumber}} as {{teamRole}} ({{byRule}}).',
      teamAdd: '{{organization}} joined case {{caseNumber}} as {{teamRole}}.',
      referralSent:
        '{{fromOrganization}} sent you a referral to {{service}} (case {{caseNumber}}).',
      referralWithdrawn:
        '{{fromOrganization}} withdrew its referral to {{service}} (case {{caseNumber}}).',
      releaseRequest:
        'A consent recorded by {{recordedBy}} on case {{caseNumber}} asks your organization to release its {{categories}} to {{recipients}}.',
      taskAssigned: 'New task: {{task}} (case {{caseNumber}}), due {{due}}.',
      taskAssignedFromPlan: 'New task from a safety plan (case {{caseNumber}}), due {{due}}.',
      teamRemove: '{{organization}} left case {{caseNumber}}.',
      teamRemovePerson: '{{organization}} took one of its people off case {{caseNumber}}.',
      referralAnswer: {
        accepted:
          '{{receiverOrganization}} accepted your referral to {{service}} (case {{caseNumber}}).',
        declined:
          '{{receiverOrganization}} declined your referral to {{service}} (case {{caseNumber}}).',
        info_requested:
          '{{receiverOrganization}} asks for more information on your referral to {{service}} (case {{caseNumber}}).',
        enrolled:
          '{{receiverOrganization}} enrolled the youth in {{service}} (case {{caseNumber}}).',
        completed:
          '{{receiverOrganization}} marked the referral to {{service}} completed (case {{caseNumber}}).',
        ended: '{{receiverOrganization}} ended the referral to {{service}} (case {{caseNumber}}).',
      },
      referralOverdue_one:
        'No answer yet from {{receiverOrganization}} on your referral to {{service}} (case {{caseNumber}}); it was due within {{count}} business day.',
      referralOverdue_other:
        'No answer yet from {{receiverOrganization}} on your referral to {{service}} (case {{caseNumber}}); it was due within {{count}} business days.',
      referralOverdueUrgent:
        'No answer yet from {{receiverOrganization}} on your urgent referral to {{service}} (case {{caseNumber}}); it was due by {{due}}.',
      referralAcceptUndone:
        '{{receiverOrganization}} took back its accept of your referral to {{service}} (case {{caseNumber}}); it waits for an answer again.',
      referralMessage:
        '{{fromOrganization}} wrote on the referral to {{service}} (case {{caseNumber}}).',
      releaseAccept:
        '{{holder}} accepted the release on case {{caseNumber}}: its {{categories}} now go to the organizations the youth named.',
      releaseDecline:
        '{{holder}} declined the release of its {{categories}} on case {{caseNumber}}; they do not go to the organizations named. Ask them why.',
      consentRecord:
        'A consent on case {{caseNumber}} releases {{categories}} to {{recipients}} until {{expiresOn}}: the recorder’s information at once, other holders’ once they accept.',
      consentRevoke:
        'The youth revoked a consent on case {{caseNumber}}; what it released no longer flows.',
      legalBasisDuty:
        'Under “{{duty}}” ({{citation}}), case {{caseNumber}}: the recorder now shares its own {{categories}} with {{recipients}}.',
      legalBasisCourt:
        'A court order on case {{caseNumber}} now lets {{recipients}} see {{categories}}.',
      standingAcceptance_one:
        '{{holder}} now accepts in advance releases of its {{categories}} to {{count}} partner on the agreement “{{agreement}}”.',
      standingAcceptance_other:
        '{{holder}} now accepts in advance releases of its {{categories}} to {{count}} partners on the agreement “{{agreement}}”.',
      standingWithdrawn:
        '{{holder}} withdrew its standing acceptance on the agreement “{{agreement}}”.',
      neighborProposed:
        '{{fromCounty}} proposes {{organization}} as a party to its agreement “{{agreement}}”. Accept or decline it on the Agreements page.',
      neighborWithdrawn:
        '{{fromCounty}} withdrew its proposal of {{organization}} as a party to its agreement “{{agreement}}”. There is nothing to answer.',
      neighborAccepted:
        '{{organization}} ({{county}}) accepted being a party to the agreement “{{agreement}}”.',
      neighborDeclined:
        '{{organization}} ({{county}}) declined being a party to the agreement “{{agreement}}”.',
      approvalRequest:
        '{{requestedBy}} asked for {{person}} at {{organization}}: {{change}}. Waiting for approval by {{waitingFor}}.',
      approvalApprove:
        '{{decidedBy}} approved what {{requestedBy}} asked for {{person}} at {{organization}}: {{change}}.',
      approvalDecline:
        '{{decidedBy}} declined what {{requestedBy}} asked for {{person}} at {{organization}}: {{change}}.',
      countyLead: 'the county lead',
      locationConfidential:
        'The directory location “{{location}}” is now confidential: its address is shown only to the provider, the coordinator and agencies whose referral it accepted. Changed by a directory import.',
      locationPublic:
        'The directory location “{{location}}” is no longer confidential: anyone can now read its address. Changed by a directory import.',
      providerLink:
        'The directory organization “{{directoryOrganization}}” now answers referrals through {{agency}}. Changed by a directory import.',
      providerLinkInstead:
        'The directory organization “{{directoryOrganization}}” now answers referrals through {{agency}} instead of {{previousAgency}}. Changed by a directory import.',
      breakGlass:
        'Emergency access on case {{caseNumber}}: {{openedBy}} ({{organization}}) opened {{category}} until {{expiresAt}}. Review the written reason with them.',
      taskOverdue: 'Overdue: {{task}} (case {{caseNumber}}) was due {{due}}.',
      taskEscalated:
        'Escalated: {{task}} (case {{caseNumber}}), assigned to {{assignee}}, was due {{due}} and is still open.',
      protocolNotice: '{{what}} (case {{caseNumber}})',
      // The default pack's notices, by rule key (src/domain/protocol-pack.ts, PACK_NOTICE_RULES).
      packNotices: {
        'missing-ncic': 'A youth is missing. Open the alert packet to search.',
        'detention-child-welfare-notice':
          'A youth on your caseload was detained. Call probation’s point person.',
        'subpoena-hearing-county':
          'A youth from another county is subpoenaed to a hearing in your county. Call the sending county’s coordinator.',
        'hearing-county':
          'A youth from another county has a hearing in your county. Call the sending county’s coordinator.',
        'arrest-attempt-victim':
          'An arrest of a minor for a prostitution-related offense was recorded.',
      } satisfies Record<PackNoticeRule, string>,
      otherCounty: '{{what}} From {{fromCounty}}, case {{caseNumber}}, {{when}}.',
      otherCountyCall:
        '{{what}} From {{fromCounty}}, case {{caseNumber}}, {{when}}; call {{call}}.',
      contactCheckBurst:
        'Name checks stopped: {{checkedBy}} ({{organization}}) checked {{checks}} names within {{minutes}} minutes. Checking many names is how someone would probe the do-not-release lists; call them, and review the audit log.',
      contactCheckBurstOnCase:
        'Name checks stopped: {{checkedBy}} ({{organization}}) checked {{checks}} names within {{minutes}} minutes, the last on case {{caseNumber}}, where your organization lists people. Call them, and review the audit log.',
      anAccount: 'An account',
      trainingExpiring:
        '{{person}}: the training “{{course}}” no longer counts from {{lapsesOn}}. Record its renewal before then, or the privilege-qualifying status may end that day.',
      certificationCertified:
        '{{certifier}} certified the {{visa}} certification request on case {{caseNumber}}.',
      certificationDeclined:
        '{{certifier}} declined the {{visa}} certification request on case {{caseNumber}}; the reason is on the request, under Legal.',
      visaKinds: { u_visa: 'U visa', t_visa: 'T visa' } satisfies Record<VisaKind, string>,
    },
    open: {
      releases: 'Answer it under Releases',
      work: 'Open My work',
      referrals: 'Open Referrals',
      breakGlassReview: 'Review it under Break-glass reviews',
      training: 'Open Training',
    },
    navWithCount_one: 'Notifications, {{count}} unread',
    navWithCount_other: 'Notifications, {{count}} unread',
  },
  homeWork: {
    heading: 'Your work today',
    tasks: 'Open tasks, due soonest',
    noTasks: 'No open tasks for your organization.',
    allTasks: 'All your work',
    referrals: 'New referrals for your organization',
    noReferrals: 'No new referrals.',
    allReferrals: 'All referrals',
    referralItem: '{{service}} from {{organization}} (case {{caseNumber}})',
    releases: 'Releases to accept',
    noReleases: 'No releases wait for your answer.',
    allReleases: 'All releases',
    releaseItem:
      'A consent recorded by {{organization}} asks for your {{categories}} (case {{caseNumber}})',
    unread: 'Unread notifications',
    noUnread: 'No unread notifications.',
    allNotifications: 'All notifications',
    due: 'due {{time}}',
    noYouthData:
      'Your role does not work cases, so Lantern shows you no tasks, referrals or releases here.',
  },
};

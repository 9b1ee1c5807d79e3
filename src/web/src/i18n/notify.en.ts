// Notifications worded from their code and parameters, the header's unread count, and the
// worker's home page, in English (docs/ARCHITECTURE.md, "Notifications").
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
    },
    open: {
      releases: 'Answer it under Releases',
      work: 'Open My work',
      referrals: 'Open Referrals',
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

// The coordinator's and the administrator's dashboards (docs/REPORTS.md, "Dashboards"): figures,
// never a youth. Spanish in dashboards.es.ts, same keys.
export const dashboardsEn = {
  dashboards: {
    coordinator: {
      heading: 'The county’s work now',
      openClocks: 'Open protocol tasks by when they fall due',
      due: 'Due',
      tasks: 'Tasks',
      buckets: {
        overdue: 'Overdue',
        within_24_hours: 'Within 24 hours',
        within_7_days: 'Within 7 days',
        later: 'Later',
      },
      overdueByAgency: 'Overdue tasks per agency',
      agency: 'Agency',
      overdueTasks: 'Overdue tasks',
      noneOverdue: 'No task is overdue.',
      referralsWaiting: 'Referrals waiting for an answer',
      receivingAgency: 'Receiving agency',
      waiting: 'Waiting',
      pastDue: 'Past the answer time',
      noneWaiting: 'No referral is waiting.',
      capacity: 'Capacity of the directory’s services',
      capacityLines: {
        services: 'Services that keep their capacity',
        available: 'Places available',
        maximum: 'Places in all',
        full: 'Services full',
      },
      quarter: 'This quarter’s measures ({{quarter}})',
      serviceTypes: 'Capacity against need and funding, today, by service type',
      fundingSources: 'Funding sources the directory lists, by service type',
      serviceType: 'Service type',
      sources: 'Sources',
      noFunding: 'No service of the county lists a funding source.',
    },
    administration: {
      heading: 'Accounts and the audit trail',
      accounts: 'Accounts',
      accountLines: {
        active: 'Active',
        inactive: 'Inactive',
        locked: 'Waiting under the sign-in limit now',
        mfaEnrolled: 'With a second factor',
      },
      roles: 'Active accounts per role',
      role: 'Role',
      withMfa: 'With a second factor',
      withoutMfa: 'Without',
      auditOk_one:
        'Audit trail: the newest event checks out (up to event {{lastSeq}}), checked {{at}}. The whole trail is checked by lantern verify-audit.',
      auditOk_other:
        'Audit trail: the newest {{count}} events check out (up to event {{lastSeq}}), checked {{at}}. The whole trail is checked by lantern verify-audit.',
      auditBroken:
        'Audit trail: the chain is broken at event {{brokenAt}} (checked {{at}}). Run lantern verify-audit and tell whoever keeps the database.',
    },
  },
};

// A record's status, corrections, closing, reopening and merge, in English
// (docs/CONFIDENTIALITY.md, "Records corrected, closed and merged").
export const recordsEn = {
  records: {
    section: 'Status and corrections',
    required: 'Fill in this field.',
    noteSeenByAll: 'Everyone who views this case reads this note. Write nothing confidential.',
    status: {
      open: 'Open',
      closed: 'Closed',
      merged: 'Merged',
      closedBecause: '{{reason}}, by {{who}} ({{organization}}) on {{when}}.',
      mergedInto: 'This record was merged into',
    },
    closeReasons: {
      services_completed: 'Services completed',
      youth_declined_services: 'The youth declined services',
      moved_out_of_county: 'Moved out of the county',
      aged_out: 'Aged out',
      no_exploitation_identified: 'No exploitation identified',
      transferred: 'Transferred',
      other: 'Other',
    },
    fields: {
      givenName: 'Given name',
      familyName: 'Family name',
      alias: 'Alias',
      birthDate: 'Birth date',
      estimatedBirthYear: 'Estimated birth year',
      genderIdentity: 'Gender identity',
      raceEthnicity: 'Race or ethnicity',
      languages: 'Languages',
    },
    statusHistory: {
      heading: 'Status history',
      none: 'The case has been open since it was recorded.',
      closed: 'Closed by {{who}} ({{organization}}) on {{when}}',
      reopened: 'Reopened by {{who}} ({{organization}}) on {{when}}',
      merged: 'Merged by {{who}} ({{organization}}) on {{when}}',
    },
    close: {
      heading: 'Close the case',
      intro:
        "Closing cancels the protocol's open tasks on this case, except the reports the law requires, and takes the case off the default list. It can be reopened.",
      reason: 'Why the case closes',
      note: 'What happened',
      submit: 'Close the case',
    },
    reopen: {
      heading: 'Reopen the case',
      intro: 'The case returns to the lists. Cancelled tasks stay cancelled.',
      note: 'Why the case reopens',
      submit: 'Reopen the case',
    },
    correct: {
      heading: 'Correct the record',
      intro:
        'Change what is wrong or learned later. The earlier values stay in the history, readable only by those who may read the identity.',
      reason: 'Why the record changes',
      reasonHint: 'For example: she told us her legal name.',
      submit: 'Save the correction',
      done: 'Corrected: {{fields}}.',
      duplicates: 'The corrected identity may match another record:',
    },
    history: {
      heading: 'Corrections to the identity',
      none: 'The identity has not been corrected.',
      entry: 'Corrected by {{who}} ({{organization}}) on {{when}}',
      before: '{{field}} before',
      reason: 'Why: {{reason}}',
    },
    notes: {
      corrected: 'Corrected',
      why: 'Why: {{reason}}',
      earlier_one: 'Earlier version',
      earlier_other: '{{count}} earlier versions',
      correct: 'Correct this note',
      body: 'The note, corrected',
      reason: 'What was wrong',
      submit: 'Save the corrected note',
    },
    merge: {
      heading: 'Merge a duplicate into this record',
      intro:
        'When the same youth was recorded twice. This record stays; the other becomes a pointer to it.',
      caseNumber: 'Case number of the duplicate',
      find: 'Find the record',
      notFound: 'No other record with that case number that you may open.',
      confirm: 'Confirm the merge',
      summary: 'Case {{duplicate}} will be merged into case {{survivor}}.',
      summaryDone: 'Case {{duplicate}} was merged into case {{survivor}}.',
      moves:
        'Its team, consents, legal bases, notes, events, referrals, tasks, screenings, safety plans and people move to this record; its identity stays on it. Nobody gains access they did not have: a merge that would is refused.',
      reason: 'Why they are the same youth',
      submit: 'Merge into this record',
    },
    list: {
      showClosed: 'Show closed cases too',
      closed: 'Closed',
    },
  },
};

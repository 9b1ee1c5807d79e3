// How long the county keeps a closed case (docs/RETENTION.md). Spanish in retention.es.ts, same keys.
export const retentionEn = {
  retention: {
    heading: 'How long closed cases are kept',
    intro:
      'For each kind of information: how many years after a case closes it is kept and, if you choose, until the youth turns an age, whichever is later. Every day Lantern removes what is past its time: names, notes, documents, answers and what anyone wrote. The counts in the reports stay the same; the audit log is never changed.',
    floor:
      'Never less than 1 year after closing; an age, if set, is 18 or more. An open or reopened case is never removed.',
    category: 'Kind of information',
    years: 'Years after closing',
    untilAge: 'Until the youth turns (optional)',
    noAge: 'Leave empty for none.',
    yearsValue_one: '{{count}} year',
    yearsValue_other: '{{count}} years',
    ageValue: 'until {{age}}',
    coordinatorOnly: 'Only the county’s CSEC coordinator changes how long cases are kept.',
    save: 'Save how long cases are kept',
    saved: 'Saved. The next daily removal follows these times.',
    errors: {
      years: 'Enter whole years from {{min}} to {{max}}.',
      age: 'Leave empty, or enter an age from {{min}} to {{max}}.',
    },
  },
};

export const retentionApiErrorsEn = {
  invalid_retention:
    'The times do not hold together: whole years from 1 to 75 for every kind of information, and an age from 18 to 99 or none.',
};

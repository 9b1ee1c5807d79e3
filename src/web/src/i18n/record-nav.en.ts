// The youth record's navigation and its summary, in English: the groups of the record's parts,
// and what the summary says (the team, what is due, what is withheld and whom to ask).
export const recordNavEn = {
  recordNav: {
    groups: {
      summary: 'Summary',
      events: 'Events and timeline',
      services: 'Services and referrals',
      safety: 'Safety',
      notes: 'Notes and records',
      team: 'Team and consent',
      privileged: 'Privileged notes',
      record: 'Status and corrections',
      emergency: 'Emergency access',
    },
    inGroup: 'In {{group}}',
    consents: 'Consents and legal bases',
    referralNotes: 'Notes on referrals',
    referralNotesIntro:
      'Notes recorded about referrals, beside the referrals themselves. Each organization’s notes show only where a consent or a legal basis lets you read them.',
    summary: {
      team: 'On the team',
      noTeam: 'No organization is on this case’s team yet.',
      pointPerson: 'Point person',
      noPointPerson: 'No point person listed',
      teamLink: 'The case team',
      due: 'What is due',
      dueIntro: 'Open tasks on this case that you may see, soonest first.',
      nothingDue: 'No open task on this case that you may see.',
      dueUnknown: 'The tasks on this case could not be shown to you.',
      dueBy: '{{organization}}, due {{due}}',
      timelineLink: 'The whole timeline',
      withheld: 'Withheld from you, and whom to ask',
      nothingWithheld: 'Nothing recorded on this case is withheld from you.',
      withheldAbout: 'About: {{categories}}',
    },
  },
};

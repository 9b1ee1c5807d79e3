// English for a referral's urgency, the thread between its two sides, taking a place on
// accepting and undoing an accept (issue 15, item 6).
export const referralThreadsEn = {
  referralThreads: {
    urgency: {
      legend: 'How soon is an answer needed?',
      routine: 'Routine: within the service’s usual answer time',
      urgent: 'Urgent: within hours (a bed tonight, a youth waiting now)',
      urgentHint:
        'The provider is asked to answer within the county’s urgent hours, nights and weekends included.',
      badge: 'Urgent',
    },
    inboxNote: 'Note from the sender',
    place: {
      take: 'Take one of the open places ({{available}} open now)',
      takeHint: 'Lowers the service’s open places by one as you accept.',
      none: 'No open place is left; accept without taking one, or update the places first.',
      taken: 'This accept took one of the service’s open places.',
    },
    undo: {
      button: 'Undo accept',
      hint: 'You can undo the accept until {{until}}.',
      done: 'The accept was undone; the referral waits for your answer again.',
      accepted: 'Accepted {{service}} (case {{caseNumber}}).',
      stepUndone: 'Accept undone',
    },
    settings: {
      urgentHours: 'Urgent referrals are answered within',
      urgentHoursHint:
        'A referral its sender marks urgent (a bed tonight) is due this many hours after it is sent, nights and weekends included.',
      hours_one: '{{count}} hour',
      hours_other: '{{count}} hours',
    },
    thread: {
      heading: 'Messages with the other organization',
      intro: 'Only your organization and {{other}} read these messages.',
      warning:
        'Write no name or detail that identifies the youth unless a consent lets {{other}} know who the youth is. What you write here cannot be taken back.',
      empty: 'No messages yet.',
      label: 'Message',
      send: 'Send message',
      sent: 'Message sent.',
      you: '{{user}}, {{organization}} (your side)',
      them: '{{user}}, {{organization}}',
      tooLong: 'A message is at most 2,000 characters.',
      required: 'Write a message.',
      draft: 'Messages start once the referral is sent.',
    },
  },
};

/** The server's refusals on these steps, by code. */
export const referralThreadsApiErrorsEn = {
  message_empty: 'Write a message.',
  message_too_long: 'A message is at most 2,000 characters.',
  message_control_character:
    'The message holds an invisible control character (often pasted); remove it and send again.',
  referral_draft: 'Send the referral first; messages go to the receiving organization.',
  undo_window_passed:
    'An accept can be undone only within a minute. To stop now, end the referral with a reason.',
  not_accepted: 'This referral is not accepted now, so there is no accept to undo.',
  not_the_receiver: 'Only the organization that accepted can undo it.',
  no_place_left:
    'This service has no open place left. Accept without taking a place, or update its places first.',
  capacity_not_tracked: 'This service does not count its open places in Lantern.',
  place_only_on_accept: 'A place is taken only when accepting a referral.',
};

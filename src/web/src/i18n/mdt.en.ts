// MDT meetings in English (docs/LEGAL-AND-MDT.md, MDT meetings).
import type { AgendaReason, ClockState } from '../../../domain/mdt.js';

const reasons = {
  missed_clock: 'A clock was missed',
  mdt_review: 'The protocol asks for a review',
  new_identification: 'Identified since the last meeting',
  clock_due_soon: 'A clock falls due within 72 hours',
  added_by_coordinator: 'Added by the coordinator',
} satisfies Record<AgendaReason, string>;

const states = {
  met: 'met',
  late: 'done late',
  overdue: 'overdue',
  due: 'due',
} satisfies Record<ClockState, string>;

export const mdtEn = {
  mdt: {
    nav: 'MDT meetings',
    title: 'MDT meetings',
    intro:
      'The multidisciplinary team reviews cases together. Each member sees every case only as their own organization may see it.',
    none: 'No meeting yet.',
    cases_one: '{{count}} case',
    cases_other: '{{count}} cases',
    schedule: {
      heading: 'Schedule a meeting',
      intro:
        'The agenda starts from the cases due for review: new identifications, missed clocks, clocks due within 72 hours, and reviews the protocol asks for.',
      name: 'Title',
      startsAt: 'Date and time',
      attendees: 'Attending organizations',
      submit: 'Schedule the meeting',
      done: 'The meeting is scheduled.',
      noAttendees: 'Choose at least one organization.',
      noTime: 'Enter the date and time.',
    },
    meeting: {
      back: 'All MDT meetings',
      when: 'Meeting: {{when}}',
      shared: 'Shared screen (case numbers and clocks only)',
      sharedOn: 'This is the shared screen: no names, no case details.',
      print: 'Printable agenda (no names)',
      empty: 'No case is on the agenda.',
      general: 'General minutes',
      noGeneral: 'No general minutes yet.',
    },
    case: {
      heading: 'Case {{caseNumber}}',
      why: 'Why it is on the agenda',
      clocks: 'Clocks',
      noClocks: 'No protocol clock on this case.',
      clock: '{{title}} ({{organization}}): {{state}}, due {{due}}',
      name: 'Name: {{name}}',
      noName: 'Your organization may not see the youth’s identity.',
      categories: 'What your organization may read: {{categories}}',
      noCategories: 'Your organization may read nothing of this case.',
      minutes: 'Minutes',
      withheld_one:
        '{{count}} minutes entry is withheld: your organization has no basis for what it discusses.',
      withheld_other:
        '{{count}} minutes entries are withheld: your organization has no basis for what they discuss.',
      discussed: 'Discussed: {{categories}}',
      decisions: 'Decisions',
      decision: '{{title}}: {{owner}}, due {{due}}',
      decisionText: 'Your organization may not read this decision’s words.',
      reviewed: 'Reviewed',
      markReviewed: 'Mark reviewed',
    },
    reasons,
    states,
    agenda: {
      heading: 'Edit the agenda',
      up: 'Move case {{caseNumber}} up',
      down: 'Move case {{caseNumber}} down',
      remove: 'Remove case {{caseNumber}}',
      add: 'Add a case by its number',
      addButton: 'Add',
      save: 'Save the agenda',
      saved: 'The agenda is saved.',
    },
    attendance: {
      heading: 'Attendance',
      present: '{{organization}} came',
      save: 'Save attendance',
      saved: 'Attendance is saved.',
    },
    decision: {
      heading: 'Record a decision',
      case: 'Case',
      title: 'What is to be done (the owner’s task says this; no details of the youth)',
      text: 'The decision and why (minutes of this case)',
      categories: 'What of the case was discussed',
      owner: 'Owner',
      ownerHint: 'An attending organization or one on the case team',
      ownerAttending: 'Attending',
      ownerTeam: 'On the case team',
      dueOn: 'Due on',
      submit: 'Record the decision',
      saved: 'The decision is recorded and the owner has a task.',
      noCategories: 'Choose at least one kind of information.',
    },
    minutes: {
      heading: 'Write minutes',
      of: 'Minutes of',
      generalOption: 'The whole meeting (general minutes)',
      caseOption: 'Case {{caseNumber}}',
      body: 'Minutes',
      submit: 'Save the minutes',
      saved: 'The minutes are saved.',
    },
  },
};

export const mdtApiErrorsEn = {
  meeting_in_past: 'A meeting may be recorded for today, but not more than a day back.',
  meeting_too_far: 'A meeting is scheduled at most a year ahead.',
  unknown_organization: 'One of the organizations does not exist.',
  attendee_other_county: 'Attendees are organizations of the meeting’s own county.',
  unknown_case: 'No case of this county has that number.',
  case_has_minutes: 'That case has minutes or decisions at this meeting and stays on its agenda.',
  not_attendee: 'Your organization is not an attendee of this meeting.',
  not_attendee_organization: 'That organization is not an attendee of this meeting.',
  not_on_agenda: 'That case is not on this meeting’s agenda.',
  owner_not_attendee_or_team:
    'A decision’s owner is an attending organization or one on the case team.',
  due_in_past: 'A decision is due today or later.',
  categories_required: 'A case’s minutes name at least one kind of information discussed.',
  categories_for_case_only: 'The general minutes name no kind of information.',
};

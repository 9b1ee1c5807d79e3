// Training and certification records (docs/TRAINING.md). Spanish in training.es.ts, same keys.
export const trainingEn = {
  training: {
    nav: 'Training',
    title: 'Training',
    intro:
      'The county’s courses and who completed them. Training hours count toward a caseworker’s privilege-qualifying hours only while they are in force: a completion lapses on the day its validity ends, and the person and their supervisor are told 30 days before.',
    courses: {
      heading: 'Courses',
      none: 'The county has no courses yet.',
      title: 'Course',
      topic: 'Topic',
      hours: 'Hours',
      validity: 'Valid for',
      months_one: '{{count}} month',
      months_other: '{{count}} months',
      noExpiry: 'Does not expire',
      addHeading: 'Add a course',
      validityLabel: 'Valid for (months)',
      validityHint: 'Leave empty when the course does not expire.',
      add: 'Add the course',
      added: 'Course “{{title}}” added.',
      actions: 'Actions',
      edit: 'Edit',
      editLabel: 'Edit the course “{{title}}”',
      editHeading: 'Edit “{{title}}”',
      editHint:
        'A completion already recorded keeps the hours and the day it lapses that it was recorded with; the change counts for completions recorded from now on.',
      save: 'Save the course',
      cancel: 'Cancel',
      edited: 'Course “{{title}}” saved.',
      retire: 'Retire',
      retireLabel: 'Retire the course “{{title}}”',
      retired: 'retired',
      retiredDone:
        'Course “{{title}}” retired: no new completion; those recorded count until they lapse.',
    },
    mine: {
      heading: 'My training',
      none: 'No training is recorded for you yet.',
      hoursInForce:
        '{{hours}} hours in force today; the county’s qualifying training is {{minimum}} hours.',
    },
    completions: {
      caption: 'Training of {{name}}',
      completedOn: 'Completed',
      lapsesOn: 'No longer counts from',
      never: 'Does not expire',
      evidence: 'Evidence',
      recordedBy: 'Recorded by',
      standing: 'Standing',
    },
    standings: {
      current: 'Current',
      due: 'Due within 30 days',
      lapsed: 'Lapsed',
      renewed: 'Renewed',
      none: 'Nothing recorded',
    },
    record: {
      heading: 'Record a completion',
      intro:
        'Your organization’s supervisor or the county coordinator records training; nobody records their own. A newer completion of the same course renews it.',
      person: 'Person',
      course: 'Course',
      completedOn: 'Completed on',
      evidence: 'Evidence',
      evidenceHint: 'A certificate number, or where the paper is kept.',
      submit: 'Record the completion',
      recorded: 'Training recorded for {{name}}.',
      required: 'This is needed.',
    },
    people: {
      heading: 'Your people',
      name: 'Name',
      organization: 'Organization',
      hours: 'Hours in force',
      nextLapse: 'Next lapse',
    },
    compliance: {
      heading: 'Compliance by organization',
      intro:
        'How many people are current, due within 30 days or lapsed, as of {{today}}. Counts under {{threshold}} are hidden, and so are counts that would reveal them.',
      caption: 'Training compliance by organization',
      organization: 'Organization',
      total: 'Total',
      none: 'No training is recorded in the county yet.',
      fewerThan: 'fewer than {{threshold}}',
      hidden: 'hidden',
    },
  },
};

/** The training routes' refusals, in the reader's language. */
export const trainingApiErrorsEn = {
  own_training: 'Nobody records their own training: ask your supervisor or the coordinator.',
  not_a_supervisor:
    'Only the person’s own organization’s supervisor or the county coordinator records their training.',
  unknown_course: 'The county has no such course.',
  completed_in_future: 'A completion is recorded once it has happened: choose today or earlier.',
  course_exists: 'The county already has a course of that title.',
  course_retired: 'The course is retired: it takes no new completion.',
  course_has_completions: 'Completions of this course are recorded: retire it instead.',
};

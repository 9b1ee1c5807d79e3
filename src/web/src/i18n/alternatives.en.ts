// English for alternatives to detention (issue 11): the directory's badge, filter and the
// owner's mark, and the service plan's detention decision (docs/MISSING-AND-CUSTODY.md).
export const alternativesEn = {
  alternatives: {
    badge: 'Alternative to detention',
    filter: 'Only alternatives to detention',
    formHeading: 'Alternative to detention',
    formIntro:
      'Mark the service if probation or the court can place a youth here instead of juvenile hall: a host home, a shelter bed, an evening reporting center. Matching then offers it first to a youth facing a detention decision.',
    checkbox: 'This service is an alternative to detention',
    save: 'Save the mark',
    savedOn: 'Saved: the service is marked as an alternative to detention.',
    savedOff: 'Saved: the service is no longer marked as an alternative to detention.',
    facingDetention: 'The youth faces a detention decision',
    facingDetentionHint:
      'Alternatives to detention are then offered first, even where they meet none of the needs above. The youth is a victim, never an offender.',
    planFacingDetention: 'Detention decision',
    planFacingDetentionYes: 'Facing one: alternatives to detention come first',
    planFacingDetentionNo: 'None recorded',
  },
};

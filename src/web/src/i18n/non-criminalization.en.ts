// English for non-criminalization: the legal profile's covered offenses, the offense on the
// recording form, and what the officer or prosecutor is shown (docs/PROTOCOL.md).
export const nonCriminalizationEn = {
  nonCriminalization: {
    offensesHeading: 'Offenses the state does not charge minors with',
    offensesIntro:
      'An officer recording an arrest attempt, or a prosecutor a charging step, picks the offense from this list. When it covers the youth, Lantern shows the plain statement above at once, records that it was shown, and gives the district attorney’s point person a review.',
    noOffenses: 'No offense is listed: Lantern shows no statement on an arrest attempt.',
    underAge: 'under {{age}}',
    newOffense: 'New offense',
    fields: {
      code: 'Code (lowercase letters, digits and _)',
      label: 'Offense',
      citation: 'Citation',
      ageLimit: 'Covers anyone under this age',
      prostitutionRelated: 'Prostitution-related',
    },
    add: 'Add an offense',
    remove: 'Remove {{offense}}',
    save: 'Save the offenses',
    saved: 'The offenses were saved.',
    errors: {
      code: 'Use lowercase letters, digits and _ (not “other”).',
      age: 'A whole number from 1 to 26.',
      required: 'Required.',
      fix: 'Fix the offenses marked below.',
    },
    offense: 'Offense',
    otherOffense: 'Another offense (describe it)',
    describeOffense: 'Describe the offense',
    coveredOffense:
      'The law does not charge a minor with this offense: {{offense}} ({{citation}}).',
    considerHeading: 'Consider victim status',
    considerVictimStatus:
      'This youth is identified as a victim of exploitation; consider victim status.',
  },
};

// Verified contacts: the youth record's "People around the youth" and the "Check a name" page.
// Spanish in contacts.es.ts, same keys.
import type { ContactStatus, VerificationMethod } from '../../../domain/verified-contacts.js';

const statuses = {
  verified: 'Verified',
  not_verified: 'Not verified',
  do_not_release: 'Do not release',
} satisfies Record<ContactStatus, string>;

const methods = {
  id_checked: 'ID checked',
  court_record: 'Court record',
  caseworker_knows: 'A caseworker knows them',
  agency_record: 'Agency record',
  other: 'Other',
} satisfies Record<VerificationMethod, string>;

export const contactsEn = {
  contacts: {
    section: 'People around the youth',
    intro:
      'Whom the team has verified, has not, or must never hand the child to. A court clerk or intake worker who checks a name hears only "verified", "not verified" or "do not release: call the point person", never anything written here.',
    empty: 'Nobody listed that your organization may see.',
    statuses,
    methods,
    aliases: 'Also known as: {{aliases}}',
    relationship: 'Says they are: {{relationship}}',
    listedBy: 'Listed by {{organization}}',
    reason: 'Why not: {{reason}}',
    history: 'History',
    historyEntry: '{{status}} · {{who}}, {{organization}} · {{when}}',
    addHeading: 'List a person',
    name: 'Full name, as on their ID',
    aliasesField: 'Other names they use',
    aliasesHint: 'One per line.',
    relationshipField: 'Relationship, as they claim it',
    relationshipHint: 'For example: aunt, family friend.',
    status: 'Status',
    method: 'How they were verified',
    note: 'Note',
    noteHint: 'Who checked what, in a few words.',
    reasonField: 'Why the child must not be released to them',
    reasonHint: 'Seen by the team only; a name check never shows it.',
    add: 'List this person',
    added: 'Listed.',
    changeHeading: 'Change the status of {{name}}',
    change: 'Save the new status',
    changed: 'Status saved. The old one stays in the history.',
    chooseMethod: 'Choose how they were verified',
    required: 'Fill this in.',
    withheld: 'Some people are listed by organizations whose placement data you may not see.',
  },
  contactCheck: {
    nav: 'Check a name',
    title: 'Check a name',
    intro:
      'Someone has come to take a child. Type the case number and the name on their ID. You will get only one answer.',
    caseNumber: 'Case number',
    caseNumberHint: 'Like 2026-BCDF-2345.',
    caseNumberInvalid: 'A case number looks like 2026-BCDF-2345.',
    name: 'Name on their ID',
    nameInvalid: 'Type the name, with at least one letter.',
    submit: 'Check',
    answerHeading: 'Answer for {{name}}',
    verified: 'Verified',
    verifiedHelp: 'The team has verified this person.',
    not_verified: 'Not verified',
    notVerifiedHelp:
      'Lantern cannot vouch for this person. Do not release the child on Lantern’s word; follow your own procedure.',
    do_not_release: 'Do not release',
    protectiveOrder: 'A protective order restrains this person.',
    callPointPerson: 'Call {{name}} ({{function}})',
    callPointPersonPhone: 'Call {{name}} ({{function}}) at {{phone}}',
    callSomeone: 'Call the county CSEC coordinator.',
    tooMany:
      'Too many names checked in a short time. The county coordinator has been told. Wait a few minutes, or call the youth’s point person.',
    another: 'Check another name',
  },
};

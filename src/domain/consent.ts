// Rules for recording a release of information (consent), before it can open anything.
// VOCA (28 CFR 94.115): informed, written, reasonably time-limited; a minor's abuser cannot
// consent; signing is never a condition of service.
import { daysBetween, type LegalProfile } from './legal-profile.js';

export type ConsentGiver =
  { readonly kind: 'youth' } | { readonly kind: 'guardian'; readonly personId: string };

export interface RelatedPersonFacts {
  readonly id: string;
  readonly suspectedExploiter: boolean;
}

export interface ConsentDraft {
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly string[];
  readonly givenBy: ConsentGiver;
  readonly signedOn: string;
  readonly expiresOn: string;
}

export type ConsentProblem =
  | 'no_recipients'
  | 'no_categories'
  | 'signed_in_future'
  | 'expires_before_signed'
  | 'already_expired'
  | 'too_long'
  | 'unknown_guardian'
  | 'suspected_exploiter';

export const CONSENT_PROBLEM_MESSAGES: Readonly<Record<ConsentProblem, string>> = {
  no_recipients: 'Name at least one organization that may receive the information.',
  no_categories: 'Name at least one kind of information.',
  signed_in_future: 'The signed date cannot be in the future.',
  expires_before_signed: 'The consent must end after the day it was signed.',
  already_expired: 'This consent has already ended; record a new one with the youth.',
  too_long: 'The consent is longer than this county allows; choose an earlier end date.',
  unknown_guardian: 'The guardian must be a person recorded on this youth’s case.',
  suspected_exploiter:
    'This person is flagged as a suspected exploiter and cannot consent for the youth.',
};

/** Every problem with a draft consent; an empty list means it may be recorded. */
export function consentProblems(
  draft: ConsentDraft,
  context: {
    readonly today: string;
    readonly profile: Pick<LegalProfile, 'maxConsentDays'>;
    readonly people: readonly RelatedPersonFacts[];
  },
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (draft.recipientOrganizationIds.length === 0) problems.push('no_recipients');
  if (draft.categories.length === 0) problems.push('no_categories');
  if (draft.signedOn > context.today) problems.push('signed_in_future');
  if (draft.expiresOn <= draft.signedOn) problems.push('expires_before_signed');
  else if (draft.expiresOn < context.today) problems.push('already_expired');
  if (daysBetween(draft.signedOn, draft.expiresOn) > context.profile.maxConsentDays) {
    problems.push('too_long');
  }
  if (draft.givenBy.kind === 'guardian') {
    const { personId } = draft.givenBy;
    const person = context.people.find((p) => p.id === personId);
    if (!person) problems.push('unknown_guardian');
    else if (person.suspectedExploiter) problems.push('suspected_exploiter');
  }
  return problems;
}

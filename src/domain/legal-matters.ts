// Who acts on a case's legal matters, and the words their tasks carry (docs/LEGAL-AND-MDT.md,
// "Certifications and compensation"). Reads are decided in case-access.ts
// (`decideCertificationRequestRead`, and `decideRead` for compensation claims).
import type { Actor } from './actor.js';
import { seesYouthData, type DenialReason } from './case-access.js';
import type { VisaKind } from './certification-clock.js';
import type { OrganizationType } from './vocabulary.js';

export const CERTIFICATION_STATUSES = ['pending', 'certified', 'declined'] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/**
 * The organizations that may certify: the U visa's certifying agencies, "a Federal, State, or
 * local law enforcement agency, prosecutor, judge, or other authority, that has responsibility
 * for the investigation or prosecution of a qualifying crime", child protective services named
 * among them (8 CFR 214.14(a)(2)). In Lantern's types: the police, the district attorney, the
 * juvenile court and child welfare. The T visa's declaration comes from the same kinds of agency.
 * An agency outside Lantern (a federal one, a labor agency) is named by its name instead.
 */
export const CERTIFYING_ORGANIZATION_TYPES = [
  'law_enforcement',
  'district_attorney',
  'juvenile_court',
  'child_welfare',
] as const satisfies readonly OrganizationType[];

export const CERTIFYING_AGENCY_CITATION = '8 CFR 214.14(a)(2)';

export const mayCertify = (type: OrganizationType): boolean =>
  (CERTIFYING_ORGANIZATION_TYPES as readonly OrganizationType[]).includes(type);

export type CertificationOutcomeRefusal = DenialReason | 'outcome_already_recorded';

/**
 * Recording a certification request's outcome: the certifying agency, when it is an organization
 * in Lantern (any of its people who work cases); for an outside agency, the organization that
 * recorded the request, which hears the answer. Once only.
 */
export function decideCertificationOutcome(
  actor: Actor,
  request: {
    readonly jurisdictionId: string;
    readonly recordedByOrganizationId: string;
    readonly certifyingOrganizationId: string | null;
    readonly status: CertificationStatus;
  },
):
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: CertificationOutcomeRefusal } {
  if (actor.jurisdictionId !== request.jurisdictionId) {
    return { allowed: false, reason: 'other_jurisdiction' };
  }
  if (!seesYouthData(actor)) return { allowed: false, reason: 'role_without_youth_data' };
  const answers = request.certifyingOrganizationId ?? request.recordedByOrganizationId;
  if (actor.organizationId !== answers) return { allowed: false, reason: 'not_certifying_agency' };
  if (request.status !== 'pending') return { allowed: false, reason: 'outcome_already_recorded' };
  return { allowed: true };
}

const VISA_WORDS: Readonly<Record<VisaKind, string>> = { u_visa: 'U visa', t_visa: 'T visa' };

/** "U visa", for the English words of tasks and notices. */
export const certificationVisaWords = (visaKind: VisaKind) => VISA_WORDS[visaKind];

/**
 * The certifying agency's task: the kind of visa and the last day, nothing of the case. The
 * request itself (date received, removal proceedings, who asks) is read through the task.
 */
export const certificationTaskTitle = (visaKind: VisaKind, dueOn: string) =>
  `${VISA_WORDS[visaKind]} certification requested: answer by ${dueOn}`;

/** Days before the compensation filing deadline that the recording organization is reminded. */
export const COMPENSATION_REMINDER_DAYS = 90;

export const compensationReminderTitle = (deadline: string) =>
  `Victim compensation: apply by ${deadline}`;

// T/U visa certification requests and victim compensation claims, in the record's legal
// section. Spanish in legal-matters.es.ts, same keys.
import type { VisaKind } from '../../../domain/certification-clock.js';
import type { CompensationStatus } from '../../../domain/compensation-deadline.js';
import type { CertificationStatus } from '../../../domain/legal-matters.js';

const visaKinds = { u_visa: 'U visa', t_visa: 'T visa' } satisfies Record<VisaKind, string>;
const certificationStatuses = {
  pending: 'Waiting for the answer',
  certified: 'Certified',
  declined: 'Declined',
} satisfies Record<CertificationStatus, string>;
const claimStatuses = {
  planned: 'Planned',
  filed: 'Filed',
  approved: 'Approved',
  denied: 'Denied',
  paid: 'Paid',
} satisfies Record<CompensationStatus, string>;

export const legalMattersEn = {
  legalMatters: {
    certifications: {
      heading: 'T and U visa certification requests',
      intro:
        'The certifying agency must answer by the date shown: the county’s legal profile sets the clock (California: 90 days; 14 business days when the youth is in removal proceedings).',
      none: 'No certification request you may read.',
      visaKinds,
      statuses: certificationStatuses,
      summary: '{{visa}} to {{agency}}',
      received: 'Received {{date}}',
      removal: 'In removal proceedings',
      due: 'Answer due by the end of {{date}}',
      requestedBy: 'Requested by {{organization}}',
      asCertifier:
        'You see this request because your agency is asked to certify it; the rest of the legal information is not shared with you.',
      declinedBecause: 'Declined: {{reason}}',
      formHeading: 'Record a certification request',
      visaKind: 'Kind of visa',
      agencyKind: 'Certifying agency',
      agencyInLantern: 'An agency in Lantern',
      agencyOutside: 'An agency outside Lantern',
      organization: 'Agency',
      chooseOrganization: 'Choose an agency',
      outsideName: 'Name of the agency',
      receivedOn: 'Date the agency received it',
      removalProceedings: 'The youth is in removal proceedings',
      record: 'Record the request',
      recorded: 'Request recorded.',
      outcomeHeading: 'Record the answer',
      certify: 'Certified',
      decline: 'Declined',
      reason: 'Why it was declined',
      saveOutcome: 'Save the answer',
      outcomeSaved: 'Answer saved.',
    },
    claims: {
      heading: 'Victim compensation claims',
      intro:
        'The filing deadline follows the county’s legal profile (California: 7 years after the crime; a victim who was a minor may apply until her 28th birthday).',
      none: 'No compensation claim you may read.',
      statuses: claimStatuses,
      summary: '{{program}}: {{status}}',
      crime: 'Crime on {{date}}',
      filed: 'Filed on {{date}}',
      deadline: 'Apply by {{date}}',
      deadlineMinor: 'Apply by {{date}} (her 28th birthday: she was a minor at the crime)',
      birthMissing: 'No birth date on record: counted from the crime date only.',
      birthWithheld:
        'You may not read her birth date: counted from the crime date only; the holder of her identity may know a later deadline.',
      amounts: 'Requested {{requested}}, paid {{paid}}',
      recordedBy: 'Recorded by {{organization}}',
      formHeading: 'Record a compensation claim',
      program: 'Program',
      crimeDate: 'Date of the crime',
      status: 'Status',
      filedOn: 'Filed on',
      filedOnHint: 'Leave empty while the claim is planned.',
      amountRequested: 'Amount requested (dollars)',
      amountPaid: 'Amount paid (dollars)',
      record: 'Record the claim',
      recorded: 'Claim recorded.',
      update: 'Update',
      updateHeading: 'Update the claim',
      save: 'Save',
      saved: 'Claim updated.',
      stale: 'Someone changed this claim meanwhile. The list shows it now; make your change again.',
      notAmount: 'Write an amount in dollars, like 1250.00.',
    },
  },
};

export const legalMattersApiErrorsEn = {
  certifying_agency_required:
    'Name the certifying agency once: an agency in Lantern or one outside it.',
  received_in_future: 'The date received cannot be after today.',
  unknown_certifying_agency: 'That agency is not an organization of this county.',
  not_a_certifying_agency:
    'That organization cannot certify: the certifying agencies are the police, prosecutors, the court and child welfare.',
  outcome_already_recorded: 'This request already has its answer.',
  not_certifying_agency:
    'Only the certifying agency records the answer (for an agency outside Lantern, the organization that recorded the request).',
  crime_in_future: 'The date of the crime cannot be after today.',
  filed_in_future: 'The filing date cannot be after today.',
  filed_before_crime: 'The filing date cannot be before the crime.',
  filed_on_mismatch: 'A planned claim has no filing date; any other status needs one.',
};

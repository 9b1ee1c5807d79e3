// Legal matters' API shapes (docs/LEGAL-AND-MDT.md, "Certifications and compensation"). Imports
// only zod and the domain, so the web app derives its types from here.
import { z } from 'zod';
import { VISA_KINDS } from '../../domain/certification-clock.js';
import { COMPENSATION_STATUSES } from '../../domain/compensation-deadline.js';
import { CERTIFICATION_STATUSES } from '../../domain/legal-matters.js';

const CalendarDate = z.iso.date().describe('YYYY-MM-DD, a day of the county’s calendar');
const Cents = z.int().min(0).max(2_000_000_000).describe('An amount in cents, 0 or more');

export const CertificationRequestBody = z.strictObject({
  visaKind: z.enum(VISA_KINDS),
  certifyingOrganizationId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The certifying agency when it is an organization of this county in Lantern'),
  outsideAgencyName: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .optional()
    .describe('The certifying agency by name when it is not in Lantern (exactly one of the two)'),
  receivedOn: CalendarDate.describe('The day the agency received the request; not in the future'),
  removalProceedings: z.boolean().describe('Whether the youth is in removal proceedings'),
});

export const CertificationOutcomeBody = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('certified') }),
  z.strictObject({ outcome: z.literal('declined'), reason: z.string().trim().min(1).max(2000) }),
]);

export const CertificationRequestView = z.object({
  id: z.string(),
  youthId: z.string(),
  caseNumber: z.string(),
  visaKind: z.enum(VISA_KINDS),
  certifyingOrganizationId: z.string().nullable(),
  certifyingOrganizationName: z.string().nullable(),
  outsideAgencyName: z.string().nullable(),
  receivedOn: z.string(),
  removalProceedings: z.boolean(),
  dueOn: z.string().describe('The last day to answer (the county’s calendar)'),
  dueAt: z.date().describe('The end of that day in the county’s time zone'),
  status: z.enum(CERTIFICATION_STATUSES),
  declineReason: z.string().nullable(),
  outcomeAt: z.date().nullable(),
  requestingOrganizationId: z.string(),
  requestingOrganizationName: z.string(),
  view: z
    .enum(['full', 'certifier'])
    .describe(
      'certifier: read as the certifying agency, without a basis for the case’s legal data',
    ),
  allowedActions: z.array(z.enum(['outcome'])).readonly(),
});

export const CompensationClaimBody = z.strictObject({
  program: z.string().trim().min(1).max(200).describe('The compensation program, e.g. CalVCB'),
  crimeDate: CalendarDate,
  filedOn: CalendarDate.nullable()
    .optional()
    .describe('Omitted or null while the claim is planned'),
  status: z.enum(COMPENSATION_STATUSES),
  amountRequestedCents: Cents.optional(),
  amountPaidCents: Cents.optional(),
});

export const CompensationClaimPatch = z.strictObject({
  version: z
    .int()
    .min(1)
    .describe('The version this change edits (409 stale_version if not current)'),
  program: z.string().trim().min(1).max(200).optional(),
  crimeDate: CalendarDate.optional(),
  filedOn: CalendarDate.nullable().optional(),
  status: z.enum(COMPENSATION_STATUSES).optional(),
  amountRequestedCents: Cents.optional(),
  amountPaidCents: Cents.optional(),
});

export const CompensationClaimView = z.object({
  id: z.string(),
  youthId: z.string(),
  program: z.string(),
  crimeDate: z.string(),
  filedOn: z.string().nullable(),
  status: z.enum(COMPENSATION_STATUSES),
  amountRequestedCents: z.number(),
  amountPaidCents: z.number(),
  recordedByOrganizationId: z.string(),
  recordedByOrganizationName: z.string(),
  version: z.number(),
  updatedAt: z.date(),
  deadline: z.string().describe('The last day to apply'),
  deadlineBasis: z.enum(['years_after_crime', 'minor_until_age']),
  minorAtCrime: z.boolean().nullable(),
  birthDate: z
    .enum(['used', 'missing', 'withheld'])
    .describe(
      'used: the deadline counts her birth date; missing: none on record, so crime + years only; withheld: you may not read her identity, so crime + years only',
    ),
  allowedActions: z.array(z.enum(['edit'])).readonly(),
});

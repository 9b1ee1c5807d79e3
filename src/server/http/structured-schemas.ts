// Structured contact, placement and education entries: the API's shapes (docs/CONFIDENTIALITY.md,
// "Structured contact, placement and education"). The entries' own shapes live in the domain;
// this file adds what a reader is told of each and what a correction carries. Imports only zod
// and the domain, so the web app derives its types from here.
import { z } from 'zod';
import type { STRUCTURED_GROUPS } from '../../domain/structured-records.js';
import {
  AddressEntry,
  EducationEntry,
  PhoneEntry,
  PlacementEntry,
} from '../../domain/structured-records.js';

const Id = z.uuid();

export const EntryParams = z.strictObject({ id: Id, entryId: Id });

const correctionReason = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .describe('Why it is corrected (or the placement ended); stored sealed');

export const CorrectContactLocation = z.discriminatedUnion('kind', [
  AddressEntry.extend({ correctionReason }),
  PhoneEntry.extend({ correctionReason }),
]);
export const CorrectPlacement = PlacementEntry.extend({ correctionReason });
export const CorrectEducation = EducationEntry.extend({ correctionReason });

const ACCESS_BASES = [
  'own_organization',
  'consent',
  'court_order',
  'mandated_report',
  'statutory_duty',
  'break_glass',
  'privilege_waiver',
] as const;

/** What a reader is told beside each entry: who recorded it, on what basis it is read, versions. */
const about = {
  id: Id,
  authorName: z.string(),
  authorOrganizationId: Id,
  authorOrganizationName: z.string(),
  createdAt: z.date(),
  basis: z.enum(ACCESS_BASES).describe('Why the caller reads it'),
  supersedesId: Id.nullable().describe('The earlier version this one corrects'),
  correctionReason: z.string().nullable(),
  supersededById: Id.nullable().describe('Set on an earlier version: the one that corrects it'),
  correctable: z.boolean().describe('Whether the caller may correct this version'),
};

export const AddressView = AddressEntry.extend(about);
export const PhoneView = PhoneEntry.extend(about);
export const PlacementView = PlacementEntry.extend(about);
export const EducationView = EducationEntry.extend(about);

const listOf = <T extends z.ZodType>(entry: T, category: keyof typeof STRUCTURED_GROUPS) =>
  z.object({
    category: z.literal(category),
    entries: z
      .array(entry)
      .describe(
        'Oldest first, earlier versions included and marked; only what the caller may read (the record names the holders of the rest, whom to ask)',
      ),
    allowedActions: z.array(z.literal('record')).describe('record: the caller may add an entry'),
  });

export const ContactLocationList = listOf(
  z.discriminatedUnion('kind', [AddressView, PhoneView]),
  'contact_location',
);
export const PlacementList = listOf(PlacementView, 'placement');
export const EducationList = listOf(EducationView, 'education');

export type ContactLocationListBody = z.infer<typeof ContactLocationList>;
export type PlacementListBody = z.infer<typeof PlacementList>;
export type EducationListBody = z.infer<typeof EducationList>;

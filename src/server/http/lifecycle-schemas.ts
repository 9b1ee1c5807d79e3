// The API's shapes for a record's corrections, status and merge (docs/CONFIDENTIALITY.md,
// "Records corrected, closed and merged").
import { z } from 'zod';
import { CASE_STATUSES, CLOSE_REASONS, IDENTITY_FIELDS } from '../../domain/case-lifecycle.js';
import { RACE_ETHNICITY_ANSWERS } from '../../domain/race-ethnicity.js';
import { Identity, RaceEthnicityAnswers, Timestamp } from './case-schemas.js';
import { Id } from './schemas.js';

/** Why: required, so the history says it; bounded like a short note. */
const Reason = z.string().trim().min(1).max(2000);
/** A name given is set; null (or empty) clears it; left out, it stays as it is. */
const NameChange = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .optional()
  .transform((v) => (v === undefined ? undefined : v ? v : null));

export const IdentityCorrectionBody = z
  .strictObject({
    givenName: NameChange,
    familyName: NameChange,
    alias: NameChange,
    birthDate: z.iso.date().describe('YYYY-MM-DD').nullable().optional(),
    estimatedBirthYear: z.int().min(1900).max(2200).nullable().optional(),
    genderIdentity: z
      .string()
      .trim()
      .max(60)
      .nullable()
      .optional()
      .transform((v) => (v === undefined ? undefined : v ? v : null)),
    raceEthnicity: RaceEthnicityAnswers.optional(),
    languages: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
    reason: Reason.describe('Why the record changes: "she told us her legal name"'),
  })
  .describe('The fields to change (left out: unchanged; null: cleared) and why');

export const IdentityCorrected = z.object({
  identity: Identity,
  fields: z.array(z.enum(IDENTITY_FIELDS)).describe('The fields this correction changed'),
  possibleDuplicates: z
    .array(z.object({ id: Id, caseNumber: z.string(), reason: z.string() }))
    .describe('Other records the corrected identity may match, that the caller may read'),
  hiddenMatchMessage: z.string().nullable(),
});

const EarlierIdentity = z.object({
  givenName: z.string().nullable().optional(),
  familyName: z.string().nullable().optional(),
  alias: z.string().nullable().optional(),
  birthDate: z.string().nullable().optional(),
  estimatedBirthYear: z.number().nullable().optional(),
  genderIdentity: z.string().nullable().optional(),
  raceEthnicity: z.array(z.enum(RACE_ETHNICITY_ANSWERS)).nullable().optional(),
  languages: z.array(z.string()).optional(),
});

export const IdentityHistoryEntry = z.object({
  id: Id,
  correctedAt: Timestamp,
  correctedByName: z.string(),
  correctedByOrganizationId: Id,
  correctedByOrganizationName: z.string(),
  fields: z.array(z.string()),
  earlier: EarlierIdentity.describe('The values the correction replaced, of those fields only'),
  reason: z.string(),
});

export const NoteCorrectionBody = z.strictObject({
  body: z.string().trim().min(1).max(20_000).describe('The corrected note, in full'),
  reason: Reason.describe('What was wrong: "the date was the 12th, not the 21st"'),
});
export const NoteParams = z.strictObject({ id: Id, noteId: Id });

export const CloseBody = z.strictObject({
  reason: z.enum(CLOSE_REASONS),
  note: Reason.describe('In words: what happened'),
});
export const ReopenBody = z.strictObject({ note: Reason.describe('Why the case reopens') });
export const MergeBody = z.strictObject({
  duplicateId: Id.describe('The record that becomes a tombstone pointing to this one'),
  reason: Reason.describe('Why they are one child: "same birth date, alias and mother"'),
});

export const StatusChangeView = z.object({
  status: z.enum(['closed', 'reopened', 'merged']),
  reasonCode: z.enum(CLOSE_REASONS).nullable(),
  reasonText: z.string(),
  changedByName: z.string(),
  changedByOrganizationId: Id,
  changedByOrganizationName: z.string(),
  changedAt: Timestamp,
  merge: z
    .object({ survivorCaseNumber: z.string(), duplicateCaseNumber: z.string() })
    .nullable()
    .describe('For a merge, shown on both records: which case number went into which'),
});

export const CaseStatusView = z.object({
  status: z.enum(CASE_STATUSES),
  mergedInto: z
    .object({ id: Id, caseNumber: z.string() })
    .nullable()
    .describe('The surviving record of a merged one'),
  history: z.array(StatusChangeView),
  tasksCancelled: z.number().int().optional(),
  moved: z
    .record(z.string(), z.number().int())
    .optional()
    .describe('After a merge: how many rows of each kind moved (counts only)'),
});

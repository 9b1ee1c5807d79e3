// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"). Imports only zod, the domain and
// the shared schemas, so the web app can derive its document types from these.
import { z } from 'zod';
import { DENIAL_MESSAGES, type DenialReason } from '../../domain/case-access.js';
import { firstUnstorableIndex } from '../../domain/storable-text.js';
import { DOCUMENT_TYPES, type DocumentContentType } from '../../domain/documents.js';
import { AccessBasis, Contact, Timestamp } from './case-schemas.js';
import { DataCategory, Id } from './schemas.js';

const ContentType = z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentContentType]);

export const DOCUMENT_TITLE_MAX = 200;

/**
 * The form fields of an upload, as text (multipart sends text): checked in the handler once the
 * body has streamed, since a multipart body is not parsed before validation.
 */
export const DocumentUploadFields = z.strictObject({
  category: DataCategory,
  title: z
    .string()
    .trim()
    .min(1)
    .max(DOCUMENT_TITLE_MAX)
    .refine((t) => firstUnstorableIndex(t) === -1, 'holds a character that cannot be stored'),
  privileged: z
    .enum(['true', 'false', 'on'])
    .optional()
    .transform((v) => v === 'true' || v === 'on')
    .describe('true (or "on", as a checkbox sends it): a privileged document'),
});

/** The upload as the OpenAPI document shows it: the fields above and one file. */
export const DocumentUploadForm = z.object({
  category: DataCategory,
  title: z.string().max(DOCUMENT_TITLE_MAX),
  privileged: z.enum(['true', 'false', 'on']).optional(),
  file: z
    .string()
    .meta({ format: 'binary' })
    .describe('One PDF, PNG, JPEG or WebP file, checked by its content'),
});

export const DocumentView = z.object({
  id: Id,
  youthId: Id,
  category: DataCategory,
  privileged: z.boolean(),
  title: z.string(),
  fileName: z.string().describe('The name it was uploaded under'),
  contentType: ContentType.describe('The type its content is, as found on upload'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file, hex; checked again on every download'),
  authorName: z.string(),
  authorOrganizationId: Id,
  authorOrganizationName: z.string(),
  createdAt: Timestamp,
  basis: AccessBasis,
});

export const DocumentList = z.object({
  documents: z.array(DocumentView),
  withheld: z
    .array(
      z.object({
        category: DataCategory,
        organizationId: Id,
        organizationName: z.string(),
        reason: z.enum(Object.keys(DENIAL_MESSAGES) as [DenialReason]),
        message: z.string(),
        ask: Contact,
      }),
    )
    .describe(
      'Organizations holding documents of a category the caller may not read, why and whom to ask; never how many, what or when. Privileged documents withheld are not named.',
    ),
});

// Request and response shapes of the missing-youth and custody-notice routes (they also feed
// /api/openapi.json).
import { z } from 'zod';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, RISK_LEVELS } from '../../domain/missing-youth.js';

const describe = z.string().trim().max(200).nullable();
const RiskLevel = z.enum(RISK_LEVELS);

const PointPersonToCall = z.object({
  name: z.string(),
  function: z.string(),
  organizationName: z.string(),
  phone: z.string().nullable(),
});

const Description = {
  height: describe,
  build: describe,
  hair: describe,
  eyes: describe,
  marks: describe,
};

export const AlertPacketPdfQuery = z.strictObject({
  language: z
    .enum(['en', 'es'])
    .default('en')
    .describe('The language of the printed headings and labels; the values are as recorded'),
});

export const AlertPacketView = z
  .object({
    caseNumber: z.string(),
    name: z.string().nullable().describe('The name the youth goes by, else the first name'),
    age: z.number().int().nullable(),
    ageEstimated: z.boolean(),
    description: z.object(Description),
    photo: z.string().nullable().describe('A data URL, only with the youth’s consent'),
    riskLevel: RiskLevel.nullable(),
    missingSince: z.date(),
    lastKnownPlace: z.string().nullable(),
    pointPerson: PointPersonToCall.nullable(),
  })
  .strict();

export const MissingProfileBody = z.strictObject({
  ...Description,
  riskLevel: RiskLevel.nullable(),
  photoConsent: z
    .boolean()
    .describe('The youth agreed that a photo be used in an alert; false removes any photo'),
  photo: z
    .strictObject({
      contentType: z.string().max(100),
      // base64 of at most PHOTO_MAX_BYTES (4 characters per 3 bytes, a byte of slack)
      data: z
        .string()
        .max(Math.ceil((PHOTO_MAX_BYTES + 3) / 3) * 4)
        .describe(`base64 of a ${PHOTO_TYPES.join(' or ')} of at most 2 MB`),
    })
    .optional()
    .describe('A new photo; left out, the stored one is kept'),
});

export const MissingProfileView = z.object({
  ...Description,
  riskLevel: RiskLevel.nullable(),
  photo: z.string().nullable(),
  photoUnreadable: z
    .boolean()
    .describe(
      'A photo is on file but cannot be opened (its sealed bytes were changed): add it again',
    ),
  photoConsent: z.object({ byName: z.string(), at: z.date() }).nullable(),
  updatedAt: z.date().nullable(),
  updatedByName: z.string().nullable(),
  updatedByOrganizationName: z.string().nullable(),
  episode: z.object({ startedAt: z.date(), lastKnownPlace: z.string().nullable() }).nullable(),
});

export const CustodyNoticesView = z
  .object({
    youthId: z.uuid(),
    caseNumber: z.string(),
    childWelfare: z.object({ onCase: z.boolean(), call: z.array(PointPersonToCall) }),
    releasePlan: z.object({
      exists: z.boolean(),
      receiver: z.object({ name: z.string(), relationship: z.string().nullable() }).nullable(),
    }),
  })
  .strict();

export const CustodyNoticesQuery = z.strictObject({
  caseNumber: z.string().trim().min(1).max(40),
});

// Verified contacts' API shapes (docs/CONFIDENTIALITY.md, "Verified contacts"). The check's answer
// is the county systems' contract: exactly `{answer, pointPerson?}`, nothing else.
import { z } from 'zod';
import {
  CONTACT_SOURCES,
  CONTACT_STATUSES,
  VERIFICATION_METHODS,
} from '../../domain/verified-contacts.js';
import { Timestamp } from './case-schemas.js';
import { Id } from './schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** A person's name as typed: a letter at least, at most 200 characters. */
const PersonName = text(200).regex(/\p{L}/u, 'a name holds at least one letter');
const Aliases = z.array(PersonName).max(10).describe('Other names the person goes by (at most 10)');

const StatusFields = {
  status: z.enum(CONTACT_STATUSES),
  method: z
    .enum(VERIFICATION_METHODS)
    .nullable()
    .optional()
    .transform((v) => v ?? null)
    .describe('How the person was verified; required with verified, refused otherwise'),
  note: optionalText(500).describe('Who checked what, in a few words (verified, not verified)'),
  reason: optionalText(1000).describe(
    'Why the child is not to be released to this person; required with do_not_release, refused otherwise. Seen by the team only, never by a check.',
  ),
};

type StatusShape = {
  status?: string | undefined;
  method?: string | null | undefined;
  reason?: string | null | undefined;
};

/** A verified person says how; a do-not-release one why; neither carries the other's field. */
function statusIsWhole(value: StatusShape, ctx: z.RefinementCtx): void {
  if (value.status === undefined) return;
  if ((value.status === 'verified') !== (value.method != null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['method'],
      message:
        value.status === 'verified'
          ? 'say how the person was verified'
          : 'a method goes only with verified',
    });
  }
  if ((value.status === 'do_not_release') !== (value.reason != null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message:
        value.status === 'do_not_release'
          ? 'say why the child is not to be released to this person'
          : 'a reason goes only with do_not_release',
    });
  }
}

export const ContactBody = z
  .strictObject({
    name: PersonName,
    aliases: Aliases.optional().transform((v) => v ?? []),
    relationship: text(100).describe('The relationship as the person claims it (aunt, cousin…)'),
    ...StatusFields,
  })
  .superRefine(statusIsWhole);

export const ContactChangeBody = z
  .strictObject({
    ...StatusFields,
    status: StatusFields.status.optional(),
    aliases: Aliases.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.status === undefined && value.aliases === undefined) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'send a status, aliases or both' });
    }
    if (value.status === undefined && (value.method || value.note || value.reason)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'say which status these go with' });
    }
    statusIsWhole(value, ctx);
  });

const StatusEntry = z.object({
  id: Id,
  status: z.enum(CONTACT_STATUSES),
  method: z.enum(VERIFICATION_METHODS).nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  recordedByName: z.string(),
  recordedByOrganizationName: z.string(),
  recordedAt: Timestamp,
});

export const ContactView = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.string()),
  relationship: z.string(),
  source: z.enum(CONTACT_SOURCES),
  status: z.enum(CONTACT_STATUSES),
  method: z.enum(VERIFICATION_METHODS).nullable(),
  reason: z.string().nullable(),
  recordedByOrganizationId: Id,
  recordedByOrganizationName: z.string(),
  createdAt: Timestamp,
  history: z.array(StatusEntry).describe('Every status the person has had, newest first'),
  mayChange: z.boolean(),
});

export const ContactList = z.object({
  contacts: z.array(ContactView),
  mayRecord: z.boolean().describe('Whether the caller may list a person on this case'),
});

/** Case numbers as Lantern gives them (YYYY-XXXX-XXXX), any case. */
export const CaseNumber = z
  .string()
  .trim()
  .regex(/^\d{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/, 'a case number looks like 2026-BCDF-2345')
  .transform((v) => v.toUpperCase());

export const ContactCheckBody = z.strictObject({
  caseNumber: CaseNumber,
  name: PersonName.describe('The name the person gave, as on their ID'),
});

export const ContactCheckAnswer = z.strictObject({
  answer: z.enum(CONTACT_STATUSES),
  reason: z
    .literal('protective_order')
    .optional()
    .describe(
      'Only with do_not_release, when a protective order in force restrains the person: nothing else of the order',
    ),
  pointPerson: z
    .strictObject({ name: z.string(), function: z.string(), phone: z.string().nullable() })
    .optional()
    .describe('Whom to call, only with do_not_release'),
});

// Requests that wait for a second person, as the API shows them. Only zod and the domain are
// imported here, so the web app derives its types from these schemas (import type).
import { z } from 'zod';
import { APPROVAL_KINDS, APPROVAL_STATUSES } from '../../domain/administration.js';
import { QUALIFICATION_BASES } from '../../domain/legal-profile.js';
import { ROLES } from '../../domain/vocabulary.js';

const Id = z.uuid();
const Timestamp = z.date().transform((d) => d.toISOString());

export const ApprovalKind = z
  .enum(APPROVAL_KINDS)
  .describe(
    'account.create: a new account with roles that see youth data; account.roles: such roles ' +
      'given (or kept at another organization); account.enable: re-activating an account that ' +
      'sees youth data; password.reset, mfa.reset: of such an account; qualification.record',
  );

export const Approval = z.object({
  id: Id,
  kind: ApprovalKind,
  status: z.enum(APPROVAL_STATUSES),
  subjectUserId: Id,
  subjectName: z.string(),
  subjectEmail: z.string(),
  organizationId: Id.describe('The organization of the account; its approvers decide'),
  organizationName: z.string(),
  roles: z
    .array(z.enum(ROLES))
    .nullable()
    .describe('account.create, account.roles: every role the account will hold once approved'),
  qualification: z
    .object({
      basis: z.enum(QUALIFICATION_BASES),
      trainingHours: z.number(),
      supervisor: z.string().nullable(),
      completedOn: z.string(),
    })
    .nullable(),
  requestedByUserId: Id,
  requestedByName: z.string(),
  requestedAt: Timestamp,
  waitingFor: z
    .object({ organizationId: Id, organizationName: z.string() })
    .nullable()
    .describe(
      "While pending: whose approvers decide (the account's organization, or the county lead when it has none)",
    ),
  decidedByName: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  declineReason: z.string().nullable(),
});

export const ApprovalList = z.object({
  toDecide: z.array(Approval).describe('Waiting requests the caller may approve or decline'),
  requested: z.array(Approval).describe('What the caller asked for, waiting ones first'),
});

const FIRST_HALF =
  'The first half of the one-time password, shown once to the person who asked. The approver ' +
  'receives the second half; the person signs in with both, first half first, joined by a hyphen.';

export const FirstHalf = z.string().describe(FIRST_HALF);

export const ApprovedBody = z.object({
  approval: Approval,
  temporaryPasswordSecondHalf: z
    .string()
    .nullable()
    .describe(
      'When the approval issues a one-time password: its second half, shown once to the approver, ' +
        'who hands it to the person in person',
    ),
});

export const DeclineBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000).describe('Why, for the person who asked'),
});

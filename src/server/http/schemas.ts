// The API's shapes. Routes validate with them, and the OpenAPI document is generated from them.
import { z } from 'zod';
import { ADMINISTRATION_ACTIONS } from '../../domain/administration.js';
import {
  DATA_CATEGORIES,
  JURISDICTION_KINDS,
  ORGANIZATION_TYPES,
  ROLES,
} from '../../domain/vocabulary.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../security/passwords.js';
import { Approval, FirstHalf } from './approval-schemas.js';
import { unstorableTextFields } from './error-schemas.js';
import { NeighborParty } from './neighbor-schemas.js';

export const Id = z.uuid().describe('A Lantern identifier (UUID)');
export const IdParams = z.strictObject({ id: Id });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const Email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+()\-.\s x]*$/, 'a phone number holds digits, spaces and + ( ) - . x')
  .nullable()
  .optional();
const CalendarDate = z.iso.date().describe('YYYY-MM-DD');

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ask: z
      .object({
        name: z.string(),
        title: z.string().nullable(),
        organizationName: z.string(),
        phone: z.string().nullable(),
        afterHoursPhone: z.string().nullable(),
        email: z.string().nullable(),
      })
      .nullable()
      .optional()
      .describe(
        "On a refusal to read a youth's case: whom to ask (the county's coordinator), as the message names them, for the screen to word in its reader's language",
      ),
    ...unstorableTextFields,
  }),
});

export const Role = z.enum(ROLES);
export const OrganizationType = z.enum(ORGANIZATION_TYPES);
export const DataCategory = z.enum(DATA_CATEGORIES);
export const Language = z.enum(['en', 'es']);

// --- health ---
export const Health = z.object({
  status: z.literal('ok'),
  engine: z.enum(['pglite', 'postgres']),
  version: z.string(),
  demoMode: z.boolean(),
});

// --- authentication ---
export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const LogoutQuery = z.strictObject({
  reason: z
    .enum(['idle'])
    .optional()
    .describe("'idle': the screen's idle timer ended the session, not the person"),
});

export const SessionBody = z.object({
  csrfToken: z.string().describe('Send it back in the x-csrf-token header with every mutation'),
  pending: z
    .enum(['none', 'verify', 'enroll', 'password'])
    .describe(
      'What the person must do before the session opens: verify a code, enroll an authenticator, change password',
    ),
  idleTimeoutSeconds: z
    .number()
    .int()
    .positive()
    .describe('The idle limit: a session unused this long ends (LANTERN_IDLE_TIMEOUT_MINUTES)'),
  idleExpiresAt: z.iso
    .datetime()
    .describe(
      'When the session ends if no request comes first: its last recorded activity (recorded at most every 30 s) plus the idle limit, or its absolute limit if sooner',
    ),
  user: z.object({
    id: Id,
    email: z.string(),
    displayName: z.string(),
    roles: z.array(Role),
    language: Language,
    organizationId: Id,
    organizationName: z.string(),
    organizationType: OrganizationType,
    jurisdictionId: Id,
    mfaEnabled: z.boolean(),
  }),
  allowedActions: z.array(z.enum(ADMINISTRATION_ACTIONS)),
});

export const SessionState = z.object({
  signedIn: z
    .boolean()
    .describe('Whether a session, open or waiting for a step, goes with the request'),
  session: SessionBody.nullable().describe(
    'The session as GET /api/auth/session gives it; null when signed out',
  ),
});

export const MfaCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six digits'),
});
export const MfaSetup = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: NewPassword,
});

// --- jurisdictions ---
export const Jurisdiction = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(JURISDICTION_KINDS),
  stateCode: z.string().nullable(),
});

// --- organizations ---
export const Organization = z.object({
  id: Id,
  name: z.string(),
  type: OrganizationType,
  jurisdictionId: Id,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
});
export const OrganizationQuery = z.strictObject({
  jurisdictionId: Id.optional().describe('Only this jurisdiction (default: all)'),
  includeInactive: z.enum(['true', 'false']).optional(),
});
export const CreateOrganizationBody = z.strictObject({
  name: text(200),
  type: OrganizationType,
  phone: Phone,
  email: Email.nullable().optional(),
});
export const UpdateOrganizationBody = z
  .strictObject({
    name: text(200).optional(),
    phone: Phone,
    email: Email.nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one field to change');

// --- users ---
export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  language: Language,
  organizationId: Id,
  organizationName: z.string(),
  jurisdictionId: Id,
  active: z.boolean(),
  mfaEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  pendingApprovals: z
    .array(Approval)
    .describe('Requests about this account that wait for a second person'),
});
export const CreateUserBody = z.strictObject({
  email: Email,
  displayName: text(200),
  organizationId: Id,
  roles: z.array(Role).min(1).max(ROLES.length),
  language: Language.optional(),
});
export const CreatedUser = z.object({
  user: User,
  temporaryPassword: z.string().describe('Shown once; the person must change it at first sign-in'),
});
export const UpdateUserBody = z
  .strictObject({
    displayName: text(200).optional(),
    organizationId: Id.optional(),
    roles: z.array(Role).min(1).max(ROLES.length).optional(),
    language: Language.optional(),
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one field to change');
export const TemporaryPassword = z.object({ temporaryPassword: z.string() });

// Answers with 202 when a change waits for a second person (docs/ARCHITECTURE.md).
export const PendingUser = z.object({
  user: User.describe('The account as it is now: a role that waits is not yet among its roles'),
  approval: Approval,
  temporaryPasswordFirstHalf: FirstHalf,
});
export const ChangedUserPending = z.object({
  user: User.describe('The account as it is now: what waits is not yet in effect'),
  approvals: z.array(Approval),
  temporaryPasswordFirstHalf: FirstHalf.nullable().describe(
    'When approving also starts the account’s sign-in over (it saw no youth data before): the first half of its new one-time password',
  ),
});
export const PendingPasswordReset = z.object({
  approval: Approval,
  temporaryPasswordFirstHalf: FirstHalf,
});
export const PendingMfaReset = z.object({ user: User, approval: Approval });

// --- point persons ---
export const PointPerson = z.object({
  id: Id,
  jurisdictionId: Id,
  jurisdictionName: z.string(),
  organizationId: Id,
  organizationName: z.string(),
  organizationType: OrganizationType,
  function: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  afterHoursPhone: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
});
export const PointPersonQuery = z.strictObject({
  jurisdictionId: Id.optional(),
  organizationId: Id.optional(),
  function: z.string().trim().min(1).max(100).optional(),
});
const pointPersonFields = {
  function: text(100).describe(
    'What to call them for, e.g. "CSEC point person", "detention notices"',
  ),
  name: text(200),
  title: optionalText(200),
  phone: Phone,
  afterHoursPhone: Phone,
  email: Email.nullable().optional(),
  notes: optionalText(2000),
};
export const CreatePointPersonBody = z.strictObject({ organizationId: Id, ...pointPersonFields });
export const UpdatePointPersonBody = z
  .strictObject({
    function: pointPersonFields.function.optional(),
    name: pointPersonFields.name.optional(),
    title: pointPersonFields.title,
    phone: Phone,
    afterHoursPhone: Phone,
    email: pointPersonFields.email,
    notes: pointPersonFields.notes,
    active: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one field to change');

// --- information-sharing agreements ---
export const Mou = z.object({
  id: Id,
  jurisdictionId: Id,
  title: z.string(),
  purpose: z.string(),
  categories: z.array(DataCategory),
  organizationIds: z.array(Id),
  startsOn: CalendarDate,
  endsOn: CalendarDate.nullable(),
  current: z.boolean().describe('In force today'),
  standingAcceptances: z
    .array(
      z.object({
        holderOrganizationId: Id,
        recipientOrganizationIds: z.array(Id).readonly(),
        categories: z.array(DataCategory).readonly(),
      }),
    )
    .describe('Releases each holder accepts in advance, set by that holder'),
  jurisdictionName: z.string().describe("The agreement's county"),
  neighborParties: z.array(NeighborParty),
  mayProposeNeighbor: z
    .boolean()
    .describe('The caller may propose organizations of other counties as parties'),
});
const mouFields = {
  title: text(200),
  purpose: text(2000),
  categories: z.array(DataCategory).min(1).max(DATA_CATEGORIES.length),
  organizationIds: z.array(Id).min(2).max(200).describe('The parties: two or more organizations'),
  startsOn: CalendarDate,
  endsOn: CalendarDate.nullable().optional(),
};
const datesInOrder = (b: { startsOn?: string | undefined; endsOn?: string | null | undefined }) =>
  !b.startsOn || !b.endsOn || b.endsOn >= b.startsOn;
export const CreateMouBody = z
  .strictObject(mouFields)
  .refine(datesInOrder, { message: 'endsOn must not be before startsOn', path: ['endsOn'] });
export const UpdateMouBody = z
  .strictObject({
    title: mouFields.title.optional(),
    purpose: mouFields.purpose.optional(),
    categories: mouFields.categories.optional(),
    organizationIds: mouFields.organizationIds.optional(),
    startsOn: mouFields.startsOn.optional(),
    endsOn: mouFields.endsOn,
  })
  .refine((b) => Object.keys(b).length > 0, 'name at least one field to change')
  .refine(datesInOrder, { message: 'endsOn must not be before startsOn', path: ['endsOn'] });

/** A printed document's language (`?language=es`): Lantern's own words translated, data as recorded. */
export const PrintLanguageQuery = z.strictObject({
  language: z
    .enum(['en', 'es'])
    .default('en')
    .describe('The language of the printed headings and Lantern’s own words; data as recorded'),
});

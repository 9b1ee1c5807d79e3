// Shapes of the staff directory, matching and referral API.
import { z } from 'zod';
import {
  EXCLUSION_MESSAGES,
  MATCH_REASON_CODES,
  NEEDS,
  SERVICE_LEVELS,
  YOUTH_HISTORIES,
} from '../../domain/matching.js';
import { REFERRAL_STATUSES } from '../../domain/referrals.js';
import { MESSAGE_MAX_LENGTH, URGENCIES } from '../../domain/referral-answers.js';
import { DIRECTORY_CHANGES } from '../../domain/directory.js';
import { IMPORT_REASON_CODES } from '../../hsds/row-reasons.js';
import { Timestamp } from './case-schemas.js';
import { unstorableTextFields } from './error-schemas.js';
import { Id } from './schemas.js';

const Need = z.enum(NEEDS);
const ReferralStatus = z.enum(REFERRAL_STATUSES);
/** A true/false query parameter. */
export const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const DirectorySearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words to find, typos forgiven, English or Spanish'),
  need: Need.optional(),
  taxonomyTermId: z.uuid().optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  language: z.string().trim().min(1).max(60).optional().describe('A language code or name'),
  area: z.string().trim().min(1).max(120).optional().describe('County or service area'),
  csecSpecialized: flag,
  level: z.enum(SERVICE_LEVELS).optional(),
  openCapacity: flag.describe('Only services that report open places'),
  alternativeToDetention: flag.describe(
    'Only services their owner marks as alternatives to detention',
  ),
  near: z
    .string()
    .regex(/^[^\p{Cc}]*$/u, 'near holds no control characters')
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      'Where to measure distance from: "latitude,longitude", a ZIP code or a city ("Oakland", "Oakland, CA"): any U.S. place name with ZIP codes (GeoNames) or one the public addresses of the directory name; a name of several states needs its state unless one is the searcher\'s county\'s',
    ),
  withinKm: z.coerce.number().positive().max(1000).optional(),
  sort: z.enum(['relevance', 'distance', 'name']).optional(),
  includeInactive: flag,
  page: z.coerce.number().int().min(1).max(10000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
});

const ServiceLocation = z.object({
  confidential: z.boolean(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const DirectoryService = z.object({
  id: z.string(),
  name: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  description: z.string().nullable(),
  status: z.string(),
  phone: z.string().nullable(),
  needs: z.array(z.string()).readonly(),
  csecSpecialized: z.boolean(),
  csecTraining: z.string().nullable(),
  level: z.enum(SERVICE_LEVELS),
  groupSetting: z.boolean(),
  cohortRule: z.string(),
  minimumAge: z.number().nullable(),
  maximumAge: z.number().nullable(),
  genders: z.array(z.string()).readonly().nullable(),
  lgbtqAffirming: z.boolean(),
  alternativeToDetention: z
    .boolean()
    .describe('Somewhere a youth can go instead of juvenile hall, as its owner marks it'),
  languages: z.array(z.string()).readonly(),
  languageCodes: z
    .array(z.string().nullable())
    .readonly()
    .describe(
      "The ISO 639 code of each of `languages`, one for one (null where the record has none), so a screen names it in its reader's language",
    ),
  serviceAreas: z.array(z.string()).readonly(),
  capacity: z
    .object({
      available: z.number().int(),
      maximum: z.number().int().nullable(),
      updatedAt: Timestamp.nullable(),
    })
    .nullable(),
  responseBusinessDays: z.number().int(),
  open24Hours: z
    .boolean()
    .describe('A schedule of the service or its places: every day, midnight to midnight'),
  locations: z.array(ServiceLocation).readonly(),
  distanceKm: z.number().nullable(),
  acceptsReferrals: z.boolean(),
});

export const DirectoryPage = z.object({
  items: z.array(DirectoryService).readonly(),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  near: z
    .object({ latitude: z.number(), longitude: z.number() })
    .nullable()
    .describe('The point distances were measured from (a ZIP code or city found), or null'),
});

export const ServiceStats = z.object({
  received: z.number().int(),
  answered: z.number().int(),
  accepted: z.number().int(),
  acceptanceRate: z.number().nullable(),
  medianHoursToFirstResponse: z.number().nullable(),
  completed: z.number().int(),
  ended: z.number().int(),
  completionRate: z.number().nullable(),
  overdueNow: z.number().int(),
});

export const DirectoryServiceDetail = DirectoryService.extend({
  stats: ServiceStats,
  mayUpdateCapacity: z.boolean(),
  mayEditProfile: z
    .boolean()
    .describe(
      "The caller may change Lantern's marks on the service (its owner's coordinator or administrator)",
    ),
  hsds: z.record(z.string(), z.unknown()),
});

export const HsdsServiceParams = z.strictObject({ id: z.uuid() });

export const ServiceProfileBody = z.strictObject({
  alternativeToDetention: z
    .boolean()
    .describe('Mark the service as an alternative to detention, or take the mark off'),
});

export const CapacityBody = z.strictObject({
  available: z.number().int().min(0).max(100000),
  maximum: z.number().int().min(0).max(100000).nullable(),
});

const ImportReasonCode = z
  .enum(IMPORT_REASON_CODES)
  .describe("Why, as a stable code; a screen words it in its reader's language");
const ImportReasonValues = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .describe("The code's values: column names, ids, line numbers, allowed values");

const RowProblem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  reason: z.string().describe('Every reason of the row in English, joined by "; "'),
  code: ImportReasonCode,
  values: ImportReasonValues,
  more: z
    .array(z.object({ code: ImportReasonCode, values: ImportReasonValues }))
    .readonly()
    .optional()
    .describe("The row's further reasons when it has several, in the order of `reason`"),
});

export const ImportBody = z.strictObject({
  files: z
    .record(
      z.string().regex(/^[a-z_]+\.csv$/, 'a file name such as services.csv'),
      z.union([z.string(), z.array(z.record(z.string(), z.unknown())).readonly()]),
    )
    .refine((f) => Object.keys(f).length > 0, 'at least one file')
    .describe('File name → CSV text, or file name → rows (the tabular JSON form)'),
});
export const ImportQuery = z.strictObject({ partial: flag, dryRun: flag });

export const ImportReport = z.object({
  rowsRead: z.number().int(),
  written: z.record(z.string(), z.number().int()),
  unchanged: z.number().int().describe('Rows identical to what is stored: they changed nothing'),
  problems: z.array(RowProblem).readonly(),
  warnings: z.array(RowProblem).readonly(),
  committed: z.boolean(),
});

/** 403 when the import would change records another jurisdiction owns: nothing is written. */
export const ImportRefused = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    records: z
      .array(
        z.object({
          file: z.string(),
          line: z.number().int().nullable(),
          table: z.string(),
          id: z.string(),
          change: z.enum(DIRECTORY_CHANGES),
          ownerJurisdictionId: z.string(),
          owner: z.string().describe("The owning jurisdiction's name"),
        }),
      )
      .readonly()
      .optional()
      .describe('The records of other jurisdictions the import would have changed'),
  }),
});

export const ServicePlanBody = z.strictObject({
  needs: z.array(Need).min(1).max(NEEDS.length),
  history: z.enum(YOUTH_HISTORIES),
  excludedOrganizationIds: z.array(z.uuid()).max(50).default([]),
  facingDetention: z
    .boolean()
    .default(false)
    .describe('The youth faces a detention decision: alternatives to detention are matched first'),
});

export const ServicePlan = z.object({
  youthId: Id,
  needs: z.array(z.string()).readonly(),
  history: z.enum(YOUTH_HISTORIES),
  excludedOrganizationIds: z.array(z.string()).readonly(),
  facingDetention: z.boolean(),
  recordedByOrganizationId: Id,
  recordedByUserId: Id,
  updatedAt: Timestamp,
});

const NoParams = z.object({}).strict();
const MatchReason = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('alternative_to_detention'), params: NoParams }),
    z.object({
      code: z.literal('needs_met'),
      params: z.object({
        met: z.number().int(),
        of: z.number().int(),
        needs: z.array(Need).readonly(),
      }),
    }),
    z.object({ code: z.literal('no_other_need'), params: NoParams }),
    z.object({ code: z.literal('csec_specialized'), params: NoParams }),
    z.object({ code: z.literal('intervention_level'), params: NoParams }),
    z.object({ code: z.literal('prevention_level'), params: NoParams }),
    z.object({
      code: z.literal('staff_speak'),
      params: z.object({ languages: z.array(z.string()).readonly() }),
    }),
    z.object({
      code: z.literal('no_staff_speak'),
      params: z.object({ languages: z.array(z.string()).readonly() }),
    }),
    z.object({ code: z.literal('lgbtq_affirming'), params: NoParams }),
    z.object({ code: z.literal('open_now'), params: z.object({ available: z.number().int() }) }),
  ])
  .describe(
    `Why a service ranks where it does (${MATCH_REASON_CODES.join(', ')}), for the screen to word in its reader's language; \`reasons\` holds the same in English`,
  );

export const MatchView = z.object({
  plan: ServicePlan.nullable(),
  age: z.number().int().nullable(),
  ranked: z
    .array(
      z.object({
        service: DirectoryService,
        score: z.number(),
        needsMet: z.array(Need).readonly(),
        reasons: z.array(z.string()).readonly(),
        reasonCodes: z.array(MatchReason).readonly(),
      }),
    )
    .readonly(),
  excluded: z
    .array(
      z.object({
        service: DirectoryService,
        reasons: z
          .array(z.enum(Object.keys(EXCLUSION_MESSAGES) as [string, ...string[]]))
          .readonly(),
        explanations: z.array(z.string()).readonly(),
        reasonCodes: z
          .array(
            z.object({
              code: z.enum(Object.keys(EXCLUSION_MESSAGES) as [string, ...string[]]),
              params: NoParams,
            }),
          )
          .readonly()
          .describe('The same reasons as codes with (no) parameters, like a ranked service’s'),
      }),
    )
    .readonly(),
  considered: z.number().int(),
});

export const NewReferralBody = z.strictObject({
  youthId: Id,
  serviceId: z.uuid().describe('The directory (HSDS) service id'),
  needs: z.array(Need).min(1).max(NEEDS.length),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .default(null)
    .describe('Travels to the provider: write no name unless consent allows'),
  send: z.boolean().default(false).describe('Send at once instead of saving a draft'),
  urgency: z
    .enum(URGENCIES)
    .default('routine')
    .describe(
      "urgent: an answer is due within the county's urgent hours (4 unless its coordinator set another), nights and weekends included",
    ),
});

export const TransitionBody = z.strictObject({
  to: ReferralStatus,
  reason: z.string().trim().max(60).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
  takePlace: z
    .boolean()
    .optional()
    .describe(
      "On accepting: take one of the service's open places, in the same step (409 no_place_left when none is left, capacity_not_tracked when the service counts none)",
    ),
});

export const ReferralListQuery = z.strictObject({
  box: z.enum(['sent', 'received']),
  status: z.union([ReferralStatus, z.enum(['overdue', 'open'])]).optional(),
  youthId: Id.optional(),
});

export const ReferralSummary = z.object({
  id: Id,
  youthId: Id,
  caseNumber: z.string(),
  serviceId: z.string(),
  serviceName: z.string(),
  senderOrganizationId: Id,
  senderOrganizationName: z.string(),
  senderName: z.string(),
  receiverOrganizationId: Id,
  receiverOrganizationName: z.string(),
  needs: z.array(z.string()).readonly(),
  status: ReferralStatus,
  urgency: z.enum(URGENCIES),
  note: z.string().nullable().describe("The sender's note, to whoever reads the packet"),
  placeTaken: z.boolean().describe("The accept took one of the service's open places"),
  openPlaces: z
    .object({ available: z.number().int(), maximum: z.number().int().nullable() })
    .nullable()
    .describe("The service's open places, for the receiver; null when it counts none"),
  fhirStatus: z.string().describe('FHIR R4 Task.status (SDOH Clinical Care)'),
  overdue: z.boolean(),
  inbox: z.enum(['new', 'overdue', 'in_progress', 'closed']).nullable(),
  automatic: z.boolean(),
  sentAt: Timestamp.nullable(),
  dueAt: Timestamp.nullable(),
  firstResponseAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  outcome: z.string().nullable(),
  createdAt: Timestamp,
  side: z.enum(['sender', 'receiver']).nullable(),
  allowedTransitions: z.array(ReferralStatus).readonly(),
});

export const ReferralDetail = ReferralSummary.extend({
  packet: z.object({
    identityShared: z.boolean(),
    identity: z
      .object({
        givenName: z.string().nullable(),
        familyName: z.string().nullable(),
        alias: z.string().nullable(),
        age: z.number().int().nullable(),
        genderIdentity: z.string().nullable(),
        languages: z.array(z.string()).readonly(),
      })
      .nullable(),
    contactThrough: z.string(),
    note: z.string().nullable(),
  }),
  timeline: z
    .array(
      z.object({
        id: Id,
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        reason: z.string().nullable(),
        note: z.string().nullable(),
        byUserName: z.string().nullable(),
        byOrganizationName: z.string().nullable(),
        at: Timestamp,
      }),
    )
    .readonly(),
  undoAcceptUntil: Timestamp.nullable().describe(
    'Until when the caller may undo its accept (POST .../undo-accept); null when it may not',
  ),
});

export const ReferralMessageBody = z.strictObject({
  body: z
    .string()
    .max(MESSAGE_MAX_LENGTH * 2)
    .describe(
      `Typed by a person and read by the other side: 1 to ${String(MESSAGE_MAX_LENGTH)} characters once trimmed, no control characters. Write no name unless consent allows.`,
    ),
});

export const ReferralThread = z.object({
  referralId: Id,
  side: z.enum(['sender', 'receiver']),
  messages: z
    .array(
      z.object({
        id: Id,
        side: z.enum(['sender', 'receiver']),
        byUserName: z.string(),
        byOrganizationName: z.string(),
        body: z.string(),
        at: Timestamp,
      }),
    )
    .readonly(),
});

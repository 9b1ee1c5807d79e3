// The protocol engine's API shapes: case events, tasks, the county's rules and settings. Event
// details are validated at the edge by the same per-type schemas the domain checks them with.
import { z } from 'zod';
import { EVENT_DETAILS, EVENT_TYPES, type EventType } from '../../domain/case-events.js';
import { protocolSettingsSchema, RULE_PROBLEMS, TASK_KINDS } from '../../domain/protocol.js';
import { unstorableTextFields } from './error-schemas.js';
import { DataCategory } from './schemas.js';

const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

const eventBody = <T extends EventType>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    occurredAt: Instant.describe(
      'When it happened (may be earlier than now, never later); the protocol clocks run from it',
    ),
    details: (EVENT_DETAILS[type] as z.ZodType).optional(),
  });

export const EventBody = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map((t) => eventBody(t)) as unknown as [
    ReturnType<typeof eventBody<'identification'>>,
    ...ReturnType<typeof eventBody<EventType>>[],
  ],
);

export const EventView = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  category: DataCategory,
  occurredAt: z.date(),
  recordedAt: z.date(),
  details: z.record(z.string(), z.unknown()),
  recordedByName: z.string(),
  recordedByOrganizationId: z.string(),
  recordedByOrganizationName: z.string(),
});

const Call = z.object({
  name: z.string(),
  function: z.string(),
  organizationName: z.string(),
  phone: z.string().nullable(),
});

export const RecordedEvent = z.object({
  event: EventView,
  fired: z
    .array(
      z.object({
        ruleKey: z.string(),
        ruleVersion: z.number(),
        ruleName: z.string(),
        actions: z.array(z.object({ action: z.string(), result: z.string() })).readonly(),
      }),
    )
    .readonly(),
  tasks: z
    .array(z.object({ title: z.string(), assigneeOrganizationName: z.string(), dueAt: z.date() }))
    .readonly(),
  protectiveResponse: z
    .object({
      statement: z.object({ statement: z.string(), citation: z.string() }),
      call: z.array(Call).readonly(),
      takeChildTo: z.string(),
      interviewLocation: z.string(),
      lawEnforcementResponse: z.string(),
    })
    .nullable(),
  nonCriminalization: z
    .object({
      decision: z
        .enum(['covered', 'consider_victim_status'])
        .describe(
          'covered: the law does not charge a minor with this offense (the statement is in protectiveResponse); consider_victim_status: not covered, but the youth is identified as a victim',
        ),
      offense: z.object({
        code: z.string(),
        label: z.string().nullable(),
        citation: z.string().nullable(),
        ageLimit: z.number().nullable(),
      }),
      message: z.string().nullable(),
      shownAt: z.date(),
    })
    .nullable()
    .describe(
      'For an arrest attempt or charging step: what the recorder is shown about the offense (recorded as shown); null otherwise',
    ),
});

export const TaskView = z.object({
  id: z.string(),
  youthId: z.string(),
  caseNumber: z.string(),
  kind: z.enum(TASK_KINDS),
  planType: z.string().nullable(),
  title: z.string(),
  reason: z.string(),
  eventType: z.string().nullable(),
  ruleKey: z.string().nullable(),
  ruleVersion: z.number().nullable(),
  where: z.string().nullable(),
  call: Call.nullable(),
  dueAt: z.date(),
  status: z.enum(['open', 'done', 'cancelled']),
  overdue: z.boolean(),
  assigneeOrganizationId: z.string(),
  assigneeOrganizationName: z.string(),
  assigneeUserId: z.string().nullable(),
  assigneeUserName: z.string().nullable(),
  createdAt: z.date(),
  takenAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  closedBy: z
    .string()
    .nullable()
    .describe('The kind of artifact whose writing closed the task (safety_plan, screening)'),
  escalations: z
    .array(
      z.object({
        step: z.number(),
        dueAt: z.date(),
        to: z.string(),
        happenedAt: z.date().nullable(),
        skippedAt: z.date().nullable(),
      }),
    )
    .readonly(),
  allowedActions: z.array(z.enum(['take', 'complete', 'cancel'])).readonly(),
});

export const TasksQuery = z.strictObject({
  scope: z.enum(['mine', 'organization', 'county']).default('mine'),
  status: z.enum(['open', 'done', 'cancelled', 'all']).default('open'),
  youthId: z.uuid().optional(),
});

export const CancelTaskBody = z.strictObject({
  reason: z.string().trim().min(1).max(500),
});

export const RuleView = z.object({
  id: z.string(),
  key: z.string(),
  version: z.number(),
  name: z.string(),
  trigger: z.enum(EVENT_TYPES),
  conditions: z.array(z.unknown()).readonly(),
  actions: z.array(z.unknown()).readonly(),
  source: z.string(),
  active: z.boolean(),
  countyDefault: z.boolean(),
  createdAt: z.date(),
  createdByUserId: z.string().nullable(),
  createdByName: z
    .string()
    .nullable()
    .describe('Who saved this version; null: installed with Lantern'),
  retiredAt: z.date().nullable(),
});

export const RuleKeyParams = z.strictObject({
  id: z.uuid(),
  key: z.string().regex(/^[a-z0-9-]{1,80}$/, 'lowercase letters, digits and -'),
});

/**
 * A rule as the county writes it. The shape is checked in the service against the closed
 * vocabulary and the county's point persons, so every problem comes back with its own code and
 * path for the form to show.
 */
export const RuleBody = z.strictObject({
  rule: z
    .record(z.string(), z.unknown())
    .describe(
      'name, trigger (an event type), conditions (detail, team_includes, in_custody, identified_by_law_enforcement, hearing_elsewhere, setting), actions (task, notify, add_to_team, referral, statement) and source',
    ),
  active: z.boolean().default(true),
});

/**
 * 400 for a rule, or a dry run's draft, that the county's vocabulary refuses: every problem with
 * its code and path, so the form points at each field (docs/PROTOCOL.md, Rules). Without this
 * schema the answer's serializer would drop `problems`. Input refused at the edge has none.
 */
export const RuleRefused = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    ...unstorableTextFields,
    problems: z
      .array(z.object({ code: z.enum(RULE_PROBLEMS), path: z.string(), message: z.string() }))
      .readonly()
      .optional(),
  }),
});

export const SettingsBody = protocolSettingsSchema;
export const SettingsView = z.object({
  lawEnforcementResponse: z.string(),
  interviewLocation: z.string(),
  advocacyPartnerOrganizationId: z.string().nullable(),
  juvenileHallPractice: z.string(),
  takeChildTo: z.string(),
  forensicInterviewCriteria: z.string(),
  urgentReferralAnswerHours: z.number().int(),
});

export const Holiday = z.strictObject({
  day: z.iso.date(),
  name: z.string().trim().min(1).max(120),
});
export const HolidaysBody = z.strictObject({ holidays: z.array(Holiday).max(100) });

export const ProtocolView = z.object({
  rules: z.array(RuleView).readonly(),
  settings: SettingsView,
  holidays: z.array(z.object({ day: z.string(), name: z.string() })).readonly(),
  timeZone: z.string(),
  pointPersonFunctions: z.array(z.string()).readonly(),
});

export const DryRunBody = z.strictObject({
  youthId: z.uuid().optional(),
  caseNumber: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('The case by its number, instead of youthId'),
  event: z.strictObject({
    type: z.enum(EVENT_TYPES),
    occurredAt: Instant,
    details: z.record(z.string(), z.unknown()).default({}),
  }),
  draft: z.strictObject({ key: RuleKeyParams.shape.key, rule: z.unknown() }).optional(),
});

export const DryRunView = z.object({
  rules: z
    .array(
      z.object({
        key: z.string(),
        version: z.number(),
        name: z.string(),
        draft: z.boolean(),
        actions: z
          .array(
            z.object({
              kind: z.string(),
              title: z.string().nullable(),
              dueAt: z.date().nullable(),
              escalationsAt: z.array(z.date()).readonly(),
            }),
          )
          .readonly(),
      }),
    )
    .readonly(),
});

/** A rule of Lantern's default pack, as the pack writes it (docs/PROTOCOL.md). */
export const PackRuleView = z.object({
  key: z.string(),
  name: z.string(),
  trigger: z.enum(EVENT_TYPES),
  conditions: z.array(z.unknown()).readonly(),
  actions: z.array(z.unknown()).readonly(),
  source: z.string(),
});

export const PackUpdatesView = z.object({ missing: z.array(PackRuleView).readonly() });

export const AdoptPackBody = z.strictObject({
  keys: z.array(RuleKeyParams.shape.key).min(1).max(100),
});

export const AdoptedPackView = z.object({
  adopted: z.array(z.string()).readonly(),
  alreadyInCounty: z.array(z.string()).readonly(),
});

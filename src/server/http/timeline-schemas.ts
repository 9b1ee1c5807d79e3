// The case timeline's API shape: one list, newest first, of entries of several kinds, each shown
// only where the reader may see it (docs/PROTOCOL.md, "The case timeline"). The web app derives
// its types from these.
import { z } from 'zod';
import { EVENT_TYPES } from '../../domain/case-events.js';
import { TASK_KINDS } from '../../domain/protocol.js';
import { REFERRAL_STATUSES } from '../../domain/referrals.js';
import { SAFETY_PLAN_TYPES } from '../../domain/protocol.js';
import { TASK_CLOCK_STATES } from '../../domain/timeline.js';
import { Timestamp } from './case-schemas.js';
import { DataCategory } from './schemas.js';

const Base = {
  id: z.string(),
  at: Timestamp.describe('When it happened; the list is newest first'),
};

export const TimelineEvent = z.object({
  entry: z.literal('event'),
  ...Base,
  type: z.enum(EVENT_TYPES),
  category: DataCategory,
  occurredAt: Timestamp,
  recordedAt: Timestamp,
  details: z.record(z.string(), z.unknown()),
  recordedByName: z.string(),
  recordedByOrganizationName: z.string(),
});

export const TimelineTask = z.object({
  entry: z.literal('task'),
  ...Base,
  title: z.string(),
  taskKind: z.enum(TASK_KINDS),
  eventType: z.string().nullable(),
  ruleKey: z.string().nullable(),
  ruleVersion: z.number().nullable(),
  assigneeOrganizationName: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  dueAt: Timestamp,
  completedAt: Timestamp.nullable(),
  cancelledAt: Timestamp.nullable(),
  clock: z
    .object({ state: z.enum(TASK_CLOCK_STATES), minutes: z.number().nullable() })
    .describe(
      'met: done `minutes` early; missed: done `minutes` late; overdue: open, `minutes` past due; open: due in `minutes`; cancelled: no clock',
    ),
  escalations: z.number().describe('Escalation steps that have happened'),
});

export const TimelineReferral = z.object({
  entry: z.literal('referral'),
  ...Base,
  status: z.enum(REFERRAL_STATUSES),
  serviceName: z.string(),
  automatic: z.boolean(),
  senderOrganizationName: z.string(),
  receiverOrganizationName: z.string(),
  sentAt: Timestamp.nullable(),
  dueAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
});

export const TimelineConsent = z.object({
  entry: z.literal('consent'),
  ...Base,
  recordedByOrganizationName: z.string(),
  recipientOrganizationNames: z.array(z.string()),
  categories: z.array(DataCategory),
  signedOn: z.string(),
  expiresOn: z.string(),
  revokedAt: Timestamp.nullable(),
});

export const TimelineNote = z.object({
  entry: z.literal('note'),
  ...Base,
  category: DataCategory,
  authorOrganizationName: z.string(),
});

export const TimelinePrivilegedNote = z.object({
  entry: z.literal('privileged_note'),
  ...Base,
  authorOrganizationName: z.string(),
});

export const TimelineScreening = z
  .object({
    entry: z.literal('screening'),
    ...Base,
    instrumentKey: z.string(),
    instrumentVersion: z.number(),
    instrumentName: z
      .record(z.string(), z.string())
      .describe('The instrument’s name in each of its languages'),
    positive: z.boolean(),
    administeredByName: z.string(),
    administeredByOrganizationName: z.string(),
  })
  .describe('A screening completed (in place of its screening_result event); never the answers');

export const TimelineSafetyPlanVersion = z
  .object({
    entry: z.literal('safety_plan'),
    ...Base,
    planId: z.string(),
    type: z.enum(SAFETY_PLAN_TYPES),
    version: z.number(),
    category: DataCategory,
    authorOrganizationName: z.string(),
    savedByName: z.string(),
  })
  .describe('A version of a safety plan saved; never its content');

export const TimelineEntry = z.discriminatedUnion('entry', [
  TimelineEvent,
  TimelineTask,
  TimelineReferral,
  TimelineConsent,
  TimelineNote,
  TimelinePrivilegedNote,
  TimelineScreening,
  TimelineSafetyPlanVersion,
]);

export const TimelineView = z.object({
  entries: z.array(TimelineEntry),
  withheld: z
    .array(
      z.object({
        category: DataCategory,
        organizationId: z.string(),
        organizationName: z.string(),
      }),
    )
    .describe(
      'Categories whose events, notes, screenings or safety plans an organization holds and the caller may not read: named as the record names them, never what, when or how many',
    ),
});

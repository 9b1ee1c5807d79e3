// MDT meetings' API shapes (docs/LEGAL-AND-MDT.md, "MDT meetings"). Imports only zod and the
// domain, so the web app derives its types from here.
import { z } from 'zod';
import { AGENDA_REASONS, MEETING_MANAGE_ACTIONS, MEETING_VIEWS } from '../../domain/mdt.js';
import { TASK_KINDS } from '../../domain/protocol.js';
import { DATA_CATEGORIES } from '../../domain/vocabulary.js';

const Id = z.uuid().describe('A Lantern identifier (UUID)');
const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time');
const Category = z.enum(DATA_CATEGORIES);
const Reason = z.enum(AGENDA_REASONS);
/** Written at the meeting: a paragraph or a page, never a file. */
const Text = (max: number) => z.string().trim().min(1).max(max);

export const MeetingCreateBody = z.strictObject({
  title: Text(120).optional().describe('Defaults to "MDT meeting"'),
  startsAt: Instant.describe('Today or later; more than a day back is refused (meeting_in_past)'),
  attendeeOrganizationIds: z
    .array(Id)
    .min(1)
    .max(40)
    .describe('Organizations of the county that attend'),
});

export const MeetingQuery = z.strictObject({
  view: z
    .enum(MEETING_VIEWS)
    .default('own')
    .describe('own: each case as your organization may see it; shared: case numbers and clocks'),
});

export const AgendaBody = z.strictObject({
  caseNumbers: z
    .array(z.string().trim().min(1).max(40))
    .max(200)
    .describe(
      'The whole agenda in order: a case left out is removed, a new number is added (reason added_by_coordinator)',
    ),
});

export const AttendanceBody = z.strictObject({
  attendance: z
    .array(z.strictObject({ organizationId: Id, present: z.boolean() }))
    .min(1)
    .max(40),
});

export const MinutesBody = z.strictObject({
  youthId: Id.optional().describe('A case on the agenda; omitted: the meeting’s general minutes'),
  categories: z
    .array(Category)
    .max(DATA_CATEGORIES.length)
    .default([])
    .describe('What of the case was discussed (at least one for a case; none for general minutes)'),
  body: Text(10_000),
});

export const DecisionBody = z.strictObject({
  youthId: Id.describe('A case on the agenda'),
  title: Text(120).describe(
    'What is to be done, as the owner’s task says it: shown to every attendee, so no detail of the youth',
  ),
  text: Text(10_000).describe('The decision and why: minutes of the case'),
  categories: z.array(Category).min(1).max(DATA_CATEGORIES.length),
  ownerOrganizationId: Id.describe('An attendee or an organization on the case team'),
  dueOn: z.iso.date().describe('YYYY-MM-DD, the county’s calendar day, today or later'),
});

export const ReviewedBody = z.strictObject({ youthId: Id });

const ClockView = z.object({
  title: z.string(),
  kind: z.enum(TASK_KINDS),
  assigneeOrganizationName: z.string(),
  dueAt: z.date(),
  completedAt: z.date().nullable(),
  state: z.enum(['met', 'late', 'overdue', 'due']),
});

const MinutesView = z.object({
  id: z.string(),
  categories: z.array(Category),
  body: z.string(),
  writtenAt: z.date(),
});

const DecisionView = z.object({
  id: z.string(),
  youthId: z.string(),
  title: z.string(),
  ownerOrganizationId: z.string(),
  ownerOrganizationName: z.string(),
  dueAt: z.date(),
  taskStatus: z.enum(['open', 'done', 'cancelled']),
  /** The decision's words, only where its minutes may be read. */
  text: z.string().nullable(),
});

export const AgendaCaseView = z.object({
  youthId: z.string(),
  caseNumber: z.string(),
  position: z.number(),
  reasons: z.array(Reason),
  reviewedAt: z.date().nullable(),
  clocks: z.array(ClockView),
  /** Own view only, and only with a read basis for the identity. */
  name: z.string().nullable(),
  /** Own view: the categories of which the caller's organization may read some holder's data. */
  categories: z.array(Category),
  minutes: z.array(MinutesView),
  /** How many minutes entries of this case are withheld from the caller. */
  minutesWithheld: z.number(),
  decisions: z.array(DecisionView),
  /**
   * The organizations on the case team, which may own a decision besides the attendees: in the
   * coordinator's own view only (the coordinator hears of every team change); empty otherwise.
   */
  teamOrganizations: z.array(
    z.object({ organizationId: z.string(), organizationName: z.string() }),
  ),
});

export const MeetingView = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.date(),
  view: z.enum(MEETING_VIEWS),
  attendees: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      present: z.boolean().nullable(),
    }),
  ),
  agenda: z.array(AgendaCaseView),
  generalMinutes: z.array(MinutesView),
  allowedActions: z.array(z.enum(MEETING_MANAGE_ACTIONS)),
});

export const MeetingSummary = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.date(),
  cases: z.number(),
  attendees: z.number(),
});

export const DecisionRecorded = z.object({
  id: z.string(),
  taskId: z.string(),
  minutesId: z.string(),
  tasksClosed: z.number(),
});

export const MinutesRecorded = z.object({ id: z.string() });

// Protective orders, hearings and the court calendar: API shapes (docs/LEGAL-AND-MDT.md,
// "Protective orders and hearings"). Only zod and the domain, so the web app derives its types.
import { z } from 'zod';
import { HEARING_TYPES } from '../../domain/hearings.js';
import { PROTECTIVE_ORDER_TYPES } from '../../domain/protective-orders.js';

const Id = z.uuid().describe('A Lantern identifier (UUID)');
const text = (max: number) => z.string().trim().min(1).max(max);
const CalendarDate = z.iso.date().describe('YYYY-MM-DD, a calendar day of the county');
const Instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .describe('ISO 8601 date and time with its offset');
const Timestamp = z.date().transform((d) => d.toISOString());
const Basis = z.string().describe('Why the caller may read it (access basis)');
const PersonName = text(200).regex(/\p{L}/u, 'a name holds at least one letter');

// --- protective orders ---

export const ProtectiveOrderBody = z
  .strictObject({
    type: z
      .enum(PROTECTIVE_ORDER_TYPES)
      .describe(
        'emergency (days, granted at an officer’s request), temporary (until the hearing), permanent (after a hearing), criminal (in a prosecution)',
      ),
    court: text(200).describe('The court that issued it'),
    issuedOn: CalendarDate,
    expiresOn: CalendarDate.describe('The last day it is in force; not before issuedOn'),
    restrainedContactId: Id.optional().describe(
      'A person listed among the people around this youth (GET /api/youth/{id}/contacts)',
    ),
    restrainedName: PersonName.optional().describe('Or the restrained person’s name, typed'),
    restrainedAliases: z.array(PersonName).max(10).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.restrainedContactId === undefined) === (value.restrainedName === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['restrainedName'],
        message: 'name the restrained person, or link one listed person: exactly one of the two',
      });
    }
    if (value.restrainedContactId !== undefined && value.restrainedAliases !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['restrainedAliases'],
        message: 'a linked person’s aliases are those listed with them',
      });
    }
  });

export const ProtectiveOrderCreated = z.object({ id: Id, reminderTaskId: Id });

export const ProtectiveOrderView = z.object({
  id: Id,
  type: z.enum(PROTECTIVE_ORDER_TYPES),
  court: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  inForce: z.boolean().describe('Issued on or before today and not yet expired'),
  restrainedName: z.string(),
  restrainedAliases: z.array(z.string()),
  restrainedContactId: Id.nullable(),
  recordedByName: z.string(),
  recordedByOrganizationId: Id,
  recordedByOrganizationName: z.string(),
  createdAt: Timestamp,
  basis: Basis,
});

export const ProtectiveOrderList = z.object({
  orders: z.array(ProtectiveOrderView),
  mayRecord: z.boolean().describe('Whether the caller may record an order on this case'),
});

// --- hearings ---

export const HearingBody = z.strictObject({
  startsAt: Instant.describe('When the hearing starts; not in the past'),
  court: text(200).describe('The court and department'),
  hearingJurisdictionId: Id.optional().describe(
    'The county where it is held, when not the youth’s own',
  ),
  type: z.enum(HEARING_TYPES),
  youthTestifies: z.boolean().describe('The youth testifies: the testimony safety plan follows'),
  attendingOrganizationIds: z
    .array(Id)
    .max(20)
    .default([])
    .describe('Organizations of the case team who attend for the youth'),
});

const GivenTask = z.object({
  title: z.string(),
  assigneeOrganizationName: z.string(),
  dueAt: Timestamp,
});

export const HearingCreated = z.object({
  id: Id,
  eventId: Id.describe('The hearing event recorded with it (GET /api/youth/{id}/events)'),
  tasks: z.array(GivenTask).describe('The tasks the county protocol gave'),
});

export const HearingView = z.object({
  id: Id,
  eventId: Id,
  startsAt: Timestamp,
  court: z.string(),
  hearingJurisdictionId: Id,
  hearingJurisdictionName: z.string(),
  type: z.enum(HEARING_TYPES),
  youthTestifies: z.boolean(),
  attending: z.array(z.object({ organizationId: Id, organizationName: z.string() })),
  recordedByName: z.string(),
  recordedByOrganizationId: Id,
  recordedByOrganizationName: z.string(),
  createdAt: Timestamp,
  basis: Basis,
});

export const HearingList = z.object({
  hearings: z.array(HearingView),
  mayRecord: z.boolean().describe('Whether the caller may record a hearing on this case'),
});

// --- the court calendar ---

export const CourtCalendarQuery = z.strictObject({
  from: CalendarDate.optional().describe('First day (default: today in the county)'),
  to: CalendarDate.optional().describe('Last day, at most 31 days on (default: from + 6 days)'),
});

export const CourtCalendar = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  hearings: z.array(
    z.object({
      hearingId: Id,
      caseNumber: z.string(),
      startsAt: Timestamp,
      court: z.string(),
      hearingJurisdictionName: z.string(),
      type: z.enum(HEARING_TYPES),
      youthName: z
        .string()
        .nullable()
        .describe('Only where the caller may read the youth’s identity'),
      youthId: Id.nullable().describe('Only with the name: the record to open'),
    }),
  ),
});

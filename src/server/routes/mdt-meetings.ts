// MDT meetings (docs/LEGAL-AND-MDT.md, "MDT meetings"): schedule, the agenda, each member's view
// and the shared screen's, attendance, minutes, decisions that become tasks, the printed agenda.
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  AgendaBody,
  AttendanceBody,
  DecisionBody,
  DecisionRecorded,
  MeetingCreateBody,
  MeetingQuery,
  MeetingSummary,
  MeetingView,
  MinutesBody,
  MinutesRecorded,
  ReviewedBody,
} from '../http/mdt-schemas.js';
import { ErrorBody, IdParams, PrintLanguageQuery } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { agendaPdf } from '../services/mdt/agenda-pdf.js';
import { listMeetingsFor, readMeeting } from '../services/mdt/read.js';
import {
  markCaseReviewed,
  recordAttendance,
  recordDecision,
  writeMinutes,
} from '../services/mdt/record.js';
import { editAgenda, scheduleMeeting } from '../services/mdt/schedule.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['mdt meetings'];
const MANAGE =
  'The county’s CSEC coordinator only (403 not_coordinator); administrators and oversight never (403 role_without_youth_data); another county’s meeting answers 404.';

export function mdtMeetingRoutes(app: App, services: AppServices) {
  app.post('/api/mdt-meetings', {
    schema: {
      tags,
      summary: 'Schedule an MDT meeting; its agenda starts from the cases due for review',
      description: `${MANAGE} The agenda: cases identified since the county's last meeting (or the last 7 days), cases with a protocol clock missed or due within 72 hours of the meeting, and cases with an open MDT review task, each with why. Attendees are organizations of the county (400 unknown_organization, attendee_other_county). More than a day back: 400 meeting_in_past.`,
      body: MeetingCreateBody,
      response: { 201: MeetingView, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await scheduleMeeting(services, request.context, request.body)),
  });
  app.get('/api/mdt-meetings', {
    schema: {
      tags,
      summary:
        'MDT meetings: every meeting of the county for the coordinator, else those the caller’s organization attends',
      response: { 200: z.array(MeetingSummary), ...errors },
    },
    handler: (request) => listMeetingsFor(services, request.context),
  });
  app.get('/api/mdt-meetings/:id', {
    schema: {
      tags,
      summary: 'One meeting as the caller’s organization may see it, or the shared screen',
      description:
        'view=own (default): each case with its clocks, the youth’s name only with a read basis for the identity, the categories the organization may read, and the minutes it may read (a case’s minutes need a basis for every category they name). view=shared: case numbers, reasons and clocks only. The coordinator and the attendee organizations only (403 not_attendee).',
      params: IdParams,
      querystring: MeetingQuery,
      response: { 200: MeetingView, ...errors },
    },
    handler: (request) =>
      readMeeting(services, request.context, request.params.id, request.query.view),
  });
  app.get('/api/mdt-meetings/:id/agenda.pdf', {
    schema: {
      tags,
      summary: 'The printable agenda: case numbers, reasons and clocks, no names',
      description:
        '`language=es` prints the headings, reasons, clock states and the pack’s task titles in Spanish; 400 for another language.',
      params: IdParams,
      querystring: PrintLanguageQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="mdt-agenda.pdf"')
        .send(
          await agendaPdf(services, request.context, request.params.id, request.query.language),
        ),
  });
  app.patch('/api/mdt-meetings/:id/agenda', {
    schema: {
      tags,
      summary: 'Edit the agenda: the whole list of case numbers, in order',
      description: `${MANAGE} A case left out is removed (409 case_has_minutes when it has minutes); an unknown number 400 unknown_case.`,
      params: IdParams,
      body: AgendaBody,
      response: { 200: MeetingView, 409: ErrorBody, ...errors },
    },
    handler: (request) => editAgenda(services, request.context, request.params.id, request.body),
  });
  app.post('/api/mdt-meetings/:id/attendance', {
    schema: {
      tags,
      summary: 'Record which attendee organizations came',
      description: MANAGE,
      params: IdParams,
      body: AttendanceBody,
      response: { 200: z.object({ present: z.number(), absent: z.number() }), ...errors },
    },
    handler: (request) =>
      recordAttendance(services, request.context, request.params.id, request.body),
  });
  app.post('/api/mdt-meetings/:id/minutes', {
    schema: {
      tags,
      summary:
        'Write minutes: of one case on the agenda (naming the categories discussed) or general',
      description: MANAGE,
      params: IdParams,
      body: MinutesBody,
      response: { 201: MinutesRecorded, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await writeMinutes(services, request.context, request.params.id, request.body)),
  });
  app.post('/api/mdt-meetings/:id/decisions', {
    schema: {
      tags,
      summary:
        'Record a decision on a case: it becomes a task of its owner, its words minutes of the case',
      description: `${MANAGE} The owner is an attendee or on the case team (400 owner_not_attendee_or_team); due today or later (400 due_in_past). Closes the case's open MDT review task.`,
      params: IdParams,
      body: DecisionBody,
      response: { 201: DecisionRecorded, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordDecision(services, request.context, request.params.id, request.body)),
  });
  app.post('/api/mdt-meetings/:id/reviewed', {
    schema: {
      tags,
      summary: 'Mark a case on the agenda reviewed (closes its open MDT review task)',
      description: MANAGE,
      params: IdParams,
      body: ReviewedBody,
      response: { 200: z.object({ tasksClosed: z.number() }), ...errors },
    },
    handler: (request) =>
      markCaseReviewed(services, request.context, request.params.id, request.body),
  });
}

import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  BreakGlassBody,
  BreakGlassGrant,
  ConsentBody,
  Created,
  CreatedYouth,
  CreateYouthBody,
  Disclosure,
  DisclosureBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
  LegalBasisBody,
  MandatedReport,
  MandatedReportBody,
  Note,
  NoteBodySchema,
  NotesQuery,
  Person,
  PersonBody,
  RevokeBody,
  TeamBody,
  TeamParams,
  TeamRemoveQuery,
  YouthQuery,
  YouthRecord,
  YouthSummary,
} from '../http/case-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { openBreakGlass } from '../services/cases/break-glass.js';
import {
  endLegalBasis,
  recordConsent,
  recordLegalBasis,
  revokeConsent,
} from '../services/cases/consents.js';
import {
  listDisclosuresFor,
  recordDisclosure,
  revokeDisclosureFor,
} from '../services/cases/disclosures.js';
import { fileMandatedReport, listMandatedReportsFor } from '../services/cases/mandated-reports.js';
import { listNotesFor, writeCaseNote } from '../services/cases/notes.js';
import { writePrivilegedNote } from '../services/cases/privileged-notes.js';
import { readYouth } from '../services/cases/record.js';
import { addTeamMember, removeTeamMember } from '../services/cases/team.js';
import {
  addPerson,
  checkForDuplicates,
  createYouth,
  listPeopleFor,
} from '../services/cases/youth.js';
import { searchYouth } from '../services/cases/youth-search.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['youth'];

export function youthRoutes(app: App, services: AppServices) {
  app.post('/api/youth', {
    schema: {
      tags,
      summary: 'Open a youth record; the creating organization joins the case team',
      description:
        'A name or an alias alone is enough (the record then says needsBirthYear); nothing at all is 400 identity_required. Refused with 409 possible_duplicate when a record of the jurisdiction may be the same youth (a similar name, nickname, alias or one of two family names, and a birth year within one year or unknown), unless createAnyway is true. A caller who may not see the match is told only whom to contact.',
      body: CreateYouthBody,
      response: { 201: CreatedYouth, ...errors },
    },
    handler: async (request, reply) => {
      const created = await createYouth(services, request.context, request.body);
      return reply.status(201).send({ ...created, createdAt: services.clock.now().toISOString() });
    },
  });

  app.post('/api/youth/duplicate-check', {
    schema: {
      tags,
      summary: 'Check for a possible existing record before opening one',
      description:
        'Matches the caller may open come with their case number and why; a match the caller may not read is only a message saying whom to contact.',
      body: DuplicateCheckBody,
      response: { 200: DuplicateCheckResult, ...errors },
    },
    handler: (request) => checkForDuplicates(services, request.context, request.body),
  });

  app.get('/api/youth', {
    schema: {
      tags,
      summary: 'Search the youth records the caller may see (case number, or name where visible)',
      querystring: YouthQuery,
      response: { 200: z.array(YouthSummary), ...errors },
    },
    handler: (request) =>
      searchYouth(services, request.context, request.query.query, request.query.status),
  });

  app.get('/api/youth/:id', {
    schema: {
      tags,
      summary: 'A youth record: the categories the caller may see, and whom to ask for the rest',
      params: IdParams,
      response: { 200: YouthRecord, ...errors },
    },
    handler: (request) => readYouth(services, request.context, request.params.id),
  });

  // --- people around the youth ---
  app.get('/api/youth/:id/people', {
    schema: {
      tags,
      summary:
        'People around the youth (guardians, relatives, suspected exploiters) the caller may see',
      params: IdParams,
      response: { 200: z.array(Person), ...errors },
    },
    handler: (request) => listPeopleFor(services, request.context, request.params.id),
  });
  app.post('/api/youth/:id/people', {
    schema: {
      tags,
      summary: 'Record a person around the youth, flagged when suspected of exploiting them',
      params: IdParams,
      body: PersonBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addPerson(services, request.context, request.params.id, request.body)),
  });

  // --- team ---
  app.post('/api/youth/:id/team', {
    schema: {
      tags,
      summary: 'Add an organization (and optionally one of its people) to the case team',
      description: 'Joining gives no data by itself. The county coordinator is notified.',
      params: IdParams,
      body: TeamBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await addTeamMember(services, request.context, request.params.id, request.body)),
  });
  app.delete('/api/youth/:id/team/:organizationId', {
    schema: {
      tags,
      summary: 'Remove an organization (or, with userId, one of its people) from the case team',
      params: TeamParams,
      querystring: TeamRemoveQuery,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await removeTeamMember(
        services,
        request.context,
        request.params.id,
        request.params.organizationId,
        request.query.userId,
      );
      return reply.status(204).send(null);
    },
  });

  // --- consent and legal bases ---
  app.post('/api/youth/:id/consents', {
    schema: {
      tags: ['consent'],
      summary: 'Record a release of information (consent)',
      description:
        'Expiry is required. A person flagged as a suspected exploiter cannot consent. Services never depend on consent.',
      params: IdParams,
      body: ConsentBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordConsent(services, request.context, request.params.id, request.body)),
  });
  app.post('/api/consents/:id/revoke', {
    schema: {
      tags: ['consent'],
      summary: 'Revoke a consent, effective at once',
      params: IdParams,
      body: RevokeBody,
      response: { 200: z.object({ id: z.string(), revoked: z.literal(true) }), ...errors },
    },
    handler: async (request) => {
      await revokeConsent(
        services,
        request.context,
        request.params.id,
        request.body.reason ?? null,
      );
      return { id: request.params.id, revoked: true as const };
    },
  });
  app.post('/api/youth/:id/legal-bases', {
    schema: {
      tags: ['consent'],
      summary: 'Record a court order, mandated report or statutory duty that opens categories',
      params: IdParams,
      body: LegalBasisBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordLegalBasis(services, request.context, request.params.id, request.body)),
  });

  app.post('/api/legal-bases/:id/end', {
    schema: {
      tags: ['consent'],
      summary: 'End a legal basis at once (an order vacated, a duty discharged)',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await endLegalBasis(services, request.context, request.params.id);
      return reply.status(204).send(null);
    },
  });

  // --- notes ---
  app.post('/api/youth/:id/notes', {
    schema: {
      tags: ['notes'],
      summary: 'Write a case note (one category) or a privileged note (qualified caseworkers)',
      params: IdParams,
      body: NoteBodySchema,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) => {
      const { body } = request;
      const created =
        body.kind === 'case'
          ? await writeCaseNote(services, request.context, request.params.id, body)
          : await writePrivilegedNote(services, request.context, request.params.id, body.body);
      return reply.status(201).send(created);
    },
  });
  app.get('/api/youth/:id/notes', {
    schema: {
      tags: ['notes'],
      summary: 'The notes the caller may read; each privileged note read is audited',
      params: IdParams,
      querystring: NotesQuery,
      response: { 200: z.array(Note), ...errors },
    },
    handler: (request) => listNotesFor(services, request.context, request.params.id, request.query),
  });
  app.post('/api/youth/:id/privilege-disclosures', {
    schema: {
      tags: ['notes'],
      summary: "Record the youth's waiver, or a court order, disclosing privileged notes",
      params: IdParams,
      body: DisclosureBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordDisclosure(services, request.context, request.params.id, request.body)),
  });
  app.get('/api/youth/:id/privilege-disclosures', {
    schema: {
      tags: ['notes'],
      summary:
        "Waivers and court orders: your organization's (qualified caseworkers) and those naming you",
      params: IdParams,
      response: { 200: z.array(Disclosure), ...errors },
    },
    handler: async (request) => {
      const list = await listDisclosuresFor(services, request.context, request.params.id);
      return list.map((d) => ({
        ...d,
        recipientOrganizationIds: [...d.recipientOrganizationIds],
        noteIds: d.noteIds ? [...d.noteIds] : null,
      }));
    },
  });
  app.post('/api/privilege-disclosures/:id/revoke', {
    schema: {
      tags: ['notes'],
      summary: 'Revoke a waiver (the youth takes it back) or a vacated order, at once',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await revokeDisclosureFor(services, request.context, request.params.id);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/youth/:id/mandated-reports', {
    schema: {
      tags: ['notes'],
      summary: 'File a mandated report record; a privileged note it comes from stays unchanged',
      params: IdParams,
      body: MandatedReportBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await fileMandatedReport(services, request.context, request.params.id, request.body)),
  });
  app.get('/api/youth/:id/mandated-reports', {
    schema: {
      tags: ['notes'],
      summary: 'The mandated reports the caller may read',
      params: IdParams,
      response: { 200: z.array(MandatedReport), ...errors },
    },
    handler: (request) => listMandatedReportsFor(services, request.context, request.params.id),
  });

  // --- break-glass ---
  app.post('/api/youth/:id/break-glass', {
    schema: {
      tags,
      summary: 'Imminent danger: open one category to yourself for 60 minutes, with a reason',
      description: 'The coordinator is alerted. Privileged notes never open this way.',
      params: IdParams,
      body: BreakGlassBody,
      response: { 201: BreakGlassGrant, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await openBreakGlass(services, request.context, request.params.id, request.body)),
  });
}

// Protective orders, hearings and the court calendar (docs/LEGAL-AND-MDT.md, "Protective orders
// and hearings").
import type { AppServices } from '../context.js';
import {
  CourtCalendar,
  CourtCalendarQuery,
  HearingBody,
  HearingCreated,
  HearingList,
  ProtectiveOrderBody,
  ProtectiveOrderCreated,
  ProtectiveOrderList,
} from '../http/court-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { readCourtCalendar } from '../services/court/court-calendar.js';
import { listHearingsFor, recordHearing } from '../services/court/hearings.js';
import {
  listProtectiveOrdersFor,
  recordProtectiveOrder,
} from '../services/court/protective-orders.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['protective orders and hearings'];

export function courtRoutes(app: App, services: AppServices) {
  app.post('/api/youth/:id/protective-orders', {
    schema: {
      tags,
      summary: 'Record a protective order: its restrained person is not released to',
      description:
        'Legal data of the recording organization: advocates, child welfare workers, officers, prosecutors, victim-witness staff and court clerks of an organization on the team. 400 expires_before_issued; 400 restrained_person_not_on_case for a linked person not listed on this youth (or not readable by the caller). While in force, a name check of the restrained person answers do_not_release with reason protective_order. Gives the recording organization a task due 14 days before it expires.',
      params: IdParams,
      body: ProtectiveOrderBody,
      response: { 201: ProtectiveOrderCreated, ...errors },
    },
    handler: async (request, reply) => {
      const { restrainedContactId, restrainedName, restrainedAliases, ...order } = request.body;
      const created = await recordProtectiveOrder(services, request.context, request.params.id, {
        ...order,
        restrainedContactId: restrainedContactId ?? null,
        restrainedName: restrainedName ?? null,
        restrainedAliases: restrainedAliases ?? [],
      });
      return reply.status(201).send(created);
    },
  });

  app.get('/api/youth/:id/protective-orders', {
    schema: {
      tags,
      summary: 'The protective orders on the case the caller may read',
      description:
        'Each shown where the access module lets the caller read its holder’s legal data.',
      params: IdParams,
      response: { 200: ProtectiveOrderList, ...errors },
    },
    handler: (request) => listProtectiveOrdersFor(services, request.context, request.params.id),
  });

  app.post('/api/youth/:id/hearings', {
    schema: {
      tags,
      summary: 'Record a hearing; the hearing event is recorded with it and the protocol fires',
      description:
        'Prosecutors, victim-witness staff, court clerks and judges of an organization on the team. 400 in_the_past; 400 unknown_jurisdiction; 400 not_on_team for an attending organization not on the team. A youth who testifies gives the advocacy organization the testimony safety plan task, due 2 business days before the hearing (pack rule hearing-testimony).',
      params: IdParams,
      body: HearingBody,
      response: { 201: HearingCreated, ...errors },
    },
    handler: async (request, reply) => {
      const { hearingJurisdictionId, ...hearing } = request.body;
      const created = await recordHearing(services, request.context, request.params.id, {
        ...hearing,
        hearingJurisdictionId: hearingJurisdictionId ?? null,
      });
      return reply.status(201).send(created);
    },
  });

  app.get('/api/youth/:id/hearings', {
    schema: {
      tags,
      summary: 'The hearings on the case the caller may read',
      params: IdParams,
      response: { 200: HearingList, ...errors },
    },
    handler: (request) => listHearingsFor(services, request.context, request.params.id),
  });

  app.get('/api/court-calendar', {
    schema: {
      tags,
      summary: 'The court calendar: hearings of a window, with only what the caller may see',
      description:
        'Court clerks and judges: the hearings of the cases their organization is on and every hearing held in their county; prosecutors and victim-witness staff: those of their cases. Each entry: case number, time, court, type; the youth’s name only where the caller may read identity. 400 bad_window (to before from, or more than 31 days).',
      querystring: CourtCalendarQuery,
      response: { 200: CourtCalendar, ...errors },
    },
    handler: (request) => readCourtCalendar(services, request.context, request.query),
  });
}

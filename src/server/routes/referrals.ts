// Staff directory, matching and closed-loop referrals. Routes named by issue 4 are public
// contract: GET /api/youth/{id}/matches, POST /api/referrals, POST /api/referrals/{id}/transitions,
// GET /api/referrals?box=&status=; issue 15 added the thread (GET/POST
// /api/referrals/{id}/messages) and POST /api/referrals/{id}/undo-accept.
import type { AppServices } from '../context.js';
import {
  CapacityBody,
  DirectoryPage,
  DirectorySearchQuery,
  DirectoryServiceDetail,
  HsdsServiceParams,
  ImportBody,
  ImportQuery,
  ImportRefused,
  ImportReport,
  MatchView,
  NewReferralBody,
  ReferralDetail,
  ReferralListQuery,
  ReferralMessageBody,
  ReferralSummary,
  ReferralThread,
  ServicePlan,
  ServicePlanBody,
  ServiceProfileBody,
  TransitionBody,
} from '../http/directory-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { z } from 'zod';
import { importDirectory } from '../services/directory/import.js';
import { markAlternativeToDetention } from '../services/directory/service-profile.js';
import {
  changeCapacity,
  readDirectoryService,
  searchDirectory,
} from '../services/directory/staff.js';
import { matchesFor, recordServicePlan } from '../services/referrals/matches.js';
import {
  createReferral,
  listReferrals,
  readReferral,
  transitionReferral,
} from '../services/referrals/referrals.js';
import { readThread, writeMessage } from '../services/referrals/messages.js';
import { undoAccept } from '../services/referrals/undo-accept.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function referralRoutes(app: App, services: AppServices) {
  app.get('/api/directory/services', {
    schema: {
      tags: ['directory'],
      summary: 'Search the resource directory (staff): words, filters, distance',
      querystring: DirectorySearchQuery,
      response: { 200: DirectoryPage, ...errors },
    },
    handler: (request) => searchDirectory(services, request.context, request.query),
  });

  app.get('/api/directory/services/:id', {
    schema: {
      tags: ['directory'],
      summary: "A service's page: Lantern's fields, referral figures, the HSDS record",
      params: HsdsServiceParams,
      response: { 200: DirectoryServiceDetail, ...errors },
    },
    handler: (request) => readDirectoryService(services, request.context, request.params.id),
  });

  app.put('/api/directory/services/:id/capacity', {
    schema: {
      tags: ['directory'],
      summary: 'Update open places (the provider, the coordinator or an administrator)',
      params: HsdsServiceParams,
      body: CapacityBody,
      response: { 200: DirectoryServiceDetail, ...errors },
    },
    handler: (request) =>
      changeCapacity(services, request.context, request.params.id, request.body),
  });

  app.patch('/api/directory/services/:id/profile', {
    schema: {
      tags: ['directory'],
      summary:
        "Change Lantern's marks on a service: an alternative to detention (the owning county's coordinator or administrator)",
      params: HsdsServiceParams,
      body: ServiceProfileBody,
      response: { 200: DirectoryServiceDetail, ...errors },
    },
    handler: (request) =>
      markAlternativeToDetention(
        services,
        request.context,
        request.params.id,
        request.body.alternativeToDetention,
      ),
  });

  app.post('/api/directory/import', {
    bodyLimit: services.config.importLimitBytes,
    schema: {
      tags: ['directory'],
      summary: 'Import an HSDS 3.0 datapackage (coordinator or administrator)',
      description:
        'Every row is checked; if any fails nothing is written, unless partial=true. dryRun=true only checks. ' +
        "A row identical to what is stored changes nothing. New records belong to the importer's jurisdiction; " +
        'an import that would change a record another jurisdiction owns (or attach a record to it) is refused with 403 and the list of those records, and writes nothing, even with partial=true.',
      querystring: ImportQuery,
      body: ImportBody,
      response: { 200: ImportReport, ...errors, 403: ImportRefused, 413: ErrorBody },
    },
    handler: (request) =>
      importDirectory(services, request.context, request.body.files, {
        partial: request.query.partial === true,
        dryRun: request.query.dryRun === true,
      }),
  });

  app.put('/api/youth/:id/service-plan', {
    schema: {
      tags: ['referrals'],
      summary: "Record the youth's needs, history and providers to avoid (needs_services)",
      params: IdParams,
      body: ServicePlanBody,
      response: { 200: ServicePlan, ...errors },
    },
    handler: (request) =>
      recordServicePlan(services, request.context, request.params.id, request.body),
  });

  app.get('/api/youth/:id/matches', {
    schema: {
      tags: ['referrals'],
      summary: 'Services ranked for the youth, with reasons; excluded ones with why',
      params: IdParams,
      response: { 200: MatchView, ...errors },
    },
    handler: (request) => matchesFor(services, request.context, request.params.id),
  });

  app.post('/api/referrals', {
    schema: {
      tags: ['referrals'],
      summary: 'Refer a youth to a directory service (a draft, or sent at once with send=true)',
      body: NewReferralBody,
      response: { 201: ReferralDetail, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createReferral(services, request.context, request.body)),
  });

  app.get('/api/referrals', {
    schema: {
      tags: ['referrals'],
      summary: "The caller's organization's referrals: sent, or received (the inbox)",
      querystring: ReferralListQuery,
      response: { 200: z.array(ReferralSummary).readonly(), ...errors },
    },
    handler: (request) => listReferrals(services, request.context, request.query),
  });

  app.get('/api/referrals/:id', {
    schema: {
      tags: ['referrals'],
      summary: 'A referral, what travels with it, and its timeline',
      params: IdParams,
      response: { 200: ReferralDetail, ...errors },
    },
    handler: (request) => readReferral(services, request.context, request.params.id),
  });

  app.post('/api/referrals/:id/transitions', {
    schema: {
      tags: ['referrals'],
      summary: 'Move a referral one step (409 when the step is impossible from where it stands)',
      params: IdParams,
      body: TransitionBody,
      response: { 200: ReferralDetail, ...errors },
    },
    handler: (request) =>
      transitionReferral(services, request.context, request.params.id, request.body),
  });

  app.post('/api/referrals/:id/undo-accept', {
    schema: {
      tags: ['referrals'],
      summary:
        'Undo an accept within a minute of it, by the organization that accepted (409 undo_window_passed after)',
      params: IdParams,
      response: { 200: ReferralDetail, ...errors },
    },
    handler: (request) => undoAccept(services, request.context, request.params.id),
  });

  app.get('/api/referrals/:id/messages', {
    schema: {
      tags: ['referrals'],
      summary: "The thread between a referral's sending and receiving organizations",
      params: IdParams,
      response: { 200: ReferralThread, ...errors },
    },
    handler: (request) => readThread(services, request.context, request.params.id),
  });

  app.post('/api/referrals/:id/messages', {
    schema: {
      tags: ['referrals'],
      summary: 'Write to the other side of a referral; it is told, without the text',
      params: IdParams,
      body: ReferralMessageBody,
      response: { 201: ReferralThread, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await writeMessage(services, request.context, request.params.id, request.body)),
  });
}

// A holder's answers to consents that release its data, and its standing acceptances.
import { z } from 'zod';
import { Timestamp } from '../http/case-schemas.js';
import { DataCategory, ErrorBody, Id, IdParams, Mou } from '../http/schemas.js';
import type { App } from '../http/types.js';
import type { AppServices } from '../context.js';
import { viewMou } from '../services/admin/mous.js';
import {
  answerRelease,
  listReleases,
  RELEASE_STATUSES,
  setStandingAcceptance,
} from '../services/cases/releases.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const Release = z.object({
  consentId: Id,
  youthId: Id,
  caseNumber: z.string(),
  recordedByOrganizationId: Id,
  recordedByOrganizationName: z.string(),
  recipients: z.array(z.object({ id: Id, name: z.string() })),
  categories: z.array(DataCategory),
  purpose: z.string(),
  signedAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean().describe('The consent is in force today'),
  answer: z
    .object({ accepted: z.boolean(), reason: z.string().nullable(), decidedAt: Timestamp })
    .nullable()
    .describe("Your organization's answer; null while it waits for you"),
});

const Answer = z.object({ consentId: Id, accepted: z.boolean() });

export function releaseRoutes(app: App, services: AppServices) {
  app.get('/api/releases', {
    schema: {
      tags: ['consent'],
      summary: 'Consents asking your organization to release the data it holds (your inbox)',
      querystring: z.strictObject({ status: z.enum(RELEASE_STATUSES).default('pending') }),
      response: { 200: z.object({ releases: z.array(Release) }), ...errors },
    },
    handler: async (request) => ({
      releases: await listReleases(services, request.context, request.query.status),
    }),
  });

  app.post('/api/releases/:id/accept', {
    schema: {
      tags: ['consent'],
      summary: "Accept a consent's release of your organization's data (id: the consent)",
      params: IdParams,
      response: { 200: Answer, ...errors },
    },
    handler: (request) =>
      answerRelease(services, request.context, request.params.id, { accept: true, reason: null }),
  });

  app.post('/api/releases/:id/decline', {
    schema: {
      tags: ['consent'],
      summary: "Decline a consent's release of your organization's data, with a reason",
      params: IdParams,
      body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
      response: { 200: Answer, ...errors },
    },
    handler: (request) =>
      answerRelease(services, request.context, request.params.id, {
        accept: false,
        reason: request.body.reason,
      }),
  });

  app.put('/api/mous/:id/standing-acceptance', {
    schema: {
      tags: ['agreements'],
      summary:
        "Accept in advance releases of your organization's data to other parties (empty: withdraw)",
      params: IdParams,
      body: z.strictObject({
        recipientOrganizationIds: z.array(Id).max(50),
        categories: z.array(DataCategory).max(11),
      }),
      response: { 200: Mou, ...errors },
    },
    handler: async (request) =>
      viewMou(
        services,
        await setStandingAcceptance(services, request.context, request.params.id, request.body),
        request.context.actor,
      ),
  });
}

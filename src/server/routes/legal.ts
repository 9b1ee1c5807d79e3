import { z } from 'zod';
import { localDate } from '../../domain/legal-profile.js';
import { qualifiesOn } from '../../domain/training.js';
import { findLegalProfile } from '../../db/repositories/legal.js';
import { listCompletionsOf } from '../../db/repositories/training.js';
import {
  countUnreadNotifications,
  listNotifications,
  markNotificationRead,
} from '../../db/repositories/notifications.js';
import { notFound } from '../errors.js';
import type { AppServices } from '../context.js';
import {
  LegalProfile,
  LegalProfileBody,
  Notification,
  Qualification,
  UnreadNotifications,
  QualificationBody,
} from '../http/case-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import { Approval } from '../http/approval-schemas.js';
import type { App } from '../http/types.js';
import { requireActor } from '../services/authorize.js';
import { changeLegalProfile, readLegalProfile } from '../services/legal/legal-profile.js';
import {
  listQualificationsFor,
  recordQualification,
  revokeQualification,
} from '../services/legal/qualifications.js';
import type { QualificationRecord } from '../../db/repositories/legal.js';

const PendingQualification = z.object({ approval: Approval });

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function legalRoutes(app: App, services: AppServices) {
  app.get('/api/jurisdictions/:id/legal-profile', {
    schema: {
      tags: ['legal'],
      summary: "A jurisdiction's legal profile: privilege, qualifying training, consent limits",
      params: IdParams,
      response: { 200: LegalProfile, ...errors },
    },
    handler: (request) => readLegalProfile(services, request.context, request.params.id),
  });
  app.put('/api/jurisdictions/:id/legal-profile', {
    schema: {
      tags: ['legal'],
      summary: 'Record the legal profile (coordinator or administrator of the jurisdiction)',
      params: IdParams,
      body: LegalProfileBody,
      response: { 200: LegalProfile, ...errors },
    },
    handler: (request) =>
      changeLegalProfile(services, request.context, request.params.id, request.body),
  });

  // Whether it qualifies today: training hours count only while in force (docs/TRAINING.md).
  const view = async (q: QualificationRecord) => {
    const profile = await findLegalProfile(services.db, q.jurisdictionId);
    const completions = await listCompletionsOf(services.db, [q.userId]);
    const today = localDate(services.clock.now(), profile.timeZone);
    return { ...q, qualifies: qualifiesOn(q, completions, profile, today) };
  };
  app.get('/api/caseworker-qualifications', {
    schema: {
      tags: ['legal'],
      summary: "Caseworker qualification records of the caller's jurisdiction",
      response: { 200: z.array(Qualification), ...errors },
    },
    handler: async (request) =>
      Promise.all((await listQualificationsFor(services, request.context)).map(view)),
  });
  app.post('/api/caseworker-qualifications', {
    schema: {
      tags: ['legal'],
      summary: 'Record a caseworker qualification (training hours and supervisor, or degree)',
      description:
        'Answers 202 with the request: a qualification takes a second person, and is recorded when an approver of the caseworker’s organization approves it (POST /api/approvals/{id}/approve).',
      body: QualificationBody,
      response: { 202: PendingQualification, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(202).send({
        approval: await recordQualification(services, request.context, request.body),
      }),
  });
  app.post('/api/caseworker-qualifications/:id/revoke', {
    schema: {
      tags: ['legal'],
      summary: 'Revoke a caseworker qualification',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await revokeQualification(services, request.context, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/notifications', {
    schema: {
      tags: ['notifications'],
      summary: "The caller's notifications (case numbers and organizations, never youth data)",
      response: { 200: z.array(Notification), ...errors },
    },
    handler: async (request) => {
      const actor = requireActor(request.context);
      const list = await listNotifications(services.db, actor);
      return list.map((n) => ({ ...n, read: n.readAt !== null }));
    },
  });
  app.get('/api/notifications/unread-count', {
    // Polled by the header every minute: it must not keep an unattended session alive.
    config: { background: true },
    schema: {
      tags: ['notifications'],
      summary: "How many of the caller's notifications are unread (the header's count)",
      response: { 200: UnreadNotifications, ...errors },
    },
    handler: async (request) => {
      const actor = requireActor(request.context);
      return { unread: await countUnreadNotifications(services.db, actor) };
    },
  });
  app.post('/api/notifications/:id/read', {
    schema: {
      tags: ['notifications'],
      summary: 'Mark one of your notifications read',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request.context);
      if (
        !(await markNotificationRead(services.db, request.params.id, actor, services.clock.now()))
      ) {
        throw notFound('The notification');
      }
      return reply.status(204).send(null);
    },
  });
}

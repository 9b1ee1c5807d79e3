import { z } from 'zod';
import { isLocked } from '../../domain/sessions.js';
import type { AppServices } from '../context.js';
import {
  ChangedUserPending,
  CreatedUser,
  CreateMouBody,
  CreateOrganizationBody,
  CreatePointPersonBody,
  CreateUserBody,
  ErrorBody,
  IdParams,
  Jurisdiction,
  Mou,
  Organization,
  OrganizationQuery,
  PointPerson,
  PendingMfaReset,
  PendingPasswordReset,
  PendingUser,
  PointPersonQuery,
  TemporaryPassword,
  UpdateMouBody,
  UpdateOrganizationBody,
  UpdatePointPersonBody,
  UpdateUserBody,
  User,
} from '../http/schemas.js';
import { NeighborPartyBody, NeighborPartyParams } from '../http/neighbor-schemas.js';
import type { App } from '../http/types.js';
import { listJurisdictionsFor } from '../services/admin/jurisdictions.js';
import { changeMou, createMou, listMousFor } from '../services/admin/mous.js';
import {
  answerNeighborProposal,
  proposeNeighborParty,
  withdrawNeighborProposal,
} from '../services/admin/neighbor-parties.js';
import {
  changeOrganization,
  createOrganization,
  listOrganizationsFor,
} from '../services/admin/organizations.js';
import {
  changePointPerson,
  createPointPerson,
  listPointPersonsFor,
} from '../services/admin/point-persons.js';
import { resetMfa, resetPassword, unlockUser } from '../services/admin/credentials.js';
import { changeUser, createUser, listUsersFor, type Account } from '../services/admin/users.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function administrationRoutes(app: App, services: AppServices) {
  const now = () => services.clock.now();
  const userView = (user: Account): z.input<typeof User> => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    language: user.language,
    organizationId: user.organizationId,
    organizationName: user.organizationName,
    jurisdictionId: user.jurisdictionId,
    active: user.active,
    mfaEnabled: user.mfaEnabled,
    mustChangePassword: user.mustChangePassword,
    locked: isLocked(user.lockedUntil, now()),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    pendingApprovals: [...user.pendingApprovals],
  });
  const WAITS =
    'Answers 202 with the request when the change waits for an approver of the account’s organization (a second person).';

  // --- jurisdictions ---
  app.get('/api/jurisdictions', {
    schema: {
      tags: ['organizations'],
      summary: 'Every jurisdiction on this Lantern',
      response: { 200: z.array(Jurisdiction), ...errors },
    },
    handler: (request) => listJurisdictionsFor(services, request.context),
  });

  // --- organizations ---
  const organizationTags = ['organizations'];
  app.get('/api/organizations', {
    schema: {
      tags: organizationTags,
      summary: 'Organizations the caller may address, in every jurisdiction',
      querystring: OrganizationQuery,
      response: { 200: z.array(Organization), ...errors },
    },
    handler: (request) =>
      listOrganizationsFor(services, request.context, {
        jurisdictionId: request.query.jurisdictionId,
        includeInactive: request.query.includeInactive === 'true',
      }),
  });
  app.post('/api/organizations', {
    schema: {
      tags: organizationTags,
      summary: 'Add an organization (administrators)',
      body: CreateOrganizationBody,
      response: { 201: Organization, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createOrganization(services, request.context, request.body)),
  });
  app.patch('/api/organizations/:id', {
    schema: {
      tags: organizationTags,
      summary: 'Change or deactivate an organization',
      params: IdParams,
      body: UpdateOrganizationBody,
      response: { 200: Organization, ...errors },
    },
    handler: (request) =>
      changeOrganization(services, request.context, request.params.id, request.body),
  });

  // --- users ---
  const userTags = ['accounts'];
  app.get('/api/users', {
    schema: {
      tags: userTags,
      summary: "The accounts of the administrator's jurisdiction",
      response: { 200: z.array(User), ...errors },
    },
    handler: async (request) => (await listUsersFor(services, request.context)).map(userView),
  });
  app.post('/api/users', {
    schema: {
      tags: userTags,
      summary: 'Open an account with a one-time password',
      description: `${WAITS} An account whose roles see youth data holds none until then; its one-time password comes in two halves, the first in this answer, the second to the approver. 403 role_combination: an administrator holds no other role, an oversight analyst no role that sees youth data.`,
      body: CreateUserBody,
      response: { 201: CreatedUser, 202: PendingUser, ...errors },
    },
    handler: async (request, reply) => {
      const created = await createUser(services, request.context, request.body);
      if (created.pending) {
        return reply.status(202).send({
          user: userView(created.user),
          approval: created.approval,
          temporaryPasswordFirstHalf: created.temporaryPasswordFirstHalf,
        });
      }
      return reply
        .status(201)
        .send({ user: userView(created.user), temporaryPassword: created.temporaryPassword });
    },
  });
  app.patch('/api/users/:id', {
    schema: {
      tags: userTags,
      summary: 'Change, move or deactivate an account',
      description: `${WAITS} Giving a role that sees youth data (or keeping one at another organization) and re-activating an account that sees youth data wait; removing anything takes effect at once. 403 role_combination as for POST /api/users.`,
      params: IdParams,
      body: UpdateUserBody,
      response: { 200: User, 202: ChangedUserPending, ...errors },
    },
    handler: async (request, reply) => {
      const changed = await changeUser(services, request.context, request.params.id, request.body);
      if (changed.approvals.length === 0) return reply.status(200).send(userView(changed.user));
      return reply.status(202).send({
        user: userView(changed.user),
        approvals: [...changed.approvals],
        temporaryPasswordFirstHalf: changed.temporaryPasswordFirstHalf,
      });
    },
  });
  app.post('/api/users/:id/reset-password', {
    schema: {
      tags: userTags,
      summary: 'Issue a new one-time password',
      description: `${WAITS} For an account that sees youth data: the old password works until then; this answer carries the first half of the new one-time password, the approver receives the second.`,
      params: IdParams,
      response: { 200: TemporaryPassword, 202: PendingPasswordReset, ...errors },
    },
    handler: async (request, reply) => {
      const reset = await resetPassword(services, request.context, request.params.id);
      if (!reset.pending) {
        return reply.status(200).send({ temporaryPassword: reset.temporaryPassword });
      }
      return reply.status(202).send({
        approval: reset.approval,
        temporaryPasswordFirstHalf: reset.temporaryPasswordFirstHalf,
      });
    },
  });
  app.post('/api/users/:id/unlock', {
    schema: {
      tags: userTags,
      summary: 'Lift a lock after failed sign-ins',
      params: IdParams,
      response: { 200: User, ...errors },
    },
    handler: async (request) =>
      userView(await unlockUser(services, request.context, request.params.id)),
  });
  app.post('/api/users/:id/reset-mfa', {
    schema: {
      tags: userTags,
      summary: 'Remove the second factor (lost phone)',
      description: `${WAITS} For an account that sees youth data.`,
      params: IdParams,
      response: { 200: User, 202: PendingMfaReset, ...errors },
    },
    handler: async (request, reply) => {
      const reset = await resetMfa(services, request.context, request.params.id);
      if (!reset.pending) return reply.status(200).send(userView(reset.user));
      return reply.status(202).send({ user: userView(reset.user), approval: reset.approval });
    },
  });

  // --- point persons ---
  const pointPersonTags = ['point persons'];
  app.get('/api/point-persons', {
    schema: {
      tags: pointPersonTags,
      summary: 'Who to call, across agencies and jurisdictions',
      querystring: PointPersonQuery,
      response: { 200: z.array(PointPerson), ...errors },
    },
    handler: (request) => listPointPersonsFor(services, request.context, request.query),
  });
  app.post('/api/point-persons', {
    schema: {
      tags: pointPersonTags,
      summary: 'Add a point person',
      body: CreatePointPersonBody,
      response: { 201: PointPerson, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createPointPerson(services, request.context, request.body)),
  });
  app.patch('/api/point-persons/:id', {
    schema: {
      tags: pointPersonTags,
      summary: 'Change or retire a point person',
      params: IdParams,
      body: UpdatePointPersonBody,
      response: { 200: PointPerson, ...errors },
    },
    handler: (request) =>
      changePointPerson(services, request.context, request.params.id, request.body),
  });

  // --- information-sharing agreements ---
  const mouTags = ['agreements'];
  app.get('/api/mous', {
    schema: {
      tags: mouTags,
      summary: "The information-sharing agreements of the caller's jurisdiction",
      description:
        'Also, read-only, the agreements of other counties where an organization of the caller’s county is a proposed or accepted neighbor party.',
      response: { 200: z.array(Mou), ...errors },
    },
    handler: (request) => listMousFor(services, request.context),
  });
  app.post('/api/mous', {
    schema: {
      tags: mouTags,
      summary: 'Record an information-sharing agreement',
      body: CreateMouBody,
      response: { 201: Mou, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createMou(services, request.context, request.body)),
  });
  app.patch('/api/mous/:id', {
    schema: {
      tags: mouTags,
      summary: 'Amend an agreement (parties, categories, dates)',
      params: IdParams,
      body: UpdateMouBody,
      response: { 200: Mou, ...errors },
    },
    handler: (request) => changeMou(services, request.context, request.params.id, request.body),
  });

  // --- organizations of neighboring counties on an agreement (docs/CONFIDENTIALITY.md) ---
  const NEIGHBOR =
    'A neighbor party records the arrangement and opens nothing of any case. 404 for an agreement the caller’s county does not see.';
  app.post('/api/mous/:id/neighbor-parties', {
    schema: {
      tags: mouTags,
      summary: "Propose an organization of another county (the agreement's county's coordinator)",
      description: `${NEIGHBOR} 400 unknown_organization, own_county_organization; 409 already_proposed, neighbor_party_declined.`,
      params: IdParams,
      body: NeighborPartyBody,
      response: { 201: Mou, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await proposeNeighborParty(
            services,
            request.context,
            request.params.id,
            request.body.organizationId,
          ),
        ),
  });
  for (const [step, answer] of [
    ['accept', 'accepted'],
    ['decline', 'declined'],
  ] as const) {
    app.post(`/api/mous/:id/neighbor-parties/:organizationId/${step}`, {
      schema: {
        tags: mouTags,
        summary: `${step === 'accept' ? 'Accept' : 'Decline'} a proposal naming an organization of your county (its county's coordinator)`,
        description: `${NEIGHBOR} 404 for a proposal that does not exist; 409 already_answered.`,
        params: NeighborPartyParams,
        response: { 200: Mou, ...errors },
      },
      handler: (request) =>
        answerNeighborProposal(
          services,
          request.context,
          request.params.id,
          request.params.organizationId,
          answer,
        ),
    });
  }
  app.post('/api/mous/:id/neighbor-parties/:organizationId/withdraw', {
    schema: {
      tags: mouTags,
      summary:
        "Withdraw a proposal the other county has not answered (the agreement's county's coordinator)",
      description: `${NEIGHBOR} 403 for anyone else; 404 for a proposal that does not exist; 409 already_answered once the other county accepted or declined it.`,
      params: NeighborPartyParams,
      response: { 200: Mou, ...errors },
    },
    handler: (request) =>
      withdrawNeighborProposal(
        services,
        request.context,
        request.params.id,
        request.params.organizationId,
      ),
  });
}

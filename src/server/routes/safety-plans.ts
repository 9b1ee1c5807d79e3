// Safety plans written with the youth: create (optionally from the last plan of the type), save
// the next version (409 stale_version with both versions), list, read, and the history.
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  SafetyPlanCreateBody,
  SafetyPlanRefused,
  SafetyPlanSaveBody,
  SafetyPlanStale,
  SafetyPlanSummary,
  SafetyPlanVersion,
  SafetyPlanView,
} from '../http/safety-plan-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import {
  listSafetyPlansFor,
  readSafetyPlan,
  readSafetyPlanVersions,
} from '../services/safety-plans/read.js';
import { createSafetyPlan, saveSafetyPlan } from '../services/safety-plans/write.js';

const errors = { 400: SafetyPlanRefused, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const TYPES =
  'Types: general, release_from_custody (details.receiver: who receives the youth, and releaseAt), testimony (hearing date, court, verified transportation: driver, pick-up time and place, confirmed by whom and when), placement, return_from_missing. Sections: warningSigns, safePeople, safePlaces, agreedContacts, steps (party: an organization on the team, title, owner, due), writtenWithYouth and writtenWithYouthOn. A step of another organization reaches it as its task ("Release step: <title>"), nothing else of the plan. Saving closes the protocol’s open "safety plan" tasks of the type on the case.';

export function safetyPlanRoutes(app: App, services: AppServices) {
  app.post('/api/youth/:id/safety-plans', {
    schema: {
      tags: ['safety plans'],
      summary: 'Write a new safety plan with the youth (optionally starting from the last one)',
      description: `${TYPES} Refused with 400 and error.problems (code, path, message) when a field is wrong or a party is not on the team.`,
      params: IdParams,
      body: SafetyPlanCreateBody,
      response: { 201: SafetyPlanView, ...errors },
    },
    handler: async (request, reply) => {
      const plan = await createSafetyPlan(
        services,
        request.context,
        request.params.id,
        request.body,
      );
      return reply.status(201).send(plan);
    },
  });
  app.get('/api/youth/:id/safety-plans', {
    schema: {
      tags: ['safety plans'],
      summary: 'The safety plans of the case the caller may read (each by its data category)',
      params: IdParams,
      response: { 200: z.array(SafetyPlanSummary), ...errors },
    },
    handler: (request) => listSafetyPlansFor(services, request.context, request.params.id),
  });
  app.get('/api/safety-plans/:id', {
    schema: {
      tags: ['safety plans'],
      summary: 'One safety plan: its current version',
      params: IdParams,
      response: { 200: SafetyPlanView, ...errors },
    },
    handler: (request) => readSafetyPlan(services, request.context, request.params.id),
  });
  app.get('/api/safety-plans/:id/versions', {
    schema: {
      tags: ['safety plans'],
      summary: 'Every saved version of a safety plan, newest first',
      params: IdParams,
      response: { 200: z.array(SafetyPlanVersion), ...errors },
    },
    handler: (request) => readSafetyPlanVersions(services, request.context, request.params.id),
  });
  app.put('/api/safety-plans/:id', {
    schema: {
      tags: ['safety plans'],
      summary: 'Save the next version of a safety plan, naming the version edited',
      description: `${TYPES} A stale version answers 409 stale_version with error.mine (the version sent, as sent) and error.current (the version saved meanwhile), so the person merges and saves again. Only the organization that wrote the plan saves it (403 not_the_holder); its type stays (400 wrong_type).`,
      params: IdParams,
      body: SafetyPlanSaveBody,
      response: { 200: SafetyPlanView, 409: SafetyPlanStale, ...errors },
    },
    handler: (request) =>
      saveSafetyPlan(services, request.context, request.params.id, request.body),
  });
}

// Records corrected, closed, reopened and merged (docs/CONFIDENTIALITY.md, "Records corrected,
// closed and merged"). Thin: schema in, one service call, schema out.
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  IdentityCorrected,
  IdentityCorrectionBody,
  IdentityHistoryEntry,
} from '../http/lifecycle-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { correctIdentity, readIdentityHistory } from '../services/cases/identity-corrections.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['youth'];

export function recordLifecycleRoutes(app: App, services: AppServices) {
  app.patch('/api/youth/:id/identity', {
    schema: {
      tags,
      summary: 'Correct the identity (a name learned later, a birth date), with why',
      description:
        'Whoever may read the identity corrects it. The values replaced are kept, sealed, in the history that only readers of identity open. The duplicate check then runs on the new names: possibleDuplicates lists other records the caller may read. 400 no_change, identity_required, born_in_future; 409 record_merged.',
      params: IdParams,
      body: IdentityCorrectionBody,
      response: { 200: IdentityCorrected, ...errors },
    },
    handler: (request) =>
      correctIdentity(services, request.context, request.params.id, request.body),
  });

  app.get('/api/youth/:id/identity/history', {
    schema: {
      tags,
      summary: 'Who corrected the identity, when, which fields, what they held before, and why',
      params: IdParams,
      response: { 200: z.array(IdentityHistoryEntry), ...errors },
    },
    handler: (request) => readIdentityHistory(services, request.context, request.params.id),
  });
}

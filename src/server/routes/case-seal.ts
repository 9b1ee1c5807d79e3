// A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"). Thin: schema in, one
// service call, schema out.
import { SealBody, SealView, UnsealBody } from '../http/seal-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import type { AppServices } from '../context.js';
import { readCaseSeal, sealCase, unsealCase } from '../services/cases/case-seal.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['youth'];

export function caseSealRoutes(app: App, services: AppServices) {
  app.get('/api/youth/:id/seal', {
    schema: {
      tags,
      summary: 'Whether the case is sealed by court order, and what the caller may do about it',
      description:
        'A sealed case answers only the court roles its order names (each read audited as case_seal.read); for everyone else it does not exist (404).',
      params: IdParams,
      response: { 200: SealView, ...errors },
    },
    handler: (request) => readCaseSeal(services, request.context, request.params.id),
  });

  app.post('/api/youth/:id/seal', {
    schema: {
      tags,
      summary: 'Seal the case by court order',
      description:
        'A judge or court clerk of the county’s juvenile court on the case. From then on the case is in no list, search, inbox, agenda or export, and answers 404 to everyone but the roles the order names. 400 order_in_future; 403 not_court; 409 already_sealed.',
      params: IdParams,
      body: SealBody,
      response: { 200: SealView, ...errors },
    },
    handler: (request) => sealCase(services, request.context, request.params.id, request.body),
  });

  app.post('/api/youth/:id/unseal', {
    schema: {
      tags,
      summary: 'Lift the seal by a later court order',
      description:
        'The roles of the sealing court the order names. 400 order_in_future, order_before_seal; 409 not_sealed.',
      params: IdParams,
      body: UnsealBody,
      response: { 200: SealView, ...errors },
    },
    handler: (request) => unsealCase(services, request.context, request.params.id, request.body),
  });
}

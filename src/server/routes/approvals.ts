// The approval inbox: a second person approves or declines what an administrator or coordinator
// asked (docs/ARCHITECTURE.md, "A second person").
import { ApprovalList, Approval, ApprovedBody, DeclineBody } from '../http/approval-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import type { AppServices } from '../context.js';
import { approveRequest, declineRequest, listApprovalsFor } from '../services/admin/approvals.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['approvals'];

export function approvalRoutes(app: App, services: AppServices) {
  app.get('/api/approvals', {
    schema: {
      tags,
      summary: 'What the caller may approve, and what the caller asked for',
      response: { 200: ApprovalList, ...errors },
    },
    handler: (request) => listApprovalsFor(services, request.context),
  });
  app.post('/api/approvals/:id/approve', {
    schema: {
      tags,
      summary: 'Approve a request: the change takes effect now',
      description:
        "Only an approver of the account's organization (an active point person there whose own " +
        "youth-data roles are in effect), or the county lead's coordinator where it has none; never " +
        'the person who asked or the account itself. 403 own_request, own_account, not_an_approver; ' +
        "404 for another jurisdiction's request; 409 approval_not_pending, approval_outdated.",
      params: IdParams,
      response: { 200: ApprovedBody, ...errors },
    },
    handler: (request) => approveRequest(services, request.context, request.params.id),
  });
  app.post('/api/approvals/:id/decline', {
    schema: {
      tags,
      summary: 'Decline a request, with the reason',
      description: 'The same people as for approving.',
      params: IdParams,
      body: DeclineBody,
      response: { 200: Approval, ...errors },
    },
    handler: (request) =>
      declineRequest(services, request.context, request.params.id, request.body.reason),
  });
}

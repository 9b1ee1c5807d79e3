// T/U visa certification requests and victim compensation claims on a case
// (docs/LEGAL-AND-MDT.md, "Certifications and compensation").
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  CertificationOutcomeBody,
  CertificationRequestBody,
  CertificationRequestView,
  CompensationClaimBody,
  CompensationClaimPatch,
  CompensationClaimView,
} from '../http/legal-matter-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import {
  listCertificationRequests,
  recordCertificationOutcome,
  recordCertificationRequest,
} from '../services/legal-matters/certification-requests.js';
import {
  changeCompensationClaim,
  listCompensationClaims,
  recordCompensationClaim,
} from '../services/legal-matters/compensation-claims.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['legal matters'];

export function legalMatterRoutes(app: App, services: AppServices) {
  app.post('/api/youth/:id/certification-requests', {
    schema: {
      tags,
      summary: 'Record a T/U visa certification request (legal data of your organization)',
      description:
        'Name the certifying agency once: certifyingOrganizationId (an organization of this county whose type certifies: law_enforcement, district_attorney, juvenile_court, child_welfare; 8 CFR 214.14(a)(2)) or outsideAgencyName. The answer is due the legal profile’s days after receivedOn (California: 90 calendar days; 14 business days in removal proceedings), at the end of that day in the county’s time zone. A certifying agency in Lantern joins the case team and gets a task naming only the visa and the day, escalated to the coordinator when missed. 400: certifying_agency_required, received_in_future, unknown_certifying_agency, not_a_certifying_agency.',
      params: IdParams,
      body: CertificationRequestBody,
      response: { 201: CertificationRequestView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordCertificationRequest(
            services,
            request.context,
            request.params.id,
            request.body,
          ),
        ),
  });
  app.get('/api/youth/:id/certification-requests', {
    schema: {
      tags,
      summary:
        'The case’s certification requests you may read: in full with a basis for its legal data, or as the certifying agency',
      params: IdParams,
      response: { 200: z.array(CertificationRequestView), ...errors },
    },
    handler: (request) => listCertificationRequests(services, request.context, request.params.id),
  });
  app.post('/api/certification-requests/:id/outcome', {
    schema: {
      tags,
      summary: 'Record the outcome: certified, or declined with the reason',
      description:
        'By the certifying agency; for an outside agency, by the organization that recorded the request (403 not_certifying_agency). Once only (409 outcome_already_recorded). Closes the certifier’s task; the recording organization is told the answer in the app (notification certification.answered, without the reason) unless it recorded it itself.',
      params: IdParams,
      body: CertificationOutcomeBody,
      response: { 200: CertificationRequestView, 409: ErrorBody, ...errors },
    },
    handler: (request) =>
      recordCertificationOutcome(services, request.context, request.params.id, request.body),
  });
  app.post('/api/youth/:id/compensation-claims', {
    schema: {
      tags,
      summary:
        'Record a victim compensation claim, planned or filed (legal data of your organization)',
      description:
        'The filing deadline is the legal profile’s years after the crime (California: 7), or for a victim under 18 at the crime the later of that and her 28th birthday; February 29 counts as February 28 in a year without one. A planned claim reminds your organization 90 days before. 400: crime_in_future, filed_in_future, filed_before_crime, filed_on_mismatch.',
      params: IdParams,
      body: CompensationClaimBody,
      response: { 201: CompensationClaimView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordCompensationClaim(services, request.context, request.params.id, request.body),
        ),
  });
  app.get('/api/youth/:id/compensation-claims', {
    schema: {
      tags,
      summary: 'The case’s compensation claims you may read, each with its filing deadline',
      params: IdParams,
      response: { 200: z.array(CompensationClaimView), ...errors },
    },
    handler: (request) => listCompensationClaims(services, request.context, request.params.id),
  });
  app.patch('/api/compensation-claims/:id', {
    schema: {
      tags,
      summary: 'Change a claim’s status, dates or amounts, naming the version edited',
      description:
        'Only the organization that recorded it (403 not_the_holder). A stale version answers 409 stale_version.',
      params: IdParams,
      body: CompensationClaimPatch,
      response: { 200: CompensationClaimView, 409: ErrorBody, ...errors },
    },
    handler: (request) =>
      changeCompensationClaim(services, request.context, request.params.id, request.body),
  });
}

// Certification requests' and compensation claims' calls and shapes (docs/LEGAL-AND-MDT.md). The
// shapes are derived from the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type {
  CertificationOutcomeBody,
  CertificationRequestBody,
  CertificationRequestView,
  CompensationClaimBody,
  CompensationClaimPatch,
  CompensationClaimView,
} from '../../server/http/legal-matter-schemas.js';
import { path, request } from './api';
import type { Wire } from './wire';

export type CertificationRequest = Wire<z.output<typeof CertificationRequestView>>;
export type CompensationClaim = Wire<z.output<typeof CompensationClaimView>>;

export async function listCertificationRequests(youthId: string): Promise<CertificationRequest[]> {
  const url = `${path('/api/youth', youthId)}/certification-requests`;
  return (await request('GET', url)) as CertificationRequest[];
}

export async function recordCertificationRequest(
  youthId: string,
  body: z.input<typeof CertificationRequestBody>,
): Promise<CertificationRequest> {
  const url = `${path('/api/youth', youthId)}/certification-requests`;
  return (await request('POST', url, { body })) as CertificationRequest;
}

export async function recordCertificationOutcome(
  id: string,
  body: z.input<typeof CertificationOutcomeBody>,
): Promise<CertificationRequest> {
  const url = `${path('/api/certification-requests', id)}/outcome`;
  return (await request('POST', url, { body })) as CertificationRequest;
}

export async function listCompensationClaims(youthId: string): Promise<CompensationClaim[]> {
  const url = `${path('/api/youth', youthId)}/compensation-claims`;
  return (await request('GET', url)) as CompensationClaim[];
}

export async function recordCompensationClaim(
  youthId: string,
  body: z.input<typeof CompensationClaimBody>,
): Promise<CompensationClaim> {
  const url = `${path('/api/youth', youthId)}/compensation-claims`;
  return (await request('POST', url, { body })) as CompensationClaim;
}

export async function changeCompensationClaim(
  id: string,
  body: z.input<typeof CompensationClaimPatch>,
): Promise<CompensationClaim> {
  return (await request('PATCH', path('/api/compensation-claims', id), {
    body,
  })) as CompensationClaim;
}

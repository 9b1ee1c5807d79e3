// Who decides each waiting request, worked out once per organization, and the request as the
// API shows it.
import {
  eligibleApprovers,
  type ApprovalRequestFacts,
  type EligibleApprovers,
} from '../../../domain/administration.js';
import type { Queryable } from '../../../db/database.js';
import {
  approverCandidates,
  countyLeads,
  type RequestedQualification,
  type StoredApproval,
} from '../../../db/repositories/approvals.js';
import type { ApproverCandidate } from '../../../domain/administration.js';
import type { Role } from '../../../domain/vocabulary.js';

export interface ApprovalView {
  readonly id: string;
  readonly kind: StoredApproval['kind'];
  readonly status: StoredApproval['status'];
  readonly subjectUserId: string;
  readonly subjectName: string;
  readonly subjectEmail: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly roles: Role[] | null;
  readonly qualification: RequestedQualification | null;
  readonly requestedByUserId: string;
  readonly requestedByName: string;
  readonly requestedAt: Date;
  readonly waitingFor: { organizationId: string; organizationName: string } | null;
  readonly decidedByName: string | null;
  readonly decidedAt: Date | null;
  readonly declineReason: string | null;
}

export interface AssessedApproval {
  readonly approval: StoredApproval;
  readonly eligible: EligibleApprovers;
  readonly view: ApprovalView;
}

export const approvalFacts = (approval: StoredApproval): ApprovalRequestFacts => ({
  jurisdictionId: approval.jurisdictionId,
  organizationId: approval.organizationId,
  requestedByUserId: approval.requestedByUserId,
  subjectUserId: approval.subjectUserId,
  status: approval.status,
});

/** Loads who may approve for each organization once, then decides each request's approvers. */
export async function assessApprovals(
  db: Queryable,
  approvals: readonly StoredApproval[],
): Promise<AssessedApproval[]> {
  const candidates = new Map<string, Promise<ApproverCandidate[]>>();
  const leads = new Map<string, Promise<{ id: string; name: string }[]>>();
  const assessed: AssessedApproval[] = [];
  for (const approval of approvals) {
    const key = `${approval.jurisdictionId}/${approval.organizationId}`;
    if (!candidates.has(key))
      candidates.set(key, approverCandidates(db, approval.jurisdictionId, approval.organizationId));
    if (!leads.has(approval.jurisdictionId))
      leads.set(approval.jurisdictionId, countyLeads(db, approval.jurisdictionId));
    const eligible = eligibleApprovers(approvalFacts(approval), (await candidates.get(key)) ?? []);
    const [lead] = (await leads.get(approval.jurisdictionId)) ?? [];
    const waitingFor =
      approval.status !== 'pending'
        ? null
        : eligible.source === 'organization'
          ? { organizationId: approval.organizationId, organizationName: approval.organizationName }
          : lead
            ? { organizationId: lead.id, organizationName: lead.name }
            : null;
    assessed.push({ approval, eligible, view: toView(approval, waitingFor) });
  }
  return assessed;
}

function toView(approval: StoredApproval, waitingFor: ApprovalView['waitingFor']): ApprovalView {
  return {
    id: approval.id,
    kind: approval.kind,
    status: approval.status,
    subjectUserId: approval.subjectUserId,
    subjectName: approval.subjectName,
    subjectEmail: approval.subjectEmail,
    organizationId: approval.organizationId,
    organizationName: approval.organizationName,
    roles: approval.roles,
    qualification: approval.qualification,
    requestedByUserId: approval.requestedByUserId,
    requestedByName: approval.requestedByName,
    requestedAt: approval.requestedAt,
    waitingFor,
    decidedByName: approval.decidedByName,
    decidedAt: approval.decidedAt,
    declineReason: approval.declineReason,
  };
}

export async function viewApproval(db: Queryable, approval: StoredApproval): Promise<ApprovalView> {
  const [assessed] = await assessApprovals(db, [approval]);
  if (!assessed) throw new Error('an approval could not be assessed');
  return assessed.view;
}

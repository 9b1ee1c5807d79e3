// Requests that wait for a second person, and the accounts that may approve them.
import type { Queryable } from '../database.js';
import type {
  ApprovalKind,
  ApprovalStatus,
  ApproverCandidate,
} from '../../domain/administration.js';
import { approvalSlot } from '../../domain/administration.js';
import type { QualificationBasis } from '../../domain/legal-profile.js';
import type { OrganizationType, Role } from '../../domain/vocabulary.js';

/** What a caseworker qualification request asks to record. */
export interface RequestedQualification {
  readonly basis: QualificationBasis;
  readonly trainingHours: number;
  readonly supervisor: string | null;
  readonly completedOn: string;
}

export interface StoredApproval {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly subjectUserId: string;
  readonly subjectName: string;
  readonly subjectEmail: string;
  readonly kind: ApprovalKind;
  readonly roles: Role[] | null;
  readonly qualification: RequestedQualification | null;
  /** Sealed; never leaves the service that approves. */
  readonly passwordHalfSealed: string | null;
  readonly requestedByUserId: string;
  readonly requestedByName: string;
  readonly requestedAt: Date;
  readonly status: ApprovalStatus;
  readonly decidedByUserId: string | null;
  readonly decidedByName: string | null;
  readonly decidedAt: Date | null;
  readonly declineReason: string | null;
}

interface Row {
  id: string;
  jurisdiction_id: string;
  organization_id: string;
  organization_name: string;
  subject_user_id: string;
  subject_name: string;
  subject_email: string;
  kind: ApprovalKind;
  roles: Role[] | null;
  qualification: RequestedQualification | null;
  password_half_sealed: string | null;
  requested_by_user_id: string;
  requested_by_name: string;
  requested_at: Date;
  status: ApprovalStatus;
  decided_by_user_id: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decline_reason: string | null;
}

const SELECT = `SELECT a.id, a.jurisdiction_id, a.organization_id, o.name AS organization_name,
    a.subject_user_id, s.display_name AS subject_name, s.email AS subject_email, a.kind, a.roles,
    a.qualification, a.password_half_sealed, a.requested_by_user_id,
    r.display_name AS requested_by_name, a.requested_at, a.status, a.decided_by_user_id,
    d.display_name AS decided_by_name, a.decided_at, a.decline_reason
  FROM approval_requests a
  JOIN organizations o ON o.id = a.organization_id
  JOIN users s ON s.id = a.subject_user_id
  JOIN users r ON r.id = a.requested_by_user_id
  LEFT JOIN users d ON d.id = a.decided_by_user_id`;

const toApproval = (row: Row): StoredApproval => ({
  id: row.id,
  jurisdictionId: row.jurisdiction_id,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  subjectUserId: row.subject_user_id,
  subjectName: row.subject_name,
  subjectEmail: row.subject_email,
  kind: row.kind,
  roles: row.roles,
  qualification: row.qualification,
  passwordHalfSealed: row.password_half_sealed,
  requestedByUserId: row.requested_by_user_id,
  requestedByName: row.requested_by_name,
  requestedAt: row.requested_at,
  status: row.status,
  decidedByUserId: row.decided_by_user_id,
  decidedByName: row.decided_by_name,
  decidedAt: row.decided_at,
  declineReason: row.decline_reason,
});

export async function insertApprovalRequest(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly organizationId: string;
    readonly subjectUserId: string;
    readonly kind: ApprovalKind;
    readonly roles: readonly Role[] | null;
    readonly qualification: RequestedQualification | null;
    readonly passwordHalfSealed: string | null;
    readonly requestedByUserId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO approval_requests (jurisdiction_id, organization_id, subject_user_id, kind, roles,
       qualification, password_half_sealed, requested_by_user_id, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.organizationId,
      input.subjectUserId,
      input.kind,
      input.roles,
      input.qualification === null ? null : JSON.stringify(input.qualification),
      input.passwordHalfSealed,
      input.requestedByUserId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into approval_requests returned nothing');
  return row.id;
}

export async function findApproval(
  db: Queryable,
  id: string,
  lock = false,
): Promise<StoredApproval | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [
    id,
  ]);
  return row ? toApproval(row) : null;
}

export async function listPendingApprovals(
  db: Queryable,
  jurisdictionId: string,
): Promise<StoredApproval[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE a.jurisdiction_id = $1 AND a.status = 'pending' ORDER BY a.requested_at`,
    [jurisdictionId],
  );
  return rows.map(toApproval);
}

/** What a person asked for, newest first: pending ones and the last decided. */
export async function listApprovalsRequestedBy(
  db: Queryable,
  userId: string,
  limit = 100,
): Promise<StoredApproval[]> {
  const rows = await db.query<Row>(
    `${SELECT} WHERE a.requested_by_user_id = $1
     ORDER BY (a.status = 'pending') DESC, a.requested_at DESC LIMIT $2`,
    [userId, limit],
  );
  return rows.map(toApproval);
}

/**
 * Withdraws the waiting requests about an account that a new request replaces (same slot), or
 * all of them (the account moved: they were addressed to its old organization's approvers).
 */
export async function withdrawPendingApprovals(
  db: Queryable,
  input: {
    readonly subjectUserId: string;
    readonly kind: ApprovalKind | 'all';
    readonly byUserId: string;
    readonly now: Date;
  },
): Promise<{ id: string; kind: ApprovalKind }[]> {
  const kinds =
    input.kind === 'all'
      ? null
      : approvalSlot(input.kind) === 'account.roles'
        ? ['account.create', 'account.roles']
        : [input.kind];
  return db.query<{ id: string; kind: ApprovalKind }>(
    `UPDATE approval_requests
     SET status = 'withdrawn', decided_by_user_id = $2, decided_at = $3, password_half_sealed = NULL
     WHERE subject_user_id = $1 AND status = 'pending' AND ($4::text[] IS NULL OR kind = ANY($4))
     RETURNING id, kind`,
    [input.subjectUserId, input.byUserId, input.now, kinds],
  );
}

/** Records the decision on a request still pending; false when it was no longer pending. */
export async function decideApprovalRequest(
  db: Queryable,
  id: string,
  decision: {
    readonly status: 'approved' | 'declined';
    readonly byUserId: string;
    readonly now: Date;
    readonly reason: string | null;
  },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE approval_requests
     SET status = $2, decided_by_user_id = $3, decided_at = $4, decline_reason = $5,
       password_half_sealed = NULL
     WHERE id = $1 AND status = 'pending' RETURNING id`,
    [id, decision.status, decision.byUserId, decision.now, decision.reason],
  );
  return rows.length === 1;
}

/** Roles asked for and still waiting, per account of the jurisdiction. */
export async function pendingRolesByAccount(
  db: Queryable,
  userIds: readonly string[],
): Promise<Map<string, Role[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.query<{ subject_user_id: string; roles: Role[] }>(
    `SELECT subject_user_id, roles FROM approval_requests
     WHERE subject_user_id = ANY($1::uuid[]) AND status = 'pending' AND roles IS NOT NULL`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.subject_user_id, r.roles]));
}

/** The waiting requests about these accounts. */
export async function listPendingApprovalsAbout(
  db: Queryable,
  userIds: readonly string[],
): Promise<StoredApproval[]> {
  if (userIds.length === 0) return [];
  const rows = await db.query<Row>(
    `${SELECT} WHERE a.subject_user_id = ANY($1::uuid[]) AND a.status = 'pending'
     ORDER BY a.requested_at`,
    [userIds],
  );
  return rows.map(toApproval);
}

/**
 * Everyone who might approve for an organization: its own accounts (with whether each is one of
 * its active point persons, by email) and the coordinators of the county lead.
 */
export async function approverCandidates(
  db: Queryable,
  jurisdictionId: string,
  organizationId: string,
): Promise<ApproverCandidate[]> {
  const rows = await db.query<{
    id: string;
    jurisdiction_id: string;
    organization_id: string;
    organization_type: OrganizationType;
    active: boolean;
    roles: Role[];
    point_person: boolean;
  }>(
    `SELECT u.id, u.jurisdiction_id, u.organization_id, o.type AS organization_type, u.active,
       u.roles,
       EXISTS (SELECT 1 FROM point_persons p
               WHERE p.organization_id = u.organization_id AND p.active
                 AND lower(p.email) = lower(u.email)) AS point_person
     FROM users u JOIN organizations o ON o.id = u.organization_id
     WHERE u.jurisdiction_id = $1
       AND (u.organization_id = $2 OR (o.type = 'county_lead' AND o.active))`,
    [jurisdictionId, organizationId],
  );
  return rows.map((r) => ({
    userId: r.id,
    jurisdictionId: r.jurisdiction_id,
    organizationId: r.organization_id,
    organizationType: r.organization_type,
    active: r.active,
    roles: r.roles,
    pointPerson: r.point_person,
  }));
}

/** The county lead organizations of a jurisdiction, by name (who approves as a fallback). */
export async function countyLeads(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>(
    `SELECT id, name FROM organizations
     WHERE jurisdiction_id = $1 AND type = 'county_lead' AND active ORDER BY name`,
    [jurisdictionId],
  );
}

// Referrals, their steps, and the service plan matching reads.
import { notSealed } from './case-seals.js';
import type { Queryable } from '../database.js';
import type { ReferralStatus } from '../../domain/referrals.js';
import type { Urgency } from '../../domain/referral-answers.js';
import type { YouthHistory } from '../../domain/matching.js';
import type { Role } from '../../domain/vocabulary.js';

export interface ServicePlan {
  readonly youthId: string;
  readonly needs: readonly string[];
  readonly history: YouthHistory;
  readonly excludedOrganizationIds: readonly string[];
  /** The youth faces a detention decision: matching puts alternatives to detention first. */
  readonly facingDetention: boolean;
  readonly recordedByOrganizationId: string;
  readonly recordedByUserId: string;
  readonly updatedAt: Date;
}

export async function findServicePlan(
  db: Queryable,
  jurisdictionId: string,
  youthId: string,
): Promise<ServicePlan | null> {
  const [row] = await db.query<{
    needs: string[];
    history: YouthHistory;
    excluded_organization_ids: string[];
    facing_detention: boolean;
    recorded_by_organization_id: string;
    recorded_by_user_id: string;
    updated_at: Date;
  }>(
    `SELECT needs, history, excluded_organization_ids, facing_detention,
       recorded_by_organization_id, recorded_by_user_id, updated_at
     FROM case_service_plans WHERE jurisdiction_id = $1 AND youth_id = $2`,
    [jurisdictionId, youthId],
  );
  return row
    ? {
        youthId,
        needs: row.needs,
        history: row.history,
        excludedOrganizationIds: row.excluded_organization_ids,
        facingDetention: row.facing_detention,
        recordedByOrganizationId: row.recorded_by_organization_id,
        recordedByUserId: row.recorded_by_user_id,
        updatedAt: row.updated_at,
      }
    : null;
}

export async function saveServicePlan(
  db: Queryable,
  jurisdictionId: string,
  plan: Omit<ServicePlan, 'updatedAt'>,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO case_service_plans (jurisdiction_id, youth_id, needs, history,
       excluded_organization_ids, recorded_by_organization_id, recorded_by_user_id, updated_at,
       facing_detention)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (jurisdiction_id, youth_id) DO UPDATE SET needs = excluded.needs,
       history = excluded.history, excluded_organization_ids = excluded.excluded_organization_ids,
       facing_detention = excluded.facing_detention,
       recorded_by_organization_id = excluded.recorded_by_organization_id,
       recorded_by_user_id = excluded.recorded_by_user_id, updated_at = excluded.updated_at`,
    [
      jurisdictionId,
      plan.youthId,
      plan.needs,
      plan.history,
      plan.excludedOrganizationIds,
      plan.recordedByOrganizationId,
      plan.recordedByUserId,
      now,
      plan.facingDetention,
    ],
  );
}

/**
 * Sets only the plan's detention decision, leaving it the recording organization's plan; false
 * when the youth has no plan or it already says so.
 */
export async function setFacingDetention(
  db: Queryable,
  jurisdictionId: string,
  youthId: string,
  facingDetention: boolean,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE case_service_plans SET facing_detention = $3
     WHERE jurisdiction_id = $1 AND youth_id = $2 AND facing_detention <> $3 RETURNING youth_id`,
    [jurisdictionId, youthId, facingDetention],
  );
  return rows.length === 1;
}

export interface Referral {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly senderOrganizationId: string;
  readonly senderOrganizationName: string;
  readonly senderUserId: string;
  readonly senderUserName: string;
  readonly senderRole: Role;
  readonly receiverOrganizationId: string;
  readonly receiverOrganizationName: string;
  readonly needs: readonly string[];
  readonly note: string | null;
  readonly status: ReferralStatus;
  readonly urgency: Urgency;
  /** The receiver took one of the service's open places when it accepted. */
  readonly placeTaken: boolean;
  readonly automatic: boolean;
  readonly responseBusinessDays: number;
  readonly sentAt: Date | null;
  readonly dueAt: Date | null;
  readonly overdueNotifiedAt: Date | null;
  readonly firstResponseAt: Date | null;
  readonly closedAt: Date | null;
  readonly outcome: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface ReferralRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  case_number: string;
  service_id: string;
  service_name: string;
  sender_organization_id: string;
  sender_organization_name: string;
  sender_user_id: string;
  sender_user_name: string;
  sender_role: Role;
  receiver_organization_id: string;
  receiver_organization_name: string;
  needs: string[];
  note: string | null;
  status: ReferralStatus;
  urgency: Urgency;
  place_taken: boolean;
  automatic: boolean;
  response_business_days: number;
  sent_at: Date | null;
  due_at: Date | null;
  overdue_notified_at: Date | null;
  first_response_at: Date | null;
  closed_at: Date | null;
  outcome: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT r.*, y.case_number, so.name AS sender_organization_name,
    ro.name AS receiver_organization_name, u.display_name AS sender_user_name
  FROM referrals r
  JOIN youth y ON y.jurisdiction_id = r.jurisdiction_id AND y.id = r.youth_id
  JOIN organizations so ON so.id = r.sender_organization_id
  JOIN organizations ro ON ro.id = r.receiver_organization_id
  JOIN users u ON u.id = r.sender_user_id`;

const toReferral = (r: ReferralRow): Referral => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  caseNumber: r.case_number,
  serviceId: r.service_id,
  serviceName: r.service_name,
  senderOrganizationId: r.sender_organization_id,
  senderOrganizationName: r.sender_organization_name,
  senderUserId: r.sender_user_id,
  senderUserName: r.sender_user_name,
  senderRole: r.sender_role,
  receiverOrganizationId: r.receiver_organization_id,
  receiverOrganizationName: r.receiver_organization_name,
  needs: r.needs,
  note: r.note,
  status: r.status,
  urgency: r.urgency,
  placeTaken: r.place_taken,
  automatic: r.automatic,
  responseBusinessDays: r.response_business_days,
  sentAt: r.sent_at,
  dueAt: r.due_at,
  overdueNotifiedAt: r.overdue_notified_at,
  firstResponseAt: r.first_response_at,
  closedAt: r.closed_at,
  outcome: r.outcome,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function findReferral(db: Queryable, id: string): Promise<Referral | null> {
  const [row] = await db.query<ReferralRow>(`${SELECT} WHERE r.id = $1`, [id]);
  return row ? toReferral(row) : null;
}

export async function listReferralsFor(
  db: Queryable,
  filter: {
    readonly organizationId: string;
    readonly box: 'sent' | 'received';
    readonly statuses?: readonly ReferralStatus[] | undefined;
    readonly youthId?: string | undefined;
  },
): Promise<Referral[]> {
  const side = filter.box === 'sent' ? 'r.sender_organization_id' : 'r.receiver_organization_id';
  const params: unknown[] = [filter.organizationId];
  // A sealed case leaves every referral list and inbox (docs/CONFIDENTIALITY.md, "Sealed cases").
  let where = `${side} = $1 AND ${notSealed('r.youth_id')}`;
  // A receiver never sees a draft.
  if (filter.box === 'received') where += ` AND r.status <> 'draft'`;
  if (filter.statuses) {
    params.push(filter.statuses);
    where += ` AND r.status = ANY($${params.length}::text[])`;
  }
  if (filter.youthId) {
    params.push(filter.youthId);
    where += ` AND r.youth_id = $${params.length}`;
  }
  const rows = await db.query<ReferralRow>(
    `${SELECT} WHERE ${where} ORDER BY coalesce(r.due_at, r.created_at), r.id LIMIT 500`,
    params,
  );
  return rows.map(toReferral);
}

export async function insertReferral(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly serviceId: string;
    readonly serviceName: string;
    readonly senderOrganizationId: string;
    readonly senderUserId: string;
    readonly senderRole: string;
    readonly receiverOrganizationId: string;
    readonly needs: readonly string[];
    readonly note: string | null;
    readonly urgency: Urgency;
    readonly automatic: boolean;
    readonly responseBusinessDays: number;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO referrals (jurisdiction_id, youth_id, service_id, service_name,
       sender_organization_id, sender_user_id, sender_role, receiver_organization_id, needs, note,
       status, automatic, response_business_days, created_at, updated_at, urgency)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', $11, $12, $13, $13, $14)
     RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.serviceId,
      input.serviceName,
      input.senderOrganizationId,
      input.senderUserId,
      input.senderRole,
      input.receiverOrganizationId,
      input.needs,
      input.note,
      input.automatic,
      input.responseBusinessDays,
      input.now,
      input.urgency,
    ],
  );
  if (!row) throw new Error('referral insert returned no row');
  return row.id;
}

/** Moves a referral from `from` to `to`; false when someone else moved it first. */
export async function updateReferralStatus(
  db: Queryable,
  id: string,
  from: ReferralStatus,
  change: {
    readonly to: ReferralStatus;
    readonly now: Date;
    readonly sentAt?: Date;
    readonly dueAt?: Date;
    readonly firstResponse?: boolean;
    readonly closed?: boolean;
    readonly outcome?: string | null;
    /** The step took one of the service's open places. */
    readonly placeTaken?: boolean;
  },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE referrals SET status = $3, updated_at = $4,
       sent_at = coalesce(sent_at, $5),
       due_at = coalesce($6, due_at),
       overdue_notified_at = CASE WHEN $6::timestamptz IS NULL THEN overdue_notified_at END,
       first_response_at = CASE WHEN $7 THEN coalesce(first_response_at, $4)
         ELSE first_response_at END,
       closed_at = CASE WHEN $8 THEN $4 ELSE closed_at END,
       outcome = coalesce($9, outcome),
       place_taken = place_taken OR $10
     WHERE id = $1 AND status = $2 RETURNING id`,
    [
      id,
      from,
      change.to,
      change.now,
      change.sentAt ?? null,
      change.dueAt ?? null,
      change.firstResponse === true,
      change.closed === true,
      change.outcome ?? null,
      change.placeTaken === true,
    ],
  );
  return rows.length === 1;
}

export interface ReferralEvent {
  readonly id: string;
  readonly fromStatus: string | null;
  readonly toStatus: string;
  readonly reason: string | null;
  readonly note: string | null;
  readonly byUserName: string | null;
  readonly byOrganizationName: string | null;
  readonly at: Date;
}

export async function insertReferralEvent(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly referralId: string;
    readonly from: string | null;
    readonly to: string;
    readonly reason: string | null;
    readonly note: string | null;
    readonly byUserId: string | null;
    readonly byOrganizationId: string | null;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO referral_events (jurisdiction_id, referral_id, from_status, to_status, reason,
       note, by_user_id, by_organization_id, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      input.jurisdictionId,
      input.referralId,
      input.from,
      input.to,
      input.reason,
      input.note,
      input.byUserId,
      input.byOrganizationId,
      input.now,
    ],
  );
}

export async function listReferralEvents(
  db: Queryable,
  referralId: string,
): Promise<ReferralEvent[]> {
  const rows = await db.query<{
    id: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    note: string | null;
    user_name: string | null;
    organization_name: string | null;
    at: Date;
  }>(
    `SELECT e.id, e.from_status, e.to_status, e.reason, e.note, u.display_name AS user_name,
       o.name AS organization_name, e.at
     FROM referral_events e
     LEFT JOIN users u ON u.id = e.by_user_id
     LEFT JOIN organizations o ON o.id = e.by_organization_id
     WHERE e.referral_id = $1 ORDER BY e.seq`,
    [referralId],
  );
  return rows.map((r) => ({
    id: r.id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    note: r.note,
    byUserName: r.user_name,
    byOrganizationName: r.organization_name,
    at: r.at,
  }));
}

/** Sent referrals past their deadline whose sender has not been told yet. */
/** Marks one referral overdue if its answer is still owed past due; the referral, once. */
export async function claimOverdueReferral(
  db: Queryable,
  id: string,
  now: Date,
): Promise<Referral | null> {
  const rows = await db.query<{ id: string }>(
    `UPDATE referrals SET overdue_notified_at = $1
     WHERE id = $2 AND status = 'sent' AND due_at <= $1 AND overdue_notified_at IS NULL
     RETURNING id`,
    [now, id],
  );
  if (rows.length === 0) return null;
  const [found] = await db.query<ReferralRow>(`${SELECT} WHERE r.id = $1`, [id]);
  return found ? toReferral(found) : null;
}

export async function claimOverdueReferrals(db: Queryable, now: Date): Promise<Referral[]> {
  const rows = await db.query<{ id: string }>(
    `UPDATE referrals SET overdue_notified_at = $1
     WHERE status = 'sent' AND due_at <= $1 AND overdue_notified_at IS NULL RETURNING id`,
    [now],
  );
  if (rows.length === 0) return [];
  const found = await db.query<ReferralRow>(`${SELECT} WHERE r.id = ANY($1::uuid[])`, [
    rows.map((r) => r.id),
  ]);
  return found.map(toReferral);
}

/** Every referral of a case, unfiltered: the timeline decides each row before it leaves. */
export async function unsafeListCaseReferrals(db: Queryable, youthId: string): Promise<Referral[]> {
  const rows = await db.query<ReferralRow>(
    `${SELECT} WHERE r.youth_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 500`,
    [youthId],
  );
  return rows.map(toReferral);
}

// Certification requests and compensation claims: SQL only, rows to plain objects. Reads are
// `unsafe...`: the service decides each row through the access module before it leaves.
import type { Queryable } from '../database.js';
import type { VisaKind } from '../../domain/certification-clock.js';
import type { CompensationStatus } from '../../domain/compensation-deadline.js';
import type { CertificationStatus } from '../../domain/legal-matters.js';

export interface CertificationRequest {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly visaKind: VisaKind;
  readonly certifyingOrganizationId: string | null;
  readonly certifyingOrganizationName: string | null;
  readonly outsideAgencyName: string | null;
  readonly receivedOn: string;
  readonly removalProceedings: boolean;
  readonly dueOn: string;
  readonly dueAt: Date;
  readonly taskId: string | null;
  readonly status: CertificationStatus;
  readonly declineReason: string | null;
  readonly outcomeAt: Date | null;
  readonly createdAt: Date;
}

interface CertificationRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  case_number: string;
  recorded_by_organization_id: string;
  recorded_by_organization_name: string;
  visa_kind: VisaKind;
  certifying_organization_id: string | null;
  certifying_organization_name: string | null;
  outside_agency_name: string | null;
  received_on: string;
  removal_proceedings: boolean;
  due_on: string;
  due_at: Date;
  task_id: string | null;
  status: CertificationStatus;
  decline_reason: string | null;
  outcome_at: Date | null;
  created_at: Date;
}

const SELECT_CERTIFICATION = `SELECT r.id, r.jurisdiction_id, r.youth_id, y.case_number,
    r.recorded_by_organization_id, ro.name AS recorded_by_organization_name, r.visa_kind,
    r.certifying_organization_id, co.name AS certifying_organization_name, r.outside_agency_name,
    r.received_on::text AS received_on, r.removal_proceedings, r.due_on::text AS due_on, r.due_at,
    r.task_id, r.status, r.decline_reason, r.outcome_at, r.created_at
  FROM certification_requests r
  JOIN youth y ON y.id = r.youth_id
  JOIN organizations ro ON ro.id = r.recorded_by_organization_id
  LEFT JOIN organizations co ON co.id = r.certifying_organization_id`;

const toCertification = (r: CertificationRow): CertificationRequest => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  caseNumber: r.case_number,
  recordedByOrganizationId: r.recorded_by_organization_id,
  recordedByOrganizationName: r.recorded_by_organization_name,
  visaKind: r.visa_kind,
  certifyingOrganizationId: r.certifying_organization_id,
  certifyingOrganizationName: r.certifying_organization_name,
  outsideAgencyName: r.outside_agency_name,
  receivedOn: r.received_on,
  removalProceedings: r.removal_proceedings,
  dueOn: r.due_on,
  dueAt: r.due_at,
  taskId: r.task_id,
  status: r.status,
  declineReason: r.decline_reason,
  outcomeAt: r.outcome_at,
  createdAt: r.created_at,
});

export async function insertCertificationRequest(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly recordedByOrganizationId: string;
    readonly recordedByUserId: string;
    readonly visaKind: VisaKind;
    readonly certifyingOrganizationId: string | null;
    readonly outsideAgencyName: string | null;
    readonly receivedOn: string;
    readonly removalProceedings: boolean;
    readonly dueOn: string;
    readonly dueAt: Date;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO certification_requests (jurisdiction_id, youth_id, recorded_by_organization_id,
       recorded_by_user_id, visa_kind, certifying_organization_id, outside_agency_name,
       received_on, removal_proceedings, due_on, due_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.recordedByOrganizationId,
      input.recordedByUserId,
      input.visaKind,
      input.certifyingOrganizationId,
      input.outsideAgencyName,
      input.receivedOn,
      input.removalProceedings,
      input.dueOn,
      input.dueAt,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

export async function setCertificationTask(db: Queryable, id: string, taskId: string) {
  await db.query(`UPDATE certification_requests SET task_id = $2 WHERE id = $1`, [id, taskId]);
}

export async function unsafeFindCertificationRequest(
  db: Queryable,
  id: string,
  options: { readonly lock?: boolean } = {},
): Promise<CertificationRequest | null> {
  if (options.lock) {
    await db.query(`SELECT id FROM certification_requests WHERE id = $1 FOR UPDATE`, [id]);
  }
  const [row] = await db.query<CertificationRow>(`${SELECT_CERTIFICATION} WHERE r.id = $1`, [id]);
  return row ? toCertification(row) : null;
}

export async function unsafeListCertificationRequests(
  db: Queryable,
  youthId: string,
): Promise<CertificationRequest[]> {
  const rows = await db.query<CertificationRow>(
    `${SELECT_CERTIFICATION} WHERE r.youth_id = $1 ORDER BY r.received_on DESC, r.created_at DESC`,
    [youthId],
  );
  return rows.map(toCertification);
}

export async function recordCertificationOutcome(
  db: Queryable,
  input: {
    readonly id: string;
    readonly outcome: 'certified' | 'declined';
    readonly reason: string | null;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE certification_requests SET status = $2, decline_reason = $3, outcome_at = $4,
       outcome_by_user_id = $5, outcome_by_organization_id = $6
     WHERE id = $1 AND status = 'pending'`,
    [input.id, input.outcome, input.reason, input.now, input.userId, input.organizationId],
  );
}

// --- compensation claims ---

export interface CompensationClaim {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly program: string;
  readonly crimeDate: string;
  readonly filedOn: string | null;
  readonly status: CompensationStatus;
  readonly amountRequestedCents: number;
  readonly amountPaidCents: number;
  readonly reminderDeadline: string | null;
  readonly reminderTaskId: string | null;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface ClaimRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  recorded_by_organization_id: string;
  recorded_by_organization_name: string;
  program: string;
  crime_date: string;
  filed_on: string | null;
  status: CompensationStatus;
  amount_requested_cents: number;
  amount_paid_cents: number;
  reminder_deadline: string | null;
  reminder_task_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT_CLAIM = `SELECT c.id, c.jurisdiction_id, c.youth_id, c.recorded_by_organization_id,
    o.name AS recorded_by_organization_name, c.program, c.crime_date::text AS crime_date,
    c.filed_on::text AS filed_on, c.status, c.amount_requested_cents, c.amount_paid_cents,
    c.reminder_deadline::text AS reminder_deadline, c.reminder_task_id, c.version, c.created_at,
    c.updated_at
  FROM compensation_claims c
  JOIN organizations o ON o.id = c.recorded_by_organization_id`;

const toClaim = (r: ClaimRow): CompensationClaim => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  recordedByOrganizationId: r.recorded_by_organization_id,
  recordedByOrganizationName: r.recorded_by_organization_name,
  program: r.program,
  crimeDate: r.crime_date,
  filedOn: r.filed_on,
  status: r.status,
  amountRequestedCents: r.amount_requested_cents,
  amountPaidCents: r.amount_paid_cents,
  reminderDeadline: r.reminder_deadline,
  reminderTaskId: r.reminder_task_id,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ClaimFields {
  readonly program: string;
  readonly crimeDate: string;
  readonly filedOn: string | null;
  readonly status: CompensationStatus;
  readonly amountRequestedCents: number;
  readonly amountPaidCents: number;
  readonly reminderDeadline: string | null;
}

export async function insertCompensationClaim(
  db: Queryable,
  input: ClaimFields & {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly recordedByOrganizationId: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO compensation_claims (jurisdiction_id, youth_id, recorded_by_organization_id,
       recorded_by_user_id, program, crime_date, filed_on, status, amount_requested_cents,
       amount_paid_cents, reminder_deadline, created_at, updated_at, updated_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $4) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.recordedByOrganizationId,
      input.userId,
      input.program,
      input.crimeDate,
      input.filedOn,
      input.status,
      input.amountRequestedCents,
      input.amountPaidCents,
      input.reminderDeadline,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

/** Saves the next version; false when `version` is no longer the current one (nothing saved). */
export async function updateCompensationClaim(
  db: Queryable,
  input: ClaimFields & {
    readonly id: string;
    readonly version: number;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE compensation_claims SET program = $3, crime_date = $4, filed_on = $5, status = $6,
       amount_requested_cents = $7, amount_paid_cents = $8, reminder_deadline = $9,
       version = version + 1, updated_at = $10, updated_by_user_id = $11
     WHERE id = $1 AND version = $2 RETURNING id`,
    [
      input.id,
      input.version,
      input.program,
      input.crimeDate,
      input.filedOn,
      input.status,
      input.amountRequestedCents,
      input.amountPaidCents,
      input.reminderDeadline,
      input.now,
      input.userId,
    ],
  );
  return rows.length > 0;
}

export async function setClaimReminderTask(db: Queryable, id: string, taskId: string) {
  await db.query(`UPDATE compensation_claims SET reminder_task_id = $2 WHERE id = $1`, [
    id,
    taskId,
  ]);
}

export async function unsafeFindCompensationClaim(
  db: Queryable,
  id: string,
): Promise<CompensationClaim | null> {
  const [row] = await db.query<ClaimRow>(`${SELECT_CLAIM} WHERE c.id = $1`, [id]);
  return row ? toClaim(row) : null;
}

export async function unsafeListCompensationClaims(
  db: Queryable,
  youthId: string,
): Promise<CompensationClaim[]> {
  const rows = await db.query<ClaimRow>(
    `${SELECT_CLAIM} WHERE c.youth_id = $1 ORDER BY c.crime_date DESC, c.created_at DESC`,
    [youthId],
  );
  return rows.map(toClaim);
}

// The dashboards' figures (docs/REPORTS.md, "Dashboards"), counted in SQL: work queues of a county
// and its accounts, grouped in the database; no youth, name or case number leaves it.
import type { Queryable } from '../database.js';

/** Open tasks of the county, with their due instant and the assignee organization's name. */
export async function openTaskClocks(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ dueAt: Date; organization: string; n: number }[]> {
  const rows = await db.query<{ due_at: Date; organization: string; n: number }>(
    `SELECT t.due_at, o.name AS organization, count(*)::int AS n FROM tasks t
     JOIN organizations o ON o.id = t.assignee_organization_id
     WHERE t.jurisdiction_id = $1 AND t.status = 'open'
     GROUP BY t.due_at, o.name`,
    [jurisdictionId],
  );
  return rows.map((r) => ({ dueAt: new Date(r.due_at), organization: r.organization, n: r.n }));
}

/** Referrals sent and not answered yet, per receiving agency, and how many are past due. */
export async function referralsWaiting(
  db: Queryable,
  jurisdictionId: string,
  now: Date,
): Promise<{ organization: string; waiting: number; overdue: number }[]> {
  return db.query(
    `SELECT o.name AS organization, count(*)::int AS waiting,
       count(*) FILTER (WHERE r.due_at < $2)::int AS overdue
     FROM referrals r JOIN organizations o ON o.id = r.receiver_organization_id
     WHERE r.jurisdiction_id = $1 AND r.status = 'sent'
     GROUP BY o.name ORDER BY o.name`,
    [jurisdictionId, now],
  );
}

/** The county's directory services that keep capacity: open places, places, and services full. */
export async function countyCapacity(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ services: number; available: number; maximum: number; full: number }> {
  const [row] = await db.query<{
    services: number;
    available: number;
    maximum: number;
    full: number;
  }>(
    `SELECT count(*)::int AS services, coalesce(sum(p.capacity_available), 0)::int AS available,
       coalesce(sum(p.capacity_maximum), 0)::int AS maximum,
       count(*) FILTER (WHERE p.capacity_available = 0)::int AS full
     FROM directory_service_profiles p
     JOIN hsds_records r ON r.kind = 'service' AND r.id = p.service_id
     WHERE r.owner_jurisdiction_id = $1 AND p.capacity_available IS NOT NULL`,
    [jurisdictionId],
  );
  return row ?? { services: 0, available: 0, maximum: 0, full: 0 };
}

/** Active accounts of the county per role, with and without a second factor. */
export async function accountsByRole(
  db: Queryable,
  jurisdictionId: string,
): Promise<{ role: string; withMfa: number; withoutMfa: number }[]> {
  return db.query(
    `SELECT role, count(*) FILTER (WHERE u.mfa_enabled)::int AS "withMfa",
       count(*) FILTER (WHERE NOT u.mfa_enabled)::int AS "withoutMfa"
     FROM users u CROSS JOIN LATERAL unnest(u.roles) AS role
     WHERE u.jurisdiction_id = $1 AND u.active GROUP BY role ORDER BY role`,
    [jurisdictionId],
  );
}

/** Accounts of the county: active, inactive, and waiting under the sign-in throttle now. */
export async function accountStates(
  db: Queryable,
  jurisdictionId: string,
  now: Date,
): Promise<{ active: number; inactive: number; locked: number; mfaEnrolled: number }> {
  const [row] = await db.query<{
    active: number;
    inactive: number;
    locked: number;
    mfaEnrolled: number;
  }>(
    `SELECT count(*) FILTER (WHERE active)::int AS active,
       count(*) FILTER (WHERE NOT active)::int AS inactive,
       count(*) FILTER (WHERE active AND locked_until > $2)::int AS locked,
       count(*) FILTER (WHERE active AND mfa_enabled)::int AS "mfaEnrolled"
     FROM users WHERE jurisdiction_id = $1`,
    [jurisdictionId, now],
  );
  return row ?? { active: 0, inactive: 0, locked: 0, mfaEnrolled: 0 };
}

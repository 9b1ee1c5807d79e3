// Court seals of cases (migration 0033; docs/CONFIDENTIALITY.md, "Sealed cases"). The access
// module weighs the seal in force as one of the case's facts (`SEAL_IN_FORCE_COLUMN`, loaded with
// the rest); lists that do not decide row by row through the module leave sealed cases out in
// SQL with `notSealed`. The order numbers are stored sealed; the service opens them.
import type { CaseSealFacts, SealCourtRole } from '../../domain/case-seal.js';
import type { Queryable } from '../database.js';

/**
 * The seal in force of the case whose id is `youthIdColumn`, as a select-list column (`seal`, JSON
 * or null): a row read with it (a task, say) carries its case's seal to the rule that decides it.
 */
export const sealInForceColumn = (youthIdColumn: string): string => `
       (SELECT row_to_json(s) FROM (
          SELECT court_organization_id, roles_allowed, order_date::text AS order_date
            FROM case_seals WHERE youth_id = ${youthIdColumn} AND unsealed_at IS NULL) s) AS seal`;

/**
 * The seal in force of youth $1, for src/db/repositories/case-grants.ts: opening a case reads it
 * in the same statement as its grants.
 */
export const SEAL_IN_FORCE_COLUMN = sealInForceColumn('$1');

export interface SealInForceRow {
  court_organization_id: string;
  roles_allowed: SealCourtRole[];
  order_date: string;
}

export const toSealFacts = (row: SealInForceRow | null): SealFacts | null =>
  row
    ? {
        courtOrganizationId: row.court_organization_id,
        rolesAllowed: row.roles_allowed,
        orderDate: row.order_date,
      }
    : null;

/** The seal as the access module weighs it, and the day of its order (a lifting order's floor). */
export interface SealFacts extends CaseSealFacts {
  readonly orderDate: string;
}

/**
 * A SQL condition: the case whose id is `youthIdColumn` has no seal in force. For lists, agendas,
 * inboxes and exports that show cases without asking the access module row by row.
 */
export function notSealed(youthIdColumn: string): string {
  return `NOT EXISTS (SELECT 1 FROM case_seals cs
    WHERE cs.youth_id = ${youthIdColumn} AND cs.unsealed_at IS NULL)`;
}

export async function findSealInForce(db: Queryable, youthId: string): Promise<SealFacts | null> {
  const [row] = await db.query<{ seal: SealInForceRow | null }>(`SELECT ${SEAL_IN_FORCE_COLUMN}`, [
    youthId,
  ]);
  return toSealFacts(row?.seal ?? null);
}

/** The seal in force with its order, for the court's view of it; the number is still sealed. */
export interface StoredSeal extends SealFacts {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly orderNumberSealed: string;
  readonly orderKeyVersion: number;
  readonly sealedAt: Date;
  readonly sealedByName: string;
}

export async function unsafeFindStoredSeal(
  db: Queryable,
  youthId: string,
): Promise<StoredSeal | null> {
  const [row] = await db.query<{
    id: string;
    jurisdiction_id: string;
    court_organization_id: string;
    roles_allowed: SealCourtRole[];
    order_number_sealed: string;
    order_key_version: number;
    order_date: string;
    sealed_at: Date;
    sealed_by_name: string;
  }>(
    `SELECT s.id, s.jurisdiction_id, s.court_organization_id, s.roles_allowed,
       s.order_number_sealed, s.order_key_version, s.order_date::text AS order_date, s.sealed_at,
       u.display_name AS sealed_by_name
     FROM case_seals s JOIN users u ON u.id = s.sealed_by_user_id
     WHERE s.youth_id = $1 AND s.unsealed_at IS NULL`,
    [youthId],
  );
  if (!row) return null;
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    courtOrganizationId: row.court_organization_id,
    rolesAllowed: row.roles_allowed,
    orderNumberSealed: row.order_number_sealed,
    orderKeyVersion: row.order_key_version,
    orderDate: row.order_date,
    sealedAt: row.sealed_at,
    sealedByName: row.sealed_by_name,
  };
}

export async function insertSeal(
  db: Queryable,
  input: {
    readonly id: string;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly courtOrganizationId: string;
    readonly rolesAllowed: readonly SealCourtRole[];
    readonly orderNumberSealed: string;
    readonly keyVersion: number;
    readonly orderDate: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO case_seals (id, jurisdiction_id, youth_id, court_organization_id, roles_allowed,
       order_number_sealed, order_key_version, order_date, sealed_by_user_id, sealed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      input.id,
      input.jurisdictionId,
      input.youthId,
      input.courtOrganizationId,
      input.rolesAllowed,
      input.orderNumberSealed,
      input.keyVersion,
      input.orderDate,
      input.userId,
      input.now,
    ],
  );
}

/** Lifts the seal in force; whether there was one (two courts lifting at once: one wins). */
export async function liftSeal(
  db: Queryable,
  input: {
    readonly sealId: string;
    readonly orderNumberSealed: string;
    readonly keyVersion: number;
    readonly orderDate: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE case_seals SET unseal_order_number_sealed = $2, unseal_key_version = $3,
       unseal_order_date = $4, unsealed_by_user_id = $5, unsealed_at = $6
     WHERE id = $1 AND unsealed_at IS NULL RETURNING id`,
    [
      input.sealId,
      input.orderNumberSealed,
      input.keyVersion,
      input.orderDate,
      input.userId,
      input.now,
    ],
  );
  return rows.length > 0;
}

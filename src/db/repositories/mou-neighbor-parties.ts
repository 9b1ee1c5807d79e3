// Organizations of other counties on an agreement (migration 0018): proposals and answers.
import type { Queryable } from '../database.js';
import type { NeighborPartyStatus } from '../../domain/neighbor-parties.js';

export async function findNeighborPartyStatus(
  db: Queryable,
  mouId: string,
  organizationId: string,
): Promise<NeighborPartyStatus | null> {
  const [row] = await db.query<{ status: NeighborPartyStatus }>(
    'SELECT status FROM mou_neighbor_parties WHERE mou_id = $1 AND organization_id = $2',
    [mouId, organizationId],
  );
  return row?.status ?? null;
}

/** Counties whose organizations are proposed or accepted on the agreement: they see it. */
export async function neighborJurisdictionsOf(db: Queryable, mouId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT organization_jurisdiction_id AS id FROM mou_neighbor_parties
     WHERE mou_id = $1 AND status IN ('proposed', 'accepted')`,
    [mouId],
  );
  return rows.map((r) => r.id);
}

/** False when a proposal for the organization already exists (two proposers at once). */
export async function insertNeighborParty(
  db: Queryable,
  input: {
    readonly mou: { readonly id: string; readonly jurisdictionId: string };
    readonly organization: { readonly id: string; readonly jurisdictionId: string };
    readonly userId: string;
    readonly now: Date;
  },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO mou_neighbor_parties (mou_id, mou_jurisdiction_id, organization_id,
       organization_jurisdiction_id, proposed_at, proposed_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING mou_id`,
    [
      input.mou.id,
      input.mou.jurisdictionId,
      input.organization.id,
      input.organization.jurisdictionId,
      input.now,
      input.userId,
    ],
  );
  return rows.length === 1;
}

/** Takes back a proposal not yet answered; false when it was answered meanwhile. */
export async function withdrawNeighborParty(
  db: Queryable,
  input: { readonly mouId: string; readonly organizationId: string },
): Promise<boolean> {
  const rows = await db.query(
    `DELETE FROM mou_neighbor_parties
     WHERE mou_id = $1 AND organization_id = $2 AND status = 'proposed' RETURNING mou_id`,
    [input.mouId, input.organizationId],
  );
  return rows.length === 1;
}

/** False when the proposal was answered meanwhile (two answers at once). */
export async function answerNeighborParty(
  db: Queryable,
  input: {
    readonly mouId: string;
    readonly organizationId: string;
    readonly status: Exclude<NeighborPartyStatus, 'proposed'>;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE mou_neighbor_parties SET status = $3, answered_at = $4, answered_by_user_id = $5
     WHERE mou_id = $1 AND organization_id = $2 AND status = 'proposed' RETURNING mou_id`,
    [input.mouId, input.organizationId, input.status, input.now, input.userId],
  );
  return rows.length === 1;
}

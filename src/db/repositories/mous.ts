import type { Queryable } from '../database.js';
import { assignments } from '../sql.js';
import type { StandingAcceptance } from '../../domain/agreements.js';
import type { NeighborPartyStatus } from '../../domain/neighbor-parties.js';
import type { DataCategory } from '../../domain/vocabulary.js';

/** An information-sharing agreement: which categories may flow among its parties, when, why. */
export interface Mou {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly title: string;
  readonly purpose: string;
  readonly categories: DataCategory[];
  readonly organizationIds: string[];
  readonly startsOn: string;
  readonly endsOn: string | null;
  /** Set by each holder for itself, never by whoever manages the agreement. */
  readonly standingAcceptances: StandingAcceptance[];
  readonly jurisdictionName: string;
  /** Organizations of other counties proposed, accepted or declined (migration 0018). */
  readonly neighborParties: NeighborParty[];
}

/** An organization of another county on an agreement, with where it stands. */
export interface NeighborParty {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly jurisdictionId: string;
  readonly jurisdictionName: string;
  readonly status: NeighborPartyStatus;
  readonly proposedAt: string;
  readonly answeredAt: string | null;
}

export interface MouRow {
  id: string;
  jurisdiction_id: string;
  title: string;
  purpose: string;
  categories: DataCategory[];
  organization_ids: string[];
  starts_on: string;
  ends_on: string | null;
  standing: { holder: string; recipients: string[]; categories: DataCategory[] }[] | null;
  jurisdiction_name: string;
  neighbors: NeighborParty[] | null;
}

/** An agreement's row: `toMou` reads it (or its JSON). */
export const MOU_SELECT = `SELECT m.id, m.jurisdiction_id, m.title, m.purpose, m.categories, m.starts_on, m.ends_on,
    COALESCE((SELECT array_agg(p.organization_id::text ORDER BY p.organization_id)
              FROM mou_parties p WHERE p.mou_id = m.id), '{}') AS organization_ids,
    (SELECT json_agg(json_build_object('holder', s.holder_organization_id,
       'recipients', s.recipient_organization_ids, 'categories', s.categories)
       ORDER BY s.holder_organization_id)
     FROM mou_standing_acceptances s WHERE s.mou_id = m.id) AS standing,
    (SELECT j.name FROM jurisdictions j WHERE j.id = m.jurisdiction_id) AS jurisdiction_name,
    (SELECT json_agg(json_build_object('organizationId', n.organization_id,
       'organizationName', o.name, 'jurisdictionId', n.organization_jurisdiction_id,
       'jurisdictionName', j.name, 'status', n.status,
       'proposedAt', to_char(n.proposed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'answeredAt', to_char(n.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
       ORDER BY j.name, o.name)
     FROM mou_neighbor_parties n
     JOIN organizations o ON o.id = n.organization_id
     JOIN jurisdictions j ON j.id = n.organization_jurisdiction_id
     WHERE n.mou_id = m.id) AS neighbors
  FROM mous m`;

export const toMou = (row: MouRow): Mou => ({
  id: row.id,
  jurisdictionId: row.jurisdiction_id,
  title: row.title,
  purpose: row.purpose,
  categories: row.categories,
  organizationIds: row.organization_ids,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  standingAcceptances: (row.standing ?? []).map((x) => ({
    holderOrganizationId: x.holder,
    recipientOrganizationIds: x.recipients,
    categories: x.categories,
  })),
  jurisdictionName: row.jurisdiction_name,
  neighborParties: row.neighbors ?? [],
});

export async function findMou(db: Queryable, id: string): Promise<Mou | null> {
  const [row] = await db.query<MouRow>(`${MOU_SELECT} WHERE m.id = $1`, [id]);
  return row ? toMou(row) : null;
}

export async function listMous(db: Queryable, jurisdictionId: string): Promise<Mou[]> {
  const rows = await db.query<MouRow>(
    `${MOU_SELECT} WHERE m.jurisdiction_id = $1 ORDER BY m.starts_on DESC, m.title`,
    [jurisdictionId],
  );
  return rows.map(toMou);
}

/**
 * A county's agreements and those of other counties where one of its organizations is proposed
 * or accepted as a neighbor party (read-only for it); its own first. Not for access decisions:
 * those read `listMous`, the county's own agreements.
 */
export async function listMousSeenBy(db: Queryable, jurisdictionId: string): Promise<Mou[]> {
  const rows = await db.query<MouRow>(
    `${MOU_SELECT} WHERE m.jurisdiction_id = $1 OR EXISTS (SELECT 1 FROM mou_neighbor_parties n
       WHERE n.mou_id = m.id AND n.organization_jurisdiction_id = $1
       AND n.status IN ('proposed', 'accepted'))
     ORDER BY (m.jurisdiction_id = $1) DESC, m.starts_on DESC, m.title`,
    [jurisdictionId],
  );
  return rows.map(toMou);
}

export type MouFields = Omit<
  Mou,
  'id' | 'jurisdictionId' | 'standingAcceptances' | 'jurisdictionName' | 'neighborParties'
>;

async function replaceParties(
  db: Queryable,
  mou: { id: string; jurisdictionId: string },
  organizationIds: readonly string[],
) {
  await db.query('DELETE FROM mou_parties WHERE mou_id = $1', [mou.id]);
  await db.query(
    `INSERT INTO mou_parties (mou_id, jurisdiction_id, organization_id)
     SELECT $1, $2, unnest($3::uuid[])`,
    [mou.id, mou.jurisdictionId, organizationIds],
  );
}

export async function insertMou(
  db: Queryable,
  jurisdictionId: string,
  input: MouFields,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO mous (jurisdiction_id, title, purpose, categories, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [jurisdictionId, input.title, input.purpose, input.categories, input.startsOn, input.endsOn],
  );
  const id = (row as { id: string }).id;
  await replaceParties(db, { id, jurisdictionId }, input.organizationIds);
  return id;
}

const COLUMNS = {
  title: 'title',
  purpose: 'purpose',
  categories: 'categories',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
} as const;

export async function updateMou(
  db: Queryable,
  mou: { readonly id: string; readonly jurisdictionId: string },
  changes: Partial<MouFields>,
): Promise<string[]> {
  const set = assignments(changes, COLUMNS, 2);
  await db.query(`UPDATE mous SET ${set.sql} WHERE id = $1`, [mou.id, ...set.params]);
  if (changes.organizationIds) {
    await replaceParties(db, mou, changes.organizationIds);
    await pruneStandingAcceptances(db, mou.id);
    return [...set.fields, 'organizationIds'];
  }
  return set.fields;
}

/**
 * Sets (or, with no categories, clears) a holder's standing acceptance on an agreement. A party
 * that leaves the agreement takes its standing acceptance with it.
 */
export async function saveStandingAcceptance(
  db: Queryable,
  input: {
    readonly mou: { readonly id: string; readonly jurisdictionId: string };
    readonly holderOrganizationId: string;
    readonly recipientOrganizationIds: readonly string[];
    readonly categories: readonly DataCategory[];
    readonly userId: string;
    readonly now: Date;
  },
): Promise<void> {
  if (input.categories.length === 0 || input.recipientOrganizationIds.length === 0) {
    await db.query(
      'DELETE FROM mou_standing_acceptances WHERE mou_id = $1 AND holder_organization_id = $2',
      [input.mou.id, input.holderOrganizationId],
    );
    return;
  }
  await db.query(
    `INSERT INTO mou_standing_acceptances (mou_id, jurisdiction_id, holder_organization_id,
       recipient_organization_ids, categories, set_by_user_id, set_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (mou_id, holder_organization_id) DO UPDATE SET
       recipient_organization_ids = EXCLUDED.recipient_organization_ids,
       categories = EXCLUDED.categories, set_by_user_id = EXCLUDED.set_by_user_id,
       set_at = EXCLUDED.set_at`,
    [
      input.mou.id,
      input.mou.jurisdictionId,
      input.holderOrganizationId,
      input.recipientOrganizationIds,
      input.categories,
      input.userId,
      input.now,
    ],
  );
}

/** Parties that leave an agreement lose their standing acceptances on it. */
export async function pruneStandingAcceptances(db: Queryable, mouId: string): Promise<void> {
  await db.query(
    `DELETE FROM mou_standing_acceptances s WHERE s.mou_id = $1 AND NOT EXISTS
       (SELECT 1 FROM mou_parties p WHERE p.mou_id = s.mou_id
        AND p.organization_id = s.holder_organization_id)`,
    [mouId],
  );
}

// Moving a duplicate record's rows onto the survivor (docs/CONFIDENTIALITY.md, "Merging a
// duplicate"). SQL only; the service decides first, and runs all of this in one transaction.
import type { Queryable } from '../database.js';

/**
 * What a merge does with every column that names a youth, table by table. The test
 * test/api/record-lifecycle.test.ts reads information_schema and fails when a column naming a
 * youth is missing here, so a table added later is decided, not forgotten.
 * - `moves`: every row of the duplicate now belongs to the survivor, as it was written.
 * - `joins`: at most one per youth; the survivor's row takes in the duplicate's (see why).
 * - `stays`: the row belongs to the record it was written on (see why).
 * - `follows`: kept by the database from other rows (triggers); it moves when they move.
 */
export const YOUTH_COLUMNS_ON_MERGE: Readonly<
  Record<string, { readonly fate: 'moves' | 'joins' | 'stays' | 'follows'; readonly why: string }>
> = {
  'case_events.youth_id': { fate: 'moves', why: 'what happened to her' },
  'case_documents.youth_id': {
    fate: 'moves',
    why: 'sealed bound to the document, not the record; the service weighs them like notes first (privileged ones as privileged notes)',
  },
  'case_notes.youth_id': { fate: 'moves', why: 'a correction links by note id, not by record' },
  'certification_requests.youth_id': { fate: 'moves', why: 'her legal matters, with their tasks' },
  'compensation_claims.youth_id': { fate: 'moves', why: 'her legal matters, with their tasks' },
  'consents.youth_id': {
    fate: 'moves',
    why: 'her releases travel with the data they release; the service first refuses a merge they would widen (consent_releases follow by consent id)',
  },
  'legal_bases.youth_id': { fate: 'moves', why: 'as consents' },
  'identified_victim_custody_events.youth_id': { fate: 'moves', why: 'custody notices' },
  'mandated_reports.youth_id': { fate: 'moves', why: 'a report made stays made' },
  'non_criminalization_notices.youth_id': { fate: 'moves', why: 'with their events' },
  'notifications.youth_id': { fate: 'moves', why: 'a notice leads to the record that lives on' },
  'privilege_disclosures.youth_id': {
    fate: 'moves',
    why: 'with the privileged notes they cover; the service first refuses one whose period would reach the other record',
  },
  'privileged_notes.youth_id': {
    fate: 'moves',
    why: 'sealed again by the service, since the seal is bound to the note and its record',
  },
  'protocol_firings.youth_id': { fate: 'moves', why: 'with the events that fired them' },
  'protective_orders.youth_id': { fate: 'moves', why: 'who must not come near her' },
  'hearings.youth_id': { fate: 'moves', why: 'with the hearing events recorded with them' },
  'referrals.youth_id': { fate: 'moves', why: 'her services' },
  'safety_plans.youth_id': { fate: 'moves', why: 'with their versions and step tasks' },
  'screenings.youth_id': { fate: 'moves', why: 'results and the re-screen schedule' },
  'tasks.youth_id': { fate: 'moves', why: 'open clocks keep running on the survivor' },
  'verified_contacts.youth_id': { fate: 'moves', why: 'who may take her' },
  'structured_records.youth_id': {
    fate: 'moves',
    why: 'addresses, phones, placements, schools: sealed bound to the entry and its county, not the record; held like notes of their category',
  },
  'youth_people.youth_id': { fate: 'moves', why: 'the people around her' },
  'missing_episodes.youth_id': {
    fate: 'moves',
    why: 'one open episode per youth: the service refuses while both records have one open',
  },
  'case_team_members.youth_id': {
    fate: 'joins',
    why: "one current place per organization and person: a place already on the survivor's team is ended on the duplicate (kept as history), the others move",
  },
  'case_service_plans.youth_id': {
    fate: 'joins',
    why: "one plan per youth: the survivor's takes in the duplicate's needs and excluded services, and 'exploited' over 'at risk'; the duplicate's own row stays as it was",
  },
  'missing_profiles.youth_id': {
    fate: 'joins',
    why: "one profile per youth: the duplicate's moves when the survivor has none (its photo sealed again by the service, since the seal names the youth), else stays on the tombstone (a photo's consent was given for that profile)",
  },
  'break_glass_grants.youth_id': {
    fate: 'stays',
    why: "a person's 60 minutes on that record; moved, it would open the survivor's data",
  },
  'youth_identity_corrections.youth_id': {
    fate: 'stays',
    why: "the duplicate's identity stays on its tombstone, held by whoever opened it; its sealed history is bound to it",
  },
  'youth_status_changes.youth_id': { fate: 'stays', why: "each record's own history" },
  'protocol_jobs.held_for_youth_id': {
    fate: 'stays',
    why: 'jobs held while a court seal hides the record (migration 0042); a sealed record is never merged, so none can be held for either side',
  },
  'case_seals.youth_id': {
    fate: 'stays',
    why: "a court sealed that record; moved, the seal would hide the survivor's data from its team",
  },
  'retention_purges.youth_id': {
    fate: 'stays',
    why: "what was purged of that record, and when; the survivor's own data was not purged",
  },
  'mdt_agenda_items.youth_id': {
    fate: 'stays',
    why: 'the meeting reviewed that record; its minutes are read through its own team, so a merge opens none',
  },
  'mdt_minutes.youth_id': { fate: 'stays', why: 'as the agenda item' },
  'mdt_decisions.youth_id': { fate: 'stays', why: 'its task moves with the tasks' },
  'youth_merges.survivor_youth_id': { fate: 'stays', why: 'the merge itself' },
  'youth_merges.duplicate_youth_id': { fate: 'stays', why: 'the merge itself' },
  'identification_reach.youth_id': {
    fate: 'follows',
    why: 'kept by the database from the identification events (migration 0046): it moves when they do',
  },
  'youth.merged_into_youth_id': {
    fate: 'stays',
    why: 'a record merged earlier into the duplicate keeps pointing to it; reading follows the chain',
  },
};

/** The tables whose rows move as they are (`moves`, privileged notes aside: sealed again). */
const MOVED_AS_WRITTEN = Object.entries(YOUTH_COLUMNS_ON_MERGE)
  .filter(([column, { fate }]) => fate === 'moves' && column !== 'privileged_notes.youth_id')
  .map(([column]) => column.split('.')[0] ?? '');

export interface MergeMove {
  readonly fromYouthId: string;
  readonly toYouthId: string;
  readonly userId: string;
  readonly now: Date;
}

/** Whether both records have a missing episode open: one child is missing once. */
export async function bothMissingOpen(db: Queryable, a: string, b: string): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(DISTINCT youth_id)::int AS n FROM missing_episodes
     WHERE youth_id IN ($1, $2) AND ended_at IS NULL`,
    [a, b],
  );
  return (row?.n ?? 0) === 2;
}

async function count(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  const rows = await db.query<{ id: unknown }>(`${sql} RETURNING 1 AS id`, params);
  return rows.length;
}

/** Moves every row that moves or joins; returns how many of each kind moved (no content). */
export async function moveYouthRows(
  db: Queryable,
  move: MergeMove,
): Promise<Record<string, number>> {
  const { fromYouthId: from, toYouthId: to } = move;
  const moved: Record<string, number> = {};
  for (const table of MOVED_AS_WRITTEN) {
    moved[table] = await count(db, `UPDATE ${table} SET youth_id = $2 WHERE youth_id = $1`, [
      from,
      to,
    ]);
  }
  // A place already on the survivor's team ends on the duplicate; the rest move.
  await db.query(
    `UPDATE case_team_members d SET removed_at = $3, removed_by_user_id = $4
     WHERE d.youth_id = $1 AND d.removed_at IS NULL AND EXISTS (
       SELECT 1 FROM case_team_members s WHERE s.youth_id = $2 AND s.removed_at IS NULL
         AND s.organization_id = d.organization_id
         AND s.user_id IS NOT DISTINCT FROM d.user_id)`,
    [from, to, move.now, move.userId],
  );
  moved.case_team_members = await count(
    db,
    'UPDATE case_team_members SET youth_id = $2 WHERE youth_id = $1 AND removed_at IS NULL',
    [from, to],
  );
  moved.case_service_plans = await joinServicePlan(db, move);
  moved.missing_profiles = await count(
    db,
    `UPDATE missing_profiles SET youth_id = $2 WHERE youth_id = $1
       AND NOT EXISTS (SELECT 1 FROM missing_profiles WHERE youth_id = $2)`,
    [from, to],
  );
  return moved;
}

async function joinServicePlan(db: Queryable, move: MergeMove): Promise<number> {
  const { fromYouthId: from, toYouthId: to } = move;
  const joined = await count(
    db,
    `UPDATE case_service_plans s SET
       needs = ARRAY(SELECT DISTINCT unnest(s.needs || d.needs)),
       excluded_organization_ids =
         ARRAY(SELECT DISTINCT unnest(s.excluded_organization_ids || d.excluded_organization_ids)),
       history = CASE WHEN 'exploited' IN (s.history, d.history) THEN 'exploited' ELSE s.history END,
       updated_at = $3
     FROM case_service_plans d WHERE s.youth_id = $2 AND d.youth_id = $1`,
    [from, to, move.now],
  );
  if (joined > 0) return joined;
  return count(db, 'UPDATE case_service_plans SET youth_id = $2 WHERE youth_id = $1', [from, to]);
}

/** A privileged note on its new record, sealed again for it (the seal names the record). */
export async function movePrivilegedNote(
  db: Queryable,
  input: {
    readonly id: string;
    readonly toYouthId: string;
    readonly bodySealed: string;
    readonly keyVersion: number;
  },
): Promise<void> {
  await db.query(
    'UPDATE privileged_notes SET youth_id = $2, body_sealed = $3, key_version = $4 WHERE id = $1',
    [input.id, input.toYouthId, input.bodySealed, input.keyVersion],
  );
}

export async function insertMerge(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly survivorId: string;
    readonly duplicateId: string;
    readonly reason: string;
    readonly moved: Record<string, number>;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO youth_merges (jurisdiction_id, survivor_youth_id, duplicate_youth_id, reason, moved,
       merged_by_user_id, merged_by_organization_id, merged_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      input.jurisdictionId,
      input.survivorId,
      input.duplicateId,
      input.reason,
      JSON.stringify(input.moved),
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
}

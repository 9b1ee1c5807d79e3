// What the recorder of an arrest attempt or charging step was shown (docs/PROTOCOL.md,
// Non-criminalization), and the counts the reports read. Codes and ids only.
import type { Queryable } from '../database.js';

export async function insertNonCriminalizationNotice(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly eventId: string;
    readonly decision: 'covered' | 'consider_victim_status';
    readonly offenseCode: string;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO non_criminalization_notices (jurisdiction_id, youth_id, event_id, decision,
       offense_code, shown_to_user_id, shown_to_organization_id, shown_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.eventId,
      input.decision,
      input.offenseCode,
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into non_criminalization_notices returned nothing');
  return row.id;
}

export interface IdentifiedVictimCounts {
  /** Arrest attempts of youth identified as victims at or before the attempt. */
  readonly arrestAttempts: number;
  /** Of those, the ones for an offense the legal profile covers. */
  readonly arrestAttemptsCovered: number;
  readonly chargingSteps: number;
  readonly detentions: number;
}

/**
 * Counts for the reports (issue "Reports"): arrest attempts, charging steps and detentions of
 * youth already identified as victims, that happened in [from, to) in a jurisdiction. Counts only;
 * the report applies its small-cell suppression on top.
 */
export async function countIdentifiedVictimCustodyEvents(
  db: Queryable,
  jurisdictionId: string,
  from: Date,
  to: Date,
): Promise<IdentifiedVictimCounts> {
  const [row] = await db.query<{
    arrests: number;
    arrests_covered: number;
    charging: number;
    detentions: number;
  }>(
    `SELECT count(*) FILTER (WHERE type = 'arrest_attempt')::int AS arrests,
       count(*) FILTER (WHERE type = 'arrest_attempt' AND covered)::int AS arrests_covered,
       count(*) FILTER (WHERE type = 'charging')::int AS charging,
       count(*) FILTER (WHERE type = 'detention')::int AS detentions
     FROM identified_victim_custody_events
     WHERE jurisdiction_id = $1 AND occurred_at >= $2 AND occurred_at < $3`,
    [jurisdictionId, from, to],
  );
  return {
    arrestAttempts: row?.arrests ?? 0,
    arrestAttemptsCovered: row?.arrests_covered ?? 0,
    chargingSteps: row?.charging ?? 0,
    detentions: row?.detentions ?? 0,
  };
}

// Case events as recorded. Reads are unfiltered (`unsafe...`): the service decides each row
// through the access module before anything leaves it.
import type { Queryable } from '../database.js';
import type { EventDetails, EventType } from '../../domain/case-events.js';
import type { DataCategory } from '../../domain/vocabulary.js';

export interface CaseEvent {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly type: EventType;
  readonly category: DataCategory;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  readonly details: EventDetails;
  readonly recordedByUserId: string;
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
}

interface EventRow {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  type: EventType;
  category: DataCategory;
  occurred_at: Date;
  recorded_at: Date;
  details: EventDetails;
  recorded_by_user_id: string;
  recorded_by_name: string;
  recorded_by_organization_id: string;
  recorded_by_organization_name: string;
}

const SELECT = `SELECT e.id, e.jurisdiction_id, e.youth_id, e.type, e.category, e.occurred_at,
    e.recorded_at, e.details, e.recorded_by_user_id, u.display_name AS recorded_by_name,
    e.recorded_by_organization_id, o.name AS recorded_by_organization_name
  FROM case_events e
  JOIN users u ON u.id = e.recorded_by_user_id
  JOIN organizations o ON o.id = e.recorded_by_organization_id`;

const toEvent = (r: EventRow): CaseEvent => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  type: r.type,
  category: r.category,
  occurredAt: r.occurred_at,
  recordedAt: r.recorded_at,
  details: r.details,
  recordedByUserId: r.recorded_by_user_id,
  recordedByName: r.recorded_by_name,
  recordedByOrganizationId: r.recorded_by_organization_id,
  recordedByOrganizationName: r.recorded_by_organization_name,
});

export async function insertCaseEvent(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly type: EventType;
    readonly category: DataCategory;
    readonly occurredAt: Date;
    readonly details: EventDetails;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO case_events (jurisdiction_id, youth_id, type, category, occurred_at, recorded_at,
       details, recorded_by_user_id, recorded_by_organization_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.type,
      input.category,
      input.occurredAt,
      input.now,
      JSON.stringify(input.details),
      input.userId,
      input.organizationId,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

/** Every event on the case, oldest first, unfiltered. */
export async function unsafeListCaseEvents(db: Queryable, youthId: string): Promise<CaseEvent[]> {
  const rows = await db.query<EventRow>(
    `${SELECT} WHERE e.youth_id = $1 ORDER BY e.occurred_at, e.recorded_at, e.id`,
    [youthId],
  );
  return rows.map(toEvent);
}

export async function unsafeFindCaseEvent(db: Queryable, id: string): Promise<CaseEvent | null> {
  const [row] = await db.query<EventRow>(`${SELECT} WHERE e.id = $1`, [id]);
  return row ? toEvent(row) : null;
}

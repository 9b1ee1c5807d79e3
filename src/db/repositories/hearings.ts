// Hearings on a case, and the rows a court calendar weighs. SQL only; the services decide.
import { notSealed } from './case-seals.js';
import type { Queryable } from '../database.js';
import type { HearingType } from '../../domain/hearings.js';

export interface Hearing {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly eventId: string;
  readonly startsAt: Date;
  readonly court: string;
  readonly hearingJurisdictionId: string;
  readonly hearingJurisdictionName: string;
  readonly type: HearingType;
  readonly youthTestifies: boolean;
  readonly attendingOrganizationIds: readonly string[];
  readonly recordedByName: string;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly createdAt: Date;
}

interface Row {
  id: string;
  jurisdiction_id: string;
  youth_id: string;
  case_number: string;
  event_id: string;
  starts_at: Date;
  court: string;
  hearing_jurisdiction_id: string;
  hearing_jurisdiction_name: string;
  type: HearingType;
  youth_testifies: boolean;
  attending_organization_ids: string[];
  user_name: string;
  recorded_by_organization_id: string;
  organization_name: string;
  created_at: Date;
}

const SELECT = `SELECT h.id, h.jurisdiction_id, h.youth_id, y.case_number, h.event_id, h.starts_at,
    h.court, h.hearing_jurisdiction_id, j.name AS hearing_jurisdiction_name, h.type,
    h.youth_testifies, h.attending_organization_ids, u.display_name AS user_name,
    h.recorded_by_organization_id, o.name AS organization_name, h.created_at
  FROM hearings h
  JOIN youth y ON y.id = h.youth_id
  JOIN jurisdictions j ON j.id = h.hearing_jurisdiction_id
  JOIN users u ON u.id = h.recorded_by_user_id
  JOIN organizations o ON o.id = h.recorded_by_organization_id`;

const toHearing = (r: Row): Hearing => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  youthId: r.youth_id,
  caseNumber: r.case_number,
  eventId: r.event_id,
  startsAt: r.starts_at,
  court: r.court,
  hearingJurisdictionId: r.hearing_jurisdiction_id,
  hearingJurisdictionName: r.hearing_jurisdiction_name,
  type: r.type,
  youthTestifies: r.youth_testifies,
  attendingOrganizationIds: r.attending_organization_ids,
  recordedByName: r.user_name,
  recordedByOrganizationId: r.recorded_by_organization_id,
  recordedByOrganizationName: r.organization_name,
  createdAt: r.created_at,
});

/** Every hearing on the case, whoever recorded it: pass each through the access module. */
export async function unsafeListHearings(db: Queryable, youthId: string): Promise<Hearing[]> {
  const rows = await db.query<Row>(`${SELECT} WHERE h.youth_id = $1 ORDER BY h.starts_at, h.id`, [
    youthId,
  ]);
  return rows.map(toHearing);
}

/**
 * The hearings a calendar may list, narrowed in SQL to a necessary condition of the rule
 * (src/domain/hearings.ts): cases of the caller's county its organization is on, or (for the
 * court) hearings held in the caller's county. The service asks the rule of every row.
 */
export async function unsafeCalendarCandidates(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly organizationId: string;
    readonly includeHeldHere: boolean;
    readonly from: Date;
    readonly to: Date;
  },
): Promise<Hearing[]> {
  const rows = await db.query<Row>(
    `${SELECT}
     WHERE h.starts_at >= $3 AND h.starts_at < $4
       AND y.status <> 'merged' AND ${notSealed('h.youth_id')}
       AND ((h.jurisdiction_id = $1 AND EXISTS (SELECT 1 FROM case_team_members m
              WHERE m.youth_id = h.youth_id AND m.organization_id = $2 AND m.removed_at IS NULL))
         OR ($5 AND h.hearing_jurisdiction_id = $1))
     ORDER BY h.starts_at, h.id`,
    [input.jurisdictionId, input.organizationId, input.from, input.to, input.includeHeldHere],
  );
  return rows.map(toHearing);
}

export async function insertHearing(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly eventId: string;
    readonly startsAt: Date;
    readonly court: string;
    readonly hearingJurisdictionId: string;
    readonly type: HearingType;
    readonly youthTestifies: boolean;
    readonly attendingOrganizationIds: readonly string[];
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO hearings (jurisdiction_id, youth_id, event_id, starts_at, court,
       hearing_jurisdiction_id, type, youth_testifies, attending_organization_ids,
       recorded_by_user_id, recorded_by_organization_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.eventId,
      input.startsAt,
      input.court,
      input.hearingJurisdictionId,
      input.type,
      input.youthTestifies,
      [...input.attendingOrganizationIds],
      input.userId,
      input.organizationId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into hearings returned nothing');
  return row.id;
}

// Screening instruments a county loaded, the screenings administered, and the county's
// re-screen schedule (docs/SCREENING.md). Screenings are read unfiltered here (`unsafe...`);
// the service decides each through the access module before anything leaves it.
import type { Queryable } from '../database.js';
import type { Instrument, InstrumentDefinition } from '../../domain/screening.js';
import {
  DEFAULT_SCREENING_SCHEDULE,
  screeningScheduleSchema,
  type ScreeningSchedule,
} from '../../domain/screening-schedule.js';

export interface StoredInstrument extends Instrument {
  readonly importedAt: Date | null;
  readonly importedByName: string | null;
}

/** Every version of every instrument the county imported, newest version of each key first. */
export async function listImportedInstruments(
  db: Queryable,
  jurisdictionId: string,
): Promise<StoredInstrument[]> {
  const rows = await db.query<{
    version: number;
    definition: InstrumentDefinition;
    imported_at: Date;
    imported_by_name: string;
  }>(
    `SELECT i.version, i.definition, i.imported_at, u.display_name AS imported_by_name
     FROM screening_instruments i JOIN users u ON u.id = i.imported_by_user_id
     WHERE i.jurisdiction_id = $1 ORDER BY i.key, i.version DESC`,
    [jurisdictionId],
  );
  return rows.map((r) => ({
    ...r.definition,
    version: r.version,
    importedAt: r.imported_at,
    importedByName: r.imported_by_name,
  }));
}

/**
 * Stores a definition as the key's next version. The county's row is locked first, so two
 * imports of one key at once become versions n+1 and n+2, never two n+1.
 */
export async function insertInstrumentVersion(
  tx: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly definition: InstrumentDefinition;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<{ id: string; version: number }> {
  await tx.query(`SELECT id FROM jurisdictions WHERE id = $1 FOR UPDATE`, [input.jurisdictionId]);
  const [last] = await tx.query<{ version: number | null }>(
    `SELECT max(version) AS version FROM screening_instruments
     WHERE jurisdiction_id = $1 AND key = $2`,
    [input.jurisdictionId, input.definition.key],
  );
  const version = (last?.version ?? 0) + 1;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO screening_instruments (jurisdiction_id, key, version, definition,
       imported_by_user_id, imported_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      input.jurisdictionId,
      input.definition.key,
      version,
      JSON.stringify(input.definition),
      input.userId,
      input.now,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return { id: row.id, version };
}

export interface StoredScreening {
  readonly id: string;
  readonly youthId: string;
  readonly instrumentKey: string;
  readonly instrumentVersion: number;
  readonly language: string;
  readonly answers: Record<string, unknown>;
  readonly score: number;
  readonly threshold: number;
  readonly positive: boolean;
  readonly administeredAt: Date;
  readonly recordedAt: Date;
  readonly administeredByName: string;
  readonly administeredByOrganizationId: string;
  readonly administeredByOrganizationName: string;
}

export async function insertScreening(
  tx: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly instrumentKey: string;
    readonly instrumentVersion: number;
    readonly language: string;
    readonly answers: Readonly<Record<string, unknown>>;
    readonly score: number;
    readonly threshold: number;
    readonly positive: boolean;
    readonly administeredAt: Date;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO screenings (jurisdiction_id, youth_id, instrument_key, instrument_version,
       language, answers, score, threshold, positive, administered_at, recorded_at,
       administered_by_user_id, administered_by_organization_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      input.jurisdictionId,
      input.youthId,
      input.instrumentKey,
      input.instrumentVersion,
      input.language,
      JSON.stringify(input.answers),
      input.score,
      input.threshold,
      input.positive,
      input.administeredAt,
      input.now,
      input.userId,
      input.organizationId,
    ],
  );
  if (!row) throw new Error('INSERT returned no row');
  return row.id;
}

/** Every screening of the youth, newest first, unfiltered: the service decides each. */
export async function unsafeListScreenings(
  db: Queryable,
  youthId: string,
): Promise<StoredScreening[]> {
  const rows = await db.query<{
    id: string;
    youth_id: string;
    instrument_key: string;
    instrument_version: number;
    language: string;
    answers: Record<string, unknown>;
    score: number;
    threshold: number;
    positive: boolean;
    administered_at: Date;
    recorded_at: Date;
    administered_by_name: string;
    administered_by_organization_id: string;
    administered_by_organization_name: string;
  }>(
    `SELECT s.id, s.youth_id, s.instrument_key, s.instrument_version, s.language, s.answers,
       s.score, s.threshold, s.positive, s.administered_at, s.recorded_at,
       u.display_name AS administered_by_name, s.administered_by_organization_id,
       o.name AS administered_by_organization_name
     FROM screenings s
     JOIN users u ON u.id = s.administered_by_user_id
     JOIN organizations o ON o.id = s.administered_by_organization_id
     WHERE s.youth_id = $1 ORDER BY s.administered_at DESC, s.id`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    instrumentKey: r.instrument_key,
    instrumentVersion: r.instrument_version,
    language: r.language,
    answers: r.answers,
    score: r.score,
    threshold: r.threshold,
    positive: r.positive,
    administeredAt: r.administered_at,
    recordedAt: r.recorded_at,
    administeredByName: r.administered_by_name,
    administeredByOrganizationId: r.administered_by_organization_id,
    administeredByOrganizationName: r.administered_by_organization_name,
  }));
}

/** A screening as the case timeline shows it: the result and who, never the answers or score. */
export interface ScreeningDone {
  readonly id: string;
  readonly instrumentKey: string;
  readonly instrumentVersion: number;
  readonly positive: boolean;
  readonly administeredAt: Date;
  readonly administeredByName: string;
  readonly administeredByOrganizationId: string;
  readonly administeredByOrganizationName: string;
}

/** Every screening of the youth by metadata only, unfiltered: the timeline decides each. */
export async function unsafeListScreeningsDone(
  db: Queryable,
  youthId: string,
): Promise<ScreeningDone[]> {
  const rows = await db.query<{
    id: string;
    instrument_key: string;
    instrument_version: number;
    positive: boolean;
    administered_at: Date;
    administered_by_name: string;
    administered_by_organization_id: string;
    administered_by_organization_name: string;
  }>(
    `SELECT s.id, s.instrument_key, s.instrument_version, s.positive, s.administered_at,
       u.display_name AS administered_by_name, s.administered_by_organization_id,
       o.name AS administered_by_organization_name
     FROM screenings s
     JOIN users u ON u.id = s.administered_by_user_id
     JOIN organizations o ON o.id = s.administered_by_organization_id
     WHERE s.youth_id = $1 ORDER BY s.administered_at DESC, s.id`,
    [youthId],
  );
  return rows.map((r) => ({
    id: r.id,
    instrumentKey: r.instrument_key,
    instrumentVersion: r.instrument_version,
    positive: r.positive,
    administeredAt: r.administered_at,
    administeredByName: r.administered_by_name,
    administeredByOrganizationId: r.administered_by_organization_id,
    administeredByOrganizationName: r.administered_by_organization_name,
  }));
}

/** When the youth was last screened, by anyone: the periodic clock counts from it. */
export async function lastScreenedAt(db: Queryable, youthId: string): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | null }>(
    `SELECT max(administered_at) AS at FROM screenings WHERE youth_id = $1`,
    [youthId],
  );
  return row?.at ?? null;
}

export async function findScreeningSchedule(
  db: Queryable,
  jurisdictionId: string,
): Promise<ScreeningSchedule> {
  const [row] = await db.query<{ schedule: unknown }>(
    `SELECT schedule FROM screening_schedules WHERE jurisdiction_id = $1`,
    [jurisdictionId],
  );
  if (!row) return DEFAULT_SCREENING_SCHEDULE;
  return screeningScheduleSchema.parse(row.schedule);
}

export async function saveScreeningSchedule(
  tx: Queryable,
  jurisdictionId: string,
  schedule: ScreeningSchedule,
  userId: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO screening_schedules (jurisdiction_id, schedule, updated_at, updated_by_user_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (jurisdiction_id) DO UPDATE SET schedule = EXCLUDED.schedule,
       updated_at = EXCLUDED.updated_at, updated_by_user_id = EXCLUDED.updated_by_user_id`,
    [jurisdictionId, JSON.stringify(schedule), now, userId],
  );
}

/** Whether an open screening task waits on the youth's case: one is enough at a time. */
export async function hasOpenScreeningTask(db: Queryable, youthId: string): Promise<boolean> {
  const [row] = await db.query<{ open: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM tasks WHERE youth_id = $1 AND kind = 'screening'
       AND status = 'open') AS open`,
    [youthId],
  );
  return row?.open ?? false;
}

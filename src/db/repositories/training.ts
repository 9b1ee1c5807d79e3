// Training courses and completions (docs/TRAINING.md): SQL only, rows to plain objects.
import type { Queryable } from '../database.js';
import type { Role } from '../../domain/vocabulary.js';

export interface TrainingCourse {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly title: string;
  readonly topic: string;
  readonly hours: number;
  readonly validityMonths: number | null;
  readonly createdAt: Date;
  /** Retired: no new completion; recorded ones stay in force until they lapse. */
  readonly retiredAt: Date | null;
}

interface CourseRow {
  id: string;
  jurisdiction_id: string;
  title: string;
  topic: string;
  hours: number;
  validity_months: number | null;
  created_at: Date;
  retired_at: Date | null;
}

const COURSE_SELECT = `SELECT id, jurisdiction_id, title, topic, hours::float8 AS hours,
    validity_months, created_at, retired_at FROM training_courses`;

const toCourse = (r: CourseRow): TrainingCourse => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  title: r.title,
  topic: r.topic,
  hours: r.hours,
  validityMonths: r.validity_months,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

export async function listCourses(
  db: Queryable,
  jurisdictionId: string,
): Promise<TrainingCourse[]> {
  const rows = await db.query<CourseRow>(
    `${COURSE_SELECT} WHERE jurisdiction_id = $1 ORDER BY title`,
    [jurisdictionId],
  );
  return rows.map(toCourse);
}

/** A course of the jurisdiction, or null (another county's course is as unknown as none). */
export async function findCourse(
  db: Queryable,
  jurisdictionId: string,
  id: string,
): Promise<TrainingCourse | null> {
  const [row] = await db.query<CourseRow>(
    `${COURSE_SELECT} WHERE jurisdiction_id = $1 AND id = $2`,
    [jurisdictionId, id],
  );
  return row ? toCourse(row) : null;
}

/** Inserts a course; null when the county already has one of that title. */
export async function insertCourse(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly title: string;
    readonly topic: string;
    readonly hours: number;
    readonly validityMonths: number | null;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO training_courses (jurisdiction_id, title, topic, hours, validity_months,
       created_by_user_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (jurisdiction_id, title) DO NOTHING RETURNING id`,
    [
      input.jurisdictionId,
      input.title,
      input.topic,
      input.hours,
      input.validityMonths,
      input.userId,
      input.now,
    ],
  );
  return row?.id ?? null;
}

/**
 * Changes a course's title, topic, hours or validity; 'title_taken' when the county has another
 * course of the new title. Recorded completions keep their hours and lapse day (migration 0039).
 */
export async function updateCourse(
  db: Queryable,
  jurisdictionId: string,
  id: string,
  fields: {
    readonly title: string;
    readonly topic: string;
    readonly hours: number;
    readonly validityMonths: number | null;
  },
): Promise<'updated' | 'title_taken'> {
  const [taken] = await db.query<{ id: string }>(
    'SELECT id FROM training_courses WHERE jurisdiction_id = $1 AND title = $2 AND id <> $3',
    [jurisdictionId, fields.title, id],
  );
  if (taken) return 'title_taken';
  await db.query(
    `UPDATE training_courses SET title = $3, topic = $4, hours = $5, validity_months = $6
     WHERE jurisdiction_id = $1 AND id = $2`,
    [jurisdictionId, id, fields.title, fields.topic, fields.hours, fields.validityMonths],
  );
  return 'updated';
}

export async function retireCourse(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly id: string;
    readonly userId: string;
    readonly now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE training_courses SET retired_at = $3, retired_by_user_id = $4
     WHERE jurisdiction_id = $1 AND id = $2 AND retired_at IS NULL`,
    [input.jurisdictionId, input.id, input.now, input.userId],
  );
}

/** Deletes a course no completion names; false when one does (retire it instead). */
export async function deleteUnusedCourse(
  db: Queryable,
  jurisdictionId: string,
  id: string,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM training_courses c WHERE c.jurisdiction_id = $1 AND c.id = $2
       AND NOT EXISTS (SELECT 1 FROM training_completions t WHERE t.course_id = c.id)
     RETURNING c.id`,
    [jurisdictionId, id],
  );
  return rows.length > 0;
}

export interface TrainingCompletion {
  readonly id: string;
  readonly jurisdictionId: string;
  readonly userId: string;
  readonly courseId: string;
  readonly courseTitle: string;
  readonly hours: number;
  readonly completedOn: string;
  readonly lapsesOn: string | null;
  readonly evidence: string;
  readonly recordedByUserId: string;
  readonly recordedByName: string;
  readonly recordedAt: Date;
}

interface CompletionRow {
  id: string;
  jurisdiction_id: string;
  user_id: string;
  course_id: string;
  course_title: string;
  hours: number;
  completed_on: string;
  lapses_on: string | null;
  evidence: string;
  recorded_by_user_id: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const COMPLETION_SELECT = `SELECT t.id, t.jurisdiction_id, t.user_id, t.course_id,
    c.title AS course_title, t.hours::float8 AS hours, to_char(t.completed_on, 'YYYY-MM-DD') AS completed_on,
    to_char(t.lapses_on, 'YYYY-MM-DD') AS lapses_on, t.evidence, t.recorded_by_user_id,
    r.display_name AS recorded_by_name, t.recorded_at
  FROM training_completions t
  JOIN training_courses c ON c.id = t.course_id
  JOIN users r ON r.id = t.recorded_by_user_id`;

const toCompletion = (r: CompletionRow): TrainingCompletion => ({
  id: r.id,
  jurisdictionId: r.jurisdiction_id,
  userId: r.user_id,
  courseId: r.course_id,
  courseTitle: r.course_title,
  hours: r.hours,
  completedOn: r.completed_on,
  lapsesOn: r.lapses_on,
  evidence: r.evidence,
  recordedByUserId: r.recorded_by_user_id,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
});

export async function insertCompletion(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly userId: string;
    readonly courseId: string;
    /** The course's hours when recorded: a later edit of the course does not change them. */
    readonly hours: number;
    readonly completedOn: string;
    readonly lapsesOn: string | null;
    readonly evidence: string;
    readonly recordedByUserId: string;
    readonly now: Date;
  },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO training_completions (jurisdiction_id, user_id, course_id, hours, completed_on,
       lapses_on, evidence, recorded_by_user_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.jurisdictionId,
      input.userId,
      input.courseId,
      input.hours,
      input.completedOn,
      input.lapsesOn,
      input.evidence,
      input.recordedByUserId,
      input.now,
    ],
  );
  if (!row) throw new Error('insert into training_completions returned nothing');
  return row.id;
}

export async function findCompletion(
  db: Queryable,
  id: string,
): Promise<TrainingCompletion | null> {
  const [row] = await db.query<CompletionRow>(`${COMPLETION_SELECT} WHERE t.id = $1`, [id]);
  return row ? toCompletion(row) : null;
}

/** Every completion of the given people, oldest first. */
export async function listCompletionsOf(
  db: Queryable,
  userIds: readonly string[],
): Promise<TrainingCompletion[]> {
  if (userIds.length === 0) return [];
  const rows = await db.query<CompletionRow>(
    `${COMPLETION_SELECT} WHERE t.user_id = ANY($1::uuid[]) ORDER BY t.completed_on, t.recorded_at`,
    [userIds],
  );
  return rows.map(toCompletion);
}

/** Whether a newer completion of the same course by the same person exists (a renewal). */
export async function renewedSince(
  db: Queryable,
  completion: TrainingCompletion,
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM training_completions
     WHERE user_id = $1 AND course_id = $2 AND id <> $3
       AND (completed_on > $4 OR (completed_on = $4 AND recorded_at > $5))
     LIMIT 1`,
    [
      completion.userId,
      completion.courseId,
      completion.id,
      completion.completedOn,
      completion.recordedAt,
    ],
  );
  return rows.length > 0;
}

/** A person as the training screens show them. */
export interface TrainingPersonRow {
  readonly userId: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
  /** The account's email is that of an active point person of its own organization. */
  readonly pointPerson: boolean;
}

interface PersonRow {
  id: string;
  jurisdiction_id: string;
  organization_id: string;
  organization_name: string;
  display_name: string;
  roles: Role[];
  active: boolean;
  point_person: boolean;
}

const PERSON_SELECT = `SELECT u.id, u.jurisdiction_id, u.organization_id,
    o.name AS organization_name, u.display_name, u.roles, u.active,
    EXISTS (SELECT 1 FROM point_persons p
            WHERE p.organization_id = u.organization_id AND p.active
              AND lower(p.email) = lower(u.email)) AS point_person
  FROM users u JOIN organizations o ON o.id = u.organization_id`;

const toPerson = (r: PersonRow): TrainingPersonRow => ({
  userId: r.id,
  jurisdictionId: r.jurisdiction_id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  name: r.display_name,
  roles: r.roles,
  active: r.active,
  pointPerson: r.point_person,
});

export async function findTrainingPerson(
  db: Queryable,
  userId: string,
): Promise<TrainingPersonRow | null> {
  const [row] = await db.query<PersonRow>(`${PERSON_SELECT} WHERE u.id = $1`, [userId]);
  return row ? toPerson(row) : null;
}

/**
 * The active accounts of a jurisdiction (of one organization when given) that can hold
 * training: administrators, who hold no other role, are left out.
 */
export async function listTrainingPeople(
  db: Queryable,
  jurisdictionId: string,
  organizationId: string | null,
): Promise<TrainingPersonRow[]> {
  const rows = await db.query<PersonRow>(
    `${PERSON_SELECT}
     WHERE u.jurisdiction_id = $1 AND u.active AND NOT ('administrator' = ANY(u.roles))
       AND ($2::uuid IS NULL OR u.organization_id = $2)
     ORDER BY o.name, u.display_name`,
    [jurisdictionId, organizationId],
  );
  return rows.map(toPerson);
}

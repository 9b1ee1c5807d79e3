// The county's training courses (docs/TRAINING.md): everyone of the county reads them (the
// oversight analyst too: courses say nothing of a youth); the coordinator adds, edits, retires
// and deletes them. Another county's course is as unknown as none. An edit never reaches a
// recorded completion: it keeps the hours and lapse day it was recorded with.
import { decideCourseManage } from '../../../domain/training.js';
import {
  deleteUnusedCourse,
  findCourse,
  insertCourse,
  listCourses,
  retireCourse as markRetired,
  updateCourse,
  type TrainingCourse,
} from '../../../db/repositories/training.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';

export type CourseView = Omit<TrainingCourse, 'jurisdictionId' | 'createdAt'>;

const viewOf = (course: TrainingCourse): CourseView => ({
  id: course.id,
  title: course.title,
  topic: course.topic,
  hours: course.hours,
  validityMonths: course.validityMonths,
  retiredAt: course.retiredAt,
});

export async function readCourses(
  app: AppServices,
  request: RequestContext,
): Promise<CourseView[]> {
  const actor = requireActor(request);
  return (await listCourses(app.db, actor.jurisdictionId)).map(viewOf);
}

export interface CourseInput {
  readonly title: string;
  readonly topic: string;
  readonly hours: number;
  readonly validityMonths: number | null;
}

export async function createCourse(
  app: AppServices,
  request: RequestContext,
  input: CourseInput,
): Promise<CourseView> {
  const actor = requireActor(request);
  await enforce(app, request, decideCourseManage(actor), {
    action: 'training.course_create',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
  });
  const now = app.clock.now();
  const fields = { ...input, title: input.title.trim(), topic: input.topic.trim() };
  const id = await app.db.transaction(async (tx) => {
    const courseId = await insertCourse(tx, {
      ...fields,
      jurisdictionId: actor.jurisdictionId,
      userId: actor.userId,
      now,
    });
    if (!courseId) {
      throw conflict('course_exists', 'The county already has a course of that title.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'training.course_create',
      outcome: 'allowed',
      targetType: 'training_course',
      targetId: courseId,
      details: { hours: input.hours, validityMonths: input.validityMonths },
    });
    return courseId;
  });
  return { id, ...fields, retiredAt: null };
}

/** The coordinator's right, then the course of the caller's county (another's: 404). */
async function managedCourse(
  app: AppServices,
  request: RequestContext,
  id: string,
  action: 'training.course_update' | 'training.course_retire' | 'training.course_delete',
): Promise<TrainingCourse> {
  const actor = requireActor(request);
  await enforce(app, request, decideCourseManage(actor), {
    action,
    targetType: 'training_course',
    targetId: id,
  });
  const course = await findCourse(app.db, actor.jurisdictionId, id);
  if (!course) throw notFound('The course');
  return course;
}

/** Edits a course; what is not given stays. Recorded completions keep their hours and lapse day. */
export async function editCourse(
  app: AppServices,
  request: RequestContext,
  id: string,
  input: Partial<CourseInput>,
): Promise<CourseView> {
  const course = await managedCourse(app, request, id, 'training.course_update');
  const fields = {
    title: input.title?.trim() ?? course.title,
    topic: input.topic?.trim() ?? course.topic,
    hours: input.hours ?? course.hours,
    validityMonths:
      input.validityMonths === undefined ? course.validityMonths : input.validityMonths,
  };
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (key) => fields[key] !== course[key],
  );
  await app.db.transaction(async (tx) => {
    const outcome = await updateCourse(tx, course.jurisdictionId, course.id, fields);
    if (outcome === 'title_taken') {
      throw conflict('course_exists', 'The county already has a course of that title.');
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'training.course_update',
      outcome: 'allowed',
      targetType: 'training_course',
      targetId: course.id,
      details: { changed, hours: fields.hours, validityMonths: fields.validityMonths },
    });
  });
  return viewOf({ ...course, ...fields });
}

/**
 * Retires a course: it takes no new completion, and the recorded ones stay in force until they
 * lapse. Retiring a retired course changes nothing and answers it as it is.
 */
export async function retireCourse(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<CourseView> {
  const course = await managedCourse(app, request, id, 'training.course_retire');
  if (course.retiredAt !== null) return viewOf(course);
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    await markRetired(tx, {
      jurisdictionId: course.jurisdictionId,
      id: course.id,
      userId: requireActor(request).userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'training.course_retire',
      outcome: 'allowed',
      targetType: 'training_course',
      targetId: course.id,
      details: {},
    });
  });
  return viewOf({ ...course, retiredAt: now });
}

/** Deletes a course no completion names; one that has any is retired instead (409). */
export async function deleteCourse(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<void> {
  const course = await managedCourse(app, request, id, 'training.course_delete');
  await app.db.transaction(async (tx) => {
    if (!(await deleteUnusedCourse(tx, course.jurisdictionId, course.id))) {
      throw conflict(
        'course_has_completions',
        'Completions of this course are recorded: retire it instead of deleting it.',
      );
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'training.course_delete',
      outcome: 'allowed',
      targetType: 'training_course',
      targetId: course.id,
      details: {},
    });
  });
}

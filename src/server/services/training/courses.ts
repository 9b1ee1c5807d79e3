// The county's training courses (docs/TRAINING.md): everyone of the county reads them (the
// oversight analyst too: courses say nothing of a youth); the coordinator adds them.
import { decideCourseManage } from '../../../domain/training.js';
import {
  insertCourse,
  listCourses,
  type TrainingCourse,
} from '../../../db/repositories/training.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { conflict } from '../../errors.js';
import { enforce, requireActor } from '../authorize.js';

export type CourseView = Omit<TrainingCourse, 'jurisdictionId' | 'createdAt'>;

const viewOf = (course: TrainingCourse): CourseView => ({
  id: course.id,
  title: course.title,
  topic: course.topic,
  hours: course.hours,
  validityMonths: course.validityMonths,
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
  return { id, ...fields };
}

// Training completions (docs/TRAINING.md): recorded by the person's own organization's
// supervisor or the coordinator, never by the person; read by the person, that supervisor and
// the coordinator. Every record, read and refusal is audited; another county's person is as
// unknown as none.
import type { Actor } from '../../../domain/actor.js';
import { localDate } from '../../../domain/legal-profile.js';
import { isIsoDate, startOfLocalDay } from '../../../domain/local-time.js';
import {
  courseStanding,
  decideCompletionRecord,
  decideTrainingRead,
  governingCompletions,
  hoursInForce,
  isSupervisorOf,
  lapseDay,
  personStanding,
  warningDay,
  type CourseStanding,
} from '../../../domain/training.js';
import type { Queryable } from '../../../db/database.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import {
  findCourse,
  findTrainingPerson,
  insertCompletion,
  listCompletionsOf,
  listTrainingPeople,
  type TrainingCompletion,
  type TrainingPersonRow,
} from '../../../db/repositories/training.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { auditDenial, requireActor } from '../authorize.js';

export interface CompletionView {
  readonly id: string;
  readonly courseId: string;
  readonly courseTitle: string;
  readonly hours: number;
  readonly completedOn: string;
  readonly lapsesOn: string | null;
  readonly evidence: string;
  readonly recordedByName: string;
  readonly recordedAt: Date;
  /** `renewed`: a newer completion of the same course speaks for it now. */
  readonly standing: CourseStanding | 'renewed';
}

export interface PersonTrainingView {
  readonly userId: string;
  readonly name: string;
  readonly organizationId: string;
  readonly organizationName: string;
  /** Null: no completion recorded. */
  readonly standing: CourseStanding | null;
  readonly hoursInForce: number;
  readonly mayRecord: boolean;
  readonly completions: readonly CompletionView[];
}

export interface TrainingPeopleView {
  /** The county's day the standings are for. */
  readonly today: string;
  readonly minimumTrainingHours: number;
  /** The caller first, then the people whose training the caller reads. */
  readonly people: readonly PersonTrainingView[];
}

async function countyToday(db: Queryable, jurisdictionId: string, now: Date) {
  const profile = await findLegalProfile(db, jurisdictionId);
  return { profile, today: localDate(now, profile.timeZone) };
}

function viewPerson(
  person: TrainingPersonRow,
  completions: readonly TrainingCompletion[],
  today: string,
  mayRecord: boolean,
): PersonTrainingView {
  const governing = new Set(governingCompletions(completions, today).map((c) => c.id));
  return {
    userId: person.userId,
    name: person.name,
    organizationId: person.organizationId,
    organizationName: person.organizationName,
    standing: personStanding(completions, today),
    hoursInForce: hoursInForce(completions, today),
    mayRecord,
    completions: [...completions].reverse().map((c) => ({
      id: c.id,
      courseId: c.courseId,
      courseTitle: c.courseTitle,
      hours: c.hours,
      completedOn: c.completedOn,
      lapsesOn: c.lapsesOn,
      evidence: c.evidence,
      recordedByName: c.recordedByName,
      recordedAt: c.recordedAt,
      standing: governing.has(c.id) ? courseStanding(c, today) : 'renewed',
    })),
  };
}

/** The people whose training the caller reads: themselves, their organization's, the county's. */
export async function readTrainingPeople(
  app: AppServices,
  request: RequestContext,
): Promise<TrainingPeopleView> {
  const actor = requireActor(request);
  const self = await findTrainingPerson(app.db, actor.userId);
  if (!self) throw notFound('Your account');
  const supervisor = isSupervisorOf(self, actor.organizationId);
  const candidates = actor.roles.includes('coordinator')
    ? await listTrainingPeople(app.db, actor.jurisdictionId, null)
    : supervisor
      ? await listTrainingPeople(app.db, actor.jurisdictionId, actor.organizationId)
      : [];
  const people = [self, ...candidates.filter((p) => p.userId !== self.userId)].filter(
    (person) => decideTrainingRead(actor, person, supervisor).allowed,
  );
  const [{ profile, today }, completions] = await Promise.all([
    countyToday(app.db, actor.jurisdictionId, app.clock.now()),
    listCompletionsOf(
      app.db,
      people.map((p) => p.userId),
    ),
  ]);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'training.read',
    outcome: 'allowed',
    targetType: 'jurisdiction',
    targetId: actor.jurisdictionId,
    details: { view: 'people', people: people.length },
  });
  return {
    today,
    minimumTrainingHours: profile.minimumTrainingHours,
    people: people.map((person) =>
      viewPerson(
        person,
        completions.filter((c) => c.userId === person.userId),
        today,
        decideCompletionRecord(actor, person, supervisor).allowed,
      ),
    ),
  };
}

export interface CompletionInput {
  readonly userId: string;
  readonly courseId: string;
  readonly completedOn: string;
  readonly evidence: string;
}

async function supervisorStanding(db: Queryable, actor: Actor, organizationId: string) {
  return isSupervisorOf(await findTrainingPerson(db, actor.userId), organizationId);
}

/** Records a completion (a renewal when the person already has one of the course). */
export async function recordCompletion(
  app: AppServices,
  request: RequestContext,
  input: CompletionInput,
): Promise<PersonTrainingView> {
  const actor = requireActor(request);
  const person = await findTrainingPerson(app.db, input.userId);
  if (!person) throw notFound('The person');
  const decision = decideCompletionRecord(
    actor,
    person,
    await supervisorStanding(app.db, actor, person.organizationId),
  );
  if (!decision.allowed) {
    await auditDenial(app, request, decision.reason, {
      action: 'training.completion_record',
      targetType: 'user',
      targetId: person.userId,
    });
    if (decision.code === 'other_jurisdiction') throw notFound('The person');
    throw forbidden(decision.code, `Not allowed: ${decision.reason}.`);
  }
  const course = await findCourse(app.db, actor.jurisdictionId, input.courseId);
  if (!course) throw badRequest('unknown_course', 'The county has no such training course.');
  if (course.retiredAt !== null) {
    throw conflict('course_retired', 'The course is retired: it takes no new completion.');
  }
  const now = app.clock.now();
  const { profile, today } = await countyToday(app.db, actor.jurisdictionId, now);
  if (!isIsoDate(input.completedOn)) {
    throw badRequest('invalid_date', 'completedOn must be a calendar day, YYYY-MM-DD.');
  }
  if (input.completedOn > today) {
    throw badRequest('completed_in_future', 'A completion is recorded once it happened.');
  }
  const lapsesOn = lapseDay(input.completedOn, course.validityMonths);
  const evidence = input.evidence.trim();
  await app.db.transaction(async (tx) => {
    const id = await insertCompletion(tx, {
      jurisdictionId: actor.jurisdictionId,
      userId: person.userId,
      courseId: course.id,
      hours: course.hours,
      completedOn: input.completedOn,
      lapsesOn,
      evidence,
      recordedByUserId: actor.userId,
      now,
    });
    // The warning 30 days before; a completion already within 30 days is warned at the next
    // round of the jobs, one already lapsed not at all (it is history, recorded late).
    if (lapsesOn !== null && lapsesOn > today) {
      await scheduleJob(tx, {
        jurisdictionId: actor.jurisdictionId,
        kind: 'training.expiry',
        targetId: id,
        runAt: startOfLocalDay(warningDay(lapsesOn), profile.timeZone),
      });
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'training.completion_record',
      outcome: 'allowed',
      targetType: 'training_completion',
      targetId: id,
      details: {
        userId: person.userId,
        courseId: course.id,
        completedOn: input.completedOn,
        lapsesOn,
      },
    });
  });
  const completions = await listCompletionsOf(app.db, [person.userId]);
  return viewPerson(person, completions, today, true);
}

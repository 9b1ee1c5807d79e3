// The county's re-screen schedule at work (docs/SCREENING.md): a case opened, an identification
// (a suspicion), a periodic clock give a `screening` task on the protocol's own tasks and jobs,
// which the next completed screening closes. On return from missing the protocol's rules
// (returned-debrief) give the re-screen, so the schedule does not give a second one.
import type { Queryable } from '../../../db/database.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { countyLeadOrganizations } from '../../../db/repositories/notifications.js';
import { listHolidays } from '../../../db/repositories/protocol.js';
import {
  findScreeningSchedule,
  hasOpenScreeningTask,
  lastScreenedAt,
  saveScreeningSchedule,
} from '../../../db/repositories/screenings.js';
import { insertEscalation, insertTask } from '../../../db/repositories/tasks.js';
import { unsafeFindYouth, type Youth } from '../../../db/repositories/youth.js';
import type { CountyCalendar } from '../../../domain/protocol.js';
import {
  scheduleHas,
  screeningDue,
  screeningScheduleSchema,
  TRIGGER_REASONS,
  type ScreeningSchedule,
  type ScreeningTrigger,
} from '../../../domain/screening-schedule.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { notifyCalledOut } from '../cases/notify.js';
import { authorizeAdmin } from '../authorize.js';
import { loadCountyProtocol, organizationOfType, type GivenTask } from '../protocol/engine.js';
import { describeInstant } from '../protocol/recipients.js';

export const SCREENING_TASK_TITLE = 'Screen for exploitation';

async function countyCalendar(db: Queryable, jurisdictionId: string): Promise<CountyCalendar> {
  const { timeZone } = await findLegalProfile(db, jurisdictionId);
  const holidays = await listHolidays(db, jurisdictionId);
  return { timeZone, holidays: holidays.map((h) => h.day) };
}

/** A day number, so each periodic cycle of a youth has its own job (kind, target, step). */
const dayNumber = (instant: Date) => Math.floor(instant.getTime() / 86_400_000);

/**
 * Schedules the periodic re-screen from the last screening (or the case's opening), when the
 * county's schedule has one. Each cycle is its own job; a job whose cycle a later screening
 * replaced finds so when it runs and does nothing.
 */
export async function schedulePeriodicScreening(
  tx: Queryable,
  youth: Pick<Youth, 'id' | 'jurisdictionId' | 'createdAt'>,
): Promise<void> {
  const schedule = await findScreeningSchedule(tx, youth.jurisdictionId);
  if (schedule.periodicDays === null) return;
  const from = (await lastScreenedAt(tx, youth.id)) ?? youth.createdAt;
  const due = screeningDue(
    schedule,
    { kind: 'periodic', lastScreenedAt: from },
    await countyCalendar(tx, youth.jurisdictionId),
  );
  if (!due) return;
  await scheduleJob(tx, {
    jurisdictionId: youth.jurisdictionId,
    kind: 'screening.periodic',
    targetId: youth.id,
    step: dayNumber(due.opensAt),
    runAt: due.opensAt,
  });
}

/**
 * Gives the case a screening task for a trigger, when the county's schedule has one for it and
 * no screening task is open already (one is enough: the next screening closes it). The task goes
 * to the schedule's organization type as the protocol assigns one (on the team, else the
 * county's partner, else its first), else the coordinator; at due it escalates to the
 * coordinator. Returns the task as the recorder may know it.
 */
export async function giveScreeningTask(
  tx: Queryable,
  app: AppServices,
  context: AuditContext,
  input: {
    readonly youth: Pick<Youth, 'id' | 'jurisdictionId' | 'caseNumber'>;
    readonly trigger: ScreeningTrigger;
    readonly eventId: string | null;
    readonly now: Date;
  },
): Promise<GivenTask | null> {
  const { youth, now } = input;
  const schedule = await findScreeningSchedule(tx, youth.jurisdictionId);
  // Most counties screen on few triggers: nothing more is loaded for one that is off.
  if (!scheduleHas(schedule, input.trigger.kind)) return null;
  const profile = await findLegalProfile(tx, youth.jurisdictionId);
  const county = await loadCountyProtocol(tx, youth.jurisdictionId, profile);
  const due = screeningDue(schedule, input.trigger, county.calendar);
  if (!due) return null;
  if (await hasOpenScreeningTask(tx, youth.id)) return null;
  const team = [...new Set((await listTeam(tx, youth.id)).map((m) => m.organizationId))];
  let assignee = organizationOfType(schedule.assigneeOrganizationType, county, team);
  if (!assignee) {
    const [lead] = await countyLeadOrganizations(tx, youth.jurisdictionId);
    assignee = county.organizations.find((o) => o.id === lead) ?? null;
  }
  if (!assignee) return null;
  const taskId = await insertTask(tx, {
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    eventId: input.eventId,
    firingId: null,
    actionIndex: null,
    kind: 'screening',
    planType: null,
    title: SCREENING_TASK_TITLE,
    reason: TRIGGER_REASONS[input.trigger.kind],
    assigneeOrganizationId: assignee.id,
    where: null,
    callPointPersonId: null,
    dueAt: due.dueAt,
    now,
  });
  await scheduleJob(tx, {
    jurisdictionId: youth.jurisdictionId,
    kind: 'task.due',
    targetId: taskId,
    runAt: due.dueAt,
  });
  await insertEscalation(tx, {
    jurisdictionId: youth.jurisdictionId,
    taskId,
    step: 0,
    dueAt: due.dueAt,
    recipient: { kind: 'coordinator' },
  });
  await scheduleJob(tx, {
    jurisdictionId: youth.jurisdictionId,
    kind: 'task.escalate',
    targetId: taskId,
    step: 0,
    runAt: due.dueAt,
  });
  await notifyCalledOut(tx, assignee.id, {
    content: {
      code: 'task.assigned',
      params: {
        caseNumber: youth.caseNumber,
        task: SCREENING_TASK_TITLE,
        dueAt: due.dueAt.toISOString(),
      },
    },
    jurisdictionId: youth.jurisdictionId,
    youthId: youth.id,
    text: `New task: ${SCREENING_TASK_TITLE} (case ${youth.caseNumber}), due ${describeInstant(due.dueAt, county.calendar.timeZone)}.`,
    now,
  });
  await appendAuditEvent(tx, context, {
    action: 'screening.task',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youth.id,
    details: { trigger: input.trigger.kind, taskId },
  });
  return { title: SCREENING_TASK_TITLE, assigneeOrganizationName: assignee.name, dueAt: due.dueAt };
}

/** A case was opened: its screening at opening, and the first periodic clock. */
export async function screeningsAtCaseOpening(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<void> {
  const youth = await unsafeFindYouth(tx, youthId);
  if (!youth) return;
  await giveScreeningTask(tx, app, auditContext(app, request), {
    youth,
    trigger: { kind: 'case_opening', at: youth.createdAt },
    eventId: null,
    now: app.clock.now(),
  });
  await schedulePeriodicScreening(tx, youth);
}

const clockContext = (jurisdictionId: string, now: Date): AuditContext => ({
  actorUserId: null,
  actorOrganizationId: null,
  jurisdictionId,
  ip: null,
  userAgent: 'lantern-clock',
  now,
});

/**
 * A periodic cycle's day has come (the job runner, in the job's transaction): a screening task
 * unless the cycle was replaced by a later screening or the county stopped the periodic clock.
 */
export async function periodicScreeningFallsDue(
  tx: Queryable,
  app: AppServices,
  youthId: string,
  step: number,
  now: Date,
): Promise<void> {
  const youth = await unsafeFindYouth(tx, youthId);
  if (!youth) return;
  const schedule = await findScreeningSchedule(tx, youth.jurisdictionId);
  const from = (await lastScreenedAt(tx, youth.id)) ?? youth.createdAt;
  const due = screeningDue(
    schedule,
    { kind: 'periodic', lastScreenedAt: from },
    await countyCalendar(tx, youth.jurisdictionId),
  );
  if (!due || dayNumber(due.opensAt) !== step) return;
  await giveScreeningTask(tx, app, clockContext(youth.jurisdictionId, now), {
    youth,
    trigger: { kind: 'periodic', lastScreenedAt: from },
    eventId: null,
    now,
  });
}

// --- the coordinator's form ---

export async function readScreeningSchedule(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
): Promise<ScreeningSchedule> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'screening_schedule',
    id: jurisdictionId,
  });
  return findScreeningSchedule(app.db, jurisdictionId);
}

/** Replaces the schedule; it changes the next trigger, never a task already given. */
export async function saveSchedule(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  input: unknown,
): Promise<ScreeningSchedule> {
  const actor = await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'screening_schedule',
    id: jurisdictionId,
  });
  const parsed = screeningScheduleSchema.safeParse(input);
  if (!parsed.success) {
    throw badRequest(
      'invalid_schedule',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  const schedule = parsed.data;
  const before = await findScreeningSchedule(app.db, jurisdictionId);
  await app.db.transaction(async (tx) => {
    await saveScreeningSchedule(tx, jurisdictionId, schedule, actor.userId, app.clock.now());
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'screening_schedule.save',
      outcome: 'allowed',
      targetType: 'screening_schedule',
      targetId: jurisdictionId,
      details: {
        fields: (Object.keys(schedule) as (keyof ScreeningSchedule)[]).filter(
          (k) => schedule[k] !== before[k],
        ),
      },
    });
  });
  return schedule;
}

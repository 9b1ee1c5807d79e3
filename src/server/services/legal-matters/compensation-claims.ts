// Victim compensation claims (docs/LEGAL-AND-MDT.md, "Certifications and compensation"): `legal`
// data of the organization that records them, read like its notes. The filing deadline is worked
// out at each read from the youth's birth date when the reader may read her identity, so the
// deadline never tells a birth date to someone who may not read it; otherwise, and without a birth
// date, from the crime date alone, and the answer says which. A planned claim reminds the
// recording organization 90 days before its deadline (the 'compensation.reminder' job).
import {
  compensationDeadline,
  type CompensationDeadline,
  type CompensationStatus,
} from '../../../domain/compensation-deadline.js';
import {
  COMPENSATION_REMINDER_DAYS,
  compensationReminderTitle,
} from '../../../domain/legal-matters.js';
import { startOfLocalDay } from '../../../domain/local-time.js';
import type { Queryable } from '../../../db/database.js';
import { finishJobsFor, scheduleJob } from '../../../db/repositories/jobs.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import {
  insertCompensationClaim,
  setClaimReminderTask,
  unsafeFindCompensationClaim,
  unsafeListCompensationClaims,
  updateCompensationClaim,
  type ClaimFields,
  type CompensationClaim,
} from '../../../db/repositories/legal-matters.js';
import { completeTaskByArtifact, findTask, insertTask } from '../../../db/repositories/tasks.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AuditContext } from '../../audit/events.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { auditDenial, openCase, refusal, type CaseScope } from '../cases/case-scope.js';
import { notifyCalledOut } from '../cases/notify.js';
import { describeInstant } from '../protocol/recipients.js';

export interface CompensationClaimView {
  readonly id: string;
  readonly youthId: string;
  readonly program: string;
  readonly crimeDate: string;
  readonly filedOn: string | null;
  readonly status: CompensationStatus;
  readonly amountRequestedCents: number;
  readonly amountPaidCents: number;
  readonly recordedByOrganizationId: string;
  readonly recordedByOrganizationName: string;
  readonly version: number;
  readonly updatedAt: Date;
  readonly deadline: CompensationDeadline['deadline'];
  readonly deadlineBasis: CompensationDeadline['basis'];
  readonly minorAtCrime: boolean | null;
  /** `used`; `missing`: none on record; `withheld`: the reader may not read her identity. */
  readonly birthDate: 'used' | 'missing' | 'withheld';
  readonly allowedActions: readonly 'edit'[];
}

/** The birth date the reader may weigh, and what to say about it. */
function birthDateFor(scope: CaseScope): {
  date: string | null;
  said: 'used' | 'missing' | 'withheld';
} {
  if (!scope.read('identity', scope.youth.createdByOrganizationId).allowed) {
    return { date: null, said: 'withheld' };
  }
  const date = scope.youth.identity.birthDate;
  return date === null ? { date, said: 'missing' } : { date, said: 'used' };
}

function viewOf(scope: CaseScope, claim: CompensationClaim): CompensationClaimView {
  const birth = birthDateFor(scope);
  const deadline = compensationDeadline(
    { crimeDate: claim.crimeDate, birthDate: birth.date },
    scope.profile.legalMatterClocks,
  );
  return {
    id: claim.id,
    youthId: claim.youthId,
    program: claim.program,
    crimeDate: claim.crimeDate,
    filedOn: claim.filedOn,
    status: claim.status,
    amountRequestedCents: claim.amountRequestedCents,
    amountPaidCents: claim.amountPaidCents,
    recordedByOrganizationId: claim.recordedByOrganizationId,
    recordedByOrganizationName: claim.recordedByOrganizationName,
    version: claim.version,
    updatedAt: claim.updatedAt,
    deadline: deadline.deadline,
    deadlineBasis: deadline.basis,
    minorAtCrime: deadline.minorAtCrime,
    birthDate: birth.said,
    allowedActions:
      scope.actor.organizationId === claim.recordedByOrganizationId && scope.may('note.write')
        ? ['edit']
        : [],
  };
}

export interface ClaimInput {
  readonly program: string;
  readonly crimeDate: string;
  readonly filedOn?: string | null | undefined;
  readonly status: CompensationStatus;
  readonly amountRequestedCents?: number | undefined;
  readonly amountPaidCents?: number | undefined;
}

function checkClaim(fields: Omit<ClaimFields, 'reminderDeadline'>, today: string): void {
  if (fields.crimeDate > today) {
    throw badRequest('crime_in_future', `crimeDate cannot be after today (${today}).`);
  }
  if (fields.filedOn !== null && fields.filedOn > today) {
    throw badRequest('filed_in_future', `filedOn cannot be after today (${today}).`);
  }
  if (fields.filedOn !== null && fields.filedOn < fields.crimeDate) {
    throw badRequest('filed_before_crime', 'filedOn cannot be before crimeDate.');
  }
  if ((fields.status === 'planned') !== (fields.filedOn === null)) {
    throw badRequest(
      'filed_on_mismatch',
      'A planned claim has no filedOn; a filed, approved, denied or paid claim needs one.',
    );
  }
}

/** The deadline the recording organization is reminded of, and when: only for a planned claim. */
function reminderFor(scope: CaseScope, fields: Pick<ClaimFields, 'status' | 'crimeDate'>) {
  if (fields.status !== 'planned') return null;
  const { deadline } = compensationDeadline(
    { crimeDate: fields.crimeDate, birthDate: birthDateFor(scope).date },
    scope.profile.legalMatterClocks,
  );
  const remindOn = new Date(
    Date.parse(`${deadline}T00:00:00Z`) - COMPENSATION_REMINDER_DAYS * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return { deadline, remindOn, runAt: startOfLocalDay(remindOn, scope.profile.timeZone) };
}

async function scheduleReminder(
  tx: Queryable,
  scope: CaseScope,
  claimId: string,
  reminder: ReturnType<typeof reminderFor>,
): Promise<void> {
  if (!reminder) {
    await finishJobsFor(tx, claimId, scope.time.now);
    return;
  }
  await scheduleJob(tx, {
    jurisdictionId: scope.youth.jurisdictionId,
    kind: 'compensation.reminder',
    targetId: claimId,
    runAt: reminder.runAt,
    restart: true,
  });
}

export async function recordCompensationClaim(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: ClaimInput,
): Promise<CompensationClaimView> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const fields = {
    program: input.program,
    crimeDate: input.crimeDate,
    filedOn: input.filedOn ?? null,
    status: input.status,
    amountRequestedCents: input.amountRequestedCents ?? 0,
    amountPaidCents: input.amountPaidCents ?? 0,
  };
  checkClaim(fields, scope.time.today);
  const reminder = reminderFor(scope, fields);
  const id = await app.db.transaction(async (tx) => {
    const claimId = await insertCompensationClaim(tx, {
      ...fields,
      reminderDeadline: reminder?.deadline ?? null,
      jurisdictionId: scope.youth.jurisdictionId,
      youthId,
      recordedByOrganizationId: scope.actor.organizationId,
      userId: scope.actor.userId,
      now: scope.time.now,
    });
    await scheduleReminder(tx, scope, claimId, reminder);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'compensation_claim.create',
      outcome: 'allowed',
      targetType: 'compensation_claim',
      targetId: claimId,
      categories: ['legal'],
      details: { status: fields.status, reminderOn: reminder?.remindOn ?? null },
    });
    return claimId;
  });
  const saved = await unsafeFindCompensationClaim(app.db, id);
  if (!saved) throw new Error('compensation claim vanished');
  return viewOf(scope, saved);
}

export async function listCompensationClaims(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<CompensationClaimView[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const views: CompensationClaimView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const claim of await unsafeListCompensationClaims(app.db, youthId)) {
    const decision = scope.read('legal', claim.recordedByOrganizationId);
    if (decision.allowed) views.push(viewOf(scope, claim));
    else withheld.push({ category: 'legal', reason: decision.reason });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: views.length > 0 ? ['legal'] : [],
    details: { view: 'compensation_claims', withheld },
  });
  return views;
}

export type ClaimChanges = Partial<Omit<ClaimInput, 'crimeDate'>> & {
  readonly version: number;
  readonly crimeDate?: string | undefined;
};

/** The next version of a claim, by its recording organization; 409 on a stale version. */
export async function changeCompensationClaim(
  app: AppServices,
  request: RequestContext,
  id: string,
  changes: ClaimChanges,
): Promise<CompensationClaimView> {
  const claim = await unsafeFindCompensationClaim(app.db, id);
  if (!claim) throw notFound('The compensation claim');
  const scope = await openCase(app, request, claim.youthId, 'note.write', 'The compensation claim');
  if (scope.actor.organizationId !== claim.recordedByOrganizationId) {
    await auditDenial(app, request, {
      action: 'compensation_claim.update',
      reason: 'not_the_holder',
      targetType: 'compensation_claim',
      targetId: id,
      categories: ['legal'],
    });
    // Whoever may read the claim is told why; anyone else learns nothing of it.
    if (!scope.read('legal', claim.recordedByOrganizationId).allowed) {
      throw notFound('The compensation claim');
    }
    throw await refusal(app, scope.actor.jurisdictionId, 'not_the_holder');
  }
  const fields = {
    program: changes.program ?? claim.program,
    crimeDate: changes.crimeDate ?? claim.crimeDate,
    filedOn: changes.filedOn === undefined ? claim.filedOn : changes.filedOn,
    status: changes.status ?? claim.status,
    amountRequestedCents: changes.amountRequestedCents ?? claim.amountRequestedCents,
    amountPaidCents: changes.amountPaidCents ?? claim.amountPaidCents,
  };
  checkClaim(fields, scope.time.today);
  const reminder = reminderFor(scope, fields);
  const changed = Object.keys(changes).filter((k) => k !== 'version');
  await app.db.transaction(async (tx) => {
    const saved = await updateCompensationClaim(tx, {
      ...fields,
      reminderDeadline: reminder?.deadline ?? null,
      id,
      version: changes.version,
      userId: scope.actor.userId,
      now: scope.time.now,
    });
    if (!saved) {
      throw conflict(
        'stale_version',
        'Someone changed this claim meanwhile: read it again and make your change on the current version.',
      );
    }
    await scheduleReminder(tx, scope, id, reminder);
    // A claim filed (or any longer planned) no longer needs its reminder.
    if (!reminder && claim.reminderTaskId) {
      const task = await findTask(tx, claim.reminderTaskId);
      if (task?.status === 'open') {
        await completeTaskByArtifact(
          tx,
          task.id,
          scope.actor.userId,
          { type: 'compensation_claim', id },
          scope.time.now,
        );
        await finishJobsFor(tx, task.id, scope.time.now);
      }
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'compensation_claim.update',
      outcome: 'allowed',
      targetType: 'compensation_claim',
      targetId: id,
      categories: ['legal'],
      details: { fields: changed, version: changes.version + 1 },
    });
  });
  const saved = await unsafeFindCompensationClaim(app.db, id);
  if (!saved) throw notFound('The compensation claim');
  return viewOf(scope, saved);
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
 * The reminder's time came: a still planned claim gives its recording organization a task due at
 * the end of the deadline day, naming only the deadline. Run by the job runner in its transaction.
 */
export async function compensationReminderFallsDue(
  tx: Queryable,
  claimId: string,
  now: Date,
): Promise<void> {
  const claim = await unsafeFindCompensationClaim(tx, claimId);
  if (!claim || claim.status !== 'planned' || !claim.reminderDeadline || claim.reminderTaskId) {
    return;
  }
  const youth = await unsafeFindYouth(tx, claim.youthId);
  if (!youth || youth.status !== 'open') return;
  const { timeZone } = await findLegalProfile(tx, claim.jurisdictionId);
  const dueAt = startOfLocalDay(
    new Date(Date.parse(`${claim.reminderDeadline}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10),
    timeZone,
  );
  const title = compensationReminderTitle(claim.reminderDeadline);
  const taskId = await insertTask(tx, {
    jurisdictionId: claim.jurisdictionId,
    youthId: claim.youthId,
    eventId: null,
    firingId: null,
    actionIndex: null,
    kind: 'action',
    planType: null,
    title,
    reason: 'A victim compensation claim is planned and its filing deadline is near',
    assigneeOrganizationId: claim.recordedByOrganizationId,
    where: null,
    callPointPersonId: null,
    dueAt,
    now,
  });
  await setClaimReminderTask(tx, claimId, taskId);
  await scheduleJob(tx, {
    jurisdictionId: claim.jurisdictionId,
    kind: 'task.due',
    targetId: taskId,
    runAt: dueAt,
  });
  await notifyCalledOut(tx, claim.recordedByOrganizationId, {
    content: {
      code: 'task.assigned',
      params: { caseNumber: youth.caseNumber, task: title, dueAt: dueAt.toISOString() },
    },
    jurisdictionId: claim.jurisdictionId,
    youthId: claim.youthId,
    text: `New task: ${title} (case ${youth.caseNumber}), due ${describeInstant(dueAt, timeZone)}.`,
    now,
  });
  await appendAuditEvent(tx, clockContext(claim.jurisdictionId, now), {
    action: 'compensation_claim.reminder',
    outcome: 'allowed',
    targetType: 'compensation_claim',
    targetId: claimId,
    details: { taskId },
  });
}

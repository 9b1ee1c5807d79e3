// T/U visa certification requests (docs/LEGAL-AND-MDT.md, "Certifications and compensation"):
// `legal` data of the organization that records them. A certifying agency in Lantern joins the
// case team (joining opens nothing) and gets a task with the response clock, escalated to the
// coordinator when missed; it reads the request itself through `decideCertificationRequestRead`
// and records the outcome, which closes the task.
import type { Actor } from '../../../domain/actor.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import { answersAsUnknown, decideCertificationRequestRead } from '../../../domain/case-access.js';
import { certificationDue, type VisaKind } from '../../../domain/certification-clock.js';
import {
  CERTIFYING_AGENCY_CITATION,
  certificationTaskTitle,
  certificationVisaWords,
  decideCertificationOutcome,
  mayCertify,
} from '../../../domain/legal-matters.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import { finishJobsFor, scheduleJob } from '../../../db/repositories/jobs.js';
import {
  insertCertificationRequest,
  recordCertificationOutcome as saveOutcome,
  setCertificationTask,
  unsafeFindCertificationRequest,
  unsafeListCertificationRequests,
  type CertificationRequest,
} from '../../../db/repositories/legal-matters.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { listHolidays } from '../../../db/repositories/protocol.js';
import {
  completeTaskByArtifact,
  insertEscalation,
  insertTask,
} from '../../../db/repositories/tasks.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { auditDenial, loadCase, openCase, pointPersonOf, refusal } from '../cases/case-scope.js';
import { notifyCalledOut } from '../cases/notify.js';
import { describeInstant } from '../protocol/recipients.js';

export interface CertificationRequestView {
  readonly id: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly visaKind: VisaKind;
  readonly certifyingOrganizationId: string | null;
  readonly certifyingOrganizationName: string | null;
  readonly outsideAgencyName: string | null;
  readonly receivedOn: string;
  readonly removalProceedings: boolean;
  readonly dueOn: string;
  readonly dueAt: Date;
  readonly status: CertificationRequest['status'];
  readonly declineReason: string | null;
  readonly outcomeAt: Date | null;
  readonly requestingOrganizationId: string;
  readonly requestingOrganizationName: string;
  /** `certifier`: read as the certifying agency, without a basis for the case's legal data. */
  readonly view: 'full' | 'certifier';
  readonly allowedActions: readonly 'outcome'[];
}

const viewOf = (
  actor: Actor,
  r: CertificationRequest,
  view: 'full' | 'certifier',
): CertificationRequestView => ({
  id: r.id,
  youthId: r.youthId,
  caseNumber: r.caseNumber,
  visaKind: r.visaKind,
  certifyingOrganizationId: r.certifyingOrganizationId,
  certifyingOrganizationName: r.certifyingOrganizationName,
  outsideAgencyName: r.outsideAgencyName,
  receivedOn: r.receivedOn,
  removalProceedings: r.removalProceedings,
  dueOn: r.dueOn,
  dueAt: r.dueAt,
  status: r.status,
  declineReason: r.declineReason,
  outcomeAt: r.outcomeAt,
  requestingOrganizationId: r.recordedByOrganizationId,
  requestingOrganizationName: r.recordedByOrganizationName,
  view,
  allowedActions: decideCertificationOutcome(actor, r).allowed ? ['outcome'] : [],
});

export interface CertificationRequestInput {
  readonly visaKind: VisaKind;
  readonly certifyingOrganizationId?: string | null | undefined;
  readonly outsideAgencyName?: string | null | undefined;
  readonly receivedOn: string;
  readonly removalProceedings: boolean;
}

const TASK_REASON = 'A T/U visa certification request; the response clock is the county’s law';

export async function recordCertificationRequest(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: CertificationRequestInput,
): Promise<CertificationRequestView> {
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth, time, profile } = scope;
  const certifierId = input.certifyingOrganizationId ?? null;
  const outsideName = input.outsideAgencyName?.trim() || null;
  if ((certifierId === null) === (outsideName === null)) {
    throw badRequest(
      'certifying_agency_required',
      'Name the certifying agency once: certifyingOrganizationId for an organization in Lantern, or outsideAgencyName for one outside it, not both.',
    );
  }
  if (input.receivedOn > time.today) {
    throw badRequest('received_in_future', `receivedOn cannot be after today (${time.today}).`);
  }
  const certifier = certifierId === null ? null : await findOrganization(app.db, certifierId);
  if (certifierId !== null && (!certifier || certifier.jurisdictionId !== youth.jurisdictionId)) {
    // One answer for an unknown id and another county's organization: ids tell nothing.
    throw badRequest(
      'unknown_certifying_agency',
      'certifyingOrganizationId is not an organization of this county; name an outside agency with outsideAgencyName.',
    );
  }
  if (certifier && !mayCertify(certifier.type)) {
    throw badRequest(
      'not_a_certifying_agency',
      `certifyingOrganizationId names an organization that does not certify: only law enforcement, prosecutors, judges (the juvenile court) and child welfare do (${CERTIFYING_AGENCY_CITATION}).`,
    );
  }
  const holidays = (await listHolidays(app.db, youth.jurisdictionId)).map((h) => h.day);
  const due = certificationDue(input, profile.legalMatterClocks, {
    timeZone: profile.timeZone,
    holidays,
  });
  const id = await app.db.transaction(async (tx) => {
    const context = auditContext(app, request);
    const requestId = await insertCertificationRequest(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId,
      recordedByOrganizationId: actor.organizationId,
      recordedByUserId: actor.userId,
      visaKind: input.visaKind,
      certifyingOrganizationId: certifier?.id ?? null,
      outsideAgencyName: outsideName,
      receivedOn: input.receivedOn,
      removalProceedings: input.removalProceedings,
      dueOn: due.dueOn,
      dueAt: due.dueAt,
      now: time.now,
    });
    let taskId: string | null = null;
    if (certifier) {
      // On the team, the certifier opens the record from its task; joining opens no category.
      const joined = await insertTeamMember(tx, {
        jurisdictionId: youth.jurisdictionId,
        youthId,
        organizationId: certifier.id,
        userId: null,
        role: caseRoleFor(certifier.type),
        addedByUserId: actor.userId,
        now: time.now,
      });
      if (joined !== null) {
        await appendAuditEvent(tx, context, {
          action: 'team.add',
          outcome: 'allowed',
          targetType: 'youth',
          targetId: youthId,
          details: {
            organizationId: certifier.id,
            userId: null,
            role: caseRoleFor(certifier.type),
          },
        });
      }
      const title = certificationTaskTitle(input.visaKind, due.dueOn);
      const call = await pointPersonOf(tx, actor.organizationId);
      taskId = await insertTask(tx, {
        jurisdictionId: youth.jurisdictionId,
        youthId,
        eventId: null,
        firingId: null,
        actionIndex: null,
        kind: 'action',
        planType: null,
        title,
        reason: TASK_REASON,
        assigneeOrganizationId: certifier.id,
        where: null,
        callPointPersonId: call?.id ?? null,
        dueAt: due.dueAt,
        now: time.now,
      });
      await setCertificationTask(tx, requestId, taskId);
      await scheduleJob(tx, {
        jurisdictionId: youth.jurisdictionId,
        kind: 'task.due',
        targetId: taskId,
        runAt: due.dueAt,
      });
      // A missed statutory clock is the coordinator's to chase, like the protocol's own tasks.
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
      await notifyCalledOut(tx, certifier.id, {
        content: {
          code: 'task.assigned',
          params: { caseNumber: youth.caseNumber, task: title, dueAt: due.dueAt.toISOString() },
        },
        jurisdictionId: youth.jurisdictionId,
        youthId,
        text: `New task: ${title} (case ${youth.caseNumber}), due ${describeInstant(due.dueAt, profile.timeZone)}.`,
        now: time.now,
      });
    }
    await appendAuditEvent(tx, context, {
      action: 'certification_request.create',
      outcome: 'allowed',
      targetType: 'certification_request',
      targetId: requestId,
      categories: ['legal'],
      details: {
        visaKind: input.visaKind,
        certifyingOrganizationId: certifier?.id ?? null,
        removalProceedings: input.removalProceedings,
        taskId,
      },
    });
    return requestId;
  });
  const saved = await unsafeFindCertificationRequest(app.db, id);
  if (!saved) throw new Error('certification request vanished');
  return viewOf(actor, saved, 'full');
}

/** The case's certification requests the caller may read: in full, or as the certifier. */
export async function listCertificationRequests(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<CertificationRequestView[]> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const views: CertificationRequestView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const row of await unsafeListCertificationRequests(app.db, youthId)) {
    const decision = decideCertificationRequestRead(scope.actor, row, scope.facts, scope.time);
    if (decision.allowed) views.push(viewOf(scope.actor, row, decision.view));
    else withheld.push({ category: 'legal', reason: decision.reason });
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: views.some((v) => v.view === 'full') ? ['legal'] : [],
    details: {
      // Read as the certifying agency, without a basis: said apart, so a review can tell.
      view: views.some((v) => v.view === 'certifier')
        ? 'certification_requests_as_certifier'
        : 'certification_requests',
      withheld,
    },
  });
  return views;
}

/**
 * The certifying agency's answer (for an outside agency, the recording organization's record of
 * it): certified, or declined with the reason. It closes the certifier's task.
 */
export async function recordCertificationOutcome(
  app: AppServices,
  request: RequestContext,
  id: string,
  input:
    { readonly outcome: 'certified' } | { readonly outcome: 'declined'; readonly reason: string },
): Promise<CertificationRequestView> {
  const actor = requireActor(request);
  const found = await unsafeFindCertificationRequest(app.db, id);
  const refuse = async (reason: Parameters<typeof auditDenial>[2]['reason']) => {
    await auditDenial(app, request, {
      action: 'certification_request.outcome',
      reason,
      targetType: 'certification_request',
      targetId: id,
    });
  };
  if (!found) throw notFound('The certification request');
  const decision = decideCertificationOutcome(actor, found);
  if (!decision.allowed) {
    if (decision.reason === 'outcome_already_recorded') {
      throw conflict('outcome_already_recorded', 'This request already has its outcome.');
    }
    await refuse(decision.reason);
    if (answersAsUnknown(decision.reason)) throw notFound('The certification request');
    throw await refusal(app, actor.jurisdictionId, decision.reason);
  }
  const reason = input.outcome === 'declined' ? input.reason : null;
  await app.db.transaction(async (tx) => {
    const locked = await unsafeFindCertificationRequest(tx, id, { lock: true });
    if (!locked || locked.status !== 'pending') {
      throw conflict('outcome_already_recorded', 'This request already has its outcome.');
    }
    const now = app.clock.now();
    await saveOutcome(tx, {
      id,
      outcome: input.outcome,
      reason,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    // The answer reaches the requester, unless it recorded an outside agency's answer itself.
    if (actor.organizationId !== locked.recordedByOrganizationId) {
      const certifier = locked.certifyingOrganizationName ?? locked.outsideAgencyName ?? '';
      await notifyCalledOut(tx, locked.recordedByOrganizationId, {
        content: {
          code: 'certification.answered',
          params: {
            caseNumber: locked.caseNumber,
            certifier,
            visaKind: locked.visaKind,
            outcome: input.outcome,
          },
        },
        jurisdictionId: locked.jurisdictionId,
        youthId: locked.youthId,
        text: `${certifier} ${input.outcome} the ${certificationVisaWords(locked.visaKind)} certification request (case ${locked.caseNumber}).`,
        now,
      });
    }
    if (locked.taskId) {
      await completeTaskByArtifact(
        tx,
        locked.taskId,
        actor.userId,
        { type: 'certification_request', id },
        now,
      );
      await finishJobsFor(tx, locked.taskId, now);
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'certification_request.outcome',
      outcome: 'allowed',
      targetType: 'certification_request',
      targetId: id,
      categories: ['legal'],
      details: {
        outcome: input.outcome,
        reasonChars: reason?.length ?? 0,
        taskId: locked.taskId,
      },
    });
  });
  const saved = await unsafeFindCertificationRequest(app.db, id);
  const youth = saved ? await unsafeFindYouth(app.db, saved.youthId) : null;
  if (!saved || !youth) throw notFound('The certification request');
  const scope = await loadCase(app.db, app, actor, youth);
  const read = decideCertificationRequestRead(actor, saved, scope.facts, scope.time);
  // The one who answered always may read it (the certifier, or the recorder).
  return viewOf(actor, saved, read.allowed ? read.view : 'certifier');
}

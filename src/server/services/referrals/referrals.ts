// Closed-loop referrals: a worker on the case sends one to a directory service that a Lantern
// agency answers for; the agency accepts, declines, asks for more, enrolls, completes or ends
// it; every step is kept. What the receiver learns of the youth is decided at every read by
// the access module, from consent and agreements, as for any other organization.
import { findRecords, findServiceProfiles } from '../../../db/repositories/directory.js';
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import {
  findReferral,
  findServicePlan,
  insertReferral,
  insertReferralEvent,
  listReferralEvents,
  listReferralsFor,
  updateReferralStatus,
  type Referral,
  type ReferralEvent,
} from '../../../db/repositories/referrals.js';
import type { Actor } from '../../../domain/actor.js';
import { caseRoleFor } from '../../../domain/case-team.js';
import { exclusions, EXCLUSION_MESSAGES, type Need } from '../../../domain/matching.js';
import { inboxOrder, type Urgency } from '../../../domain/referral-answers.js';
import {
  decideTransition,
  FHIR_TASK_STATUS,
  FINAL_STATUSES,
  inboxGroup,
  isOverdue,
  nextStatuses,
  outcomeOf,
  PROBLEM_STATUS,
  referralReader,
  referralSide,
  type InboxGroup,
  type ReferralPart,
  type ReferralReader,
  type ReferralSide,
  type ReferralStatus,
} from '../../../domain/referrals.js';
import { seesYouthData } from '../../../domain/case-access.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { auditDenial, openCase } from '../cases/case-scope.js';
import { providerLinks } from '../directory/staff.js';
import { notifyCalledOut, notifyOrganization } from '../cases/notify.js';
import { referralAnswerCode } from '../../../domain/notifications.js';
import { sweepOverdueReferrals } from './clock.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { packetFor, type ReferralPacket } from './packet.js';
import { matchableServices, youthConstraints } from './matches.js';
import {
  answerDue,
  checkPlaceToTake,
  moveCapacity,
  placesFor,
  undoAcceptUntil,
  type Places,
} from './answers.js';

export interface ReferralSummary {
  readonly id: string;
  readonly youthId: string;
  readonly caseNumber: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly senderOrganizationId: string;
  readonly senderOrganizationName: string;
  readonly senderName: string;
  readonly receiverOrganizationId: string;
  readonly receiverOrganizationName: string;
  readonly needs: readonly string[];
  readonly status: ReferralStatus;
  /** Set by the sender; an urgent referral's answer is due within the county's hours. */
  readonly urgency: Urgency;
  /** The sender's note, to whoever reads the packet (the same rule). */
  readonly note: string | null;
  /** The receiver took one of the service's open places when it accepted. */
  readonly placeTaken: boolean;
  /** The service's open places, for the receiver deciding whether to take one on accepting. */
  readonly openPlaces: { readonly available: number; readonly maximum: number | null } | null;
  /** The FHIR R4 Task.status this state maps to (SDOH Clinical Care). */
  readonly fhirStatus: string;
  readonly overdue: boolean;
  /** Where it sits in the receiver's inbox. */
  readonly inbox: InboxGroup | null;
  readonly automatic: boolean;
  readonly sentAt: Date | null;
  readonly dueAt: Date | null;
  readonly firstResponseAt: Date | null;
  readonly closedAt: Date | null;
  readonly outcome: string | null;
  readonly createdAt: Date;
  /** The caller's side, and the steps it may take now. */
  readonly side: ReferralSide | null;
  readonly allowedTransitions: readonly ReferralStatus[];
}

export interface ReferralDetail extends ReferralSummary {
  readonly packet: ReferralPacket;
  readonly timeline: readonly ReferralEvent[];
  /** Until when the caller's organization may undo its accept; null when it may not. */
  readonly undoAcceptUntil: Date | null;
}

const sideOf = (actor: Actor, referral: Referral): ReferralSide | null =>
  referralSide(actor, referral);

function summarize(
  referral: Referral,
  actor: Actor,
  now: Date,
  places: Places = new Map(),
): ReferralSummary {
  const side = sideOf(actor, referral);
  return {
    id: referral.id,
    youthId: referral.youthId,
    caseNumber: referral.caseNumber,
    serviceId: referral.serviceId,
    serviceName: referral.serviceName,
    senderOrganizationId: referral.senderOrganizationId,
    senderOrganizationName: referral.senderOrganizationName,
    senderName: referral.senderUserName,
    receiverOrganizationId: referral.receiverOrganizationId,
    receiverOrganizationName: referral.receiverOrganizationName,
    needs: referral.needs,
    status: referral.status,
    urgency: referral.urgency,
    note: referralReader(actor, referral, 'packet') === null ? null : referral.note,
    placeTaken: referral.placeTaken,
    openPlaces: side === 'receiver' ? (places.get(referral.serviceId) ?? null) : null,
    fhirStatus: FHIR_TASK_STATUS[referral.status],
    overdue: isOverdue(referral, now),
    inbox: inboxGroup(referral, now),
    automatic: referral.automatic,
    sentAt: referral.sentAt,
    dueAt: referral.dueAt,
    firstResponseAt: referral.firstResponseAt,
    closedAt: referral.closedAt,
    outcome: referral.outcome,
    createdAt: referral.createdAt,
    side,
    allowedTransitions: side ? nextStatuses(referral.status, side) : [],
  };
}

export interface NewReferral {
  readonly youthId: string;
  readonly serviceId: string;
  readonly needs: readonly Need[];
  readonly note: string | null;
  /** Routine unless the sender says urgent. */
  readonly urgency?: Urgency;
  /** Send at once instead of keeping a draft. */
  readonly send?: boolean;
}

export async function createReferral(
  app: AppServices,
  request: RequestContext,
  input: NewReferral,
  options: { readonly automatic?: boolean } = {},
): Promise<ReferralDetail> {
  const scope = await openCase(app, request, input.youthId, 'note.write');
  const { actor, youth } = scope;
  const [service] = await findRecords(app.db, 'service', [input.serviceId]);
  if (!service) throw badRequest('unknown_service', 'That service is not in the directory.');
  if (service.status !== 'active') {
    throw conflict('service_not_active', 'That service is not active; choose another.');
  }
  const hsdsOrganizationId =
    typeof service.organization_id === 'string' ? service.organization_id : '';
  const link = (await providerLinks(app.db)).get(hsdsOrganizationId);
  if (!link || link.jurisdictionId !== youth.jurisdictionId) {
    throw conflict(
      'not_reachable',
      'This provider takes no referrals through Lantern in this county. Call them, and record the referral in a case note.',
    );
  }
  // The hard rules that protect the youth hold for a referral made by hand too.
  const plan = await findServicePlan(app.db, youth.jurisdictionId, youth.id);
  if (plan?.excludedOrganizationIds.includes(hsdsOrganizationId)) {
    throw conflict('excluded_provider', EXCLUSION_MESSAGES.excluded_provider);
  }
  if (plan && scope.read('identity', youth.createdByOrganizationId).allowed) {
    const [candidate] = await matchableServices(app.db, { serviceId: service.id });
    const youthFacts = await youthConstraints(app, scope, plan);
    const broken = candidate
      ? exclusions(candidate, youthFacts).filter((r) => r === 'cohort_conflict')
      : [];
    if (broken.length > 0) throw conflict('cohort_conflict', EXCLUSION_MESSAGES.cohort_conflict);
  }
  const profile = (await findServiceProfiles(app.db, [service.id])).get(service.id);
  const id = await app.db.transaction(async (tx) => {
    const referralId = await insertReferral(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      serviceId: service.id,
      serviceName: typeof service.name === 'string' ? service.name : 'Service',
      senderOrganizationId: actor.organizationId,
      senderUserId: actor.userId,
      senderRole: actor.roles[0] ?? 'advocate',
      receiverOrganizationId: link.organizationId,
      needs: [...new Set(input.needs)],
      note: input.note,
      urgency: input.urgency ?? 'routine',
      automatic: options.automatic === true,
      responseBusinessDays: profile?.responseBusinessDays ?? 2,
      now: scope.time.now,
    });
    await insertReferralEvent(tx, {
      jurisdictionId: youth.jurisdictionId,
      referralId,
      from: null,
      to: 'draft',
      reason: null,
      note: null,
      byUserId: actor.userId,
      byOrganizationId: actor.organizationId,
      now: scope.time.now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'referral.create',
      outcome: 'allowed',
      targetType: 'referral',
      targetId: referralId,
      categories: ['referrals'],
      details: {
        serviceId: service.id,
        receiverOrganizationId: link.organizationId,
        automatic: options.automatic === true,
        urgency: input.urgency ?? 'routine',
      },
    });
    return referralId;
  });
  if (input.send) return transitionReferral(app, request, id, { to: 'sent' });
  return readReferral(app, request, id);
}

/**
 * Loads a referral for whom `referralReader` lets read its packet or thread; anyone else is told
 * it does not exist, and the attempt is audited.
 */
export async function loadForReader(
  app: AppServices,
  request: RequestContext,
  actor: Actor,
  id: string,
  part: ReferralPart = 'packet',
): Promise<{ referral: Referral; reader: ReferralReader }> {
  const referral = await findReferral(app.db, id);
  if (!referral) throw notFound('The referral');
  const reader = referralReader(actor, referral, part);
  if (reader === null) {
    await auditDenial(app, request, {
      action: part === 'thread' ? 'referral.thread_read' : 'referral.read',
      reason:
        referral.jurisdictionId === actor.jurisdictionId
          ? 'not_on_case_team'
          : 'other_jurisdiction',
      targetType: 'referral',
      targetId: referral.id,
      jurisdictionId: referral.jurisdictionId,
    });
    throw notFound('The referral');
  }
  return { referral, reader };
}

export async function transitionReferral(
  app: AppServices,
  request: RequestContext,
  id: string,
  input: {
    to: ReferralStatus;
    reason?: string | null | undefined;
    note?: string | null | undefined;
    /** On accepting: take one of the service's open places. */
    takePlace?: boolean | undefined;
  },
): Promise<ReferralDetail> {
  const actor = requireActor(request);
  const { referral } = await loadForReader(app, request, actor, id);
  const side = sideOf(actor, referral);
  if (side === null) {
    throw forbidden(
      'not_a_party',
      'Only the sending and the receiving organization act on a referral.',
    );
  }
  const decision = decideTransition({
    from: referral.status,
    to: input.to,
    side,
    reason: input.reason ?? null,
    note: input.note ?? null,
  });
  if (!decision.ok)
    throw new AppError(PROBLEM_STATUS[decision.problem], decision.problem, decision.message);
  const takePlace = input.takePlace === true;
  if (takePlace) await checkPlaceToTake(app, referral, input.to);
  // Sending acts on the case: the sender must still be on its team.
  if (input.to === 'sent') await openCase(app, request, referral.youthId, 'note.write');
  const now = app.clock.now();
  const dueAt = input.to === 'sent' ? await answerDue(app, referral, now) : null;
  const reason = input.reason?.trim() || null;
  const note = input.note?.trim() || null;
  const final = (FINAL_STATUSES as readonly string[]).includes(input.to);
  await app.db.transaction(async (tx) => {
    const moved = await updateReferralStatus(tx, id, referral.status, {
      to: input.to,
      now,
      ...(dueAt ? { sentAt: now, dueAt } : {}),
      firstResponse: side === 'receiver',
      closed: final,
      outcome: input.to === 'declined' ? `declined:${reason ?? ''}` : outcomeOf(input.to, reason),
      placeTaken: takePlace,
    });
    if (!moved) {
      throw conflict('changed_meanwhile', 'Someone changed this referral meanwhile; reload it.');
    }
    if (takePlace) await moveCapacity(tx, app, request, referral, -1, now);
    if (dueAt) {
      await scheduleJob(tx, {
        jurisdictionId: referral.jurisdictionId,
        kind: 'referral.due',
        targetId: id,
        runAt: dueAt,
        restart: true,
      });
    }
    await insertReferralEvent(tx, {
      jurisdictionId: referral.jurisdictionId,
      referralId: id,
      from: referral.status,
      to: input.to,
      reason,
      note,
      byUserId: actor.userId,
      byOrganizationId: actor.organizationId,
      now,
    });
    if (input.to === 'sent') {
      // The receiver joins the case team, so consent and agreements can reach it. Joining
      // opens nothing by itself.
      const receiver = await findOrganization(tx, referral.receiverOrganizationId);
      if (receiver) {
        const added = await insertTeamMember(tx, {
          jurisdictionId: referral.jurisdictionId,
          youthId: referral.youthId,
          organizationId: receiver.id,
          userId: null,
          role: caseRoleFor(receiver.type),
          addedByUserId: actor.userId,
          now,
        });
        if (added !== null) {
          await appendAuditEvent(tx, auditContext(app, request), {
            action: 'team.add',
            outcome: 'allowed',
            targetType: 'youth',
            targetId: referral.youthId,
            details: {
              organizationId: receiver.id,
              userId: null,
              role: caseRoleFor(receiver.type),
            },
          });
        }
      }
    }
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'referral.transition',
      outcome: 'allowed',
      targetType: 'referral',
      targetId: id,
      categories: ['referrals'],
      details: { from: referral.status, to: input.to, reason },
    });
    const answerCode = referralAnswerCode(input.to);
    if (side === 'sender' && (input.to === 'sent' || input.to === 'withdrawn')) {
      await notifyCalledOut(tx, referral.receiverOrganizationId, {
        content: {
          code: input.to === 'sent' ? 'referral.sent' : 'referral.withdrawn',
          params: {
            caseNumber: referral.caseNumber,
            fromOrganization: referral.senderOrganizationName,
            service: referral.serviceName,
          },
        },
        jurisdictionId: referral.jurisdictionId,
        youthId: referral.youthId,
        text: `${referral.senderOrganizationName} ${input.to === 'withdrawn' ? 'withdrew' : 'sent'} a referral to ${referral.serviceName} (case ${referral.caseNumber}).`,
        now,
      });
    } else if (side === 'receiver' && answerCode) {
      // The receiver's steps (src/domain/referrals.ts); the sender sends and withdraws only.
      await notifyOrganization(
        tx,
        referral.senderOrganizationId,
        {
          jurisdictionId: referral.jurisdictionId,
          content: {
            code: answerCode,
            params: {
              caseNumber: referral.caseNumber,
              receiverOrganization: referral.receiverOrganizationName,
              service: referral.serviceName,
            },
          },
          youthId: referral.youthId,
          now,
          text: `${referral.receiverOrganizationName} marked the referral to ${referral.serviceName} (case ${referral.caseNumber}) ${input.to.replace('_', ' ')}.`,
        },
        [referral.senderRole],
      );
    }
  });
  return readReferral(app, request, id);
}

export async function listReferrals(
  app: AppServices,
  request: RequestContext,
  filter: {
    readonly box: 'sent' | 'received';
    readonly status?: ReferralStatus | 'overdue' | 'open' | undefined;
    readonly youthId?: string | undefined;
  },
): Promise<ReferralSummary[]> {
  const actor = requireActor(request);
  if (!seesYouthData(actor)) {
    throw forbidden('role_without_youth_data', 'Your role does not see referrals.');
  }
  await sweepOverdueReferrals(app);
  const now = app.clock.now();
  const statuses: readonly ReferralStatus[] | undefined =
    filter.status === 'overdue'
      ? ['sent']
      : filter.status === 'open'
        ? ['draft', 'sent', 'info_requested', 'accepted', 'enrolled']
        : filter.status
          ? [filter.status]
          : undefined;
  const referrals = await listReferralsFor(app.db, {
    organizationId: actor.organizationId,
    box: filter.box,
    statuses,
    youthId: filter.youthId,
  });
  const places = await placesFor(app, actor, referrals);
  const listed = referrals
    .map((r) => summarize(r, actor, now, places))
    .filter((r) => filter.status !== 'overdue' || r.overdue)
    .sort(inboxOrder);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'referral.list',
    outcome: 'allowed',
    targetType: 'referral',
    categories: ['referrals'],
    details: { box: filter.box, results: listed.length },
  });
  return listed;
}

export async function readReferral(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<ReferralDetail> {
  const actor = requireActor(request);
  await sweepOverdueReferrals(app);
  const { referral } = await loadForReader(app, request, actor, id);
  const packet = await packetFor(app, referral, actor);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'referral.read',
    outcome: 'allowed',
    targetType: 'referral',
    targetId: id,
    categories: packet.identity ? ['referrals', 'identity'] : ['referrals'],
    details: { identityShared: packet.identityShared },
  });
  const now = app.clock.now();
  return {
    ...summarize(referral, actor, now, await placesFor(app, actor, [referral])),
    packet,
    timeline: await listReferralEvents(app.db, id),
    undoAcceptUntil: await undoAcceptUntil(app, actor, referral, now),
  };
}

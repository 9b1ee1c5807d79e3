// Undoing an accept: within a minute of accepting, the receiving organization takes it back and
// the referral waits for its answer again, its clock as it was; a place the accept took is given
// back. A change of mind later is ending the referral, with its reason (src/domain/referrals.ts).
import {
  findLastAccept,
  unacceptReferral,
} from '../../../db/repositories/referral-conversation.js';
import { insertReferralEvent } from '../../../db/repositories/referrals.js';
import { scheduleJob } from '../../../db/repositories/jobs.js';
import { decideUndoAccept, UNDO_PROBLEM_STATUS } from '../../../domain/referral-answers.js';
import { referralSide } from '../../../domain/referrals.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, conflict, forbidden } from '../../errors.js';
import { auditDenial, requireActor } from '../authorize.js';
import { notifyOrganization } from '../cases/notify.js';
import { moveCapacity } from './answers.js';
import { loadForReader, readReferral, type ReferralDetail } from './referrals.js';

export async function undoAccept(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<ReferralDetail> {
  const actor = requireActor(request);
  const { referral } = await loadForReader(app, request, actor, id);
  const now = app.clock.now();
  const side = referralSide(actor, referral);
  const accept = referral.status === 'accepted' ? await findLastAccept(app.db, id) : null;
  const decision =
    side === 'receiver'
      ? decideUndoAccept({
          status: referral.status,
          organizationId: actor.organizationId,
          accept,
          now,
        })
      : ({ ok: false, problem: 'wrong_side', message: '' } as const);
  if (!decision.ok) {
    if (decision.problem === 'wrong_side') {
      await auditDenial(app, request, 'not_the_receiver', {
        action: 'referral.undo_accept',
        targetType: 'referral',
        targetId: id,
      });
      throw forbidden('not_the_receiver', 'Only the organization that accepted can undo it.');
    }
    throw new AppError(UNDO_PROBLEM_STATUS[decision.problem], decision.problem, decision.message);
  }
  if (!accept) throw conflict('not_accepted', 'There is no accept to undo.');
  await app.db.transaction(async (tx) => {
    const undone = await unacceptReferral(tx, id, { to: decision.to, acceptedAt: accept.at, now });
    if (!undone) {
      throw conflict('changed_meanwhile', 'Someone changed this referral meanwhile; reload it.');
    }
    if (undone.placeTaken) await moveCapacity(tx, app, request, referral, 1, now);
    // The answer clock runs again where it stood; if it ran out meanwhile, it says so now.
    if (decision.to === 'sent' && referral.dueAt) {
      await scheduleJob(tx, {
        jurisdictionId: referral.jurisdictionId,
        kind: 'referral.due',
        targetId: id,
        runAt: referral.dueAt,
        restart: true,
      });
    }
    await insertReferralEvent(tx, {
      jurisdictionId: referral.jurisdictionId,
      referralId: id,
      from: 'accepted',
      to: decision.to,
      reason: 'accept_undone',
      note: null,
      byUserId: actor.userId,
      byOrganizationId: actor.organizationId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'referral.undo_accept',
      outcome: 'allowed',
      targetType: 'referral',
      targetId: id,
      categories: ['referrals'],
      details: { to: decision.to, placeReturned: undone.placeTaken },
    });
    // The sender was told of the accept; it is told the accept is gone.
    await notifyOrganization(
      tx,
      referral.senderOrganizationId,
      {
        jurisdictionId: referral.jurisdictionId,
        content: {
          code: 'referral.accept_undone',
          params: {
            caseNumber: referral.caseNumber,
            receiverOrganization: referral.receiverOrganizationName,
            service: referral.serviceName,
          },
        },
        youthId: referral.youthId,
        now,
        text: `${referral.receiverOrganizationName} took back its accept of the referral to ${referral.serviceName} (case ${referral.caseNumber}).`,
      },
      [referral.senderRole],
    );
  });
  return readReferral(app, request, id);
}

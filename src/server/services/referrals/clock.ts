// The answer clock: referrals whose answer is overdue are marked once and their senders told.
// Runs on every referral request and every five minutes in the server.
import { claimOverdueReferrals, insertReferralEvent } from '../../../db/repositories/referrals.js';
import { notifyOrganization } from '../cases/notify.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AppServices } from '../../context.js';

/** Marks referrals whose answer is overdue and tells their senders, once each. */
export async function sweepOverdueReferrals(app: AppServices): Promise<number> {
  const now = app.clock.now();
  return app.db.transaction(async (tx) => {
    const overdue = await claimOverdueReferrals(tx, now);
    for (const referral of overdue) {
      await insertReferralEvent(tx, {
        jurisdictionId: referral.jurisdictionId,
        referralId: referral.id,
        from: referral.status,
        to: 'overdue',
        reason: null,
        note: `No answer within ${referral.responseBusinessDays} business days.`,
        byUserId: null,
        byOrganizationId: null,
        now,
      });
      await notifyOrganization(
        tx,
        referral.senderOrganizationId,
        {
          jurisdictionId: referral.jurisdictionId,
          kind: 'referral.overdue',
          youthId: referral.youthId,
          caseNumber: referral.caseNumber,
          text: `No answer yet from ${referral.receiverOrganizationName} on the referral to ${referral.serviceName} (case ${referral.caseNumber}); it was due within ${referral.responseBusinessDays} business days.`,
          now,
        },
        [referral.senderRole],
      );
      await appendAuditEvent(
        tx,
        {
          actorUserId: null,
          actorOrganizationId: null,
          jurisdictionId: referral.jurisdictionId,
          ip: null,
          userAgent: 'lantern-clock',
          now,
        },
        {
          action: 'referral.overdue',
          outcome: 'allowed',
          targetType: 'referral',
          targetId: referral.id,
          details: { receiverOrganizationId: referral.receiverOrganizationId },
        },
      );
    }
    return overdue.length;
  });
}

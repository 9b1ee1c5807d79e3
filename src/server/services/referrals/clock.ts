// The answer clock: a referral whose answer is overdue is marked once and its sender told. It
// runs as a durable job ('referral.due', scheduled when the referral is sent) with the protocol's
// other clocks (docs/PROTOCOL.md); referral requests also run the jobs due, so a list read after
// the deadline is never stale.
import type { Queryable } from '../../../db/database.js';
import { claimOverdueReferral, insertReferralEvent } from '../../../db/repositories/referrals.js';
import { notifyOrganization } from '../cases/notify.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import type { AppServices } from '../../context.js';
import { runDueJobs } from '../protocol/jobs.js';

/** The 'referral.due' job: marks the referral overdue and tells its sender, if still unanswered. */
export async function referralFallsDue(tx: Queryable, referralId: string, now: Date) {
  const referral = await claimOverdueReferral(tx, referralId, now);
  if (!referral) return;
  // An urgent referral is due at an hour, a routine one after the service's business days.
  const urgentDueAt = referral.urgency === 'urgent' ? referral.dueAt : null;
  const within = urgentDueAt
    ? `by ${urgentDueAt.toISOString()}`
    : `within ${String(referral.responseBusinessDays)} business days`;
  const base = {
    caseNumber: referral.caseNumber,
    receiverOrganization: referral.receiverOrganizationName,
    service: referral.serviceName,
  };
  await insertReferralEvent(tx, {
    jurisdictionId: referral.jurisdictionId,
    referralId: referral.id,
    from: referral.status,
    to: 'overdue',
    reason: null,
    note: urgentDueAt ? 'No answer by the urgent deadline.' : `No answer ${within}.`,
    byUserId: null,
    byOrganizationId: null,
    now,
  });
  await notifyOrganization(
    tx,
    referral.senderOrganizationId,
    {
      jurisdictionId: referral.jurisdictionId,
      content: {
        code: 'referral.overdue',
        params: urgentDueAt
          ? { ...base, urgentDueAt: urgentDueAt.toISOString() }
          : { ...base, businessDays: String(referral.responseBusinessDays) },
      },
      youthId: referral.youthId,
      text: `No answer yet from ${referral.receiverOrganizationName} on the ${urgentDueAt ? 'urgent ' : ''}referral to ${referral.serviceName} (case ${referral.caseNumber}); it was due ${within}.`,
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

/** Runs the referral answer clocks that are due; how many ran. */
export async function sweepOverdueReferrals(app: AppServices): Promise<number> {
  return runDueJobs(app, { kinds: ['referral.due'] });
}

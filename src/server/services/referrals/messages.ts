// The thread on a referral: what people of the sending and the receiving organization write to
// each other, so a question needs no withdrawal and no phone tag. Who reads and writes it is the
// rule that decides who reads the referral (`referralReader`, part 'thread'): its two sides,
// never the coordinator or anyone else. People type these messages, so Lantern cannot keep the
// youth's identity out of them; the screen warns the writer, and the notice to the other side
// names the case number, the service and the writer's organization, never what was written.
import {
  insertReferralMessage,
  listReferralMessages,
  type ReferralMessage,
} from '../../../db/repositories/referral-conversation.js';
import type { Referral } from '../../../db/repositories/referrals.js';
import { calledOutRoles } from '../../../domain/notifications.js';
import { MESSAGE_PROBLEMS, messageProblem } from '../../../domain/referral-answers.js';
import type { ReferralSide } from '../../../domain/referrals.js';
import { findOrganization } from '../../../db/repositories/organizations.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { notifyOrganization } from '../cases/notify.js';
import { loadForReader } from './referrals.js';

export interface ReferralThread {
  readonly referralId: string;
  /** The caller's side. */
  readonly side: ReferralSide;
  readonly messages: readonly ReferralMessage[];
}

async function loadThread(app: AppServices, request: RequestContext, id: string) {
  const actor = requireActor(request);
  const { referral, reader } = await loadForReader(app, request, actor, id, 'thread');
  // The rule gives the thread to the two sides only.
  if (reader === 'coordinator') throw new Error('the thread rule let the coordinator in');
  return { actor, referral, side: reader };
}

export async function readThread(
  app: AppServices,
  request: RequestContext,
  id: string,
): Promise<ReferralThread> {
  const { referral, side } = await loadThread(app, request, id);
  const messages = await listReferralMessages(app.db, referral.id);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'referral.thread_read',
    outcome: 'allowed',
    targetType: 'referral',
    targetId: referral.id,
    categories: ['referrals'],
    details: { side, messages: messages.length },
  });
  return { referralId: referral.id, side, messages };
}

export async function writeMessage(
  app: AppServices,
  request: RequestContext,
  id: string,
  input: { readonly body: string },
): Promise<ReferralThread> {
  const { actor, referral, side } = await loadThread(app, request, id);
  const problem = messageProblem(input.body);
  if (problem) throw badRequest(`message_${problem}`, MESSAGE_PROBLEMS[problem]);
  // Before it is sent, a referral has no receiver to write to.
  if (referral.status === 'draft') {
    throw conflict('referral_draft', 'Send the referral first; the thread is with the receiver.');
  }
  const body = input.body.trim();
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    await insertReferralMessage(tx, {
      jurisdictionId: referral.jurisdictionId,
      referralId: referral.id,
      side,
      byUserId: actor.userId,
      byOrganizationId: actor.organizationId,
      body,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'referral.message',
      outcome: 'allowed',
      targetType: 'referral',
      targetId: referral.id,
      categories: ['referrals'],
      details: { side, length: body.length },
    });
    await tellOtherSide(tx, referral, side, now);
  });
  return readThread(app, request, id);
}

/**
 * The other side hears of the message: at the receiver, whoever was told the referral came
 * (`calledOutRoles`); at the sender, the role that sent it, as for the receiver's answers.
 */
async function tellOtherSide(
  tx: Parameters<typeof notifyOrganization>[0],
  referral: Referral,
  from: ReferralSide,
  now: Date,
) {
  const writer =
    from === 'sender' ? referral.senderOrganizationName : referral.receiverOrganizationName;
  const to = from === 'sender' ? referral.receiverOrganizationId : referral.senderOrganizationId;
  const organization = await findOrganization(tx, to);
  if (!organization) return;
  await notifyOrganization(
    tx,
    to,
    {
      jurisdictionId: referral.jurisdictionId,
      content: {
        code: 'referral.message',
        params: {
          caseNumber: referral.caseNumber,
          fromOrganization: writer,
          service: referral.serviceName,
        },
      },
      youthId: referral.youthId,
      now,
      text: `${writer} wrote on the referral to ${referral.serviceName} (case ${referral.caseNumber}).`,
    },
    from === 'sender' ? calledOutRoles('referral.sent', organization.type) : [referral.senderRole],
  );
}

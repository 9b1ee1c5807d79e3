// What a referral's answer turns on besides its lifecycle: when it is due by its urgency, the
// service's open places an accept may take (and its undo give back), and the minute in which the
// receiver may undo its accept (src/domain/referral-answers.ts).
import type { Queryable } from '../../../db/database.js';
import { findServiceProfiles, moveServicePlace } from '../../../db/repositories/directory.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { findProtocolSettings, listHolidays } from '../../../db/repositories/protocol.js';
import { findLastAccept } from '../../../db/repositories/referral-conversation.js';
import type { Referral } from '../../../db/repositories/referrals.js';
import type { Actor } from '../../../domain/actor.js';
import {
  answerDueAt,
  decideUndoAccept,
  UNDO_ACCEPT_SECONDS,
} from '../../../domain/referral-answers.js';
import { referralSide, type ReferralStatus } from '../../../domain/referrals.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, conflict } from '../../errors.js';

export type Places = ReadonlyMap<string, { available: number; maximum: number | null }>;

/** The open places of the services of the referrals the actor receives. */
export async function placesFor(app: AppServices, actor: Actor, referrals: readonly Referral[]) {
  const received = referrals
    .filter((r) => referralSide(actor, r) === 'receiver')
    .map((r) => r.serviceId);
  const places = new Map<string, { available: number; maximum: number | null }>();
  if (received.length === 0) return places;
  for (const [id, profile] of await findServiceProfiles(app.db, [...new Set(received)])) {
    if (profile.capacityAvailable !== null) {
      places.set(id, { available: profile.capacityAvailable, maximum: profile.capacityMaximum });
    }
  }
  return places;
}

/** When the receiver's answer is due if the referral is sent now, by its urgency. */
export async function answerDue(app: AppServices, referral: Referral, now: Date): Promise<Date> {
  const [profile, holidays, settings] = await Promise.all([
    findLegalProfile(app.db, referral.jurisdictionId),
    listHolidays(app.db, referral.jurisdictionId),
    findProtocolSettings(app.db, referral.jurisdictionId),
  ]);
  return answerDueAt(now, {
    urgency: referral.urgency,
    responseBusinessDays: referral.responseBusinessDays,
    urgentAnswerHours: settings.urgentReferralAnswerHours,
    timeZone: profile.timeZone,
    holidays: holidays.map((h) => h.day),
  });
}

/** A place is taken only on accepting, and only from a service that counts its places. */
export async function checkPlaceToTake(app: AppServices, referral: Referral, to: ReferralStatus) {
  if (to !== 'accepted') {
    throw badRequest('place_only_on_accept', 'A place is taken only when accepting a referral.');
  }
  const profile = (await findServiceProfiles(app.db, [referral.serviceId])).get(referral.serviceId);
  if (profile?.capacityAvailable === null || profile?.capacityAvailable === undefined) {
    throw conflict(
      'capacity_not_tracked',
      'This service does not count its open places in Lantern; accept without taking one.',
    );
  }
}

/**
 * Takes one of the service's open places (an accept) or gives it back (the accept undone), in
 * the transaction of that step, audited as any change of capacity. With no place left the whole
 * step is refused, so an accept never counts a place that is not there.
 */
export async function moveCapacity(
  tx: Queryable,
  app: AppServices,
  request: RequestContext,
  referral: Referral,
  by: -1 | 1,
  now: Date,
): Promise<void> {
  const places = await moveServicePlace(tx, referral.serviceId, by, now);
  if (places === null) {
    if (by === 1) return; // already at its maximum (changed by hand meanwhile): nothing to return
    throw conflict(
      'no_place_left',
      'This service has no open place left. Accept without taking a place, or update its places first.',
    );
  }
  await appendAuditEvent(tx, auditContext(app, request), {
    action: 'directory.capacity',
    outcome: 'allowed',
    targetType: 'directory_service',
    targetId: referral.serviceId,
    details: { available: places.available, maximum: places.maximum, referralId: referral.id },
  });
}

/** Until when the actor's organization may undo its accept of the referral; null if it may not. */
export async function undoAcceptUntil(
  app: AppServices,
  actor: Actor,
  referral: Referral,
  now: Date,
): Promise<Date | null> {
  if (referral.status !== 'accepted' || referralSide(actor, referral) !== 'receiver') return null;
  const accept = await findLastAccept(app.db, referral.id);
  const decision = decideUndoAccept({
    status: referral.status,
    organizationId: actor.organizationId,
    accept,
    now,
  });
  return decision.ok && accept ? new Date(accept.at.getTime() + UNDO_ACCEPT_SECONDS * 1000) : null;
}

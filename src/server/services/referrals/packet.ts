// What travels with a referral: what the receiving organization may know of the youth, decided
// by the access module at every read from consent and agreements.
import { findOrganization } from '../../../db/repositories/organizations.js';
import type { Referral } from '../../../db/repositories/referrals.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import type { Actor } from '../../../domain/actor.js';
import { decideRead } from '../../../domain/case-access.js';
import { ROLES_BY_ORGANIZATION_TYPE } from '../../../domain/vocabulary.js';
import type { AppServices } from '../../context.js';
import { describeContact, loadCase, pointPersonOf } from '../cases/case-scope.js';
import { ageOn } from './matches.js';

/** What the receiving organization learns of the youth: only what consent and MOU allow. */
export interface ReferralPacket {
  readonly identityShared: boolean;
  readonly identity: {
    readonly givenName: string | null;
    readonly familyName: string | null;
    readonly alias: string | null;
    readonly age: number | null;
    readonly genderIdentity: string | null;
    readonly languages: readonly string[];
  } | null;
  /** Without identity, the provider reaches the youth through the referring worker. */
  readonly contactThrough: string;
  readonly note: string | null;
}

/**
 * What the receiver may know, decided now for the receiving organization. The identity itself
 * is shown only to a caller who may read it too, so the sender's view of "what travels" never
 * shows a sender more than its own access allows.
 */
export async function packetFor(
  app: AppServices,
  referral: Referral,
  caller: Actor,
): Promise<ReferralPacket> {
  const youth = await unsafeFindYouth(app.db, referral.youthId);
  const receiver = await findOrganization(app.db, referral.receiverOrganizationId);
  const sender = await pointPersonOf(app.db, referral.senderOrganizationId);
  const senderOrganization = await findOrganization(app.db, referral.senderOrganizationId);
  const contactThrough = [
    `${referral.senderUserName}, ${referral.senderOrganizationName}`,
    senderOrganization?.phone ?? (sender ? describeContact(sender) : null),
  ]
    .filter(Boolean)
    .join(', ');
  if (!youth || !receiver) {
    return { identityShared: false, identity: null, contactThrough, note: referral.note };
  }
  const receiverActor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    organizationId: receiver.id,
    organizationType: receiver.type,
    jurisdictionId: receiver.jurisdictionId,
    roles: ROLES_BY_ORGANIZATION_TYPE[receiver.type].slice(0, 1),
  };
  const scope = await loadCase(app.db, app, receiverActor, youth);
  const identity = scope.read('identity', youth.createdByOrganizationId);
  // The same facts decide for the caller.
  const callerMayRead = decideRead(
    caller,
    { category: 'identity', holderOrganizationId: youth.createdByOrganizationId },
    scope.facts,
    scope.time,
  ).allowed;
  return {
    identityShared: identity.allowed,
    identity:
      identity.allowed && callerMayRead
        ? {
            givenName: youth.identity.givenName,
            familyName: youth.identity.familyName,
            alias: youth.identity.alias,
            age: ageOn(youth.identity, scope.time.today),
            genderIdentity: youth.identity.genderIdentity,
            languages: youth.identity.languages,
          }
        : null,
    contactThrough,
    note: referral.note,
  };
}

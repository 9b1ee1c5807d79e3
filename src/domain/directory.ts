// Who may do what with the resource directory. The directory itself is not youth data: every
// signed-in person may search it. Two things are guarded: a confidential location (a safe
// house) and a provider's capacity.
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { allow, deny, type Decision } from './decision.js';

/** The Lantern agency that answers for a directory organization, if any. */
export interface ProviderLink {
  readonly organizationId: string;
  readonly jurisdictionId: string;
}

const isProvider = (actor: Actor, link: ProviderLink | null) =>
  link !== null && link.organizationId === actor.organizationId;

const isCoordinatorFor = (actor: Actor, link: ProviderLink | null) =>
  link !== null && hasRole(actor, 'coordinator') && actor.jurisdictionId === link.jurisdictionId;

/**
 * A safe house's address: the provider itself, the coordinator of its county, and an agency
 * whose referral the provider has accepted (it has to bring the youth there). Nobody else.
 */
export function decideConfidentialLocation(
  actor: Actor,
  link: ProviderLink | null,
  acceptedReferralFromActorOrganization: boolean,
): Decision {
  if (isProvider(actor, link) || isCoordinatorFor(actor, link)) return allow;
  if (acceptedReferralFromActorOrganization) return allow;
  return deny(
    'The address of a confidential location is shared only with the provider, the county coordinator and agencies whose referral it accepted.',
  );
}

/** Capacity: the provider's own staff, the county coordinator, or an administrator there. */
export function decideCapacityUpdate(actor: Actor, link: ProviderLink | null): Decision {
  if (link === null) {
    return deny(
      'This service is not linked to a Lantern agency, so nobody updates its capacity here.',
    );
  }
  if (isProvider(actor, link) || isCoordinatorFor(actor, link)) return allow;
  if (hasRole(actor, 'administrator') && actor.jurisdictionId === link.jurisdictionId) return allow;
  return deny('Only the provider, the county coordinator or an administrator updates capacity.');
}

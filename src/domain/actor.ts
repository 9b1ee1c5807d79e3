import type { OrganizationType, Role } from './vocabulary.js';

/** Who is asking: plain data, built once per request from the session. */
export interface Actor {
  readonly userId: string;
  readonly organizationId: string;
  readonly organizationType: OrganizationType;
  readonly jurisdictionId: string;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor, ...roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

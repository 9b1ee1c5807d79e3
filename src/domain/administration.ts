// Who may manage the county's organizations, accounts, point persons and agreements.
// Administrators manage accounts and organizations; the CSEC coordinator keeps the
// point-person roster and the information-sharing agreements. Nobody acts in another
// jurisdiction. None of these actions reaches a youth's record.
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { allow, deny, type Decision } from './decision.js';
import type { OrganizationType, Role } from './vocabulary.js';
import { ROLES_BY_ORGANIZATION_TYPE } from './vocabulary.js';

export const ADMINISTRATION_ACTIONS = [
  'jurisdiction.read',
  'organization.read',
  'organization.manage',
  'user.read',
  'user.manage',
  'pointPerson.read',
  'pointPerson.manage',
  'mou.read',
  'mou.manage',
  'legalProfile.read',
  'legalProfile.manage',
  'qualification.manage',
  'directory.manage',
] as const;
export type AdministrationAction = (typeof ADMINISTRATION_ACTIONS)[number];

/** The jurisdiction a managed thing belongs to. */
export interface AdministrationTarget {
  readonly jurisdictionId: string;
}

const MANAGERS: Readonly<Record<AdministrationAction, readonly Role[] | 'anyone'>> = {
  'jurisdiction.read': 'anyone',
  'organization.read': 'anyone',
  'organization.manage': ['administrator'],
  'user.read': ['administrator'],
  'user.manage': ['administrator'],
  'pointPerson.read': 'anyone',
  'pointPerson.manage': ['administrator', 'coordinator'],
  'mou.read': 'anyone',
  'mou.manage': ['administrator', 'coordinator'],
  'legalProfile.read': 'anyone',
  'legalProfile.manage': ['administrator', 'coordinator'],
  'qualification.manage': ['administrator', 'coordinator'],
  'directory.manage': ['administrator', 'coordinator'],
};

/** Organizations and point persons are a cross-county directory: readable everywhere. */
const READABLE_ACROSS_JURISDICTIONS: ReadonlySet<AdministrationAction> = new Set([
  'jurisdiction.read',
  'organization.read',
  'pointPerson.read',
]);

export function authorizeAdministration(
  actor: Actor,
  action: AdministrationAction,
  target: AdministrationTarget,
): Decision {
  const managers = MANAGERS[action];
  if (managers !== 'anyone' && !hasRole(actor, ...managers)) {
    return deny(`${action} needs one of the roles: ${managers.join(', ')}`);
  }
  if (
    target.jurisdictionId !== actor.jurisdictionId &&
    !READABLE_ACROSS_JURISDICTIONS.has(action)
  ) {
    return deny(`${action} is limited to the actor's own jurisdiction`);
  }
  return allow;
}

/** A person's roles must fit the type of organization they work at. */
export function authorizeRoles(
  organizationType: OrganizationType,
  roles: readonly Role[],
): Decision {
  if (roles.length === 0) return deny('a user needs at least one role');
  const fitting = ROLES_BY_ORGANIZATION_TYPE[organizationType];
  const misfit = roles.find((r) => !fitting.includes(r));
  return misfit === undefined
    ? allow
    : deny(`the role ${misfit} does not exist at a ${organizationType} organization`);
}

// Who may manage the county's organizations, accounts, point persons and agreements.
// Administrators manage accounts and organizations; the CSEC coordinator keeps the
// point-person roster and the information-sharing agreements. Nobody acts in another
// jurisdiction. None of these actions reaches a youth's record.
//
// No one alone gives a youth-data role (docs/ARCHITECTURE.md, "A second person"): an
// administrator holds no other role, and every grant of a role that sees youth data, every
// caseworker qualification, and every re-activation or credential reset of an account that
// sees youth data waits for an approver of the account's own organization.
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { allow, deny, type Decision } from './decision.js';
import type { OrganizationType, Role } from './vocabulary.js';
import {
  ROLES,
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesAnyYouth,
  roleSeesYouthData,
} from './vocabulary.js';

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
  'approval.read',
  'protocol.read',
  'protocol.manage',
  'retention.manage',
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
  // Those who ask (administrators, coordinators) and those who may approve (people whose roles
  // see youth data); an oversight analyst does neither.
  'approval.read': ROLES.filter((r) => r === 'administrator' || roleSeesYouthData(r)),
  // The county protocol is the document every agency signs: all of the county read it; the
  // coordinator keeps it (docs/PROTOCOL.md).
  'protocol.read': 'anyone',
  'protocol.manage': ['coordinator'],
  // How long the county keeps closed cases decides when a youth's file is destroyed: the
  // coordinator, who answers for the county protocol, alone (docs/RETENTION.md).
  'retention.manage': ['coordinator'],
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

// --- Roles that never go together -------------------------------------------------------

/**
 * Whoever administers accounts must not also be able to use one that sees youth data, or one
 * person could give themselves a way in; likewise oversight sees aggregates and never a record.
 * This holds whatever the organization (the organization-type table may grow).
 */
export function authorizeRoleCombination(roles: readonly Role[]): Decision {
  const distinct = new Set(roles);
  if (distinct.has('administrator') && distinct.size > 1) {
    return deny('an administrator account holds no other role');
  }
  if (distinct.has('oversight_analyst') && roles.some(roleSeesAnyYouth)) {
    return deny('an oversight analyst holds no role that sees youth data');
  }
  return allow;
}

// --- What takes a second person ---------------------------------------------------------

export const APPROVAL_KINDS = [
  'account.create',
  'account.roles',
  'account.enable',
  'password.reset',
  'mfa.reset',
  'qualification.record',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_STATUSES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/**
 * Requests that would change the same thing of an account: a newer one withdraws the older
 * (creating an account and changing its roles both decide the roles it holds).
 */
export function approvalSlot(kind: ApprovalKind): ApprovalKind {
  return kind === 'account.create' ? 'account.roles' : kind;
}

const seesYouthData = (roles: readonly Role[]) => roles.some(roleSeesYouthData);
/** What a second person guards: any window on a named youth, juvenile hall intake's included. */
const seesAnyYouth = (roles: readonly Role[]) => roles.some(roleSeesAnyYouth);

/** An account as the rules see it: only roles in effect are roles. */
export interface AccountState {
  readonly organizationId: string;
  /** Roles in effect (approved). */
  readonly roles: readonly Role[];
  readonly active: boolean;
  /** Roles asked for by a request still waiting for approval (empty when none). */
  readonly pendingRoles: readonly Role[];
}

export interface AccountChange {
  readonly organizationId?: string | undefined;
  readonly roles?: readonly Role[] | undefined;
  readonly active?: boolean | undefined;
}

export interface AccountPlan {
  /** What takes effect at once: removing anything, and giving what sees no youth data. */
  readonly immediate: {
    readonly organizationId?: string;
    readonly roles?: readonly Role[];
    readonly active?: boolean;
  };
  /** The whole set of roles the account will hold once approved, or null when none waits. */
  readonly rolesAwaitingApproval: readonly Role[] | null;
  /** Re-activating an account that sees (or is to see) youth data waits for approval. */
  readonly enableAwaitsApproval: boolean;
  /**
   * The approval also starts the account's sign-in over (a one-time password in two halves, a
   * new second factor): until now an administrator alone could reset its password, so its
   * credentials may be known to someone other than the person.
   */
  readonly approvalIssuesPassword: boolean;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

/**
 * Splits a change to an account into what happens now and what waits for a second person.
 * Roles at another organization are new grants there, approved by that organization.
 */
export function planAccountChange(current: AccountState, change: AccountChange): AccountPlan {
  const organizationId = change.organizationId ?? current.organizationId;
  const moving = organizationId !== current.organizationId;
  const requested = [...new Set(change.roles ?? current.roles)];
  const rolesChange =
    moving || (change.roles !== undefined && !sameRoles(requested, current.roles));
  const granted = !rolesChange
    ? []
    : requested.filter((r) => roleSeesAnyYouth(r) && (moving || !current.roles.includes(r)));
  const awaiting = granted.length > 0 ? requested : null;
  const rolesNow = !rolesChange ? current.roles : requested.filter((r) => !granted.includes(r));

  const enabling = change.active === true && !current.active;
  const pendingAfter = awaiting ?? (rolesChange ? [] : current.pendingRoles);
  const enableAwaitsApproval = enabling && seesAnyYouth([...rolesNow, ...pendingAfter]);

  const immediate: { organizationId?: string; roles?: readonly Role[]; active?: boolean } = {};
  if (moving) immediate.organizationId = organizationId;
  if (rolesChange) immediate.roles = rolesNow;
  if (change.active === false) immediate.active = false;
  if (enabling && !enableAwaitsApproval) immediate.active = true;
  return {
    immediate,
    rolesAwaitingApproval: awaiting,
    enableAwaitsApproval,
    approvalIssuesPassword: awaiting !== null && !seesAnyYouth(current.roles),
  };
}

/** A new account: every role that sees youth data waits; other roles start at once. */
export function planNewAccount(roles: readonly Role[]): AccountPlan {
  return planAccountChange(
    { organizationId: '', roles: [], active: true, pendingRoles: [] },
    { roles },
  );
}

/**
 * Resetting the password or second factor of an account that sees youth data (or waits to)
 * would let whoever holds the new credentials read as that person: it takes a second person.
 */
export function resetAwaitsApproval(current: AccountState): boolean {
  return seesAnyYouth(current.roles) || seesAnyYouth(current.pendingRoles);
}

// --- Who approves -----------------------------------------------------------------------
//
// An approver is known by the county's own roster of point persons: an account whose email is
// that of an active point person of its own organization. The roster is already where a county
// publishes who speaks for each agency, and it is kept by the coordinator and the
// administrator; naming someone there never makes an approver out of nothing, because an
// approver must also be an active account of that organization whose own youth-data roles are
// in effect, i.e. roles a second person already approved. A separate "supervisor" flag would be
// one more thing a single administrator could set; it is not used.
//
// Where the organization has no such approver besides the requester and the account itself
// (a new agency, or its only point person is the one being reset), the county lead's
// coordinators approve; they too must be a second person. Approvers act only in their own
// jurisdiction.

export interface ApproverCandidate {
  readonly userId: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
  readonly organizationType: OrganizationType;
  readonly active: boolean;
  /** Roles in effect. */
  readonly roles: readonly Role[];
  /** The account's email is that of an active point person of its own organization. */
  readonly pointPerson: boolean;
}

export interface ApprovalRequestFacts {
  readonly jurisdictionId: string;
  /** The organization of the account the request is about: its approvers decide. */
  readonly organizationId: string;
  readonly requestedByUserId: string;
  readonly subjectUserId: string;
  readonly status: ApprovalStatus;
}

export type ApproverSource = 'organization' | 'county_lead';

export interface EligibleApprovers {
  readonly source: ApproverSource;
  readonly userIds: readonly string[];
}

export function eligibleApprovers(
  request: ApprovalRequestFacts,
  candidates: readonly ApproverCandidate[],
): EligibleApprovers {
  const secondPerson = candidates.filter(
    (c) =>
      c.active &&
      c.jurisdictionId === request.jurisdictionId &&
      c.userId !== request.requestedByUserId &&
      c.userId !== request.subjectUserId &&
      seesYouthData(c.roles),
  );
  const own = secondPerson.filter(
    (c) => c.organizationId === request.organizationId && c.pointPerson,
  );
  if (own.length > 0) return { source: 'organization', userIds: own.map((c) => c.userId) };
  const lead = secondPerson.filter(
    (c) => c.organizationType === 'county_lead' && c.roles.includes('coordinator'),
  );
  return { source: 'county_lead', userIds: lead.map((c) => c.userId) };
}

export type ApprovalRefusal =
  'other_jurisdiction' | 'own_request' | 'own_account' | 'not_an_approver' | 'not_pending';

export type ApprovalDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: ApprovalRefusal; readonly reason: string };

const refuse = (code: ApprovalRefusal, reason: string): ApprovalDecision => ({
  allowed: false,
  code,
  reason,
});

/** May this person approve or decline the request? The first refusal that applies wins. */
export function decideApproval(
  actor: Actor,
  request: ApprovalRequestFacts,
  eligible: EligibleApprovers,
): ApprovalDecision {
  if (actor.jurisdictionId !== request.jurisdictionId) {
    return refuse('other_jurisdiction', 'a request of another jurisdiction');
  }
  if (actor.userId === request.requestedByUserId) {
    return refuse('own_request', 'the person who asked cannot also approve');
  }
  if (actor.userId === request.subjectUserId) {
    return refuse('own_account', 'nobody approves a change to their own account');
  }
  if (!eligible.userIds.includes(actor.userId)) {
    return refuse(
      'not_an_approver',
      eligible.source === 'organization'
        ? "only the account's organization's approvers decide"
        : "only the county lead's coordinators decide for an organization without an approver",
    );
  }
  if (request.status !== 'pending')
    return refuse('not_pending', `the request is ${request.status}`);
  return { allowed: true };
}

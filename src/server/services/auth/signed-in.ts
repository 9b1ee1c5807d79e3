// What a signed-in person's session says about them, as the API and the web app see it.
import type { Actor } from '../../../domain/actor.js';
import { ADMINISTRATION_ACTIONS, authorizeAdministration } from '../../../domain/administration.js';
import {
  pendingSignInStep,
  type PendingStep,
  type SessionPolicy,
} from '../../../domain/sessions.js';
import type { StoredSession } from '../../../db/repositories/sessions.js';
import type { User } from '../../../db/repositories/users.js';

export interface SignedIn {
  readonly session: StoredSession;
  readonly user: User;
  readonly actor: Actor;
}

/**
 * The Actor carries the account's roles in effect only: `users.roles` never holds a role that
 * still waits for a second person's approval (docs/ARCHITECTURE.md, "A second person").
 */
export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    organizationType: user.organizationType,
    jurisdictionId: user.jurisdictionId,
    roles: user.roles,
  };
}

/**
 * What the person must still do before the session opens everything their roles allow
 * (the order is `pendingSignInStep`'s: an enrolled second factor first, then a one-time
 * password replaced, then enrolment where the roles require a second factor).
 */
export function pendingStep(
  signedIn: { session: StoredSession; user: User },
  demoMode: boolean,
): PendingStep {
  const { session, user } = signedIn;
  return pendingSignInStep({
    roles: user.roles,
    mfaEnabled: user.mfaEnabled,
    mfaPassed: session.mfaPassed,
    mustChangePassword: user.mustChangePassword,
    demoMode,
  });
}

/**
 * When the session ends if nothing more is asked of the server: its last recorded activity plus
 * the idle limit, or the absolute limit if that comes first. Read only: the screen warns before
 * it (docs/CONFIDENTIALITY.md, "What the browser keeps").
 */
function idleExpiry(session: StoredSession, policy: SessionPolicy): Date {
  const idle = session.lastSeenAt.getTime() + policy.idleMs;
  const absolute = session.createdAt.getTime() + policy.absoluteMs;
  return new Date(Math.min(idle, absolute));
}

/**
 * The session as the API returns it, with the actions the caller may take (for the UI): none
 * until sign-in is complete, since until then the server refuses them all.
 */
export function describeSession(signedIn: SignedIn, demoMode: boolean, policy: SessionPolicy) {
  const { user, actor, session } = signedIn;
  const own = { jurisdictionId: user.jurisdictionId };
  const pending = pendingStep(signedIn, demoMode);
  return {
    csrfToken: session.csrfToken,
    pending,
    idleTimeoutSeconds: Math.round(policy.idleMs / 1000),
    idleExpiresAt: idleExpiry(session, policy).toISOString(),
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      language: user.language,
      organizationId: user.organizationId,
      organizationName: user.organizationName,
      organizationType: user.organizationType,
      jurisdictionId: user.jurisdictionId,
      mfaEnabled: user.mfaEnabled,
    },
    allowedActions:
      pending === 'none'
        ? ADMINISTRATION_ACTIONS.filter((a) => authorizeAdministration(actor, a, own).allowed)
        : [],
  };
}

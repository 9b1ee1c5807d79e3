import { activityWorthRecording, sessionState } from '../../../domain/sessions.js';
import {
  findSessionWithUserKept,
  touchSessionKept,
} from '../../../db/repositories/session-cache.js';
import { deleteSession } from '../../../db/repositories/sessions.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { sha256 } from '../../security/tokens.js';
import { actorOf, type SignedIn } from './signed-in.js';

export type SessionLookup =
  | { readonly kind: 'signed_in'; readonly signedIn: SignedIn }
  | { readonly kind: 'expired' }
  | { readonly kind: 'none' };

/**
 * Finds the session for a cookie token. An idle or over-age session is deleted and its
 * end audited; a deactivated account's session ends the same way. An active one is read
 * without a transaction (and on PGlite kept between requests until a session, an account or an
 * organization changes: src/db/repositories/session-cache.ts) and its activity written at most every 30 seconds
 * (ACTIVITY_RECORD_INTERVAL_MS): this runs before every signed-in request. A request the
 * screen makes on its own is not the person's activity and is never written. A sign-out racing
 * it lets at most the request already under way finish, as it would have anyway.
 */
export async function resumeSession(
  app: AppServices,
  request: RequestContext,
  token: string,
  options: { readonly activity?: boolean } = {},
): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  const now = app.clock.now();
  const found = await findSessionWithUserKept(app.db, tokenHash);
  if (!found) return { kind: 'none' };
  const { session, user } = found;
  const state = user?.active ? sessionState(session, now, app.config.session) : 'expired';
  if (!user || state !== 'active') {
    await app.db.transaction(async (tx) => {
      await deleteSession(tx, tokenHash);
      await appendAuditEvent(
        tx,
        auditContext(app, { ...request, actor: user ? actorOf(user) : null }),
        {
          action: 'auth.session_expired',
          outcome: 'denied',
          reason: state,
          targetType: 'user',
          targetId: session.userId,
          details: { state },
        },
      );
    });
    return { kind: 'expired' };
  }
  // A background request (options.activity false) is served but is not the person's activity.
  const record = options.activity !== false && activityWorthRecording(session.lastSeenAt, now);
  if (record) await touchSessionKept(app.db, tokenHash, now);
  return {
    kind: 'signed_in',
    signedIn: {
      session: { ...session, lastSeenAt: record ? now : session.lastSeenAt },
      user,
      actor: actorOf(user),
    },
  };
}

/**
 * Ends the session. `idle`: the screen's idle timer ran out (the person did not answer its
 * warning), so a reload cannot bring back a session the screen already showed as ended.
 */
export async function logout(
  app: AppServices,
  request: RequestContext,
  signedIn: SignedIn,
  reason: 'person' | 'idle' = 'person',
): Promise<void> {
  await app.db.transaction(async (tx) => {
    await deleteSession(tx, signedIn.session.tokenHash);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'auth.logout',
      outcome: 'allowed',
      targetType: 'user',
      targetId: signedIn.user.id,
      details: reason === 'idle' ? { reason } : {},
    });
  });
}

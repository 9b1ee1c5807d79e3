import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAuditEvent } from '../audit/audit-log.js';
import { auditContext, type AppServices } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { sameToken } from '../security/tokens.js';
import { resumeSession } from '../services/auth/session.js';
import { pendingStep } from '../services/auth/signed-in.js';
import type { RouteAccess } from './types.js';

export const SESSION_COOKIE = 'lantern_session';
const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieOptions(app: AppServices) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.secureCookies,
  };
}

/**
 * Runs before the body is read: finds the session, then refuses what the route does not
 * allow (401), and any mutation without the session's CSRF token (403). Default deny:
 * a route that says nothing needs a full session.
 */
export function sessionHook(app: AppServices) {
  return async function onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.signedIn = null;
    request.context = {
      actor: null,
      ip: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    };
    const access: RouteAccess = request.routeOptions.config.access ?? 'full';
    if (!request.url.startsWith('/api/')) return;

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resumeSession(app, request.context, token, {
        activity: request.routeOptions.config.background !== true,
      });
      if (found.kind === 'signed_in') {
        request.signedIn = found.signedIn;
        request.context = { ...request.context, actor: found.signedIn.actor };
      } else {
        void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(app));
        if (found.kind === 'expired' && access !== 'public') {
          throw unauthenticated('session_expired', 'Your session ended. Sign in again.');
        }
      }
    }
    if (access === 'public') return;
    const signedIn = request.signedIn;
    if (!signedIn) throw unauthenticated('not_signed_in', 'Sign in first.');
    if (access === 'full' && pendingStep(signedIn, app.config.demoMode) !== 'none') {
      throw forbidden(
        'sign_in_incomplete',
        'Finish signing in first (second factor or new password).',
      );
    }
    if (MUTATIONS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, signedIn.session.csrfToken)) {
        await appendAuditEvent(app.db, auditContext(app, request.context), {
          action: 'auth.csrf_rejected',
          outcome: 'denied',
          reason: 'missing or wrong x-csrf-token',
          details: { method: request.method, route: request.routeOptions.url ?? 'unknown' },
        });
        throw forbidden(
          'csrf_token_invalid',
          'This request lacks the x-csrf-token header of your session.',
        );
      }
    }
  };
}

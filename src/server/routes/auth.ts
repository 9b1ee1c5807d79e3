import { z } from 'zod';
import type { AppServices } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { sessionCookieOptions, SESSION_COOKIE } from '../http/session-hook.js';
import {
  ChangePasswordBody,
  ErrorBody,
  LoginBody,
  LogoutQuery,
  MfaCodeBody,
  MfaSetup,
  SessionBody,
  SessionState,
} from '../http/schemas.js';
import type { App } from '../http/types.js';
import { changePassword } from '../services/auth/change-password.js';
import { login } from '../services/auth/login.js';
import { enableMfa, setupMfa, verifyMfa } from '../services/auth/mfa.js';
import { logout, resumeSession } from '../services/auth/session.js';
import { describeSession, pendingStep, type SignedIn } from '../services/auth/signed-in.js';
import type { FastifyRequest } from 'fastify';

const tags = ['authentication'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody, 429: ErrorBody };

function signedInOf(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw unauthenticated('not_signed_in', 'Sign in first.');
  return request.signedIn;
}

export function authRoutes(app: App, services: AppServices) {
  const signInRateLimit = { max: services.config.signInRateLimitPerMinute, timeWindow: '1 minute' };
  /** The session as it stands after a step of sign-in (re-read: the step changed it). */
  async function current(request: FastifyRequest) {
    const token = request.cookies[SESSION_COOKIE] ?? '';
    const found = await resumeSession(services, request.context, token);
    if (found.kind !== 'signed_in')
      throw unauthenticated('session_expired', 'Your session ended. Sign in again.');
    return describeSession(found.signedIn, services.config.demoMode, services.config.session);
  }

  app.post('/api/auth/login', {
    config: { access: 'public', rateLimit: signInRateLimit },
    schema: {
      tags,
      summary: 'Sign in with email and password',
      description:
        'Sets the session cookie and returns the CSRF token to send with every mutation.',
      body: LoginBody,
      response: { 200: SessionBody, ...errors },
    },
    handler: async (request, reply) => {
      const { token, signedIn } = await login(services, request.context, request.body);
      void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(services));
      return describeSession(signedIn, services.config.demoMode, services.config.session);
    },
  });

  app.get('/api/auth/session', {
    config: { access: 'partial' },
    schema: { tags, summary: 'The current session', response: { 200: SessionBody, ...errors } },
    handler: (request) =>
      describeSession(signedInOf(request), services.config.demoMode, services.config.session),
  });

  // The web app asks this on every page, signed out included: being signed out is an answer here,
  // not an error, so a sign-in page logs no 401. GET /api/auth/session keeps its 401.
  app.get('/api/auth/state', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Whether anyone is signed in, and the session if so (200 either way)',
      querystring: z.strictObject({}),
      response: { 200: SessionState, ...errors },
    },
    handler: (request) =>
      request.signedIn
        ? {
            signedIn: true,
            session: describeSession(
              request.signedIn,
              services.config.demoMode,
              services.config.session,
            ),
          }
        : { signedIn: false, session: null },
  });

  app.post('/api/auth/logout', {
    config: { access: 'partial' },
    schema: {
      tags,
      summary: 'Sign out',
      description:
        '`reason=idle` when the screen ends the session because its idle warning went unanswered (audited so); otherwise the person signed out.',
      querystring: LogoutQuery,
      response: { 204: z.null().describe('Signed out'), ...errors },
    },
    handler: async (request, reply) => {
      const reason = request.query.reason ?? 'person';
      await logout(services, request.context, signedInOf(request), reason);
      void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(services));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/auth/mfa/setup', {
    config: { access: 'partial' },
    schema: {
      tags,
      summary: 'Start setting up an authenticator app',
      response: { 200: MfaSetup, ...errors },
    },
    handler: async (request) => setupMfa(services, request.context, signedInOf(request)),
  });

  app.post('/api/auth/mfa/enable', {
    config: { access: 'partial' },
    schema: {
      tags,
      summary: 'Confirm the authenticator with a code',
      body: MfaCodeBody,
      response: { 200: SessionBody, ...errors },
    },
    handler: async (request) => {
      await enableMfa(services, request.context, signedInOf(request), request.body.code);
      return current(request);
    },
  });

  app.post('/api/auth/mfa/verify', {
    config: { access: 'partial', rateLimit: signInRateLimit },
    schema: {
      tags,
      summary: 'Enter the second-factor code',
      body: MfaCodeBody,
      response: { 200: SessionBody, ...errors },
    },
    handler: async (request) => {
      await verifyMfa(services, request.context, signedInOf(request), request.body.code);
      return current(request);
    },
  });

  app.post('/api/auth/password', {
    config: { access: 'partial' },
    schema: {
      tags,
      summary: 'Change your own password',
      body: ChangePasswordBody,
      response: { 200: SessionBody, ...errors },
    },
    handler: async (request) => {
      const signedIn = signedInOf(request);
      if (pendingStep(signedIn, services.config.demoMode) === 'verify') {
        throw forbidden('sign_in_incomplete', 'Enter your second-factor code first.');
      }
      await changePassword(services, request.context, signedIn, request.body);
      return current(request);
    },
  });
}

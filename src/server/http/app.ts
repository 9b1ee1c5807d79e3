import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AppServices } from '../context.js';
import { administrationRoutes } from '../routes/administration.js';
import { approvalRoutes } from '../routes/approvals.js';
import { authRoutes } from '../routes/auth.js';
import { breakGlassRoutes } from '../routes/break-glass.js';
import { caseSealRoutes } from '../routes/case-seal.js';
import { structuredRecordRoutes } from '../routes/structured-records.js';
import { contactRoutes } from '../routes/contacts.js';
import { courtRoutes } from '../routes/court.js';
import { documentRoutes } from '../routes/documents.js';
import { trainingRoutes } from '../routes/training.js';
import { hsdsRoutes } from '../routes/hsds.js';
import { legalRoutes } from '../routes/legal.js';
import { mdtMeetingRoutes } from '../routes/mdt-meetings.js';
import { referralRoutes } from '../routes/referrals.js';
import { protocolRoutes } from '../routes/protocol.js';
import { recordLifecycleRoutes } from '../routes/record-lifecycle.js';
import { missingRoutes } from '../routes/missing.js';
import { releaseRoutes } from '../routes/releases.js';
import { reportRoutes } from '../routes/reports.js';
import { safetyPlanRoutes } from '../routes/safety-plans.js';
import { legalMatterRoutes } from '../routes/legal-matters.js';
import { screeningRoutes } from '../routes/screening.js';
import { lanternVersion, systemRoutes } from '../routes/system.js';
import { timelineRoutes } from '../routes/timeline.js';
import { youthRoutes } from '../routes/youth.js';
import { errorHandler } from './error-handler.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { sessionHook } from './session-hook.js';
import { refuseUnstorableText } from './storable-text.js';
import type { App } from './types.js';

/** The built web app: dist/web beside the package, the same from src/ (tsx) and dist/. */
const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/** Hashed build output under assets/ is cached for good; everything else is revalidated. */
export function webCacheControl(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export interface BuildOptions {
  /** false in tests; otherwise a pino logger at this level. */
  readonly logLevel?: string | false;
  /** Where log lines go (default: standard output); tests read them back. */
  readonly logStream?: NodeJS.WritableStream;
}

export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<App> {
  const logLevel = options.logLevel ?? services.config.logLevel;
  const app = Fastify({
    logger:
      logLevel === false
        ? false
        : {
            level: logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
            // Paths only: a query string can hold a name someone searched for.
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                url: req.url.split('?')[0] ?? '',
              }),
              err: (err: Error & { code?: string }) => ({
                type: err.name,
                code: err.code ?? '',
                message: err.message,
                stack: err.stack ?? '',
              }),
            },
          },
    bodyLimit: services.config.bodyLimitBytes,
    trustProxy: services.config.trustProxy,
    // Fastify gives each plugin 10 s to load and then refuses to start. Loading the routes takes
    // about a CPU-second; on a machine busy enough to hand this process a tenth of a core (a
    // server restarted under load, tests in parallel) that limit was met, and the start failed
    // with "Plugin did not start in time". A minute still catches a plugin that never loads.
    pluginTimeout: 60_000,
    // Errors the router meets before any route: a path whose %-escapes decode to no text. Same
    // JSON as every other error, and the address is not echoed (it can hold a name).
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      void reply.code(400).send({
        error:
          error.code === 'FST_ERR_BAD_URL'
            ? { code: 'invalid_url', message: 'The address holds a %-escape that is not text.' }
            : { code: 'invalid_request', message: 'The request is not valid.' },
      });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('signedIn', null);
  app.decorateRequest('context', null as never);

  // The map's style, tiles, glyphs and sprites come from the configured style's origin and no
  // other; MapLibre may decode tile images through blob: URLs. Unset, the pages fetch nothing
  // from elsewhere (docs/ARCHITECTURE.md, the map).
  const mapStyleUrl = services.config.mapStyleUrl;
  const map = mapStyleUrl ? [new URL(mapStyleUrl).origin] : [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(map.length > 0 ? [...map, 'blob:'] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'", ...map],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        upgradeInsecureRequests: services.config.secureCookies ? [] : null,
      },
    },
    hsts: services.config.secureCookies,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  // Counted in the database, so every process behind a load balancer counts the same hits.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(services) });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lantern API',
        version: lanternVersion,
        description:
          'Coordinated, victim-centered multi-agency response to commercially sexually exploited children. ' +
          'Sign in with POST /api/auth/login; send the returned csrfToken as x-csrf-token with every mutation. ' +
          'Errors are {"error": {"code", "message"}}. Text PostgreSQL cannot store (U+0000, or half a ' +
          'surrogate pair) in any path or query parameter or body string is refused with 400 invalid_text, naming where ' +
          'in its message and as values beside it: part (params, query or body), field, inKey, codePoint, kind (nul or ' +
          'lone_surrogate) and line (of a text with several, else null).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lantern_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', sessionHook(services));
  // After the body is parsed, before any schema or service: text PostgreSQL cannot store.
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', async (request, reply, payload) => {
    // Nothing from the API may be kept by a shared computer's browser cache.
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
    return payload;
  });

  systemRoutes(app, services);
  authRoutes(app, services);
  administrationRoutes(app, services);
  approvalRoutes(app, services);
  youthRoutes(app, services);
  recordLifecycleRoutes(app, services);
  legalRoutes(app, services);
  hsdsRoutes(app, services);
  referralRoutes(app, services);
  releaseRoutes(app, services);
  protocolRoutes(app, services);
  missingRoutes(app, services);
  timelineRoutes(app, services);
  contactRoutes(app, services);
  safetyPlanRoutes(app, services);
  legalMatterRoutes(app, services);
  screeningRoutes(app, services);
  reportRoutes(app, services);
  courtRoutes(app, services);
  mdtMeetingRoutes(app, services);
  documentRoutes(app, services);
  breakGlassRoutes(app, services);
  trainingRoutes(app, services);
  caseSealRoutes(app, services);
  structuredRecordRoutes(app, services);

  const webBuilt = existsSync(`${WEB_ROOT}index.html`);
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: WEB_ROOT,
      index: false,
      // Brotli and gzip copies written at build time (scripts/compress-web.mjs).
      preCompressed: true,
      // Assets named by their content's hash never change: a year, immutable. Anything else
      // (the entry page) is checked with the server each time, so a new release shows at once.
      cacheControl: false,
      setHeaders: (response, path) => {
        response.setHeader('Cache-Control', webCacheControl(path));
      },
    });
    // The app's own entry page, for / and (below) for every path the web app routes itself.
    app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').sendFile('index.html'),
    );
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || !webBuilt || request.method !== 'GET') {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
    }
    // The web app routes everything else itself.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}

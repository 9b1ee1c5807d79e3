import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../context.js';
import type { SignedIn } from '../services/auth/signed-in.js';

/**
 * Who may call a route. `public`: anyone; `partial`: signed in, even with a second factor or a
 * password change still pending; `full` (the default): signed in with nothing pending.
 */
export type RouteAccess = 'public' | 'partial' | 'full';

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
    context: RequestContext;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A request the screen makes on its own (the header's unread count, polled every minute):
     * served to the session like any other, but not counted as the person's activity, so an
     * open tab left alone still reaches the idle limit (docs/CONFIDENTIALITY.md).
     */
    background?: boolean;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

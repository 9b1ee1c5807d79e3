// The store @fastify/rate-limit counts in: Lantern's database (src/server/services/rate-limits.ts)
// instead of the plugin's default, a map in each process's memory that an attacker beats by
// landing on another process behind the load balancer. A route's limit is named by its method
// and path, so each route counts apart as before; a limit made with app.rateLimit() has no
// route and is named "shared" (its key generator names it: see routes/hsds.ts). The plugin's
// continueExceeding and exponentialBackoff are not used by Lantern and not supported here.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AppServices } from '../context.js';
import { hitRateLimit } from '../services/rate-limits.js';

const DEFAULT_WINDOW_MS = 60_000;

function limitName(routeOptions: unknown, fallback: string): string {
  const info = (routeOptions as { routeInfo?: { method?: unknown; url?: unknown } } | null)
    ?.routeInfo;
  const method = Array.isArray(info?.method) ? info.method.join(',') : info?.method;
  return typeof method === 'string' && typeof info?.url === 'string'
    ? `${method} ${info.url}`
    : fallback;
}

export function databaseRateLimitStore(app: AppServices): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly limit: string;

    constructor(_options: unknown, limit = 'shared') {
      this.limit = limit;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      hitRateLimit(app, {
        limit: this.limit,
        client: key,
        windowMs: timeWindow ?? DEFAULT_WINDOW_MS,
      }).then(
        (count) => {
          callback(null, { current: count.hits, ttl: count.ttlMs });
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error('the rate limit was not counted'));
        },
      );
    }

    child(routeOptions: unknown): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(null, limitName(routeOptions, this.limit));
    }
  }
  return DatabaseRateLimitStore;
}

import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import type { AuditContext } from './audit/events.js';
import type { PasswordCost } from './security/passwords.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every service needs, built once at start. */
export interface AppServices {
  readonly db: Database;
  /**
   * The read replica the reports read when DATABASE_REPLICA_URL is set
   * (src/server/services/reports/report-reads.ts); their audit is still written to `db`.
   */
  readonly reportsDb?: Database;
  readonly config: Config;
  readonly masterKey: Buffer;
  readonly clock: Clock;
  /**
   * What a password hash costs: always Lantern's (src/server/security/passwords.ts) on a
   * county's server, where this is never set. Tests set a low cost to save minutes of hashing.
   */
  readonly passwordCost?: PasswordCost;
}

/** Who is asking and from where: built per request, passed to every service call. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export function auditContext(app: AppServices, request: RequestContext): AuditContext {
  return {
    actorUserId: request.actor?.userId ?? null,
    actorOrganizationId: request.actor?.organizationId ?? null,
    jurisdictionId: request.actor?.jurisdictionId ?? null,
    ip: request.ip,
    userAgent: request.userAgent,
    now: app.clock.now(),
  };
}

/** The command line acts as nobody in particular; its events say so. */
export const commandLine: RequestContext = { actor: null, ip: null, userAgent: 'lantern-cli' };

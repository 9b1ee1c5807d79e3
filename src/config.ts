// Lantern's configuration: environment variables, with command-line flags on top.
import { resolve } from 'node:path';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './domain/sessions.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly demoMode: boolean;
  readonly session: SessionPolicy;
  /** Secure cookies need HTTPS; off only in demo mode on plain http://localhost. */
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: string;
  readonly bodyLimitBytes: number;
  /** Sign-in and code attempts allowed per client address per minute, whatever the account. */
  readonly signInRateLimitPerMinute: number;
  /** Requests per client address per minute to the public directory (/api/hsds, the guide). */
  readonly publicRateLimitPerMinute: number;
  /** The largest directory upload accepted by the import screen. */
  readonly importLimitBytes: number;
  /** How often each app process runs the protocol's due jobs (tasks, escalations, referrals). */
  readonly jobIntervalSeconds: number;
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, not "${raw}"`);
}

export function loadConfig(
  env: NodeJS.ProcessEnv,
  overrides: { readonly demo?: boolean; readonly port?: number } = {},
): Config {
  const demoMode = overrides.demo ?? flag(env, 'LANTERN_DEMO', false);
  return {
    port: overrides.port ?? integer(env, 'PORT', 8080, 0, 65535),
    // Demo mode has well-known passwords: it listens on this machine only unless told otherwise.
    host: env.HOST ?? (demoMode ? '127.0.0.1' : '0.0.0.0'),
    dataDir: resolve(env.LANTERN_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demoMode,
    session: {
      idleMs:
        integer(
          env,
          'LANTERN_IDLE_TIMEOUT_MINUTES',
          DEFAULT_SESSION_POLICY.idleMs / 60_000,
          1,
          24 * 60,
        ) * 60_000,
      absoluteMs:
        integer(
          env,
          'LANTERN_SESSION_MAX_HOURS',
          DEFAULT_SESSION_POLICY.absoluteMs / 3_600_000,
          1,
          72,
        ) * 3_600_000,
    },
    secureCookies: flag(env, 'LANTERN_SECURE_COOKIES', !demoMode),
    trustProxy: flag(env, 'LANTERN_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: integer(env, 'LANTERN_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 50 * 1024 * 1024),
    signInRateLimitPerMinute: integer(env, 'LANTERN_SIGN_IN_RATE_LIMIT', 20, 1, 100_000),
    publicRateLimitPerMinute: integer(env, 'LANTERN_PUBLIC_RATE_LIMIT', 120, 1, 1_000_000),
    importLimitBytes: integer(
      env,
      'LANTERN_IMPORT_LIMIT_BYTES',
      20 * 1024 * 1024,
      1024,
      500 * 1024 * 1024,
    ),
    jobIntervalSeconds: integer(env, 'LANTERN_JOB_INTERVAL_SECONDS', 15, 1, 3600),
  };
}

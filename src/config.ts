// Lantern's configuration: environment variables, with command-line flags on top.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './domain/documents.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './domain/sessions.js';
import {
  DEFAULT_CONTACT_CHECK_THROTTLE,
  type CheckThrottlePolicy,
} from './domain/verified-contacts.js';

/** Email notices go through one SMTP server (issue 10); none is configured means no email. */
export interface MailConfig {
  /** smtp:// or smtps://, possibly with a user and password: never logged, never echoed. */
  readonly smtpUrl: string;
  /** The From address, bare or as `Name <address>`. */
  readonly from: string;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /**
   * A read-only PostgreSQL replica of DATABASE_URL (streaming replication) that the reports read
   * (docs/scaling.md); unset: the reports read the primary.
   */
  readonly databaseReplicaUrl: string | undefined;
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
  /** The largest document a case keeps (POST /api/youth/{id}/documents). */
  readonly maxDocumentBytes: number;
  /** How often each app process runs the protocol's due jobs (tasks, escalations, referrals). */
  readonly jobIntervalSeconds: number;
  /** null when LANTERN_SMTP_URL is unset: email notices are off, in-app ones remain. */
  readonly mail: MailConfig | null;
  /** Where people reach Lantern, without a trailing slash: the base of links in emails. */
  readonly publicUrl: string;
  /** How many names one person may check in a window before checks stop and the county is alerted. */
  readonly contactCheck: CheckThrottlePolicy;
  /**
   * A MapLibre style JSON for the directory's and Find help's map; null keeps the offline plot,
   * which needs no network. Its origin, and no other, is added to the pages' CSP.
   */
  readonly mapStyleUrl: string | null;
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

const Address = z.email();

/** A bare address or `Display Name <address>`, as a From header takes it. */
function isMailbox(value: string): boolean {
  const named = /^[^<>]*<([^<>]+)>$/.exec(value);
  return Address.safeParse(named ? named[1] : value).success;
}

function mailConfig(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.LANTERN_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  // The URL may carry a password, so no message here repeats what was given.
  let url: URL | null = null;
  try {
    url = new URL(smtpUrl);
  } catch {
    url = null;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    throw new Error(
      'LANTERN_SMTP_URL must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.org:465',
    );
  }
  const from = env.LANTERN_MAIL_FROM?.trim();
  if (!from) {
    throw new Error(
      'LANTERN_MAIL_FROM is required when LANTERN_SMTP_URL is set: the address emails come from',
    );
  }
  if (!isMailbox(from)) {
    throw new Error(
      `LANTERN_MAIL_FROM must be an email address such as lantern@county.example.gov or "Lantern <lantern@county.example.gov>", not "${from}"`,
    );
  }
  return { smtpUrl, from };
}

function publicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.LANTERN_PUBLIC_URL?.trim();
  if (!raw) return `http://localhost:${port}`;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  // Links are built by appending paths, so a query, fragment or credentials would break them.
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    // Echoed to help, unless it carries credentials.
    const given = url && (url.username !== '' || url.password !== '') ? '' : `, not "${raw}"`;
    throw new Error(
      `LANTERN_PUBLIC_URL must be an http:// or https:// address such as https://lantern.county.example.gov, without query or fragment${given}`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

/** Loopback names: the only hosts a map style may be fetched from over plain http. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function mapStyleUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.LANTERN_MAP_STYLE_URL?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  // Every browser fetches it: plain http would let anyone on the way swap the map (and its
  // tile hosts), so only a style on this machine (a local tile server) may skip TLS.
  const secure =
    url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!url || !secure || url.username !== '' || url.password !== '') {
    // The query may hold the tile provider's key: echo only the part before it.
    const given =
      url && url.username === '' && url.password === '' ? url.origin + url.pathname : '';
    throw new Error(
      `LANTERN_MAP_STYLE_URL must be an https:// address of a MapLibre style such as https://tiles.example.org/styles/streets/style.json (http:// only on localhost or 127.0.0.1), without user or password${given ? `, not "${given}"` : ''}`,
    );
  }
  return url.href;
}

/** DATABASE_REPLICA_URL, which only a PostgreSQL primary (DATABASE_URL) can have. */
function replicaUrl(env: NodeJS.ProcessEnv): string | undefined {
  const replica = env.DATABASE_REPLICA_URL || undefined;
  if (replica !== undefined && !env.DATABASE_URL)
    throw new Error(
      'DATABASE_REPLICA_URL needs DATABASE_URL: a replica is of a PostgreSQL primary',
    );
  if (replica !== undefined && !/^postgres(ql)?:\/\//.test(replica))
    throw new Error('DATABASE_REPLICA_URL must be a postgres:// connection string');
  return replica;
}

export function loadConfig(
  env: NodeJS.ProcessEnv,
  overrides: { readonly demo?: boolean; readonly port?: number } = {},
): Config {
  const demoMode = overrides.demo ?? flag(env, 'LANTERN_DEMO', false);
  const port = overrides.port ?? integer(env, 'PORT', 8080, 0, 65535);
  return {
    port,
    // Demo mode has well-known passwords: it listens on this machine only unless told otherwise.
    host: env.HOST ?? (demoMode ? '127.0.0.1' : '0.0.0.0'),
    dataDir: resolve(env.LANTERN_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrl: replicaUrl(env),
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
    maxDocumentBytes: integer(
      env,
      'LANTERN_MAX_DOCUMENT_BYTES',
      DEFAULT_MAX_DOCUMENT_BYTES,
      1024,
      100 * 1024 * 1024,
    ),
    jobIntervalSeconds: integer(env, 'LANTERN_JOB_INTERVAL_SECONDS', 15, 1, 3600),
    mail: mailConfig(env),
    publicUrl: publicUrl(env, port),
    contactCheck: {
      maxChecks: integer(
        env,
        'LANTERN_CONTACT_CHECK_LIMIT',
        DEFAULT_CONTACT_CHECK_THROTTLE.maxChecks,
        1,
        1000,
      ),
      windowMs:
        integer(
          env,
          'LANTERN_CONTACT_CHECK_WINDOW_MINUTES',
          DEFAULT_CONTACT_CHECK_THROTTLE.windowMs / 60_000,
          1,
          24 * 60,
        ) * 60_000,
    },
    mapStyleUrl: mapStyleUrl(env),
  };
}

// Builds an invented state into an empty, migrated database: counties and their agencies,
// the directory, youth and their cases, events, referrals and the audit log. Everything is
// drawn from a seeded generator, so one seed gives the same rows every time (except what must
// be random: password salts, the counties' data keys and each sealed note's nonce).
import type { Database } from '../../src/db/database.js';
import type { AppServices } from '../../src/server/context.js';
import { hashPassword } from '../../src/server/security/passwords.js';
import { generateEvents, generateReferrals } from './activity.js';
import { generateAudit } from './audit.js';
import { generateCases } from './cases.js';
import { generateCounties, type GeneratedCounty } from './counties.js';
import { generateDirectory } from './directory.js';
import type { Progress } from './writer.js';

export interface GenerateCounts {
  readonly counties: number;
  readonly organizations: number;
  readonly services: number;
  readonly youth: number;
  readonly referrals: number;
  readonly events: number;
  readonly audit: number;
}

/** `state`: the statewide figures (PostgreSQL); `county`: one county, for PGlite. */
export const PRESETS: Readonly<Record<'state' | 'county', GenerateCounts>> = {
  state: {
    counties: 58,
    organizations: 3000,
    services: 20_000,
    youth: 100_000,
    referrals: 300_000,
    events: 2_000_000,
    audit: 5_000_000,
  },
  county: {
    counties: 1,
    organizations: 40,
    services: 400,
    youth: 2000,
    referrals: 6000,
    events: 40_000,
    audit: 100_000,
  },
};

/** Every generated account's password: invented, printed once for the bench. */
export const GENERATED_PASSWORD = 'invented-state-password';

export interface GenerateOptions extends GenerateCounts {
  readonly seed: string;
}

export interface GenerateResult {
  readonly counties: readonly GeneratedCounty[];
  readonly youthIds: readonly string[];
}

/** Refuses a database that already holds a county or an audit event. */
export async function assertEmpty(db: Database): Promise<void> {
  const [row] = await db.query<{ jurisdictions: number; events: number }>(
    `SELECT (SELECT count(*) FROM jurisdictions)::int AS jurisdictions,
            (SELECT count(*) FROM audit_events)::int AS events`,
  );
  if (row && (row.jurisdictions > 0 || row.events > 0)) {
    throw new Error(
      `the database is not empty (${String(row.jurisdictions)} jurisdictions, ${String(row.events)} audit events): generate into a new database`,
    );
  }
}

export function checkCounts(counts: GenerateCounts): void {
  // Only the counts: an options object may carry more.
  for (const name of Object.keys(PRESETS.state) as (keyof GenerateCounts)[]) {
    const value = counts[name];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new Error(`--${name} must be a whole number, 0 or more`);
    }
  }
  if (counts.counties < 1) throw new Error('--counties must be at least 1');
}

/**
 * `app.clock` is the generated state's "now": rows fall in the two years before it. The app's
 * own services (the directory import) run with it too, so a fixed clock gives fixed rows.
 */
export async function generateState(
  app: AppServices,
  options: GenerateOptions,
  progress: Progress,
): Promise<GenerateResult> {
  checkCounts(options);
  await assertEmpty(app.db);
  const now = app.clock.now();
  const passwordHash = await hashPassword(GENERATED_PASSWORD, app.passwordCost);
  const counties = await generateCounties(
    app.db,
    {
      seed: options.seed,
      counties: options.counties,
      organizations: options.organizations,
      passwordHash,
      masterKey: app.masterKey,
      now,
    },
    progress,
  );
  const services = await generateDirectory(
    app,
    { seed: options.seed, services: options.services },
    counties,
    progress,
  );
  const youth = await generateCases(
    app.db,
    { seed: options.seed, youth: options.youth, now },
    counties,
    progress,
  );
  await generateEvents(
    app.db,
    { seed: options.seed, events: options.events, now },
    youth,
    counties,
    progress,
  );
  await generateReferrals(
    app.db,
    { seed: options.seed, referrals: options.referrals, now },
    youth,
    counties,
    services,
    progress,
  );
  await generateAudit(
    app.db,
    { seed: options.seed, audit: options.audit, now },
    youth,
    counties,
    progress,
  );
  return { counties, youthIds: youth.map((y) => y.id) };
}

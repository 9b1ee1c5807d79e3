// `npm run generate`: an invented state for load, scale and bench work, into an empty
// database (README, "A generated state"; figures in docs/performance.md). PostgreSQL from
// --database-url or DATABASE_URL, or PGlite in --pglite DIR (a Lantern data directory: the
// database in DIR/pglite and the demo master key in DIR/master.key, as `lantern start --demo`
// reads them). Never against a county's real database: it refuses one that is not empty.
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { openPostgres } from '../src/db/postgres.js';
import type { AppServices } from '../src/server/context.js';
import { loadMasterKey } from '../src/server/security/master-key.js';
import { countyName } from './generate/counties.js';
import {
  assertEmpty,
  GENERATED_PASSWORD,
  generateState,
  PRESETS,
  type GenerateCounts,
} from './generate/state.js';
import { Progress } from './generate/writer.js';

const whole = (value: string): number => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('a whole number');
  return n;
};

const program = new Command('generate')
  .description('Build an invented state (every record obviously invented) into an empty database.')
  .addOption(new Option('--scale <preset>', 'figures to start from').choices(['county', 'state']))
  .option('--counties <n>', 'counties', whole)
  .option('--organizations <n>', 'organizations, the agencies of every county included', whole)
  .option('--services <n>', 'directory services', whole)
  .option('--youth <n>', 'youth, each with a case team, a consent and notes', whole)
  .option('--referrals <n>', 'referrals', whole)
  .option('--events <n>', 'protocol events on the cases', whole)
  .option('--audit <n>', 'audit events, chained after those the setup writes', whole)
  .option('--seed <text>', 'the same seed gives the same rows', 'lantern')
  .option('--now <instant>', "the state's present (ISO 8601); rows fall in the two years before")
  .option('--database-url <url>', 'PostgreSQL (default: DATABASE_URL)')
  .option('--pglite <dir>', 'a PGlite data directory instead (the county-size version)')
  .parse();

interface Options extends Partial<GenerateCounts> {
  scale?: 'county' | 'state';
  seed: string;
  now?: string;
  databaseUrl?: string;
  pglite?: string;
}
const options = program.opts<Options>();
const databaseUrl = options.pglite ? undefined : (options.databaseUrl ?? process.env.DATABASE_URL);
if (!options.pglite && !databaseUrl) {
  program.error('give --database-url (or DATABASE_URL) for PostgreSQL, or --pglite DIR');
}
const preset = PRESETS[options.scale ?? (options.pglite ? 'county' : 'state')];
const counts: GenerateCounts = {
  counties: options.counties ?? preset.counties,
  organizations: options.organizations ?? preset.organizations,
  services: options.services ?? preset.services,
  youth: options.youth ?? preset.youth,
  referrals: options.referrals ?? preset.referrals,
  events: options.events ?? preset.events,
  audit: options.audit ?? preset.audit,
};
const now = options.now ? new Date(options.now) : new Date();
if (Number.isNaN(now.getTime())) program.error('--now must be an ISO 8601 instant');

const progress = new Progress((line) => process.stderr.write(`${line}\n`));
let db: Database | undefined;
try {
  // PostgreSQL needs the county's master key as the app will have it; PGlite makes the demo
  // key beside its database, as `lantern start --demo` does.
  const masterKey = loadMasterKey({
    env: process.env,
    dataDir: options.pglite ?? '',
    demoMode: options.pglite !== undefined,
  });
  db = databaseUrl
    ? openPostgres(databaseUrl, 4)
    : await openDatabase({ dataDir: options.pglite ?? '' });
  await assertEmpty(await migrated(db));
  progress.line(
    `Generating into ${databaseUrl ? 'PostgreSQL' : `PGlite (${options.pglite ?? ''})`} with seed "${options.seed}": ${JSON.stringify(counts)}`,
  );
  const app: AppServices = {
    db,
    config: loadConfig({}),
    masterKey: masterKey.key,
    clock: { now: () => now },
  };
  const result = await generateState(app, { ...counts, seed: options.seed }, progress);
  const rows = progress.tables.reduce((sum, t) => sum + t.rows, 0);
  progress.line(
    `Done: ${String(rows)} rows in ${progress.elapsedSeconds().toFixed(1)} s (master key: ${masterKey.origin}).`,
  );
  const first = result.counties[0];
  console.log(`Every generated account's password: ${GENERATED_PASSWORD}`);
  console.log(
    `For example (${countyName(0)}): ${(
      ['coordinator', 'advocate', 'law_enforcement_officer'] as const
    )
      .map((role) => first?.accountsByRole.get(role)?.[0]?.email ?? '')
      .join(', ')}`,
  );
} catch (error) {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db?.close();
}

async function migrated(database: Database): Promise<Database> {
  await migrate(database);
  return database;
}

// Opening Lantern: configuration, database, migrations, keys. Shared by the server and the CLI.
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { installProtocolPack, jurisdictionsWithoutProtocol } from '../db/repositories/protocol.js';
import { openDatabase } from '../db/open.js';
import { systemClock, type AppServices, type Clock } from './context.js';
import { loadMasterKey } from './security/master-key.js';
import { sealLegacyBreakGlassReasons } from './services/cases/break-glass-reason.js';
import { sealLegacyPhotos } from './services/missing/photo-seal.js';

export interface Runtime extends AppServices {
  readonly masterKeyOrigin: string;
  readonly migrationsApplied: readonly string[];
}

/** The database, migrated: enough for commands that touch no sealed data. */
export async function openMigratedDatabase(
  config: Config,
): Promise<{ db: Database; applied: readonly string[] }> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied } = await migrate(db);
    return { db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function openRuntime(
  config: Config,
  env: NodeJS.ProcessEnv,
  options: { readonly clock?: Clock } = {},
): Promise<Runtime> {
  // The key first: a missing key must not leave a half-opened database behind.
  const masterKey = loadMasterKey({ env, dataDir: config.dataDir, demoMode: config.demoMode });
  const { db, applied } = await openMigratedDatabase(config);
  const clock = options.clock ?? systemClock;
  const runtime: Runtime = {
    db,
    config,
    clock,
    masterKey: masterKey.key,
    masterKeyOrigin: masterKey.origin,
    migrationsApplied: applied,
    // The reports' replica (docs/scaling.md); its pool connects on the first report.
    ...(config.databaseReplicaUrl
      ? {
          reportsDb: (await import('../db/postgres.js')).openPostgres(config.databaseReplicaUrl, 4),
        }
      : {}),
  };
  try {
    // A county made before the protocol engine gets the default pack once (docs/PROTOCOL.md).
    for (const jurisdictionId of await jurisdictionsWithoutProtocol(db)) {
      await db.transaction((tx) => installProtocolPack(tx, jurisdictionId, clock.now()));
    }
    // Photos stored plain before migration 0027 are sealed now that the key is at hand
    // (docs/MISSING-AND-CUSTODY.md); with none left this is one query.
    await sealLegacyPhotos(runtime);
    // Likewise break-glass reasons stored plain before migration 0032 (docs/CONFIDENTIALITY.md).
    await sealLegacyBreakGlassReasons(runtime);
  } catch (error) {
    // What was opened is closed: a command run in-process (src/cli/program.ts) would otherwise
    // keep the connections and, on PGlite, the data directory's lock.
    await closeRuntime(runtime);
    throw error;
  }
  return runtime;
}

/** Closes what openRuntime opened: the reports' replica, if any, then the database. */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  await runtime.reportsDb?.close();
  await runtime.db.close();
}

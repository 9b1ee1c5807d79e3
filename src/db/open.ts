import { mkdirSync } from 'node:fs';
import type { Database } from './database.js';

/**
 * PostgreSQL when a connection string is given, otherwise embedded PGlite in dataDir. Each
 * engine's module loads only when it is used: a `lantern` command on PGlite does not load the
 * PostgreSQL driver (a tenth of a CPU-second per command), nor one on PostgreSQL PGlite.
 */
export async function openDatabase(options: {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}): Promise<Database> {
  if (options.databaseUrl) return (await import('./postgres.js')).openPostgres(options.databaseUrl);
  mkdirSync(options.dataDir, { recursive: true });
  return (await import('./pglite.js')).openPglite(`${options.dataDir}/pglite`);
}

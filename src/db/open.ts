import { mkdirSync } from 'node:fs';
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** PostgreSQL when a connection string is given, otherwise embedded PGlite in dataDir. */
export async function openDatabase(options: {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  mkdirSync(options.dataDir, { recursive: true });
  return openPglite(`${options.dataDir}/pglite`);
}

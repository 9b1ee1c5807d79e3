// A fresh, migrated database for one test file, on the engine the runner chose.
import { randomBytes } from 'node:crypto';
import { existsSync, openAsBlob, writeFileSync } from 'node:fs';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

export const ENGINE = process.env.LANTERN_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  readonly db: Database;
  /** A connection string for this database (PostgreSQL only). */
  readonly url: string | null;
  close(): Promise<void>;
}

/**
 * A snapshot the runner wrote (an uncompressed archive of a PGlite data directory, some 20 MB),
 * as a Blob PGlite reads from the file itself, or undefined when there is none. Not
 * `new Blob([readFileSync(file)])`: that holds two more copies of the archive in memory before
 * PGlite makes its own, and at each test database's opening the copies cost more CPU (the memory
 * touched for the first time) than the rest of the opening (measured: 0.68-0.86 CPU-s an opening
 * that way, 0.50-0.55 with the file's Blob).
 */
export async function snapshotBlob(file: string | undefined): Promise<Blob | undefined> {
  return file && existsSync(file) ? await openAsBlob(file) : undefined;
}

/**
 * The runner migrates one PGlite database and saves it to LANTERN_TEST_PGLITE_SNAPSHOT;
 * loading that copy takes about half a second, against several for a fresh initdb.
 */
async function openPgliteForTest() {
  const db = await openPglite(
    undefined,
    await snapshotBlob(process.env.LANTERN_TEST_PGLITE_SNAPSHOT),
  );
  await migrate(db);
  return db;
}

/**
 * A `lantern` data directory (LANTERN_DATA_DIR) holding a migrated PGlite database, from the
 * runner's snapshot: a spawned command then opens it instead of running initdb and every
 * migration first (some 9 CPU-seconds). Without a snapshot the directory is left to the command.
 */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const snapshot = await snapshotBlob(process.env.LANTERN_TEST_PGLITE_SNAPSHOT);
  if (!snapshot) return;
  const db = await openPglite(`${dataDir}/pglite`, snapshot);
  await migrate(db);
  await db.close();
}

/** Writes the snapshot the runner hands to every PGlite test process. */
export async function writePgliteSnapshot(
  file: string,
  fill?: (db: Database) => Promise<void>,
): Promise<void> {
  // 1 MB segments: the archive each test database loads holds one segment, not 16 MB of it.
  const db = await openPglite(undefined, undefined, { walSegmentMb: 1 });
  await migrate(db);
  if (fill) await fill(db);
  // Lantern uses the one database PGlite opens, never CREATE DATABASE: initdb's two templates are
  // half the archive's files, which every test database would load.
  await db.exec(`UPDATE pg_database SET datistemplate = false
    WHERE datname IN ('template0', 'template1')`);
  await db.exec('DROP DATABASE template0');
  await db.exec('DROP DATABASE template1');
  await db.exec('CHECKPOINT');
  writeFileSync(file, Buffer.from(await (await db.raw.dumpDataDir('none')).arrayBuffer()));
  await db.close();
}

const withDatabase = (adminUrl: string, name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** A template name, checked since it goes into SQL as an identifier. */
function templateName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw new Error(`a test template is not a plain database name: ${name}`);
  return name;
}

/** The plain migrated template from the environment, or null. */
function postgresTemplate(): string | null {
  const name = process.env.LANTERN_TEST_POSTGRES_TEMPLATE;
  return name ? templateName(name) : null;
}

/**
 * Writes the database every PostgreSQL test file copies (CREATE DATABASE ... TEMPLATE) instead
 * of migrating its own: the runner's counterpart of the PGlite snapshot. Nothing stays connected
 * to it, as PostgreSQL copies only a database no one is using.
 */
export async function writePostgresTemplate(
  adminUrl: string,
  name: string,
  fill?: (db: Database) => Promise<void>,
): Promise<void> {
  const admin = openPostgres(adminUrl, 1);
  try {
    await admin.exec(`CREATE DATABASE ${templateName(name)}`);
    const db = openPostgres(withDatabase(adminUrl, name), 1);
    try {
      await migrate(db);
      if (fill) await fill(db);
    } finally {
      await db.close();
    }
  } finally {
    await admin.close();
  }
}

/** Drops the template after the run, on a server the runner did not start. */
export async function dropPostgresTemplate(adminUrl: string, name: string): Promise<void> {
  const admin = openPostgres(adminUrl, 1);
  try {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.close();
  }
}

/**
 * `template`: on PostgreSQL, another template the runner made (the demo's,
 * test/support/demo-database.ts) instead of the plain migrated one.
 */
export async function openTestDatabase(template?: string): Promise<TestDatabase> {
  if (ENGINE === 'pglite') {
    const db = await openPgliteForTest();
    return { db, url: null, close: () => db.close() };
  }
  const adminUrl = process.env.LANTERN_TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('LANTERN_TEST_DATABASE_URL is not set for the postgres engine');
  const name = `lantern_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(adminUrl, 1);
  const from = template === undefined ? postgresTemplate() : templateName(template);
  // FILE_COPY copies the template's files as they are; PostgreSQL 15's default (WAL_LOG) writes
  // every page of it to the write-ahead log as well: 31-79 ms against 139-155 ms of the server's
  // time for the migrated template (12 MB), once for every test database.
  await admin.exec(`CREATE DATABASE ${name}${from ? ` TEMPLATE ${from}` : ''} STRATEGY FILE_COPY`);
  const url = withDatabase(adminUrl, name);
  const db = openPostgres(url);
  // Finds the template's migrations applied, as a fresh database's would be after this call.
  await migrate(db);
  return {
    db,
    url,
    async close() {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

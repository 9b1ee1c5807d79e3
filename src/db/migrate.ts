import type { Database } from './database.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

// Any constant works; it keeps two processes from migrating the same PostgreSQL at once.
const MIGRATION_LOCK = 7_351_202;

export interface MigrationResult {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done].filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new Error(
        `the database has migrations this Lantern does not know (${unknown.join(', ')}): it was upgraded by a newer version`,
      );
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      // Statements run one by one through the transaction's connection.
      for (const statement of splitStatements(migration.up)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  });
}

/**
 * Splits a migration into statements on semicolons that end a line, leaving
 * dollar-quoted function bodies ($$ ... $$) whole.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollarQuote = false;
  for (const line of sql.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('--') && !inDollarQuote) continue;
    current += line + '\n';
    const dollars = line.split('$$').length - 1;
    if (dollars % 2 === 1) inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && trimmed.endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}

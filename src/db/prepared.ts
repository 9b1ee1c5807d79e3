// What both engines' prepared statements share (src/db/pglite-statements.ts, src/db/postgres.ts):
// which statements are prepared, and the one error that says a prepared statement went stale.

/** Data statements are prepared; a schema change or a setting runs as written, every time. */
const PREPARABLE = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|VALUES)\b/i;

export function isPreparable(sql: string): boolean {
  return PREPARABLE.test(sql);
}

/**
 * PostgreSQL's refusal to run a prepared statement whose result columns a schema change altered
 * (a column added under a `SELECT *`): prepared again under a new name, it runs.
 */
export function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === '0A000' &&
    error.message.includes('cached plan must not change result type')
  );
}

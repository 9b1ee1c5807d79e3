/**
 * Builds "col = $n, ..." for the fields present in `changes`. Column names come only from
 * the caller's fixed `columns` map, never from input, so nothing untrusted reaches the SQL text.
 */
export function assignments<K extends string>(
  changes: NoInfer<Partial<Record<K, unknown>>>,
  columns: Readonly<Record<K, string>>,
  firstParam: number,
): { readonly sql: string; readonly params: unknown[]; readonly fields: K[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const fields: K[] = [];
  for (const key of Object.keys(columns) as K[]) {
    if (!(key in changes) || changes[key] === undefined) continue;
    params.push(changes[key]);
    parts.push(`${columns[key]} = $${firstParam + params.length - 1}`);
    fields.push(key);
  }
  parts.push('updated_at = now()');
  return { sql: parts.join(', '), params, fields };
}

/**
 * A LIKE pattern that finds `text` anywhere, with LIKE's own characters (\ % _) escaped: what a
 * person types is matched as written, and a trailing backslash is not a database error.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

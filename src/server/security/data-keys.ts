// Envelope encryption for privileged communications: each jurisdiction has a random data key,
// stored only wrapped (sealed) by the master key, which never enters the database.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { seal, unseal } from './master-key.js';

export interface DataKey {
  readonly version: number;
  readonly key: Buffer;
}

const wrapPurpose = (jurisdictionId: string, version: number) =>
  `jurisdiction-data-key:${jurisdictionId}:${String(version)}`;

/** Unwrapped keys, per master key, so a request does not unwrap on every note. */
const cache = new WeakMap<Buffer, Map<string, Buffer>>();

function remember(masterKey: Buffer, id: string, key: Buffer): Buffer {
  let keys = cache.get(masterKey);
  if (!keys) cache.set(masterKey, (keys = new Map<string, Buffer>()));
  keys.set(id, key);
  return key;
}

async function unwrap(
  db: Queryable,
  masterKey: Buffer,
  jurisdictionId: string,
  version: number,
): Promise<Buffer | null> {
  const cached = cache.get(masterKey)?.get(`${jurisdictionId}:${String(version)}`);
  if (cached) return cached;
  const [row] = await db.query<{ wrapped_key: string }>(
    'SELECT wrapped_key FROM jurisdiction_keys WHERE jurisdiction_id = $1 AND version = $2',
    [jurisdictionId, version],
  );
  if (!row) return null;
  const key = Buffer.from(
    unseal(masterKey, row.wrapped_key, wrapPurpose(jurisdictionId, version)),
    'base64',
  );
  return remember(masterKey, `${jurisdictionId}:${String(version)}`, key);
}

/** The jurisdiction's current data key, made on first use. */
export async function currentDataKey(
  tx: Queryable,
  masterKey: Buffer,
  jurisdictionId: string,
): Promise<DataKey> {
  const [latest] = await tx.query<{ version: number }>(
    'SELECT max(version) AS version FROM jurisdiction_keys WHERE jurisdiction_id = $1',
    [jurisdictionId],
  );
  if (latest?.version) {
    const key = await unwrap(tx, masterKey, jurisdictionId, latest.version);
    if (key) return { version: latest.version, key };
  }
  const key = randomBytes(32);
  await tx.query(
    `INSERT INTO jurisdiction_keys (jurisdiction_id, version, wrapped_key) VALUES ($1, 1, $2)
     ON CONFLICT DO NOTHING`,
    [jurisdictionId, seal(masterKey, key.toString('base64'), wrapPurpose(jurisdictionId, 1))],
  );
  // Another process may have made it first: use whichever is stored.
  const stored = await unwrap(tx, masterKey, jurisdictionId, 1);
  if (!stored) throw new Error('could not store the jurisdiction data key');
  return { version: 1, key: stored };
}

export async function dataKey(
  db: Queryable,
  masterKey: Buffer,
  jurisdictionId: string,
  version: number,
): Promise<Buffer> {
  const key = await unwrap(db, masterKey, jurisdictionId, version);
  if (!key) throw new Error(`data key ${String(version)} of a jurisdiction is missing`);
  return key;
}

/** The ciphertext is bound to its note and case: a sealed body cannot be moved to another. */
export const notePurpose = (noteId: string, youthId: string) =>
  `privileged-note:${noteId}:${youthId}`;

/**
 * A break-glass reason is bound to its opening and county: moved to another opening, or read as
 * another county's, its seal does not open.
 */
export const breakGlassReasonPurpose = (grantId: string, jurisdictionId: string) =>
  `break-glass-reason:${grantId}:${jurisdictionId}`;

// Keyed hashes for audit details that must let an investigator recognise a value without the
// log holding it: HMAC-SHA-256 under a key derived from the master key (HKDF, one key per
// purpose). Whoever has only the database cannot test guesses against them; whoever holds the
// master key can, by hashing a suspected value the same way.
import { createHmac, hkdfSync } from 'node:crypto';

export type KeyedHashPurpose = 'contact-check-name' | 'contact-check-case' | 'rate-limit';

// Each purpose's key, derived once per master key: every rate-limited request hashes its client.
const derivedKeys = new WeakMap<Buffer, Map<KeyedHashPurpose, Buffer>>();

function purposeKey(masterKey: Buffer, purpose: KeyedHashPurpose): Buffer {
  let keys = derivedKeys.get(masterKey);
  if (!keys) {
    keys = new Map();
    derivedKeys.set(masterKey, keys);
  }
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `lantern:${purpose}`, 32));
    keys.set(purpose, key);
  }
  return key;
}

export function keyedHash(masterKey: Buffer, purpose: KeyedHashPurpose, value: string): string {
  return createHmac('sha256', purposeKey(masterKey, purpose))
    .update(value, 'utf8')
    .digest('hex')
    .slice(0, 32);
}

// Keyed hashes for audit details that must let an investigator recognise a value without the
// log holding it: HMAC-SHA-256 under a key derived from the master key (HKDF, one key per
// purpose). Whoever has only the database cannot test guesses against them; whoever holds the
// master key can, by hashing a suspected value the same way.
import { createHmac, hkdfSync } from 'node:crypto';

export type KeyedHashPurpose = 'contact-check-name' | 'contact-check-case' | 'rate-limit';

export function keyedHash(masterKey: Buffer, purpose: KeyedHashPurpose, value: string): string {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `lantern:${purpose}`, 32));
  return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, 32);
}

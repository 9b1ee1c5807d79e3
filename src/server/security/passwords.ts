import argon2 from 'argon2';
import { randomBytes, randomInt } from 'node:crypto';

// argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes), RFC 9106's second choice.
export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Checked against when an account does not exist, so timing does not tell which emails exist. */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoyHash, password);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A one-time password an administrator hands over; the person must change it at first sign-in. */
export function temporaryPassword(): string {
  // 20 characters from 31 without look-alikes (no i, l, o, 0, 1): about 99 bits.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)] as string);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

import argon2 from 'argon2';
import { randomBytes, randomInt } from 'node:crypto';

/** What one password hash costs: memory in KiB, passes and lanes (argon2id). */
export interface PasswordCost {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes), RFC 9106's second choice.
 * A county's server always hashes at this cost; it is not a setting. Only the test suite gives
 * its services a lower one (AppServices.passwordCost), so that its thousands of accounts and
 * refused sign-ins do not spend minutes hashing.
 */
export const LANTERN_PASSWORD_COST: PasswordCost = {
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 4,
};

export async function hashPassword(
  password: string,
  cost: PasswordCost = LANTERN_PASSWORD_COST,
): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * The hash of 128 random bits no one ever sees, made once per process at full cost: a sign-in
 * checks against it when the account does not exist, and an account whose password no one may
 * know yet (it waits for approval) stores it. Either way an attempt costs what any other does,
 * so timing does not tell which emails exist, and no request pays a hash of its own for it.
 */
const decoyHashes = new Map<string, Promise<string>>();
export function unusablePasswordHash(cost: PasswordCost = LANTERN_PASSWORD_COST): Promise<string> {
  const key = `${cost.memoryCost}/${cost.timeCost}/${cost.parallelism}`;
  let hash = decoyHashes.get(key);
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'), cost);
    decoyHashes.set(key, hash);
  }
  return hash;
}

export async function verifyAgainstDecoy(
  password: string,
  cost: PasswordCost = LANTERN_PASSWORD_COST,
): Promise<void> {
  await verifyPassword(await unusablePasswordHash(cost), password);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Groups of five characters from 31 without look-alikes (no i, l, o, 0, 1): ~24.8 bits each. */
function groups(count: number): string {
  return Array.from({ length: count }, () =>
    Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)] as string).join(''),
  ).join('-');
}

/** A one-time password an administrator hands over; the person must change it at first sign-in. */
export function temporaryPassword(): string {
  return groups(4); // about 99 bits
}

/**
 * Half of a one-time password that two people hand over, one half each, so that neither alone
 * can sign in as the person (a second person, docs/ARCHITECTURE.md). The halves are joined by
 * a hyphen, first half first: the whole looks like any other one-time password.
 */
export function temporaryPasswordHalf(): string {
  return groups(2);
}

export function joinPasswordHalves(first: string, second: string): string {
  return `${first}-${second}`;
}

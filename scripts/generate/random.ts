// The generator's seeded randomness: the same seed always gives the same rows. Each table draws
// from its own stream (seed and table name), so asking for more referrals does not change the
// youth.
import { createHash } from 'node:crypto';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A version-4 UUID drawn from the stream: ids are as repeatable as everything else. */
  uuid(): string;
}

/** mulberry32: tiny, fast and good enough for invented rows (never for secrets). */
export function seededRandom(seed: string, stream: string): Random {
  let state = createHash('sha256').update(`${seed}\n${stream}`).digest().readUInt32LE(0);
  const word = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => word() / 2 ** 32;
  const hex = () => word().toString(16).padStart(8, '0');
  return {
    next,
    below: (n) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('nothing to pick from');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
    uuid: () => {
      const h = hex() + hex() + hex() + hex();
      const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

/** A number written with leading zeros, as invented names carry it: 123 -> "000123". */
export const padded = (n: number, width = 6) => String(n).padStart(width, '0');

// A small seeded random source for the simulated county-year: the same seed makes the same year,
// so a failure is repeated by running again with the seed it printed (LANTERN_SIM_SEED).

/** mulberry32: tiny, fast and good enough to pick a scenario; not for anything secret. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** One of the keys, with the chances given as weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

/** The seed: LANTERN_SIM_SEED when set (to repeat a failure), else a fresh one. */
export function simulationSeed(): number {
  const given = process.env.LANTERN_SIM_SEED;
  if (given !== undefined && given !== '') return Number.parseInt(given, 10) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

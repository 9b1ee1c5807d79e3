// Types for postgres-cluster.mjs, for the TypeScript scripts and tests that start clusters
// (scripts/bench.ts, test/api/report-replica.test.ts).
export function freePort(): Promise<number>;
export function postgresBinDir(): string | null;
export interface Cluster {
  readonly url: string;
  readonly logFile: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): void;
}
export function startCluster(binDir: string): Promise<Cluster>;
export function startReplica(
  binDir: string,
  primaryUrl: string,
): Promise<{ readonly url: string; remove(): void }>;

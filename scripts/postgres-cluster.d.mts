// Types of scripts/postgres-cluster.mjs for the TypeScript tests that start clusters.
export interface Cluster {
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): void;
}
export function freePort(): Promise<number>;
export function postgresBinDir(): string | null;
export function startCluster(binDir: string): Promise<Cluster>;
export function startReplica(
  binDir: string,
  primaryUrl: string,
): Promise<{ readonly url: string; remove(): void }>;

// Types for postgres-cluster.mjs, for the TypeScript scripts that use it (scripts/bench.ts).
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

// Types for the parts of two-processes.mjs that scripts/bench.ts uses (`--processes 2`).
/** haproxy's path: LANTERN_HAPROXY, the PATH, or Debian's /usr/sbin/haproxy; else null. */
export function haproxyBinary(): string | null;
export interface Balancer {
  readonly base: string;
  output(): string;
  stop(): Promise<void>;
}
/** haproxy in the foreground: round-robin over the servers, X-Forwarded-For overwritten. */
export function startHaproxy(
  binary: string,
  dir: string,
  port: number,
  servers: readonly { readonly name: string; readonly port: number }[],
): Promise<Balancer>;

// Types for lantern.mjs, for the TypeScript scripts that use it (scripts/bench.ts).
export function lanternEnv(settings: Record<string, string>): NodeJS.ProcessEnv;
export interface RunningLantern {
  readonly pid: number;
  readonly base: string;
  readonly exitedEarly?: { code: number | null; signal: string | null };
  output(): string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
  isRunning(): boolean;
}
export function startLantern(
  env: NodeJS.ProcessEnv,
  options?: { timeoutMs?: number; args?: readonly string[] },
): Promise<RunningLantern>;
export interface Answer {
  readonly status: number;
  readonly text?: string;
  readonly json?: unknown;
  readonly ms: number;
  readonly failure?: string;
}
export class Session {
  constructor(base: string);
  base: string;
  cookie: string;
  csrfToken: string;
  login(email: string, password?: string): Promise<Session>;
  request(method: string, path: string, body?: unknown, timeoutMs?: number): Promise<Answer>;
}

// The `lantern` command as installed: bin/lantern.js running the compiled CLI in dist/. Tests
// that spawn the command use it (a compiled start costs a third of a tsx one), and refuse to run
// against a dist/ older than src/, so they never test stale code. `npm test` builds it first
// when it is stale (scripts/test.mjs); `npm ci` builds it too. Most command tests run the same
// command line in-process instead (lanternInProcess), without a process's start-up cost.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runLantern } from '../../src/cli/program.js';

const root = new URL('../..', import.meta.url).pathname;

export const LANTERN_BIN = join(root, 'bin', 'lantern.js');

/**
 * The node arguments that start `lantern` as this test process was started: the runner's V8
 * choices (scripts/test.mjs: `--liftoff-only` for WebAssembly, the young generation's size in
 * NODE_OPTIONS, which the tests' spawned commands do not inherit), which change only speed.
 */
export const LANTERN_NODE_ARGS: readonly string[] = [
  ...process.execArgv.filter((arg) => arg === '--liftoff-only'),
  ...(process.env.NODE_OPTIONS ?? '')
    .split(/\s+/)
    .filter((arg) => arg.startsWith('--max-semi-space-size=')),
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Throws when dist/ is missing or older than the server's sources (src/ but the web app). */
export function assertBuilt(): void {
  const built = newest(join(root, 'dist', 'cli', 'main.js'));
  const sources = Math.max(
    ...readdirSync(join(root, 'src'))
      .filter((name) => name !== 'web')
      .map((name) => newest(join(root, 'src', name))),
  );
  if (built <= sources) {
    throw new Error(
      'dist/ is older than src/: run `npm run build:server` (npm test does it when needed).',
    );
  }
}

/** What a `lantern` command printed and its exit code, as a spawned process would show them. */
export interface LanternRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs `lantern ARGS...` in this process (src/cli/program.ts runLantern), seeing only `env`
 * (never this process's own, which holds LANTERN_TEST_* variables), its output collected as a
 * spawned process's would be. A fraction of a spawn's cost: no Node, modules or WebAssembly to
 * load again. `start` stays a spawned process (it installs signal handlers).
 */
export async function lanternInProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<LanternRun> {
  let out = '';
  let err = '';
  const code = await runLantern(args, {
    env: { ...env },
    out: (line) => (out += `${line}\n`),
    err: (line) => (err += `${line}\n`),
  });
  return { code, out, err };
}

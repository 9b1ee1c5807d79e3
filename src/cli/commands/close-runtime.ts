import type { Runtime } from '../../server/runtime.js';

/**
 * A command's runtime, closed before the command returns, as the process's exit closed it: a
 * PGlite directory stays locked while open, and an in-process caller runs the next command.
 */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  await runtime.reportsDb?.close();
  await runtime.db.close();
}

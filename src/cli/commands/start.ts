import { loadConfig } from '../../config.js';
import { buildApp } from '../../server/http/app.js';
import { closeRuntime, openRuntime } from '../../server/runtime.js';
import { seedDemoCounty } from '../../server/services/setup/demo-county.js';
import { startJobLoop } from '../../server/services/protocol/jobs.js';
import type { CliIo } from '../io.js';
import { printDemoLogins } from './maintenance.js';

export async function startCommand(
  io: CliIo,
  options: { demo?: boolean; port?: number },
): Promise<void> {
  const started = performance.now();
  const config = loadConfig(io.env, {
    ...(options.demo ? { demo: true } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  const runtime = await openRuntime(config, io.env);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  io.out(`Lantern: database ${where}; master key from ${runtime.masterKeyOrigin}.`);
  if (runtime.migrationsApplied.length > 0)
    io.out(`Applied migrations: ${runtime.migrationsApplied.join(', ')}`);
  if (config.demoMode) {
    io.out('DEMO MODE: invented data and a published password. Never put real information in it.');
    if (await seedDemoCounty(runtime)) io.out('Seeded the demo county.');
    printDemoLogins(io);
  }
  const app = await buildApp(runtime);
  // The protocol's clocks (tasks falling due, escalations, referral answers) run as durable jobs
  // in the database; every app process runs them, and each job runs once (docs/PROTOCOL.md).
  const jobs = startJobLoop(runtime, {
    intervalMs: config.jobIntervalSeconds * 1000,
    onError: (error) => {
      app.log.error({ err: error }, 'protocol jobs failed');
    },
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    io.out(`Lantern: ${signal}, stopping.`);
    void jobs
      .stop()
      .then(() => app.close())
      .then(() => closeRuntime(runtime))
      .then(() => process.exit(0));
  };
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  io.out(
    `Lantern is serving at http://${host}:${port} (ready in ${Math.round(performance.now() - started)} ms)`,
  );
}

import { loadConfig } from '../../config.js';
import { buildApp } from '../../server/http/app.js';
import { openRuntime } from '../../server/runtime.js';
import { seedDemoCounty } from '../../server/services/setup/demo-county.js';
import { sweepOverdueReferrals } from '../../server/services/referrals/clock.js';
import { printDemoLogins } from './maintenance.js';

const SWEEP_EVERY_MS = 5 * 60_000;

export async function startCommand(options: { demo?: boolean; port?: number }): Promise<void> {
  const started = performance.now();
  const config = loadConfig(process.env, {
    ...(options.demo ? { demo: true } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  const runtime = await openRuntime(config, process.env);
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Lantern: database ${where}; master key from ${runtime.masterKeyOrigin}.`);
  if (runtime.migrationsApplied.length > 0)
    console.log(`Applied migrations: ${runtime.migrationsApplied.join(', ')}`);
  if (config.demoMode) {
    console.log(
      'DEMO MODE: invented data and a published password. Never put real information in it.',
    );
    if (await seedDemoCounty(runtime)) console.log('Seeded the demo county.');
    printDemoLogins();
  }
  const app = await buildApp(runtime);
  // Referral clocks run out between requests too: tell senders about overdue answers.
  const sweep = setInterval(() => {
    sweepOverdueReferrals(runtime).catch((error: unknown) => {
      app.log.error({ err: error }, 'overdue referral sweep failed');
    });
  }, SWEEP_EVERY_MS);
  sweep.unref();
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweep);
    console.log(`Lantern: ${signal}, stopping.`);
    void app
      .close()
      .then(() => runtime.db.close())
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
  console.log(
    `Lantern is serving at http://${host}:${port} (ready in ${Math.round(performance.now() - started)} ms)`,
  );
}

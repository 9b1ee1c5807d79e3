import { loadConfig } from '../../config.js';
import { verifyAuditChain } from '../../server/audit/audit-log.js';
import { closeRuntime, openMigratedDatabase, openRuntime } from '../../server/runtime.js';
import {
  demoLogins,
  DEMO_PASSWORD,
  seedDemoCounty,
} from '../../server/services/setup/demo-county.js';
import type { CliIo } from '../io.js';

export async function migrateCommand(io: CliIo): Promise<void> {
  const { db, applied } = await openMigratedDatabase(loadConfig(io.env));
  await db.close();
  io.out(
    applied.length === 0 ? 'migrations: up to date' : `migrations applied: ${applied.join(', ')}`,
  );
}

export async function seedDemoCommand(io: CliIo): Promise<void> {
  const runtime = await openRuntime(loadConfig(io.env, { demo: true }), io.env);
  try {
    const seeded = await seedDemoCounty(runtime);
    io.out(seeded ? 'Seeded the demo county.' : 'The demo county is already there.');
    if (seeded) printDemoLogins(io);
  } finally {
    await closeRuntime(runtime);
  }
}

export function printDemoLogins(io: CliIo): void {
  io.out(`Demo accounts (password "${DEMO_PASSWORD}", no second factor in demo mode):`);
  for (const login of demoLogins()) io.out(`  ${login.email.padEnd(26)} ${login.role}`);
}

/** Exit code 2 when the chain is broken. */
export async function verifyAuditCommand(io: CliIo): Promise<number> {
  const { db } = await openMigratedDatabase(loadConfig(io.env));
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      io.out(`ok ${result.events} events`);
      return 0;
    }
    io.out(
      `broken at event ${result.brokenAt}: ${result.problem} (${result.events} events verified before it)`,
    );
    return 2;
  } finally {
    await db.close();
  }
}

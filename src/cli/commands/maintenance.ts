import { loadConfig } from '../../config.js';
import { verifyAuditChain } from '../../server/audit/audit-log.js';
import { openMigratedDatabase, openRuntime } from '../../server/runtime.js';
import {
  demoLogins,
  DEMO_PASSWORD,
  seedDemoCounty,
} from '../../server/services/setup/demo-county.js';

export async function migrateCommand(): Promise<void> {
  const { db, applied } = await openMigratedDatabase(loadConfig(process.env));
  await db.close();
  console.log(
    applied.length === 0 ? 'migrations: up to date' : `migrations applied: ${applied.join(', ')}`,
  );
}

export async function seedDemoCommand(): Promise<void> {
  const runtime = await openRuntime(loadConfig(process.env, { demo: true }), process.env);
  try {
    const seeded = await seedDemoCounty(runtime);
    console.log(seeded ? 'Seeded the demo county.' : 'The demo county is already there.');
    if (seeded) printDemoLogins();
  } finally {
    await runtime.db.close();
  }
}

export function printDemoLogins(): void {
  console.log(`Demo accounts (password "${DEMO_PASSWORD}", no second factor in demo mode):`);
  for (const login of demoLogins()) console.log(`  ${login.email.padEnd(26)} ${login.role}`);
}

export async function verifyAuditCommand(): Promise<void> {
  const { db } = await openMigratedDatabase(loadConfig(process.env));
  try {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      console.log(`ok ${result.events} events`);
    } else {
      console.log(
        `broken at event ${result.brokenAt}: ${result.problem} (${result.events} events verified before it)`,
      );
      process.exitCode = 2;
    }
  } finally {
    await db.close();
  }
}

// Run by scripts/test.mjs before the stages that need it:
//   node <bundle of test/support/make-snapshot.ts> FILE DEMO_FILE            (the PGlite snapshots)
//   node <bundle> --postgres URL NAME DEMO_NAME      (the PostgreSQL templates)
//   node <bundle> --drop-postgres URL NAME...        (and after the run)
// Each pair is a migrated database and the same with the demo county seeded
// (test/support/demo-database.ts).
import { dropPostgresTemplate, writePgliteSnapshot, writePostgresTemplate } from './database.js';
import { seedDemoForTests } from './demo-database.js';

const [first, ...rest] = process.argv.slice(2);
if (first === '--postgres') {
  const [url, name, demoName] = rest;
  if (!url || !name || !demoName)
    throw new Error('usage: make-snapshot.ts --postgres URL NAME DEMO_NAME');
  await writePostgresTemplate(url, name);
  await writePostgresTemplate(url, demoName, seedDemoForTests);
} else if (first === '--drop-postgres') {
  const [url, ...names] = rest;
  if (!url || names.length === 0)
    throw new Error('usage: make-snapshot.ts --drop-postgres URL NAME...');
  for (const name of names) await dropPostgresTemplate(url, name);
} else {
  const [demoFile] = rest;
  if (!first || !demoFile) throw new Error('usage: make-snapshot.ts FILE DEMO_FILE');
  await writePgliteSnapshot(first);
  await writePgliteSnapshot(demoFile, seedDemoForTests);
}

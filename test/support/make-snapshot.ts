// Run by scripts/test.mjs before the stages that need it:
//   node <bundle of test/support/make-snapshot.ts> FILE                  (the PGlite snapshot)
//   node <bundle of test/support/make-snapshot.ts> --postgres URL NAME   (the PostgreSQL template)
//   node <bundle of test/support/make-snapshot.ts> --drop-postgres URL NAME   (and after the run)
import { dropPostgresTemplate, writePgliteSnapshot, writePostgresTemplate } from './database.js';

const [first, url, name] = process.argv.slice(2);
if (first === '--postgres') {
  if (!url || !name) throw new Error('usage: make-snapshot.ts --postgres URL NAME');
  await writePostgresTemplate(url, name);
} else if (first === '--drop-postgres') {
  if (!url || !name) throw new Error('usage: make-snapshot.ts --drop-postgres URL NAME');
  await dropPostgresTemplate(url, name);
} else {
  if (!first) throw new Error('usage: make-snapshot.ts FILE');
  await writePgliteSnapshot(first);
}

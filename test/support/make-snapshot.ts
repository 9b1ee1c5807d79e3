// Run by scripts/test.mjs before the PGlite stage: node --import tsx test/support/make-snapshot.ts FILE
import { writePgliteSnapshot } from './database.js';

const file = process.argv[2];
if (!file) throw new Error('usage: make-snapshot.ts FILE');
await writePgliteSnapshot(file);

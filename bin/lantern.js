#!/usr/bin/env node
// The `lantern` command. Runs the compiled CLI; `npm ci` builds it (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error(
    'lantern: not built yet. Run `npm ci` (or `npm run build`) in the Lantern folder first.',
  );
  process.exit(1);
}
await import(entry.href);

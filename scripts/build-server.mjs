// `npm run build:server`: the server and the command line, src/ (but the web app) to dist/, each
// TypeScript file transformed on its own by esbuild (the transform the tests' bundles use), with
// source maps. Types are checked by `npm run lint` (tsc over src, test and scripts), not here:
// checking src a second time while installing cost a core for 15 s on every `npm ci`.
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'dist');

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (relative(src, path) !== 'web') yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const entryPoints = [];
for await (const path of sources(src)) entryPoints.push(path);
// What an earlier build left for a source since removed must not be run.
for (const dir of await readdir(out).catch(() => []))
  if (dir !== 'web') await rm(join(out, dir), { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: out,
  outbase: src,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'error',
});
console.log(`server: ${String(entryPoints.length)} files built to dist/`);

// After `vite build`: writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of
// dist/web, so the server sends the smaller file to a browser that accepts it (@fastify/static
// `preCompressed`) without compressing on each request. Only the web app's own files are
// compressed this way; API answers are not compressed at all (secrets beside attacker-chosen
// text in one compressed answer is how BREACH reads them).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../dist/web/', import.meta.url));
const TEXT = /\.(m?js|css|html|svg|json|txt|map)$/;
const SMALLEST = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

let before = 0;
let after = 0;
for await (const path of files(root)) {
  if ((await stat(path)).size < SMALLEST) continue;
  const body = await readFile(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await writeFile(`${path}.br`, br);
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  before += body.length;
  after += br.length;
}
console.log(
  `web assets: ${String(Math.round(before / 1024))} kB, ${String(Math.round(after / 1024))} kB with Brotli`,
);

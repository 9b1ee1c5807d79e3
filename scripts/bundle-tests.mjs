// Bundles test files for `npm test` (scripts/test.mjs): each test file and the support scripts
// the runner starts become plain JavaScript, with the code they share in common chunks. A test
// process then loads a few files instead of hundreds of TypeScript modules through tsx's loader
// thread: about two CPU-seconds less per process, which over the suite's 130-odd processes is
// minutes on a two-core machine. esbuild is the same transformer tsx uses, so the code that runs
// is the code tsx would have run.
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/**
 * `import.meta.url` and `import.meta.dirname` keep meaning the original file's place, so code
 * that finds package.json, the HSDS vendor folder or dist/web from its own location still does.
 */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.')) {
        contents = contents
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)));
      }
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * Writes the bundles below `outDir`, which must lie inside the checkout (node_modules/.cache)
 * so that the packages they import, left external, resolve from the checkout's node_modules.
 * Resolves to a map from each entry's path to its bundle's path.
 */
export async function bundleTests(root, entries, outDir) {
  await esbuild.build({
    entryPoints: entries,
    outdir: outDir,
    outbase: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Written always, read only when LANTERN_TEST_SOURCE_MAPS=1 (see scripts/test.mjs).
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [keepImportMeta],
    logLevel: 'error',
  });
  return new Map(
    entries.map((entry) => [entry, `${outDir}/${relative(root, entry).replace(/\.tsx?$/, '.js')}`]),
  );
}

// Builds the Lantern web app (React, no plugin: Vite's own Oxc transform handles JSX).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // MapLibre's own chunk is about 1 MB, loaded only when a tiled map is shown; every other
    // chunk, the main one included, stays far below this.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client"; meaningless in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});

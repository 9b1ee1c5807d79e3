// `npm run build` (and so `npm ci`, through `prepare`): the server (esbuild,
// scripts/build-server.mjs) and the web app (vite) built at the same time. Each is one process that keeps one core busy, so on a two-core
// machine both together take about as long as the longer alone. Either failing fails the build,
// after both have finished, so neither's messages are cut short.
import { spawn } from 'node:child_process';

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });

const codes = await Promise.all([run('build:server'), run('build:web')]);
const failed = ['build:server', 'build:web'].filter((_, i) => codes[i] !== 0);
if (failed.length > 0) {
  console.error(`npm run build: ${failed.join(' and ')} failed`);
  process.exit(1);
}

// Loaded by scripts/test.mjs into every test process (node --import), before the test file.
//
// 1. The CPU seconds the process spent, written on exit (./cpu-time.ts).
// 2. node:test's async hook made cheaper. To tell which test an uncaught error belongs to, the
//    test runner (Node 20) tracks every asynchronous resource, every promise included, and its
//    destruction: a tenth of the CPU of a test file that waits on a database thousands of times.
//    Here the runner's hook sees every resource but promises, and no destruction. Tests still
//    nest under their describe blocks (those are found through the runner's own resources, not
//    promises), and a failing assertion or a throw from a timer still fails its test. An unhandled
//    rejection is no longer pinned on a test: the runner reports it beside the tests and the
//    process exits non-zero, which scripts/test.mjs counts as a failure of the file.
//    LANTERN_TEST_ASYNC_ATTRIBUTION=1 keeps the runner's full hook, to find which test it was.
import asyncHooks from 'node:async_hooks';
import './cpu-time.js';

if (process.env.LANTERN_TEST_ASYNC_ATTRIBUTION !== '1') {
  const createHook = asyncHooks.createHook;
  asyncHooks.createHook = (callbacks) =>
    createHook({
      init(asyncId, type, triggerAsyncId, resource) {
        if (type !== 'PROMISE') callbacks.init?.(asyncId, type, triggerAsyncId, resource);
      },
    });
  // The runner takes createHook when node:test is first loaded, and only then.
  await import('node:test');
  asyncHooks.createHook = createHook;
}

// 3. What keeps a stuck process alive. The runner's watchdog (scripts/test.mjs,
//    LANTERN_TEST_FILE_TIMEOUT_S) sends SIGUSR2 before it kills a process that outlived its time:
//    the process prints its open handles and requests (sockets, timers, files) to stderr, which
//    the runner shows with the file's report.
process.on('SIGUSR2', () => {
  process.stderr.write(
    `\nstill open when the watchdog stopped this process: ${process.getActiveResourcesInfo().join(', ') || 'nothing'}\n`,
  );
});

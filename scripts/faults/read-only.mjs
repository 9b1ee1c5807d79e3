// The PGlite data directory made read-only (scripts/test-faults.mjs). Started on it, Lantern
// must refuse with a clear message and a non-zero exit code; made read-only under a running
// server, every write must be either acknowledged and kept, or refused with Lantern's JSON
// error (no stack); made writable again, the data must be intact and the audit chain whole.
// chmod does not stop root, so as root Lantern runs as `nobody` for these checks.
import { spawnSync } from 'node:child_process';
import { leaksInternals, Session, startLantern, verifyAudit } from './lantern.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const NOBODY = { uid: 65534, gid: 65534 };

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

/** Whom to run Lantern as so that file permissions bind it, after giving it the directory. */
function unprivileged(dataDir) {
  if (process.getuid?.() !== 0) return null;
  run('chown', ['-R', `${NOBODY.uid}:${NOBODY.gid}`, dataDir]);
  return NOBODY;
}

const readOnly = (dataDir) => run('chmod', ['-R', 'a-w', dataDir]);
const writable = (dataDir) => run('chmod', ['-R', 'u+w', dataDir]);

/** Has a stack trace or a runtime's internals in it: never what a person is shown. */
const showsStack = (text) => /\n\s+at [^\n]+:\d+:\d+/.test(text);

async function writeNotes(session, youthId, prefix, count, tally) {
  for (let i = 1; i <= count; i += 1) {
    const marker = `${prefix} ${String(i).padStart(3, '0')}`;
    const response = await session.request('POST', `/api/youth/${youthId}/notes`, {
      kind: 'case',
      category: 'case_notes',
      body: marker,
    });
    if (response.status === 201) tally.acknowledged.add(marker);
    else tally.refused.push(response);
  }
}

/** `server`: the running PGlite server of the kill rounds; it is stopped first. */
export async function readOnlyDataDir({ env, dataDir, server, youthId, log }) {
  const problems = [];
  await server.stop();
  const user = unprivileged(dataDir);
  const who = user ? 'as nobody' : 'as this user';

  // 1. Starting on a read-only directory.
  readOnly(dataDir);
  const refused = await startLantern(env, { user, timeoutMs: 30_000 });
  let startLine = '';
  if (!refused.exitedEarly) {
    problems.push('Lantern started on a read-only data directory');
    await refused.stop();
  } else {
    const output = refused.output();
    startLine =
      output
        .trim()
        .split('\n')
        .find((line) => line.startsWith('lantern:')) ?? output.trim().split('\n').at(-1);
    if (refused.exitedEarly.code === 0 || refused.exitedEarly.code === null)
      problems.push(`refusing to start exited with ${JSON.stringify(refused.exitedEarly)}`);
    if (!startLine.startsWith('lantern:') || showsStack(output))
      problems.push(`refusing to start did not say why plainly: ${output.slice(-500)}`);
  }
  log(
    `read-only data directory, start ${who}: exit code ${refused.exitedEarly?.code ?? 'none (it started)'}: ${startLine}`,
  );

  // 2. Read-only under a running server.
  writable(dataDir);
  const running = await startLantern(env, { user });
  if (running.exitedEarly)
    throw new Error(`Lantern did not start on the writable directory:\n${running.output()}`);
  const session = await new Session(running.base).login('advocate@demo.test');
  const tally = { acknowledged: new Set(), refused: [] };
  const prefix = `fault-suite read-only ${process.pid}`;
  await writeNotes(session, youthId, `${prefix} before`, 5, tally);
  readOnly(dataDir);
  await writeNotes(session, youthId, `${prefix} during`, 25, tally);
  for (const response of tally.refused) {
    if (response.status === 0 && running.isRunning())
      problems.push(`a write got no answer (${response.failure}) from a running server`);
    if (
      response.status > 0 &&
      (response.json?.error?.code === undefined || leaksInternals(response.text))
    )
      problems.push(
        `a refused write did not answer Lantern's JSON error: ${response.status} ${response.text.slice(0, 200)}`,
      );
  }
  const codes = [
    ...new Set(
      tally.refused.map((r) =>
        r.status === 0 ? 'no answer' : `${r.status} ${r.json?.error?.code}`,
      ),
    ),
  ];
  const exitedWhileReadOnly = !running.isRunning();
  writable(dataDir);
  await sleep(100);
  await running.stop();

  // 3. Writable again: intact, the chain whole, every acknowledged write there once.
  const audit = await verifyAudit(env, user);
  if (!audit.ok) problems.push(`verify-audit after read-only: ${audit.line}`);
  const again = await startLantern(env, { user });
  if (again.exitedEarly)
    throw new Error(`Lantern did not restart after read-only:\n${again.output()}`);
  session.base = again.base;
  const list = await session.request(
    'GET',
    `/api/youth/${youthId}/notes?kind=case&category=case_notes`,
  );
  const found = new Map();
  for (const note of list.json ?? [])
    if (note.body.startsWith(prefix)) found.set(note.body, (found.get(note.body) ?? 0) + 1);
  const missing = [...tally.acknowledged].filter((marker) => found.get(marker) !== 1);
  if (missing.length > 0)
    problems.push(`acknowledged writes not found once: ${missing.join(', ')}`);
  await again.stop();
  log(
    `read-only under a running server ${who}: 30 writes, ${tally.acknowledged.size} acknowledged, ${tally.refused.length} refused (${codes.join(', ') || 'none'})${exitedWhileReadOnly ? ', the server exited' : ''}; ` +
      `writable again: ${tally.acknowledged.size - missing.length} of ${tally.acknowledged.size} found, verify-audit: ${audit.line}`,
  );
  return problems;
}

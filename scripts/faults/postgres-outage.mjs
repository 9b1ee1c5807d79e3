// PostgreSQL stopped under load (scripts/test-faults.mjs): while clients write case notes and
// poll /api/health, the cluster is stopped (fast shutdown), left down a few seconds and started
// again. Every answer while it is down must be a prompt 503 database_unavailable with
// Retry-After (no hang, no 500, nothing of the driver's error); the same Lantern process must
// serve again by itself once PostgreSQL is back, and every write it acknowledged must be there.
import { leaksInternals } from './lantern.mjs';

const WRITERS = 3;
const DOWN_MS = 3000;
/** An answer later than this is a hang (the pool's connect timeout is 5 s). */
const PROMPT_MS = 6000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postgresOutage({ server, session, youthId, cluster, log }) {
  const problems = [];
  const answers = [];
  const acknowledged = new Set();
  const phase = { now: 'before' };
  let stopped = false;
  let next = 0;
  const prefix = `fault-suite outage ${process.pid} write`;
  const record = (what, response) => {
    answers.push({ what, phase: phase.now, ...response });
    if (response.status === 0)
      problems.push(`${what}: no answer (${response.failure}) after ${response.ms} ms`);
    else if (response.ms > PROMPT_MS) problems.push(`${what}: answered after ${response.ms} ms`);
    if (response.status >= 500 && response.status !== 503)
      problems.push(`${what}: ${response.status} ${response.json?.error?.code ?? ''}`);
    if (response.status === 503) {
      if (
        response.json?.error?.code !== 'database_unavailable' ||
        typeof response.json.error.message !== 'string'
      )
        problems.push(`${what}: 503 without Lantern's JSON error: ${response.text.slice(0, 200)}`);
      if (!response.headers.get('retry-after')) problems.push(`${what}: 503 without Retry-After`);
    }
    if (response.status >= 400 && leaksInternals(response.text))
      problems.push(`${what}: the error shows internals: ${response.text.slice(0, 200)}`);
  };
  const writer = async () => {
    while (!stopped) {
      const marker = `${prefix} ${String((next += 1)).padStart(4, '0')}`;
      const response = await session.request('POST', `/api/youth/${youthId}/notes`, {
        kind: 'case',
        category: 'case_notes',
        body: marker,
      });
      record('a write', response);
      if (response.status === 201) acknowledged.add(marker);
      // A client told to retry later does, a little later.
      if (response.status === 503) await sleep(100);
    }
  };
  const poller = async () => {
    while (!stopped) {
      record('/api/health', await session.request('GET', '/api/health'));
      await sleep(200);
    }
  };
  const load = [...Array.from({ length: WRITERS }, writer), poller()];

  await sleep(800);
  phase.now = 'stopping';
  await cluster.stop();
  phase.now = 'down';
  await sleep(DOWN_MS);
  phase.now = 'starting';
  await cluster.start();
  phase.now = 'back';
  const backAt = Date.now();
  let recoveredMs = null;
  while (Date.now() - backAt < 20_000) {
    const health = await session.request('GET', '/api/health');
    if (health.status === 200) {
      recoveredMs = Date.now() - backAt;
      break;
    }
    await sleep(200);
  }
  // Some writes after recovery, then the load stops.
  await sleep(500);
  stopped = true;
  await Promise.all(load);

  const down = answers.filter((a) => a.phase === 'down');
  const downUnavailable = down.filter((a) => a.status === 503).length;
  if (down.length === 0) problems.push('no request was answered while PostgreSQL was down');
  if (downUnavailable !== down.length)
    problems.push(`while down: ${down.length - downUnavailable} answers were not 503`);
  if (recoveredMs === null)
    problems.push('/api/health did not answer 200 within 20 s of PostgreSQL starting');
  if (!server.isRunning()) problems.push('the Lantern process exited during the outage');
  const writtenAfter = answers.filter(
    (a) => a.phase === 'back' && a.what === 'a write' && a.status === 201,
  );
  if (writtenAfter.length === 0) problems.push('no write succeeded after PostgreSQL came back');

  const list = await session.request(
    'GET',
    `/api/youth/${youthId}/notes?kind=case&category=case_notes`,
  );
  const found = new Map();
  for (const note of list.json ?? [])
    if (note.body.startsWith(prefix)) found.set(note.body, (found.get(note.body) ?? 0) + 1);
  const missing = [...acknowledged].filter((marker) => found.get(marker) !== 1);
  if (missing.length > 0)
    problems.push(`acknowledged writes not found once: ${missing.join(', ')}`);

  const slowest = Math.max(...down.map((a) => a.ms));
  log(
    `PostgreSQL stopped under load: ${answers.length} answers, ${down.length} while down (${downUnavailable} were 503 database_unavailable with Retry-After, slowest ${slowest} ms); ` +
      `serving again ${recoveredMs ?? 'never'} ms after it started, same process ${server.isRunning() ? 'yes' : 'NO'}; ` +
      `${acknowledged.size} writes acknowledged, ${acknowledged.size - missing.length} found`,
  );
  return problems;
}

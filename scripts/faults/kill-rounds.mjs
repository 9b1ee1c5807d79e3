// kill -9 during a stream of writes (scripts/test-faults.mjs): each round streams case notes on
// the demo case from a few clients at once, SIGKILLs the server at a random moment, runs
// `lantern verify-audit` on the data it left, restarts it on the same data and looks for every
// write it had answered 2xx: each there exactly once, with the text sent. A write in flight at
// the kill may or may not have committed (its answer was lost); never more of those than writes
// in flight, and none twice.
import { randomBytes } from 'node:crypto';
import { Session, startLantern, verifyAudit } from './lantern.mjs';

const WRITERS = 4;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signs in as the demo advocate and finds Maya's case (YYYY-DEMO-0001). */
export async function openDemoCase(base) {
  const session = await new Session(base).login('advocate@demo.test');
  const list = await session.request('GET', '/api/youth');
  const maya = list.json?.find((youth) => youth.caseNumber?.endsWith('-DEMO-0001'));
  if (!maya) throw new Error(`the demo case was not found: ${list.status} ${list.text}`);
  return { session, youthId: maya.id };
}

/** Streams notes until `stop()` is called; returns the tally. */
function streamWrites(session, youthId, prefix) {
  const tally = { sent: 0, acknowledged: new Map(), refused: [], unanswered: 0 };
  let stopped = false;
  let next = 0;
  const writer = async () => {
    while (!stopped) {
      const marker = `${prefix} ${String((next += 1)).padStart(4, '0')}`;
      tally.sent += 1;
      const response = await session.request('POST', `/api/youth/${youthId}/notes`, {
        kind: 'case',
        category: 'case_notes',
        body: marker,
      });
      if (response.status === 201 && response.json?.id)
        tally.acknowledged.set(marker, response.json.id);
      else if (response.status === 0) tally.unanswered += 1;
      else tally.refused.push(`${response.status} ${response.json?.error?.code ?? ''}`.trim());
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  return {
    tally,
    /** No new write is sent; those in flight are left to meet the kill. */
    halt() {
      stopped = true;
    },
    async done() {
      await Promise.all(writers);
      return tally;
    },
  };
}

/** The notes of this round as the restarted server lists them: marker -> ids. */
async function notesFound(session, youthId, prefix) {
  const response = await session.request(
    'GET',
    `/api/youth/${youthId}/notes?kind=case&category=case_notes`,
  );
  if (response.status !== 200)
    throw new Error(`the notes did not list after restart: ${response.status} ${response.text}`);
  const found = new Map();
  for (const note of response.json) {
    if (!note.body.startsWith(prefix)) continue;
    found.set(note.body, [...(found.get(note.body) ?? []), note.id]);
  }
  return found;
}

/**
 * Runs `rounds` kill rounds on a server already started; returns the server running after the
 * last restart, with one row of counts per round (`problems` empty when the round passed).
 */
export async function killRounds({ engine, env, server, rounds, random, log }) {
  const { session, youthId } = await openDemoCase(server.base);
  const run = randomBytes(3).toString('hex');
  const rows = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const prefix = `fault-suite ${run} ${engine} round ${round} write`;
      const stream = streamWrites(session, youthId, prefix);
      const killAfterMs = Math.round(1000 + random() * 2500);
      await sleep(killAfterMs);
      stream.halt();
      await server.kill9();
      const tally = await stream.done();
      let mark = Date.now();
      const audit = await verifyAudit(env);
      const verifyMs = Date.now() - mark;
      mark = Date.now();
      server = await startLantern(env);
      const restartMs = Date.now() - mark;
      if (server.exitedEarly)
        throw new Error(`${engine}: Lantern did not restart after kill -9:\n${server.output()}`);
      session.base = server.base;
      const found = await notesFound(session, youthId, prefix);
      const problems = [];
      let foundAcknowledged = 0;
      for (const [marker, id] of tally.acknowledged) {
        const ids = found.get(marker) ?? [];
        if (ids.length === 1 && ids[0] === id) foundAcknowledged += 1;
        else if (ids.length === 0) problems.push(`acknowledged write lost: "${marker}"`);
        else
          problems.push(`acknowledged write "${marker}" found as ${ids.join(', ')} (sent ${id})`);
      }
      const duplicates = [...found].filter(([, ids]) => ids.length > 1).map(([marker]) => marker);
      for (const marker of duplicates) problems.push(`written twice: "${marker}"`);
      const inFlightCommitted = [...found.keys()].filter((m) => !tally.acknowledged.has(m)).length;
      if (inFlightCommitted > WRITERS)
        problems.push(
          `${inFlightCommitted} unacknowledged writes found, more than ${WRITERS} in flight`,
        );
      // A round that acknowledged nothing proves nothing: the server never served it.
      if (tally.acknowledged.size === 0) problems.push('no write was acknowledged before the kill');
      if (tally.refused.length > 0)
        problems.push(`refused before the kill: ${tally.refused.join(', ')}`);
      if (!audit.ok) problems.push(`verify-audit after the kill: ${audit.line}`);
      const row = {
        engine,
        round,
        killAfterMs,
        sent: tally.sent,
        acknowledged: tally.acknowledged.size,
        found: foundAcknowledged,
        missing: tally.acknowledged.size - foundAcknowledged,
        inFlightCommitted,
        audit: audit.line,
        verifyMs,
        restartMs,
        problems,
      };
      rows.push(row);
      log(
        `kill -9 round ${round} at ${killAfterMs} ms: ${row.sent} sent, ${row.acknowledged} acknowledged 2xx, ${row.found} found after restart, ${row.missing} missing, ${row.inFlightCommitted} in flight committed; verify-audit (${verifyMs} ms): ${row.audit}; restarted in ${restartMs} ms`,
      );
    }
  } catch (error) {
    // The server of the round that failed is not left running.
    await server.stop();
    throw error;
  }
  return { server, session, youthId, rows };
}

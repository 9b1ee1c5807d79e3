import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { appendAuditEvent, verifyAuditChain } from '../../src/server/audit/audit-log.js';
import fc from 'fast-check';
import {
  canonicalJson,
  canonicalJsonAroundSeq,
  GENESIS_HASH,
  hashEvent,
} from '../../src/server/audit/chain.js';
import { checkAuditTail } from '../../src/server/services/reports/audit-tail.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

// The chain is global, so each test starts from an empty one: the database owner empties the log
// and sets the head back to the start (which only an owner can do: the triggers stop everyone
// else, and the tests below show they do).
let database: TestDatabase;
before(async () => {
  database = await openTestDatabase();
});
beforeEach(async () => {
  await database.db.exec(`
    ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate;
    TRUNCATE audit_events;
    ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_truncate;
    UPDATE audit_chain_head SET seq = 0, hash = '${GENESIS_HASH}' WHERE id = 1;
  `);
  assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 0 });
});
after(async () => {
  await database.close();
});

const context = (i: number) => ({
  actorUserId: null,
  actorOrganizationId: null,
  jurisdictionId: null,
  ip: '127.0.0.1',
  userAgent: 'test',
  now: new Date(Date.UTC(2026, 10, 23, 10, 0, i, 123)),
});

async function writeEvents(count: number) {
  for (let i = 0; i < count; i += 1) {
    await database.db.transaction((tx) =>
      appendAuditEvent(tx, context(i), {
        action: 'organization.update',
        outcome: i % 3 === 0 ? 'denied' : 'allowed',
        targetType: 'organization',
        targetId: `org-${i}`,
        categories: ['identity', 'referrals'],
        details: { fields: ['name', `field-${i}`] },
      }),
    );
  }
}

async function tamper(sql: string, params: unknown[]) {
  // Only a database owner can do this: the trigger stops everyone else.
  await database.db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
  await database.db.query(sql, params);
  await database.db.exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
}

describe('audit chain', () => {
  test('an untouched chain verifies, counting every event', async () => {
    await writeEvents(25);
    assert.deepEqual(await verifyAuditChain(database.db, 10), { ok: true, events: 25 });
  });

  test('an empty log verifies with zero events', async () => {
    assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 0 });
  });

  test('the log refuses updates, deletes and truncation', async () => {
    await writeEvents(2);
    await assert.rejects(
      database.db.query(`UPDATE audit_events SET reason = 'x' WHERE seq = 1`),
      /append-only/,
    );
    await assert.rejects(
      database.db.query('DELETE FROM audit_events WHERE seq = 1'),
      /append-only/,
    );
    await assert.rejects(database.db.exec('TRUNCATE audit_events'), /append-only/);
  });

  test('a changed field is caught at that event', async () => {
    await writeEvents(10);
    await tamper(`UPDATE audit_events SET outcome = 'allowed' WHERE seq = 4`, []);
    const result = await verifyAuditChain(database.db);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.brokenAt === 4 && result.events === 3, JSON.stringify(result));
  });

  test('the newest events alone: a change among them is caught, one before them is not looked at', async () => {
    await writeEvents(12);
    assert.deepEqual(await verifyAuditChain(database.db, 1000, 8), { ok: true, events: 12 });
    assert.deepEqual(await checkAuditTail(database.db, 5), {
      ok: true,
      checked: 5,
      lastSeq: 12,
      brokenAt: null,
    });
    // Events 4 and 10 were denials (writeEvents): each change below is a real one.
    await tamper(`UPDATE audit_events SET outcome = 'allowed' WHERE seq = 4`, []);
    assert.equal((await checkAuditTail(database.db, 5)).ok, true, 'event 4 is older than the tail');
    await tamper(`UPDATE audit_events SET outcome = 'allowed' WHERE seq = 10`, []);
    assert.deepEqual(await checkAuditTail(database.db, 5), {
      ok: false,
      checked: 2,
      lastSeq: 12,
      brokenAt: 10,
    });
    assert.deepEqual(await checkAuditTail(database.db, 500), {
      ok: false,
      checked: 3,
      lastSeq: 12,
      brokenAt: 4,
    });
  });

  test('changed details are caught', async () => {
    await writeEvents(5);
    await tamper(`UPDATE audit_events SET details = '{"fields":["nothing"]}' WHERE seq = 5`, []);
    const result = await verifyAuditChain(database.db);
    assert.ok(!result.ok && result.brokenAt === 5);
  });

  test('a deleted event is caught', async () => {
    await writeEvents(6);
    await tamper('DELETE FROM audit_events WHERE seq = 3', []);
    const result = await verifyAuditChain(database.db);
    assert.ok(
      !result.ok && result.brokenAt === 3 && /missing/.test(result.problem),
      JSON.stringify(result),
    );
  });

  test('a recomputed hash still breaks the link to the next event', async () => {
    await writeEvents(6);
    await tamper(`UPDATE audit_events SET hash = repeat('a', 64) WHERE seq = 2`, []);
    const result = await verifyAuditChain(database.db);
    assert.ok(!result.ok && result.brokenAt === 2);
  });

  test('events cut from the end are caught by the chain head', async () => {
    await writeEvents(6);
    await tamper('DELETE FROM audit_events WHERE seq > 4', []);
    const result = await verifyAuditChain(database.db);
    assert.ok(!result.ok && /ends early/.test(result.problem), JSON.stringify(result));
  });

  test('an event rolled back with its transaction leaves no gap', async () => {
    await writeEvents(2);
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await appendAuditEvent(tx, context(9), {
          action: 'auth.logout',
          outcome: 'allowed',
          details: {},
        });
        throw new Error('the change failed');
      }),
    );
    await writeEvents(1);
    assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 3 });
  });

  test('appends at once, alone and inside transactions, make one unbroken chain', async () => {
    // On PostgreSQL each goes through its own pooled connection and waits on the head's lock.
    const fields = ['Día "uno"\n\u0001 ✓ 🌙', '"seq":7,'];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const input = {
          action: 'organization.update' as const,
          outcome: 'allowed' as const,
          targetType: 'organization',
          targetId: `org-${i}`,
          details: { fields: [...fields, String(i)] },
        };
        return i % 2 === 0
          ? appendAuditEvent(database.db, context(i), input)
          : database.db.transaction((tx) => appendAuditEvent(tx, context(i), input));
      }),
    );
    assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 40 });
    const rows = await database.db.query<{ seq: number }>('SELECT seq FROM audit_events');
    assert.deepEqual(
      rows.map((r) => r.seq).sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  test('the database hashes exactly what hashEvent hashes', async () => {
    const seq = await appendAuditEvent(database.db, context(1), {
      action: 'organization.update',
      outcome: 'denied',
      reason: 'Ñandú "quoted" \\ back',
      targetType: 'organization',
      targetId: 'org-1',
      categories: ['identity'],
      details: { fields: ['🌙', '\u0001', '"seq":3'] },
    });
    const [row] = await database.db.query<{ hash: string; prev_hash: string }>(
      'SELECT hash, prev_hash FROM audit_events WHERE seq = $1',
      [seq],
    );
    assert.ok(row);
    assert.equal(
      row.hash,
      hashEvent(row.prev_hash, {
        seq,
        at: context(1).now,
        actorUserId: null,
        actorOrganizationId: null,
        jurisdictionId: null,
        action: 'organization.update',
        targetType: 'organization',
        targetId: 'org-1',
        categories: ['identity'],
        outcome: 'denied',
        reason: 'Ñandú "quoted" \\ back',
        ip: '127.0.0.1',
        userAgent: 'test',
        details: { fields: ['🌙', '\u0001', '"seq":3'] },
      }),
    );
  });
});

describe('canonicalJson', () => {
  test('sorts keys at every depth, so jsonb reordering does not change the hash', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: null } }),
      '{"a":{"c":null,"d":[2,{"e":2,"f":1}]},"b":1}',
    );
  });
  test('dates become ISO strings; undefined fields are dropped', () => {
    assert.equal(
      canonicalJson({ at: new Date(Date.UTC(2026, 0, 1)), gone: undefined }),
      '{"at":"2026-01-01T00:00:00.000Z"}',
    );
  });
  test('around seq: the text before and after its value make the numbered event’s', () => {
    const text = fc.option(fc.string({ unit: 'binary' }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          at: fc.date({ noInvalidDate: true }),
          actorUserId: text,
          actorOrganizationId: text,
          jurisdictionId: text,
          action: fc.string(),
          targetType: text,
          targetId: text,
          categories: fc.array(fc.string()),
          outcome: fc.string(),
          reason: text,
          ip: text,
          userAgent: text,
          details: fc.oneof(fc.jsonValue(), fc.record({ seq: fc.nat(), z: fc.jsonValue() })),
        }),
        fc.nat(),
        (event, seq) => {
          // A "seq" inside the details is no seq of the event.
          const { before, after } = canonicalJsonAroundSeq(event);
          assert.equal(`${before}${String(seq)}${after}`, canonicalJson({ ...event, seq }));
        },
      ),
    );
  });
});

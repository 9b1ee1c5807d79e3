// Email notices end to end: the outbox in a real database, delivered to a real SMTP server
// started here (smtp-server on a free port), with the app clock moved by the test.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { claimDueEmail } from '../../src/db/repositories/email-outbox.js';
import { insertJurisdiction } from '../../src/db/repositories/jurisdictions.js';
import { protocolEmail } from '../../src/domain/email-text.js';
import type { AppServices } from '../../src/server/context.js';
import {
  deliverQueuedEmails,
  queueEmail,
  type OutgoingEmail,
} from '../../src/server/mail/outbox.js';
import { sendTestEmail } from '../../src/server/mail/test-email.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { testServices, TestClock } from '../support/world.js';

const FROM = 'Lantern <lantern@county.example>';
const MINUTE = 60_000;

let database: TestDatabase;
let smtp: TestSmtpServer;
let app: AppServices & { clock: TestClock };
let jurisdictionId: string;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});
beforeEach(async () => {
  smtp = await startSmtpServer();
  app = withMail(testServices(database.db, { clock: new TestClock() }), smtp.url);
  const jurisdiction = await insertJurisdiction(database.db, {
    name: `Mail County ${randomBytes(4).toString('hex')}`,
    kind: 'county',
    stateCode: 'CA',
  });
  jurisdictionId = jurisdiction.id;
});
afterEach(async () => {
  await smtp.close();
  // The tests share one database: close what a test left queued, so the next delivers its own.
  await database.db.query(
    'UPDATE email_outbox SET failed_at = $1 WHERE sent_at IS NULL AND failed_at IS NULL',
    [app.clock.now()],
  );
});

function withMail<T extends AppServices>(services: T, smtpUrl: string | null): T {
  return {
    ...services,
    config: {
      ...services.config,
      mail: smtpUrl === null ? null : { smtpUrl, from: FROM },
      publicUrl: 'https://lantern.county.example',
    },
  };
}

function notice(to: string, what = 'Call the advocate'): OutgoingEmail {
  const { subject, text } = protocolEmail({
    what,
    dueAt: new Date('2026-11-24T18:00:00Z'),
    timeZone: 'America/Los_Angeles',
    link: 'https://lantern.county.example/tasks/42',
  });
  return { to, subject, text, jurisdictionId, now: app.clock.now() };
}

interface OutboxRow {
  id: string;
  to_address: string;
  attempts: number;
  next_attempt_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}

async function outbox(): Promise<OutboxRow[]> {
  return database.db.query<OutboxRow>(
    `SELECT id, to_address, attempts, next_attempt_at, sent_at, failed_at, last_error
     FROM email_outbox WHERE jurisdiction_id = $1 ORDER BY created_at, to_address`,
    [jurisdictionId],
  );
}

async function queue(email: OutgoingEmail): Promise<boolean> {
  return database.db.transaction((tx) => queueEmail(tx, app.config, email));
}

describe('email notices', () => {
  test('a queued notice arrives with its sender, recipient, subject and text', async () => {
    const email = notice('advocate@agency.example');
    assert.equal(await queue(email), true);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 1, failed: 0 });

    assert.equal(smtp.received.length, 1);
    const message = smtp.received[0]!;
    assert.equal(message.envelopeFrom, 'lantern@county.example');
    assert.deepEqual(message.envelopeTo, ['advocate@agency.example']);
    assert.equal(message.headers.get('from'), FROM);
    assert.equal(message.headers.get('to'), 'advocate@agency.example');
    assert.equal(message.headers.get('subject'), email.subject);
    assert.equal(message.headers.get('auto-submitted'), 'auto-generated');
    assert.equal(message.text.trimEnd(), email.text.trimEnd());
    assert.match(message.text, /Due: Tuesday, November 24, 2026, 10:00 AM PST/);

    const [row] = await outbox();
    assert.equal(row!.attempts, 1);
    assert.deepEqual(row!.sent_at, app.clock.now());
    assert.equal(row!.failed_at, null);
    // Sent once: another delivery finds nothing.
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 });
    assert.equal(smtp.received.length, 1);
  });

  test('Spanish text and subject arrive intact', async () => {
    const { subject, text } = protocolEmail({
      what: 'Llamar a la defensora',
      dueAt: new Date('2026-11-24T18:00:00Z'),
      timeZone: 'America/Los_Angeles',
      link: 'https://lantern.county.example/tasks/42',
      language: 'es',
    });
    await queue({ ...notice('defensora@agency.example'), subject, text });
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 1, failed: 0 });
    assert.equal(smtp.received[0]!.headers.get('subject'), subject);
    assert.equal(smtp.received[0]!.text.trimEnd(), text.trimEnd());
  });

  test('with email off nothing is queued, and queued rows wait for it to come back', async () => {
    const off = withMail(app, null);
    assert.equal(
      await database.db.transaction((tx) =>
        queueEmail(tx, off.config, notice('advocate@agency.example')),
      ),
      false,
    );
    assert.deepEqual(await outbox(), []);

    await queue(notice('police@agency.example'));
    assert.deepEqual(await deliverQueuedEmails(off), { sent: 0, failed: 0 });
    assert.equal(smtp.received.length, 0);
    assert.equal((await outbox())[0]!.attempts, 0);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 1, failed: 0 });
  });

  test('bad input: an empty or malformed address queues nothing; a bad limit is refused', async () => {
    for (const to of ['', '   ', 'not an address', 'a@b', 'x@example.org\r\nBcc: y@example.org']) {
      assert.equal(await queue(notice(to)), false, JSON.stringify(to));
    }
    assert.deepEqual(await outbox(), []);
    // An address with spaces around it is queued without them.
    assert.equal(await queue(notice('  coordinator@county.example ')), true);
    assert.equal((await outbox())[0]!.to_address, 'coordinator@county.example');
    await assert.rejects(deliverQueuedEmails(app, { limit: 0 }), RangeError);
    await assert.rejects(deliverQueuedEmails(app, { limit: 1.5 }), RangeError);
  });

  test('a rolled-back transaction queues nothing', async () => {
    await assert.rejects(
      database.db.transaction(async (tx) => {
        assert.equal(await queueEmail(tx, app.config, notice('advocate@agency.example')), true);
        throw new Error('the work that caused the notice failed');
      }),
      /the work that caused the notice failed/,
    );
    assert.deepEqual(await outbox(), []);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 });
    assert.equal(smtp.received.length, 0);
  });

  test('a refusing server leaves the row queued with one attempt; after the wait it goes', async () => {
    await queue(notice('advocate@agency.example'));
    smtp.refuseRecipients = 'Mailbox unavailable';
    const firstTry = app.clock.now();
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 1 });
    assert.equal(smtp.received.length, 0);
    let [row] = await outbox();
    assert.equal(row!.attempts, 1);
    assert.equal(row!.sent_at, null);
    assert.equal(row!.failed_at, null);
    assert.deepEqual(row!.next_attempt_at, new Date(firstTry.getTime() + 5 * MINUTE));
    assert.match(row!.last_error!, /Mailbox unavailable/);
    // The error only, never the email.
    assert.doesNotMatch(row!.last_error!, /advocate|Lantern is|task/i);

    smtp.refuseRecipients = null;
    app.clock.advance(5 * MINUTE - 1);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 }, 'not yet due');
    app.clock.advance(1);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 1, failed: 0 });
    [row] = await outbox();
    assert.equal(row!.attempts, 2);
    assert.deepEqual(row!.sent_at, app.clock.now());
    assert.equal(smtp.received.length, 1);
  });

  test('waits double, and the eighth failure gives up for good', async () => {
    await queue(notice('advocate@agency.example'));
    smtp.refuseRecipients = 'No such user';
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const at = app.clock.now().getTime();
      assert.deepEqual(
        await deliverQueuedEmails(app),
        { sent: 0, failed: 1 },
        `attempt ${attempt}`,
      );
      const [row] = await outbox();
      assert.equal(row!.attempts, attempt);
      if (attempt < 8) {
        assert.equal(row!.failed_at, null);
        waits.push((row!.next_attempt_at.getTime() - at) / MINUTE);
        app.clock.advance(row!.next_attempt_at.getTime() - at);
      } else {
        assert.deepEqual(row!.failed_at, app.clock.now());
      }
    }
    assert.deepEqual(waits, [5, 10, 20, 40, 80, 160, 320]);
    smtp.refuseRecipients = null;
    app.clock.advance(24 * 60 * MINUTE);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 });
    assert.equal(smtp.received.length, 0);
  });

  test('two deliveries at once send each row once', async () => {
    const recipients = ['a', 'b', 'c', 'd', 'e'].map((name) => `${name}@agency.example`);
    for (const to of recipients) await queue(notice(to));
    smtp.dataDelayMs = 100;
    const [first, second] = await Promise.all([deliverQueuedEmails(app), deliverQueuedEmails(app)]);
    assert.equal(first.sent + second.sent, recipients.length);
    assert.equal(first.failed + second.failed, 0);
    assert.deepEqual(smtp.received.map((m) => m.envelopeTo[0]).sort(), recipients);
    assert.ok((await outbox()).every((row) => row.sent_at !== null && row.attempts === 1));
  });

  test('limit caps one delivery; the rest go with the next', async () => {
    for (const to of ['a@agency.example', 'b@agency.example', 'c@agency.example']) {
      await queue(notice(to));
    }
    assert.deepEqual(await deliverQueuedEmails(app, { limit: 2 }), { sent: 2, failed: 0 });
    assert.deepEqual(await deliverQueuedEmails(app, { limit: 2 }), { sent: 1, failed: 0 });
    assert.equal(smtp.received.length, 3);
  });

  test('a delivery that stopped mid-send: the row waits out the lease, then goes again', async () => {
    await queue(notice('advocate@agency.example'));
    // A process claims the row and stops before marking it (as if it crashed after sending).
    const now = app.clock.now();
    const claimed = await claimDueEmail(database.db, {
      now,
      leaseUntil: new Date(now.getTime() + 5 * MINUTE),
      maxAttempts: 8,
    });
    assert.ok(claimed);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 }, 'still leased');
    app.clock.advance(5 * MINUTE);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 1, failed: 0 });
    const [row] = await outbox();
    assert.equal(row!.attempts, 2);
    assert.notEqual(row!.sent_at, null);
  });

  test('a row whose last attempt never reported back is given up, not left waiting', async () => {
    await queue(notice('advocate@agency.example'));
    // Eight deliveries each claim the row and stop before marking it.
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const now = app.clock.now();
      const claimed = await claimDueEmail(database.db, {
        now,
        leaseUntil: new Date(now.getTime() + 5 * MINUTE),
        maxAttempts: 8,
      });
      assert.equal(claimed?.attempts, attempt);
      app.clock.advance(5 * MINUTE);
    }
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 });
    const [row] = await outbox();
    assert.equal(row!.attempts, 8);
    assert.deepEqual(row!.failed_at, app.clock.now());
    assert.equal(row!.last_error, 'the last attempt did not report back');
    assert.equal(smtp.received.length, 0);
  });

  test('the SMTP password never reaches the outbox', async () => {
    const guarded = await startSmtpServer({ password: 'right-password' });
    try {
      const wrong = withMail(app, guarded.url.replace('right-password', 's3cret-Pa55'));
      await database.db.transaction((tx) =>
        queueEmail(tx, wrong.config, notice('advocate@agency.example')),
      );
      assert.deepEqual(await deliverQueuedEmails(wrong), { sent: 0, failed: 1 });
      const [row] = await outbox();
      assert.ok(row!.last_error);
      assert.doesNotMatch(row!.last_error, /s3cret-Pa55/);
      assert.equal(guarded.received.length, 0);

      assert.deepEqual(await deliverQueuedEmails(withMail(app, guarded.url)), {
        sent: 0,
        failed: 0,
      });
      app.clock.advance(5 * MINUTE);
      assert.deepEqual(await deliverQueuedEmails(withMail(app, guarded.url)), {
        sent: 1,
        failed: 0,
      });
      assert.equal(guarded.received.length, 1);
    } finally {
      await guarded.close();
    }
  });
});

describe('the test email', () => {
  async function testRows(to: string): Promise<OutboxRow[]> {
    return database.db.query<OutboxRow>(
      `SELECT id, to_address, attempts, next_attempt_at, sent_at, failed_at, last_error
       FROM email_outbox WHERE jurisdiction_id IS NULL AND to_address = $1`,
      [to],
    );
  }

  test('goes through the outbox at once and is marked sent', async () => {
    const to = `it-${randomBytes(3).toString('hex')}@county.example`;
    assert.deepEqual(await sendTestEmail(app, to), { outcome: 'sent' });
    assert.deepEqual(
      smtp.received.map((m) => m.envelopeTo),
      [[to]],
    );
    assert.equal(smtp.received[0]!.headers.get('subject'), 'Lantern: test email');
    assert.match(smtp.received[0]!.text, /from Lantern at https:\/\/lantern\.county\.example\./);
    const [row] = await testRows(to);
    assert.equal(row!.attempts, 1);
    assert.notEqual(row!.sent_at, null);
  });

  test('a refusal is reported and given up at once: no copy arrives hours later', async () => {
    const to = `it-${randomBytes(3).toString('hex')}@county.example`;
    smtp.refuseRecipients = 'Relay denied';
    const result = await sendTestEmail(app, to);
    assert.equal(result.outcome, 'failed');
    assert.match(result.outcome === 'failed' ? result.error : '', /Relay denied/);
    const [row] = await testRows(to);
    assert.deepEqual(row!.failed_at, app.clock.now());
    smtp.refuseRecipients = null;
    app.clock.advance(24 * 60 * MINUTE);
    assert.deepEqual(await deliverQueuedEmails(app), { sent: 0, failed: 0 });
    assert.equal(smtp.received.length, 0);
  });

  test('bad input: email off, or an address that is not one, sends nothing', async () => {
    assert.deepEqual(await sendTestEmail(withMail(app, null), 'it@county.example'), {
      outcome: 'mail_off',
    });
    assert.deepEqual(await sendTestEmail(app, 'it at county'), { outcome: 'invalid_address' });
    assert.deepEqual(await testRows('it at county'), []);
    assert.equal(smtp.received.length, 0);
  });
});

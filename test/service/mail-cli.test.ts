// `lantern send-test-email` as an installer runs it: the command line run in-process (runLantern,
// with only the env given), a real database, and a real SMTP server started here, which answers
// while the command awaits it. (cli.test.ts proves the installed bin/lantern.js itself.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lanternInProcess, type LanternRun } from '../support/lantern-bin.js';
import { after, before, describe, test } from 'node:test';
import {
  ENGINE,
  openTestDatabase,
  seedPgliteDataDir,
  type TestDatabase,
} from '../support/database.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const FROM = 'Lantern <lantern@county.example>';
const PASSWORD = 'pa55-word-never-shown';
let dataDir: string;
let database: TestDatabase | null = null;
let smtp: TestSmtpServer;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-mail-cli-'));
  if (ENGINE === 'postgres') database = await openTestDatabase();
  else await seedPgliteDataDir(dataDir);
  smtp = await startSmtpServer({ password: PASSWORD });
});
after(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.close();
  await smtp.close();
});

/** `lantern ARGS...` in this process, seeing only the data directory or database and `env`. */
function lantern(args: readonly string[], env: Record<string, string> = {}): Promise<LanternRun> {
  return lanternInProcess(args, {
    PATH: process.env.PATH,
    LANTERN_DATA_DIR: dataDir,
    ...(database?.url ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
}

const mailOn = () => ({
  LANTERN_SMTP_URL: smtp.url,
  LANTERN_MAIL_FROM: FROM,
  LANTERN_PUBLIC_URL: 'https://lantern.county.example/',
});

describe('lantern send-test-email', { timeout: 240_000 }, () => {
  test('is listed in the help, with its --to option', async () => {
    const help = await lantern(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /\bsend-test-email\b/);
    const own = await lantern(['send-test-email', '--help']);
    assert.equal(own.code, 0);
    assert.match(own.out, /--to <address>/);
  });

  test('sends one plain email through the configured server, naming only the installation', async () => {
    const before = smtp.received.length;
    const run = await lantern(['send-test-email', '--to', 'it@county.example'], mailOn());
    assert.equal(run.code, 0, run.err);
    const port = new URL(smtp.url).port;
    assert.equal(
      run.out.trim(),
      `Sent a test email to it@county.example through 127.0.0.1:${port}.`,
    );
    assert.equal(smtp.received.length, before + 1);
    const message = smtp.received.at(-1)!;
    assert.deepEqual(message.envelopeTo, ['it@county.example']);
    assert.equal(message.headers.get('from'), FROM);
    assert.equal(message.headers.get('subject'), 'Lantern: test email');
    assert.equal(
      message.text.trimEnd(),
      'This is a test email from Lantern at https://lantern.county.example.\n' +
        "It arrived, so Lantern's email settings work. It carries no information about anyone.",
    );
    assert.doesNotMatch(run.out + run.err, new RegExp(PASSWORD));
  });

  test('a refusing server is a clear error, with its answer and without the password', async () => {
    smtp.refuseRecipients = 'Mailbox unavailable';
    try {
      const before = smtp.received.length;
      const run = await lantern(['send-test-email', '--to', 'it@county.example'], mailOn());
      assert.equal(run.code, 1);
      assert.match(
        run.err,
        /^lantern: the SMTP server 127\.0\.0\.1:\d+ did not take the test email: .*Mailbox unavailable/,
      );
      assert.doesNotMatch(run.out + run.err, new RegExp(PASSWORD));
      assert.equal(smtp.received.length, before);
    } finally {
      smtp.refuseRecipients = null;
    }
  });

  test('with email off it says how to turn it on', async () => {
    const run = await lantern(['send-test-email', '--to', 'it@county.example']);
    assert.equal(run.code, 1);
    assert.match(
      run.err,
      /^lantern: email is off: set LANTERN_SMTP_URL \(smtp:\/\/ or smtps:\/\/\) and LANTERN_MAIL_FROM/,
    );
  });

  test('bad input: a missing or malformed --to, or bad settings, is a clear error', async () => {
    const missing = await lantern(['send-test-email'], mailOn());
    assert.notEqual(missing.code, 0);
    assert.match(missing.err, /--to <address>/);

    const malformed = await lantern(['send-test-email', '--to', 'not-an-address'], mailOn());
    assert.equal(malformed.code, 1);
    assert.match(malformed.err, /^lantern: --to: an email address/);

    const badUrl = await lantern(['send-test-email', '--to', 'it@county.example'], {
      ...mailOn(),
      LANTERN_SMTP_URL: `https://lantern:${PASSWORD}@mail.example`,
    });
    assert.equal(badUrl.code, 1);
    assert.match(badUrl.err, /^lantern: LANTERN_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    assert.doesNotMatch(badUrl.err, new RegExp(PASSWORD));

    const noFrom = await lantern(['send-test-email', '--to', 'it@county.example'], {
      LANTERN_SMTP_URL: smtp.url,
    });
    assert.equal(noFrom.code, 1);
    assert.match(noFrom.err, /^lantern: LANTERN_MAIL_FROM is required/);
  });
});

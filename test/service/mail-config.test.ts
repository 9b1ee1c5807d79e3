// Email settings from the environment: off unless set, every bad value a clear error naming its
// variable, and never the SMTP URL (it may carry a password) in any message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';

const FROM = 'lantern@county.example.gov';

function errorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected loadConfig to refuse');
}

describe('mail configuration', () => {
  test('off when LANTERN_SMTP_URL is unset or empty', () => {
    assert.equal(loadConfig({}).mail, null);
    assert.equal(loadConfig({ LANTERN_SMTP_URL: '' }).mail, null);
    assert.equal(loadConfig({ LANTERN_SMTP_URL: '  ', LANTERN_MAIL_FROM: FROM }).mail, null);
  });

  test('smtp:// and smtps:// URLs with a From address turn it on', () => {
    const table: readonly (readonly [string, string])[] = [
      ['smtp://mail.county.example.gov:25', FROM],
      ['smtps://user:p%40ss@mail.county.example.gov:465', 'Lantern <lantern@county.example.gov>'],
      ['SMTP://127.0.0.1:2525', '  lantern@county.example.gov  '],
    ];
    for (const [url, from] of table) {
      assert.deepEqual(loadConfig({ LANTERN_SMTP_URL: url, LANTERN_MAIL_FROM: from }).mail, {
        smtpUrl: url,
        from: from.trim(),
      });
    }
  });

  test('bad input: anything but an smtp(s) URL is refused without repeating it', () => {
    for (const url of [
      'https://user:hunter2@mail.example.org',
      'mail.example.org:25',
      'smtp://',
      'smtp:hunter2',
      'postgres://user:hunter2@db/x',
    ]) {
      const message = errorOf({ LANTERN_SMTP_URL: url, LANTERN_MAIL_FROM: FROM });
      assert.match(message, /^LANTERN_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/, url);
      assert.doesNotMatch(message, /hunter2/, url);
    }
  });

  test('bad input: LANTERN_MAIL_FROM missing or not an address', () => {
    const url = 'smtps://user:hunter2@mail.example.org';
    for (const from of [undefined, '', '  ']) {
      const message = errorOf({
        LANTERN_SMTP_URL: url,
        ...(from === undefined ? {} : { LANTERN_MAIL_FROM: from }),
      });
      assert.match(message, /^LANTERN_MAIL_FROM is required when LANTERN_SMTP_URL is set/);
      assert.doesNotMatch(message, /hunter2/);
    }
    for (const from of ['lantern', 'Lantern <lantern>', 'a@b', 'x@example.org, y@example.org']) {
      const message = errorOf({ LANTERN_SMTP_URL: url, LANTERN_MAIL_FROM: from });
      assert.match(message, /^LANTERN_MAIL_FROM must be an email address/, from);
      assert.doesNotMatch(message, /hunter2/);
    }
  });

  test('LANTERN_PUBLIC_URL: http(s), trailing slashes removed; default from the port', () => {
    assert.equal(loadConfig({}).publicUrl, 'http://localhost:8080');
    assert.equal(loadConfig({ PORT: '9000' }).publicUrl, 'http://localhost:9000');
    assert.equal(loadConfig({}, { port: 8443 }).publicUrl, 'http://localhost:8443');
    const table: readonly (readonly [string, string])[] = [
      ['https://lantern.county.example.gov', 'https://lantern.county.example.gov'],
      ['https://lantern.county.example.gov/', 'https://lantern.county.example.gov'],
      ['https://county.example.gov/lantern//', 'https://county.example.gov/lantern'],
      ['http://10.0.0.5:8080/', 'http://10.0.0.5:8080'],
    ];
    for (const [raw, expected] of table) {
      assert.equal(loadConfig({ LANTERN_PUBLIC_URL: raw }).publicUrl, expected, raw);
    }
  });

  test('bad input: LANTERN_PUBLIC_URL that is not a plain http(s) address', () => {
    for (const raw of [
      'lantern.county.example.gov',
      'ftp://lantern.county.example.gov',
      'https://lantern.county.example.gov/?next=1',
      'https://lantern.county.example.gov/#top',
      'https://user:pw@lantern.county.example.gov',
      'javascript:alert(1)',
    ]) {
      const message = errorOf({ LANTERN_PUBLIC_URL: raw });
      assert.match(message, /^LANTERN_PUBLIC_URL must be an http:\/\/ or https:\/\/ address/, raw);
      assert.doesNotMatch(message, /pw@/, raw);
    }
  });
});

import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { systemClock } from '../../server/context.js';
import { sendTestEmail } from '../../server/mail/test-email.js';
import { openMigratedDatabase } from '../../server/runtime.js';
import type { CliIo } from '../io.js';

const TestEmailOptions = z.strictObject({ to: z.email('an email address, such as it@county.gov') });

/** `lantern send-test-email --to ADDRESS`: checks the SMTP settings with one plain email. */
export async function sendTestEmailCommand(io: CliIo, raw: unknown): Promise<void> {
  const parsed = TestEmailOptions.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; '),
    );
  }
  const config = loadConfig(io.env);
  if (config.mail === null) {
    throw new Error(
      'email is off: set LANTERN_SMTP_URL (smtp:// or smtps://) and LANTERN_MAIL_FROM to send it',
    );
  }
  // The host only: the URL itself may carry the password.
  const server = new URL(config.mail.smtpUrl);
  const where = `${server.hostname}${server.port ? `:${server.port}` : ''}`;
  // No master key is needed: the outbox holds nothing sealed.
  const { db } = await openMigratedDatabase(config);
  try {
    const result = await sendTestEmail({ db, config, clock: systemClock }, parsed.data.to);
    switch (result.outcome) {
      case 'sent':
        io.out(`Sent a test email to ${parsed.data.to} through ${where}.`);
        return;
      case 'failed':
        throw new Error(`the SMTP server ${where} did not take the test email: ${result.error}`);
      case 'invalid_address':
        throw new Error('--to: an email address, such as it@county.gov');
      case 'mail_off':
        throw new Error('email is off: set LANTERN_SMTP_URL and LANTERN_MAIL_FROM');
    }
  } finally {
    await db.close();
  }
}

// `lantern send-test-email`: one plain email, through the outbox like every notice, so an
// installer checks the very path notices take. It names the installation and nothing else.
import { testEmail } from '../../domain/email-text.js';
import { deliverQueuedEmailOnce, queueEmailReturningId, type MailServices } from './outbox.js';

export type TestEmailOutcome =
  | { readonly outcome: 'sent' }
  | { readonly outcome: 'failed'; readonly error: string }
  | { readonly outcome: 'mail_off' }
  | { readonly outcome: 'invalid_address' };

export async function sendTestEmail(app: MailServices, to: string): Promise<TestEmailOutcome> {
  const mail = app.config.mail;
  if (mail === null) return { outcome: 'mail_off' };
  const { subject, text } = testEmail({ publicUrl: app.config.publicUrl });
  const id = await app.db.transaction((tx) =>
    queueEmailReturningId(tx, app.config, {
      to,
      subject,
      text,
      jurisdictionId: null,
      now: app.clock.now(),
    }),
  );
  if (id === null) return { outcome: 'invalid_address' };
  const result = await deliverQueuedEmailOnce(app, mail, id);
  if (result === null) return { outcome: 'failed', error: 'another delivery took the email' };
  return result.sent ? { outcome: 'sent' } : { outcome: 'failed', error: result.error };
}

// Email notices (issue 10): queued in the transaction of the work that causes them, delivered
// later by whoever calls deliverQueuedEmails (the job runner; `lantern send-test-email`).
// Emails carry no youth data (src/domain/email-text.ts writes them); nothing here logs.
//
// Delivery claims one row at a time with a lease (claimed_until) in its own short statement,
// sends with no transaction open, then marks the row in another statement. So the SMTP
// conversation never holds a connection's transaction (PGlite has only one connection), and two
// processes on one PostgreSQL never hold one row at once (FOR UPDATE SKIP LOCKED in the claim).
// The price of not holding a transaction across the send: a process that stops after the
// server accepted the email and before the row is marked sent leaves the row claimed; when the
// lease runs out the row is due again and is sent a second time. At worst a duplicate notice,
// never a lost one: for a task with a deadline, a second copy is the lesser harm.
import { z } from 'zod';
import type { Config, MailConfig } from '../../config.js';
import type { Queryable } from '../../db/database.js';
import {
  claimDueEmail,
  giveUpAbandonedEmails,
  insertQueuedEmail,
  markEmailFailed,
  markEmailSent,
  type QueuedEmail,
} from '../../db/repositories/email-outbox.js';
import {
  afterFailedAttempt,
  EMAIL_MAX_ATTEMPTS,
  type AfterFailure,
} from '../../domain/email-retry.js';
import type { AppServices } from '../context.js';
import { LONGEST_SEND_MS, sendEmail } from './transport.js';

export interface OutgoingEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly jurisdictionId: string | null;
  readonly now: Date;
}

/** What delivery needs of the app: no keys, so the command line can deliver without them. */
export type MailServices = Pick<AppServices, 'db' | 'config' | 'clock'>;

/** A claimed row is another delivery's to take again after this long without an outcome. */
const CLAIM_LEASE_MS = 5 * 60_000;
if (CLAIM_LEASE_MS <= LONGEST_SEND_MS) throw new Error('a claim must outlast one send');

const DEFAULT_BATCH = 50;
const ERROR_TEXT_LIMIT = 500;

const Address = z.email();

/**
 * Queues one email in the caller's transaction: it is sent exactly when that work commits, and
 * never lost once it has. Does nothing (false) when email is off or the address is empty or
 * not an address: a notice always exists in the app too, and a bad address must not undo the
 * work that caused it.
 */
export async function queueEmail(
  tx: Queryable,
  config: Pick<Config, 'mail'>,
  email: OutgoingEmail,
): Promise<boolean> {
  return (await queueEmailReturningId(tx, config, email)) !== null;
}

/** queueEmail, answering the new row's id (null when nothing was queued). */
export async function queueEmailReturningId(
  tx: Queryable,
  config: Pick<Config, 'mail'>,
  email: OutgoingEmail,
): Promise<string | null> {
  if (config.mail === null) return null;
  const to = email.to.trim();
  if (!Address.safeParse(to).success) return null;
  return insertQueuedEmail(tx, {
    jurisdictionId: email.jurisdictionId,
    to,
    subject: email.subject,
    text: email.text,
    now: email.now,
  });
}

/**
 * Sends the emails that are due, up to `limit` (default 50): `sent` arrived at the SMTP server,
 * `failed` were refused or unreachable this time (tried again later with doubling waits, or
 * given up after the last attempt; see src/domain/email-retry.ts). Nothing when email is off:
 * rows stay queued until it is on again.
 */
export async function deliverQueuedEmails(
  app: MailServices,
  options: { readonly limit?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const mail = app.config.mail;
  const result = { sent: 0, failed: 0 };
  if (mail === null) return result;
  const limit = options.limit ?? DEFAULT_BATCH;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit is a whole number >= 1');
  await giveUpAbandonedEmails(app.db, { now: app.clock.now(), maxAttempts: EMAIL_MAX_ATTEMPTS });
  while (result.sent + result.failed < limit) {
    const email = await claim(app);
    if (!email) break;
    const outcome = await attempt(app, mail, email, { retry: true });
    if (outcome.sent) result.sent += 1;
    else result.failed += 1;
  }
  return result;
}

/**
 * Sends one queued email now, once: no retry later, so a check of the settings never arrives
 * hours after the person fixed them. Null when the row is not due or another delivery has it.
 */
export async function deliverQueuedEmailOnce(
  app: MailServices,
  mail: MailConfig,
  id: string,
): Promise<{ sent: true } | { sent: false; error: string } | null> {
  const email = await claim(app, id);
  return email ? attempt(app, mail, email, { retry: false }) : null;
}

function claim(app: MailServices, onlyId?: string): Promise<QueuedEmail | null> {
  const now = app.clock.now();
  return claimDueEmail(app.db, {
    now,
    leaseUntil: new Date(now.getTime() + CLAIM_LEASE_MS),
    maxAttempts: EMAIL_MAX_ATTEMPTS,
    ...(onlyId === undefined ? {} : { onlyId }),
  });
}

async function attempt(
  app: MailServices,
  mail: MailConfig,
  email: QueuedEmail,
  options: { readonly retry: boolean },
): Promise<{ sent: true } | { sent: false; error: string }> {
  try {
    await sendEmail(mail, email);
  } catch (error) {
    const message = errorText(error, mail);
    const now = app.clock.now();
    const next: AfterFailure = options.retry
      ? afterFailedAttempt(email.attempts, now)
      : { kind: 'give_up' };
    await markEmailFailed(app.db, {
      id: email.id,
      attempts: email.attempts,
      error: message,
      retryAt: next.kind === 'retry' ? next.at : null,
      now,
    });
    return { sent: false, error: message };
  }
  await markEmailSent(app.db, email.id, app.clock.now());
  return { sent: true };
}

/**
 * What the server or network said, for last_error: the message only (never the email), short,
 * and without the SMTP password should any layer ever repeat it.
 */
function errorText(error: unknown, mail: MailConfig): string {
  let message = error instanceof Error ? error.message : String(error);
  const password = new URL(mail.smtpUrl).password;
  for (const form of [password, decoded(password)]) {
    if (form !== '') message = message.split(form).join('***');
  }
  return message.slice(0, ERROR_TEXT_LIMIT) || 'unknown error';
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

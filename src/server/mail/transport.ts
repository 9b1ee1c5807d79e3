// The SMTP connection settings, one transport per process and server. The URL may carry a
// password: it goes to nodemailer and nowhere else (no log, no error text).
import { createTransport, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config.js';

// Bounded so that one send ends well inside a claim's lease (outbox.ts): nodemailer's own
// defaults wait up to 2 minutes to connect and 10 minutes on a silent server.
const CONNECTION_TIMEOUT_MS = 30_000;
const GREETING_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = 60_000;
/** Longer than one send can take with the timeouts above. */
export const LONGEST_SEND_MS = CONNECTION_TIMEOUT_MS + GREETING_TIMEOUT_MS + SOCKET_TIMEOUT_MS;

const transports = new Map<string, Transporter>();

function transportFor(mail: MailConfig): Transporter {
  let transport = transports.get(mail.smtpUrl);
  if (!transport) {
    transport = createTransport({
      url: mail.smtpUrl,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: GREETING_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
    });
    transports.set(mail.smtpUrl, transport);
  }
  return transport;
}

export interface PlainEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends one plain-text email; throws what the server or the network answered. */
export async function sendEmail(mail: MailConfig, email: PlainEmail): Promise<void> {
  await transportFor(mail).sendMail({
    from: mail.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    // RFC 3834: a notice, so out-of-office replies are not sent back to it.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}

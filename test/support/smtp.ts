// A real SMTP server for tests (smtp-server), on a free port of this machine: it keeps every
// message it accepts, decoded enough to compare headers and text, and can be told to refuse
// recipients, to take its time, or to want a password.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  readonly envelopeFrom: string;
  readonly envelopeTo: readonly string[];
  /** Header names in lower case, folded lines joined, encoded words decoded. */
  readonly headers: ReadonlyMap<string, string>;
  readonly text: string;
  readonly raw: string;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT (with user:password@ when made with a password). */
  readonly url: string;
  readonly received: ReceivedEmail[];
  /** While set, every recipient is refused with this 5xx reply. */
  refuseRecipients: string | null;
  /** Milliseconds the server waits before accepting a message's data. */
  dataDelayMs: number;
  close(): Promise<void>;
}

export async function startSmtpServer(
  options: { readonly password?: string } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const state = { refuseRecipients: null as string | null, dataDelayMs: 0 };
  const server = new SMTPServer({
    authOptional: options.password === undefined,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === options.password) callback(null, { user: auth.username });
      else callback(new Error('Authentication refused'));
    },
    onRcptTo(_address, _session, callback) {
      if (state.refuseRecipients === null) {
        callback();
        return;
      }
      const refusal = new Error(state.refuseRecipients) as Error & { responseCode: number };
      refusal.responseCode = 550;
      callback(refusal);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        setTimeout(() => {
          received.push({
            ...parseMessage(raw),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        }, state.dataDelayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const credentials = options.password === undefined ? '' : `lantern:${options.password}@`;
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    get refuseRecipients() {
      return state.refuseRecipients;
    },
    set refuseRecipients(value) {
      state.refuseRecipients = value;
    },
    get dataDelayMs() {
      return state.dataDelayMs;
    },
    set dataDelayMs(value) {
      state.dataDelayMs = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(resolve);
      }),
  };
}

function parseMessage(raw: string): Pick<ReceivedEmail, 'headers' | 'text'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'quoted-printable'
      ? quotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64')
        : Buffer.from(body, 'utf8');
  return { headers, text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

function quotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), adjacent ones joined. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')).toString('utf8'),
    );
}

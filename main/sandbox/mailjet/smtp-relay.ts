import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import type { SMTPServer, SMTPServerOptions } from 'smtp-server';
import { makeThrowawayCertificate } from './tls-certificate';

// Mailjet's SMTP relay, played on loopback: host in-v3.mailjet.com, login = API key / secret key,
// implicit TLS on the port that stands for 465 and STARTTLS on the one that stands for 587 (Mailjet's
// WordPress plugin and help pages, review row M15; Odoo's `ssl` = implicit TLS, `starttls` = STARTTLS,
// review row D2). AUTH is refused before TLS (smtp-server's default without allowInsecureAuth), so a
// client that picks the wrong encryption for a port fails as it does against the real relay. The
// certificate is made at start and lives in memory; clients are given it as their only authority.

const MAILJET_SMTP_HOST = 'in-v3.mailjet.com';

interface RelaySession {
  /** The SMTP login, i.e. the API key; the password is never kept. */
  user: string;
  mailFrom: string;
  rcptTo: string[];
  headerFrom: string;
  subject: string;
  customId: string;
}

export interface RelayOptions {
  /** True when the pair is an account's API key and secret key. */
  authenticate(user: string, password: string): boolean;
  /** Called once per accepted message, after DATA. */
  accept(session: RelaySession): void;
  /** Fixed loopback ports (a real Odoo started with MJ_SMTP_MAP needs to know them in advance); default: any free ones. */
  ports?: { implicitTls?: number; startTls?: number };
  /**
   * A certificate for in-v3.mailjet.com made beforehand (PEM), instead of one made at start: a real Odoo 19
   * checks it in its `_strict` modes, and it can only be told which authority to trust when it starts
   * (SSL_CERT_FILE). Default: a throwaway one, made here.
   */
  certificate?: { cert: string; key: string };
}

export interface MailjetRelay {
  host: string;
  /** Loopback ports: `implicitTls` stands for 465, `startTls` for 587 (and Mailjet's other STARTTLS ports). */
  ports: { implicitTls: number; startTls: number };
  /** The throwaway certificate (PEM) a client must trust. */
  ca: string;
  /** Every message accepted, in order. */
  received: RelaySession[];
  stop(): Promise<void>;
}

/** RFC 2047 encoded words (=?utf-8?B?…?= and =?utf-8?Q?…?=), as Python's email package writes a non-ASCII subject. */
function decodeHeaderWords(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g,
    (_all, charset: string, kind: string, text: string) => {
      const bytes = /b/i.test(kind)
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          );
      return /^utf-?8$/i.test(charset) ? bytes.toString('utf8') : bytes.toString('latin1');
    },
  );
}

/** The header block of a message, unfolded, as name (lower case) → first value. */
function readHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

const bareAddress = (value: string) => (/<([^>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** What greetAtOnce needs of smtp-server 3.21's connection object (smtp-connection.js `init`). */
interface ConnectionInternals {
  init?: () => void;
  _setListeners?: (ready: () => void) => void;
  connectionReady?: () => void;
}

/**
 * smtp-server holds every greeting back 100 ms to catch clients that talk too early (smtp-connection.js
 * `init`, "a small delay for detecting early talkers"); the library has no option for it. That pause is
 * the library's, not Mailjet's: UNVERIFIED whether Mailjet's relay waits before its 220 (no evidence
 * either way; a submission relay for logged-in senders usually greets at once), and the benchmark
 * means the SMTP leg to run at loopback speed. So the relay greets as soon as the socket is set up.
 * If the library changes shape, the pause simply stays.
 */
function greetAtOnce(server: SMTPServer): void {
  const connections = (server as unknown as { connections?: Set<ConnectionInternals> }).connections;
  if (!(connections instanceof Set)) return;
  const add = connections.add.bind(connections);
  connections.add = (connection: ConnectionInternals) => {
    const { _setListeners: setListeners, connectionReady } = connection;
    if (typeof connection.init === 'function' && typeof setListeners === 'function' && connectionReady)
      connection.init = () => setListeners.call(connection, () => connectionReady.call(connection));
    return add(connection);
  };
}

export async function startMailjetRelay(options: RelayOptions): Promise<MailjetRelay> {
  const { SMTPServer: Server } = await import('smtp-server');
  const { cert, key } = options.certificate ?? (await makeThrowawayCertificate(MAILJET_SMTP_HOST));
  const received: RelaySession[] = [];

  const common: SMTPServerOptions = {
    key,
    cert,
    name: MAILJET_SMTP_HOST,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username && options.authenticate(auth.username, auth.password ?? ''))
        return callback(null, { user: auth.username });
      // UNVERIFIED: Mailjet's exact 535 text (review: "Mailjet's 535 reply text" has no evidence).
      callback(
        Object.assign(new Error('5.7.8 Error: authentication failed: authentication failure'), { responseCode: 535 }),
      );
    },
    onData(stream, session, callback) {
      readStream(stream).then(
        (raw) => {
          const headers = readHeaders(raw);
          const relayed: RelaySession = {
            user: String(session.user ?? ''),
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : '',
            rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            headerFrom: bareAddress(decodeHeaderWords(headers.get('from') ?? '')),
            subject: decodeHeaderWords(headers.get('subject') ?? ''),
            customId: (headers.get('x-mj-customid') ?? '').trim(),
          };
          received.push(relayed);
          options.accept(relayed);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error('read failed')),
      );
    },
  };

  const listen = async (server: SMTPServer, port = 0) => {
    // A client that hangs up mid-handshake (a wrong encryption) is an ordinary event here, not a crash.
    server.on('error', () => {});
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return (server.server.address() as AddressInfo).port;
  };
  const implicit = new Server({ ...common, secure: true });
  const starttls = new Server({ ...common, secure: false });
  greetAtOnce(implicit);
  greetAtOnce(starttls);
  const ports = {
    implicitTls: await listen(implicit, options.ports?.implicitTls),
    startTls: await listen(starttls, options.ports?.startTls),
  };
  const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

  return {
    host: MAILJET_SMTP_HOST,
    ports,
    ca: cert,
    received,
    stop: async () => {
      await Promise.all([close(implicit), close(starttls)]);
    },
  };
}

/**
 * The relay as an SMTP client should reach it: Mailjet's host name and documented ports (25, 465, 587,
 * 588, 2525; Mailjet's blog "which SMTP port", review row M15) mapped to the loopback ports, 465 to the
 * implicit-TLS one and the others to STARTTLS. This is how the demo "resolves" in-v3.mailjet.com.
 */
export function relayDirectory(relay: MailjetRelay): { hosts: Record<string, Record<number, number>>; ca: string } {
  const { implicitTls, startTls } = relay.ports;
  return {
    hosts: { [relay.host]: { 465: implicitTls, 25: startTls, 587: startTls, 588: startTls, 2525: startTls } },
    ca: relay.ca,
  };
}

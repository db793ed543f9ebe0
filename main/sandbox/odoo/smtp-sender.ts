import type { SmtpCheck, SmtpServerSnapshot } from './smtp-check';

// The Odoo stand-in's outgoing mail over real SMTP (nodemailer), told only what the ir.mail_server
// record says, as Odoo's `ir.mail_server.connect` is (odoo/addons/base/models/ir_mail_server.py, 17):
// `ssl*` = implicit TLS, `starttls*` = STARTTLS required, `none` = plain; login with smtp_user and
// smtp_pass; the certificate is checked only in 19's `_strict` modes (review row D2). Host names
// resolve through `SmtpDirectory` only: everything stays on loopback, and any other name fails the
// way an unknown host fails for Odoo ("Name or service not known").

export interface SmtpDirectory {
  /** host name → (port Odoo dials → loopback port that answers). */
  hosts: Record<string, Record<number, number>>;
  /** The certificate authority (PEM) the loopback servers' certificates come from. */
  ca?: string;
}

export interface OutgoingMail {
  /** Envelope sender (MAIL FROM). */
  smtpFrom: string;
  /** The From header. */
  headerFrom: string;
  to: string[];
  subject: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
}

export type SendOutcome = { ok: true } | { ok: false; stage: 'connect' | 'send'; reason: string };

/** Odoo's SMTP timeout is 60 s (SMTP_TIMEOUT); the stand-in gives up sooner so a wrong port fails in a test's time. */
const STAND_IN_TIMEOUT_MS = 4_000;

type Failure = { kind: 'auth' | 'tls' | 'unreachable' | 'closed' | 'refused-sender' | 'other'; python: string };

/** What Python's smtplib/ssl would have said for the same failure, as str(exception). */
function describe(error: unknown): Failure {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const text = (e.response ?? e.message ?? '').replace(/^\d{3}[ -]/, '');
  if (e.responseCode === 535 || e.code === 'EAUTH')
    return { kind: 'auth', python: `(${e.responseCode ?? 535}, b'${text}')` };
  if (e.code === 'ENOTFOUND') return { kind: 'unreachable', python: '[Errno -2] Name or service not known' };
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? ''))
    return { kind: 'unreachable', python: '[Errno 111] Connection refused' };
  if (e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return { kind: 'unreachable', python: 'timed out' };
  if (/ssl|tls|wrong version|certificate|self[- ]signed/i.test(e.message ?? '') || e.code === 'ETLS') {
    return { kind: 'tls', python: '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1007)' };
  }
  if (e.code === 'EENVELOPE' && e.responseCode)
    return { kind: 'refused-sender', python: `(${e.responseCode}, b'${text}')` };
  if (e.code === 'ECONNECTION' || e.code === 'ESOCKET')
    return { kind: 'closed', python: 'Connection unexpectedly closed' };
  return { kind: 'other', python: e.responseCode ? `(${e.responseCode}, b'${text}')` : text || 'SMTP error' };
}

async function transportFor(server: SmtpServerSnapshot, directory: SmtpDirectory) {
  const nodemailer = (await import('nodemailer')).default;
  const host = String(server.smtp_host || '').toLowerCase();
  const port = directory.hosts[host]?.[server.smtp_port];
  if (port === undefined) {
    throw Object.assign(new Error(directory.hosts[host] ? 'connect ECONNREFUSED' : `getaddrinfo ENOTFOUND ${host}`), {
      code: directory.hosts[host] ? 'ECONNREFUSED' : 'ENOTFOUND',
    });
  }
  const encryption = server.smtp_encryption;
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: encryption.startsWith('ssl'),
    requireTLS: encryption.startsWith('starttls'),
    ignoreTLS: encryption === 'none',
    ...(server.smtp_user ? { auth: { user: String(server.smtp_user), pass: String(server.smtp_pass || '') } } : {}),
    tls: {
      servername: host,
      ...(directory.ca ? { ca: directory.ca } : {}),
      rejectUnauthorized: encryption.endsWith('_strict'),
    },
    connectionTimeout: STAND_IN_TIMEOUT_MS,
    greetingTimeout: STAND_IN_TIMEOUT_MS,
    socketTimeout: STAND_IN_TIMEOUT_MS,
  });
}

/** "Test Connection" as a real SMTP login, with Odoo's own wording for each way it fails (review row D6). */
export function smtpLoginCheck(directory: SmtpDirectory): SmtpCheck {
  return async (server) => {
    if (server.smtp_authentication === 'cli') return { ok: true };
    try {
      const transport = await transportFor(server, directory);
      try {
        await transport.verify();
      } finally {
        transport.close();
      }
      return { ok: true };
    } catch (error) {
      const failure = describe(error);
      switch (failure.kind) {
        case 'auth':
          return { ok: false, message: `Server replied with following exception:\n ${failure.python}` };
        case 'tls':
          return {
            ok: false,
            message: `An SSL exception occurred. Check connection security type.\n ${failure.python}`,
          };
        case 'unreachable':
          return {
            ok: false,
            message: `No response received. Check server address and port number.\n ${failure.python}`,
          };
        case 'closed':
          return {
            ok: false,
            message: `The server has closed the connection unexpectedly. Check configuration served on this port number.\n ${failure.python}`,
          };
        default:
          return { ok: false, message: `Connection Test Failed! Here is what we got instead:\n ${failure.python}` };
      }
    }
  };
}

/** One message through one server; the reason is what Odoo 17 stores in mail.mail.failure_reason (str of the exception). */
export async function sendThroughServer(
  server: SmtpServerSnapshot,
  directory: SmtpDirectory,
  mail: OutgoingMail,
): Promise<SendOutcome> {
  let transport;
  try {
    transport = await transportFor(server, directory);
  } catch (error) {
    return { ok: false, stage: 'connect', reason: describe(error).python };
  }
  // One session, as Odoo's connect-then-send is: a failure before MAIL FROM is the "connect" stage.
  try {
    await transport.sendMail({
      envelope: { from: mail.smtpFrom, to: mail.to },
      from: mail.headerFrom,
      to: mail.to.join(', '),
      subject: mail.subject,
      html: mail.html,
      headers: mail.headers,
      messageId: mail.messageId,
    });
    return { ok: true };
  } catch (error) {
    const failure = describe(error);
    return {
      ok: false,
      stage: failure.kind === 'refused-sender' || failure.kind === 'other' ? 'send' : 'connect',
      reason: failure.python,
    };
  } finally {
    transport.close();
  }
}

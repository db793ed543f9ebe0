import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SmtpCheck, SmtpServerSnapshot } from '@main/sandbox/odoo/smtp-check';
import { MAILJET, odooFixture, type OdooFixture } from './fixture';

// Proof that the values setup writes into Odoo (host, port, encryption, login) open a real,
// authenticated SMTP session: a loopback SMTP server plays Mailjet with a certificate for
// in-v3.mailjet.com, and the stand-in's "Test Connection" runs nodemailer's verify() with exactly the
// record's values, the way Odoo would use them (ssl* = implicit TLS, starttls* = STARTTLS required).

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let cert = '';
let key = '';
const servers: SMTPServer[] = [];
const ports: Record<number, number> = {};
let fixture: OdooFixture | undefined;

async function startSmtp(secure: boolean): Promise<number> {
  const server = new SMTPServer({
    secure,
    key,
    cert,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === MAILJET.apiKey && auth.password === MAILJET.secret) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Authentication failed'), { responseCode: 535 }));
    },
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.server.address() as AddressInfo).port;
}

/** Odoo's SMTP connection, told only what the record says; the host name is kept for TLS verification. */
function verifyAgainstLoopback(snapshot: SmtpServerSnapshot) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: ports[snapshot.smtp_port] ?? 1,
    secure: snapshot.smtp_encryption.startsWith('ssl'),
    requireTLS: snapshot.smtp_encryption.startsWith('starttls'),
    ignoreTLS: snapshot.smtp_encryption === 'none',
    auth: { user: String(snapshot.smtp_user), pass: String(snapshot.smtp_pass) },
    tls: { servername: String(snapshot.smtp_host), ca: cert, rejectUnauthorized: true },
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 5_000,
  });
  return transport.verify().finally(() => transport.close());
}

const realSmtp: SmtpCheck = async (snapshot) => {
  try {
    await verifyAgainstLoopback(snapshot);
    return { ok: true };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    return {
      ok: false,
      message:
        code === 535
          ? `Server replied with following exception:\n (535, b'Authentication failed')`
          : `An SSL exception occurred. Check connection security type.\n ${String((error as Error).message)}`,
    };
  }
};

beforeAll(async () => {
  if (!hasOpenssl) return;
  const dir = mkdtempSync(join(tmpdir(), 'mailjet-smtp-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=in-v3.mailjet.com',
      '-addext',
      'subjectAltName=DNS:in-v3.mailjet.com',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  key = readFileSync(join(dir, 'key.pem'), 'utf8');
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  ports[465] = await startSmtp(true);
  ports[587] = await startSmtp(false);
});

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

describe.skipIf(!hasOpenssl)('the written values against a real SMTP server on loopback', () => {
  it.each([
    [17, 465, 'password'],
    [17, 587, 'password'],
    [19, 465, 'api-key'],
    [19, 587, 'api-key'],
    [19, 587, 'password'],
  ] as const)(
    "Odoo %i, port %i, %s: setup passes Odoo's connection test over an authenticated TLS session",
    async (version, port, secret) => {
      fixture = await odooFixture(version, { smtpCheck: realSmtp, secret });
      const result = await fixture.call('odooSetup', { port });
      expect(result.ok && result.value).toMatchObject({
        tested: true,
        transport: secret === 'api-key' ? 'json-2' : 'xml-rpc',
      });
      expect(fixture.mailjetServers()).toEqual([expect.objectContaining({ smtp_port: port, active: true })]);
    },
  );

  it('the documentation\'s "587 with SSL/TLS" does not complete a session', async () => {
    const snapshot = {
      id: 1,
      name: 'Mailjet',
      smtp_host: 'in-v3.mailjet.com',
      smtp_port: 587,
      smtp_encryption: 'ssl',
      smtp_authentication: 'login',
      smtp_user: MAILJET.apiKey,
      smtp_pass: MAILJET.secret,
      from_filter: false,
    } as const;
    await expect(verifyAgainstLoopback(snapshot)).rejects.toThrow();
    await expect(verifyAgainstLoopback({ ...snapshot, smtp_encryption: 'starttls' })).resolves.toBe(true);
  });

  it('a wrong secret key fails the test, and the new server stays archived', async () => {
    fixture = await odooFixture(18, { smtpCheck: realSmtp });
    await fixture.deps.keychain.set('mailjet', 'mj-secret-that-mailjet-does-not-know');
    const result = await fixture.call('odooSetup', { port: 587 });
    expect(result.ok ? undefined : result.error.code).toBe('odoo.smtp-auth');
    expect(fixture.mailjetServers()).toEqual([expect.objectContaining({ active: false })]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OdooFault } from '@main/core/odoo/transport';
import { createXmlRpcTransport } from '@main/core/odoo/xmlrpc-transport';
import { MAILJET, ODOO_API_KEY, ODOO_PASSWORD, odooFixture, type OdooFixture } from './fixture';

// What the user sees when Odoo, the network or TLS misbehave: one of our codes, never Odoo's text
// unfiltered, and the raw detail only in the debug log with secrets scrubbed.

let fixture: OdooFixture | undefined;
let tlsServer: Server | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
  await new Promise<void>((resolve) => (tlsServer ? tlsServer.close(() => resolve()) : resolve()));
  tlsServer = undefined;
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// The same faults over both protocols: Odoo 19 with an API key answers them as JSON-2 errors (the
// stand-in serialises each fault as Odoo 19's Json2Dispatcher would), 18 as XML-RPC faults.
const PROTOCOLS = [
  { version: 18, secret: 'password', transport: 'xml-rpc' },
  { version: 19, secret: 'api-key', transport: 'json-2' },
] as const;

describe.each(PROTOCOLS)('Odoo faults over $transport', ({ version, secret, transport }) => {
  const odooSecret = secret === 'api-key' ? ODOO_API_KEY : ODOO_PASSWORD;
  const open = () => odooFixture(version, { secret });

  it('maps fault 1 to a server error, keeping the traceback (secrets scrubbed) for the log only', async () => {
    fixture = await open();
    fixture.standIn.inject({
      target: 'ir.mail_server.create',
      fault: {
        faultCode: 1,
        faultString: `Traceback (most recent call last):\n  File "x", in execute_kw\n    execute('demo', 2, '${odooSecret}', {'smtp_pass': '${MAILJET.secret}'})\npsycopg2.errors.SerializationFailure: could not serialize access`,
      },
    });
    const result = await fixture.call('odooSetup', {});
    expect(result).toEqual({ ok: false, error: { code: 'odoo.server-error' } });
    const log = fixture.log.lines.join('\n');
    expect(log).toContain('SerializationFailure');
    expect(log).not.toContain(odooSecret);
    expect(log).not.toContain(MAILJET.secret);
    expect(fixture.callsOver(transport)).toContain('ir.mail_server.create');
  });

  it("shows a UserError's own last line as the detail", async () => {
    fixture = await open();
    fixture.standIn.inject({
      target: 'ir.mail_server.write',
      fault: { faultCode: 2, faultString: 'You cannot archive this Outgoing Mail Server (Mailjet).' },
    });
    fixture.standIn.db.insertServer({
      name: 'Mailjet',
      smtp_host: 'in-v3.mailjet.com',
      smtp_port: 25,
      smtp_user: MAILJET.apiKey,
      sequence: 5,
    });
    const result = await fixture.call('odooSetup', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'odoo.user-error', params: { detail: 'You cannot archive this Outgoing Mail Server (Mailjet).' } },
    });
  });

  it('maps fault 3 in the middle of the work (an expired API key) to access-denied', async () => {
    fixture = await open();
    fixture.standIn.inject({
      target: 'ir.mail_server.search_read',
      fault: { faultCode: 3, faultString: 'Access Denied' },
      times: 2,
    });
    const result = await fixture.call('odooConnect');
    expect(result.ok ? undefined : result.error.code).toBe('odoo.access-denied');
  });

  it('maps fault 4 (no rights on a model) to not-admin', async () => {
    fixture = await open();
    fixture.standIn.inject({
      target: 'ir.config_parameter.set_param',
      fault: {
        faultCode: 4,
        faultString: "You are not allowed to modify 'System Parameter' (ir.config_parameter) records.",
      },
    });
    const result = await fixture.call('odooSetup', { purpose: 'mass-mailing' });
    expect(result).toEqual({ ok: false, error: { code: 'odoo.not-admin', params: { login: 'admin' } } });
  });

  it('names a database that does not exist', async () => {
    fixture = await open();
    const result = await fixture.call('odooConnect', { db: 'nope' });
    expect(result).toEqual({ ok: false, error: { code: 'odoo.database-not-found', params: { db: 'nope' } } });
  });

  it('refuses a wrong secret with the login error, never a server error', async () => {
    fixture = await open();
    await fixture.deps.keychain.set('odoo', `${odooSecret}-wrong`);
    const result = await fixture.call('odooConnect');
    expect(result).toEqual({ ok: false, error: { code: 'odoo.auth', params: { login: 'admin', db: 'demo' } } });
  });
});

describe('Odoo faults', () => {
  it.each([
    [503, 'odoo.unavailable'],
    [404, 'odoo.not-odoo'],
    [302, 'odoo.redirect'],
  ])('turns HTTP %i into %s', async (status, code) => {
    fixture = await odooFixture(17);
    fixture.standIn.inject({ target: 'common.version', httpStatus: status });
    const result = await fixture.call('odooConnect');
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it('classifies the SMTP test failures Odoo reports', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooSetup', { test: false, port: 587 });
    // The same server, now tested against the documentation's "587 with SSL/TLS".
    const id = fixture.mailjetServers()[0]!.id;
    fixture.standIn.db.servers.get(id)!.smtp_encryption = 'ssl';
    const tls = await fixture.call('odooTest', {});
    expect(tls.ok ? undefined : tls.error.code).toBe('odoo.smtp-tls');
    fixture.standIn.db.servers.get(id)!.smtp_encryption = 'starttls';
    fixture.standIn.db.servers.get(id)!.smtp_pass = 'an-old-secret-key-value';
    const auth = await fixture.call('odooTest', {});
    expect(auth.ok ? undefined : auth.error).toEqual({
      code: 'odoo.smtp-auth',
      params: {
        detail:
          "Server replied with following exception: (535, b'5.7.8 Error: authentication failed: authentication failure')",
      },
    });
  });

  it('says when there is no Mailjet server to test yet', async () => {
    fixture = await odooFixture(19);
    const result = await fixture.call('odooTest', {});
    expect(result.ok ? undefined : result.error.code).toBe('odoo.server-missing');
  });
});

describe('the stand-in marshals like Odoo', () => {
  it('answers a method that returns nothing with fault 1, after doing the work', async () => {
    fixture = await odooFixture(17);
    const transport = createXmlRpcTransport(fixture.standIn.url);
    const error = await transport
      .executeKw({ db: 'demo', uid: 2, secret: ODOO_PASSWORD }, 'ir.config_parameter', 'init', [true])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OdooFault);
    expect((error as OdooFault).faultCode).toBe(1);
    expect((error as OdooFault).faultString).toContain('cannot marshal None');
  });

  it('lists databases when allowed and refuses with fault 3 otherwise', async () => {
    fixture = await odooFixture(17);
    expect(await fixture.call('odooDatabases', { url: fixture.standIn.url })).toEqual({
      ok: true,
      value: { url: fixture.standIn.url, listed: true, databases: ['demo'] },
    });
    await fixture.close();
    fixture = await odooFixture(17, { listDatabases: false });
    expect(await fixture.call('odooDatabases', { url: fixture.standIn.url })).toEqual({
      ok: true,
      value: { url: fixture.standIn.url, listed: false, databases: [] },
    });
  });
});

describe('transport security', () => {
  it('refuses plain http to anything but this computer', async () => {
    fixture = await odooFixture(17);
    const result = await fixture.call('odooConnect', { url: 'http://odoo.example.com', db: 'demo', login: 'admin' });
    expect(result).toEqual({ ok: false, error: { code: 'odoo.https-required' } });
  });

  it.skipIf(!hasOpenssl)('reports a certificate that cannot be verified as a TLS problem', async () => {
    fixture = await odooFixture(17);
    const dir = mkdtempSync(join(tmpdir(), 'odoo-tls-'));
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
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    tlsServer = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_request, response) => response.end(),
    );
    await new Promise<void>((resolve) => tlsServer!.listen(0, '127.0.0.1', () => resolve()));
    const { port } = tlsServer.address() as AddressInfo;
    const result = await fixture.call('odooConnect', { url: `https://localhost:${port}`, db: 'demo', login: 'admin' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'odoo.tls', params: { host: `localhost:${port}`, reason: 'DEPTH_ZERO_SELF_SIGNED_CERT' } },
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { StandInOptions } from '@main/sandbox/odoo/server';
import { MAILJET, ODOO_API_KEY, odooFixture, type OdooFixture, type OdooSecretKind } from './fixture';

// The whole Odoo step against the stand-in, for every version the assistant supports and both
// protocols: 16–18 and a password on 19 speak XML-RPC, an API key on 19 speaks JSON-2. Every case
// passes the same contract.

const CASES: Array<{ version: 16 | 17 | 18 | 19; secret: OdooSecretKind; transport: 'xml-rpc' | 'json-2' }> = [
  { version: 16, secret: 'password', transport: 'xml-rpc' },
  { version: 17, secret: 'password', transport: 'xml-rpc' },
  { version: 18, secret: 'password', transport: 'xml-rpc' },
  { version: 19, secret: 'password', transport: 'xml-rpc' },
  { version: 19, secret: 'api-key', transport: 'json-2' },
];
let fixture: OdooFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe.each(CASES)('Odoo $version with a $secret ($transport)', ({ version, secret, transport }) => {
  const strict = version >= 19;
  const open = (options: StandInOptions = {}) => odooFixture(version, { ...options, secret });

  it('creates exactly one Mailjet server with the values Mailjet documents, tested before it goes to work', async () => {
    fixture = await open();
    const result = await fixture.call('odooSetup', { port: 465 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.transport).toBe(transport);
    const servers = fixture.mailjetServers();
    expect(servers).toHaveLength(1);
    expect(servers[0]).toMatchObject({
      id: result.ok ? result.value.serverId : -1,
      smtp_host: 'in-v3.mailjet.com',
      smtp_port: 465,
      smtp_encryption: strict ? 'ssl_strict' : 'ssl',
      smtp_authentication: 'login',
      smtp_user: MAILJET.apiKey,
      smtp_pass: MAILJET.secret,
      from_filter: 'example.com',
      active: true,
    });
    const targets = fixture.standIn.calls.map((call) => call.target);
    // Created archived, tested, then switched on: a failed test never diverts the mail.
    expect(targets.indexOf('ir.mail_server.create')).toBeLessThan(
      targets.indexOf('ir.mail_server.test_smtp_connection'),
    );
    expect(targets.lastIndexOf('ir.mail_server.write')).toBeGreaterThan(
      targets.indexOf('ir.mail_server.test_smtp_connection'),
    );
    expect(fixture.progress.map((event) => event.key)).toEqual(
      expect.arrayContaining(['odoo.progress.server', 'odoo.progress.test', 'odoo.progress.done']),
    );
  });

  it('changes nothing on a second run', async () => {
    fixture = await open();
    await fixture.call('odooSetup', { purpose: 'mass-mailing', port: 587 });
    const writes = fixture.standIn.writes().length;
    const again = await fixture.call('odooSetup', { purpose: 'mass-mailing', port: 587 });
    expect(again.ok && again.value).toMatchObject({ upToDate: true, applied: 0 });
    expect(fixture.standIn.writes()).toHaveLength(writes);
    expect(fixture.mailjetServers()).toHaveLength(1);
  });

  it('pairs port 587 with STARTTLS and port 465 with SSL/TLS, rewriting only those two fields', async () => {
    fixture = await open();
    await fixture.call('odooSetup', { port: 587 });
    expect(fixture.mailjetServers()[0]).toMatchObject({
      smtp_port: 587,
      smtp_encryption: strict ? 'starttls_strict' : 'starttls',
    });
    const switched = await fixture.call('odooSetup', { port: 465 });
    const update = switched.ok
      ? switched.value.changes.find((change: { action: string }) => change.action === 'update-server')
      : undefined;
    expect(update.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'smtp_encryption',
      'smtp_port',
    ]);
    expect(fixture.mailjetServers()).toEqual([
      expect.objectContaining({ smtp_port: 465, smtp_encryption: strict ? 'ssl_strict' : 'ssl' }),
    ]);
  });

  it('for mass mailing gives Mailjet a larger Priority number than every other server and sets both parameters', async () => {
    fixture = await open();
    fixture.standIn.db.insertServer({
      name: 'Backup SMTP',
      smtp_host: 'smtp2.example.com',
      smtp_port: 587,
      smtp_encryption: 'starttls',
      sequence: 20,
    });
    const result = await fixture.call('odooSetup', { purpose: 'mass-mailing' });
    expect(result.ok).toBe(true);
    const [mailjet] = fixture.mailjetServers();
    expect(mailjet!.sequence).toBe(21);
    expect(fixture.standIn.db.params.get('mass_mailing.outgoing_mail_server')).toBe('True');
    expect(fixture.standIn.db.params.get('mass_mailing.mail_server_id')).toBe(String(mailjet!.id));
    expect(result.ok && result.value.warnings.map((w: { code: string }) => w.code)).toContain(
      version === 16 ? 'transactional-via-mailjet-no-cli' : 'transactional-via-mailjet',
    );
  });

  it('previews the exact changes in a dry run without writing anything', async () => {
    fixture = await open();
    const plan = await fixture.call('odooPlan', { purpose: 'mass-mailing', port: 587 });
    expect(plan.ok).toBe(true);
    const value = plan.ok ? plan.value : undefined;
    expect(value.changes.map((change: { action: string }) => change.action)).toEqual([
      'create-server',
      'test-connection',
      'set-parameter',
      'set-parameter',
    ]);
    const password = value.changes[0].fields.find((field: { field: string }) => field.field === 'smtp_pass');
    expect(password).toEqual({ field: 'smtp_pass', secret: 'mailjet' });
    expect(fixture.standIn.writes()).toHaveLength(0);
  });

  it('reads the alias domain and the three addresses for the Mailjet step', async () => {
    fixture = await open({ aliasDomain: 'negozio.it' });
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value.addresses).toEqual({
      domain: 'negozio.it',
      notifications: 'notifications@negozio.it',
      bounce: 'bounce@negozio.it',
      catchall: 'catchall@negozio.it',
    });
    expect(info.ok && info.value.version.major).toBe(version);
    expect(info.ok && info.value.servers).toEqual([
      expect.objectContaining({ host: 'smtp.example.com', kind: 'other' }),
    ]);
  });

  it('refuses a wrong password with a hint about API keys, and writes nothing', async () => {
    fixture = await open();
    await fixture.deps.keychain.set('odoo', 'not-the-password');
    const result = await fixture.call('odooSetup', {});
    expect(result).toEqual({ ok: false, error: { code: 'odoo.auth', params: { login: 'admin', db: 'demo' } } });
    expect(fixture.standIn.writes()).toHaveLength(0);
  });

  it('accepts an API key in place of the password', async () => {
    fixture = await open();
    await fixture.deps.keychain.set('odoo', ODOO_API_KEY);
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value.transport).toBe(version >= 19 ? 'json-2' : 'xml-rpc');
  });

  it('says once, and only when it happens, that a password went over XML-RPC on 19', async () => {
    fixture = await open();
    const info = await fixture.call('odooConnect');
    const plan = await fixture.call('odooPlan', {});
    const fellBack = version >= 19 && secret === 'password';
    const notice = { code: 'password-over-xml-rpc', params: { version: '19.0' } };
    expect(info.ok && info.value.notices).toEqual(fellBack ? [notice] : []);
    const planWarnings = plan.ok
      ? plan.value.warnings.filter((w: { code: string }) => w.code === notice.code)
      : undefined;
    expect(planWarnings).toEqual(fellBack ? [notice] : []);
  });

  it(`carries every call to Odoo's models over ${transport}`, async () => {
    fixture = await open();
    const result = await fixture.call('odooSetup', { purpose: 'mass-mailing' });
    expect(result.ok).toBe(true);
    const modelCalls = (over: 'xml-rpc' | 'json-2') =>
      fixture!.callsOver(over).filter((target) => !target.startsWith('common.') && !target.startsWith('db.'));
    const other = transport === 'json-2' ? 'xml-rpc' : 'json-2';
    expect(modelCalls(transport)).toEqual(
      expect.arrayContaining([
        'ir.mail_server.create',
        'ir.mail_server.test_smtp_connection',
        'ir.config_parameter.set_param',
      ]),
    );
    // On 19 with a password, JSON-2 is asked once to log in and refuses; nothing else goes there.
    expect(modelCalls(other).sort()).toEqual(
      version >= 19 && secret === 'password' ? ['res.users.context_get', 'res.users.search_read'] : [],
    );
    if (transport === 'json-2') expect(fixture.callsOver('xml-rpc')).toEqual([]);
  });

  it('stops for a user without Settings rights', async () => {
    fixture = await open();
    await fixture.deps.keychain.set('odoo', 'sales-password-odoo');
    const result = await fixture.call('odooSetup', { login: 'sales' });
    expect(result.ok ? undefined : result.error.code).toBe('odoo.not-admin');
    expect(fixture.standIn.writes()).toHaveLength(0);
  });

  it('stops on a neutralized database', async () => {
    fixture = await open({ neutralized: true });
    const result = await fixture.call('odooSetup', {});
    expect(result.ok ? undefined : result.error.code).toBe('odoo.neutralized');
    expect(fixture.standIn.writes()).toHaveLength(0);
    const info = await fixture.call('odooConnect');
    expect(info.ok && info.value.neutralized).toBe(true);
  });

  it('leaves a new server archived when the connection test fails, and the next run completes it', async () => {
    fixture = await open();
    const working = fixture.standIn.smtpCheck;
    fixture.standIn.smtpCheck = async () => ({
      ok: false,
      message:
        "The server refused the sender address (notifications@example.com) with error b'Sender address rejected: not owned by user'",
    });
    const failed = await fixture.call('odooSetup', { purpose: 'mass-mailing' });
    expect(failed.ok ? undefined : failed.error.code).toBe('odoo.smtp-sender');
    expect(fixture.mailjetServers()).toEqual([expect.objectContaining({ active: false })]);
    expect(fixture.standIn.db.params.has('mass_mailing.mail_server_id')).toBe(false);

    fixture.standIn.smtpCheck = working;
    const retried = await fixture.call('odooSetup', { purpose: 'mass-mailing' });
    expect(retried.ok).toBe(true);
    expect(fixture.mailjetServers()).toEqual([expect.objectContaining({ active: true })]);
    expect(fixture.standIn.db.params.get('mass_mailing.mail_server_id')).toBe(String(fixture.mailjetServers()[0]!.id));
  });

  it('reports an unreachable host', async () => {
    fixture = await open();
    const port = new URL(fixture.standIn.url).port;
    await fixture.close();
    const result = await fixture.call('odooConnect', { url: `http://127.0.0.1:${port}`, db: 'demo', login: 'admin' });
    expect(result.ok ? undefined : result.error).toEqual({
      code: 'odoo.unreachable',
      params: { host: `127.0.0.1:${port}`, reason: 'ECONNREFUSED' },
    });
  });
});

describe('keeping transactional mail on Odoo', () => {
  it.each([17, 18, 19] as const)(
    'Odoo %i: adds a "Command Line Interface" server that wins for the domain',
    async (version) => {
      fixture = await odooFixture(version);
      const result = await fixture.call('odooSetup', { purpose: 'mass-mailing', keepOdooForTransactional: true });
      expect(result.ok).toBe(true);
      const servers = [...fixture.standIn.db.servers.values()];
      const cli = servers.find((server) => server.smtp_authentication === 'cli');
      const [mailjet] = fixture.mailjetServers();
      expect(cli).toMatchObject({ from_filter: 'example.com', active: true });
      expect(cli!.sequence).toBeLessThan(mailjet!.sequence);
      const writes = fixture.standIn.writes().length;
      await fixture.call('odooSetup', { purpose: 'mass-mailing', keepOdooForTransactional: true });
      expect(fixture.standIn.writes()).toHaveLength(writes);
    },
  );

  it('Odoo 16 has no such server type: a clear refusal before anything is written', async () => {
    fixture = await odooFixture(16);
    const result = await fixture.call('odooSetup', { purpose: 'mass-mailing', keepOdooForTransactional: true });
    expect(result.ok ? undefined : result.error.code).toBe('odoo.fallback-unavailable');
    expect(fixture.standIn.writes()).toHaveLength(0);
  });

  it('switching to "all" afterwards archives that server so Mailjet sends everything', async () => {
    fixture = await odooFixture(17);
    await fixture.call('odooSetup', { purpose: 'mass-mailing', keepOdooForTransactional: true });
    const result = await fixture.call('odooSetup', { purpose: 'all' });
    expect(result.ok).toBe(true);
    const cli = [...fixture.standIn.db.servers.values()].find((server) => server.smtp_authentication === 'cli');
    expect(cli?.active).toBe(false);
  });
});

describe('cancelling', () => {
  it.each([
    { version: 17, secret: 'password' },
    { version: 19, secret: 'api-key' },
  ] as const)(
    'stops a running setup at once and leaves nothing half-written (Odoo $version, $secret)',
    async ({ version, secret }) => {
      fixture = await odooFixture(version, { latencyMs: 150, secret });
      const running = fixture.call('odooSetup', {});
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(fixture.core.operations.cancel('test-op-0001')).toBe(true);
      expect(await running).toEqual({ ok: false, error: { code: 'app.cancelled' } });
      expect(fixture.standIn.writes()).toHaveLength(0);
    },
  );
});

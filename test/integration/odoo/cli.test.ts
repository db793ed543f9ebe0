import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryKeychain } from '@main/host/keychain';
import { cliSession } from '../../support/cli';
import { startOdooStandIn, type OdooStandIn, type StandInOptions } from '@main/sandbox/odoo/server';
import { MAILJET, ODOO_API_KEY, ODOO_PASSWORD } from './fixture';

// `mailjet-odoo odoo ...` end to end against the stand-in, and the promise that no output, log or
// settings file ever carries the Mailjet secret key or the Odoo password or API key.

let standIn: OdooStandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function setupCli(options: StandInOptions & { odooSecret?: string } = {}) {
  const { odooSecret = ODOO_PASSWORD, ...standInOptions } = options;
  standIn = await startOdooStandIn({
    version: 17,
    mailjetPair: { user: MAILJET.apiKey, password: MAILJET.secret },
    ...standInOptions,
  });
  const keychain = createMemoryKeychain();
  await keychain.set('mailjet', MAILJET.secret);
  await keychain.set('odoo', odooSecret);
  const session = cliSession({ keychain, env: { MAILJET_API_KEY: MAILJET.apiKey } });
  const { home, transcript } = session;
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => session.run([...args, '--lang', 'en'], { env });
  const connection = ['--url', standIn.url, '--db', 'demo', '--login', 'admin'];
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
    );
  return {
    cli,
    connection,
    home,
    keychain,
    transcript,
    files: () => filesUnder(home).map((file) => readFileSync(file, 'utf8')),
  };
}

describe('mailjet-odoo odoo', () => {
  it('info prints the version, the addresses and the servers', async () => {
    const { cli, connection } = await setupCli();
    const { code, stdout } = await cli(['odoo', 'info', ...connection]);
    expect(code).toBe(0);
    expect(stdout).toContain('Odoo 17.0 at http://127.0.0.1');
    expect(stdout).toContain(
      'notifications notifications@example.com, bounce bounce@example.com, catchall catchall@example.com',
    );
    expect(stdout).toContain('#1 Company SMTP (transactional): smtp.example.com:587, starttls');
  });

  it.each([
    { version: 17, odooSecret: ODOO_PASSWORD, transport: 'xml-rpc', notices: [] },
    {
      version: 19,
      odooSecret: ODOO_PASSWORD,
      transport: 'xml-rpc',
      notices: [{ code: 'password-over-xml-rpc', params: { version: '19.0' } }],
    },
    { version: 19, odooSecret: ODOO_API_KEY, transport: 'json-2', notices: [] },
  ] as const)(
    'info --json names the transport: Odoo $version with $transport',
    async ({ version, odooSecret, transport, notices }) => {
      const { cli, connection } = await setupCli({ version, odooSecret });
      const json = await cli(['odoo', 'info', ...connection, '--json']);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, transport, notices });
      const words = await cli(['odoo', 'info', ...connection]);
      expect(words.stdout).toContain(`Connected over ${transport === 'json-2' ? 'JSON-2' : 'XML-RPC'}.`);
      expect(words.stdout.includes('takes only API keys over its new JSON-2 interface')).toBe(notices.length > 0);
    },
  );

  it('setup against Odoo 19 with an API key makes no XML-RPC call at all, dry run and real', async () => {
    const { cli, connection } = await setupCli({ version: 19, odooSecret: ODOO_API_KEY });
    expect((await cli(['odoo', 'setup', ...connection, '--dry-run'])).code).toBe(0);
    const real = await cli(['odoo', 'setup', ...connection, '--purpose', 'mass-mailing', '--json']);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ ok: true, transport: 'json-2', tested: true });
    const over = (transport: string) =>
      standIn!.calls.filter((call) => call.transport === transport).map((call) => call.target);
    expect(over('json-2')).toEqual(
      expect.arrayContaining([
        'ir.mail_server.create',
        'ir.mail_server.test_smtp_connection',
        'ir.config_parameter.set_param',
      ]),
    );
    expect(over('xml-rpc')).toEqual([]);
    expect(standIn!.db.params.get('mass_mailing.mail_server_id')).toBe(
      String([...standIn!.db.servers.values()].find((server) => server.smtp_host === 'in-v3.mailjet.com')?.id),
    );
  });

  it('setup --dry-run lists the changes in words, with the password only named, and writes nothing', async () => {
    const { cli, connection } = await setupCli();
    const { code, stdout } = await cli(['odoo', 'setup', ...connection, '--port', '587', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('Create a Mailjet outgoing mail server with these values:');
    expect(stdout).toContain('SMTP Port: set to 587');
    expect(stdout).toContain('Connection Encryption: set to TLS (STARTTLS)');
    expect(stdout).toContain('Password: the Mailjet secret key from the keychain (not shown)');
    expect(standIn!.writes()).toHaveLength(0);
  });

  it('setup --json writes the server and reports it; the second run has nothing to do', async () => {
    const { cli } = await setupCli();
    const first = await cli([
      'odoo',
      'setup',
      '--url',
      standIn!.url,
      '--db',
      'demo',
      '--login',
      'admin',
      '--purpose',
      'mass-mailing',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({ ok: true, purpose: 'mass-mailing', tested: true, upToDate: false });
    // Address, database and login were saved: the second run needs none of them.
    const second = await cli(['odoo', 'setup', '--purpose', 'mass-mailing']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Nothing to change');
  });

  it('exits 2 with a localized message and next step for a wrong password', async () => {
    const { cli, connection } = await setupCli();
    const { code, stderr } = await cli(['odoo', 'setup', ...connection], { ODOO_PASSWORD: 'wrong-password-123' });
    expect(code).toBe(2);
    expect(stderr).toContain('Odoo did not accept the login “admin”');
    expect(stderr).toContain('New API Key');
  });

  it('exits 1 for a neutralized database and 3 when Odoo cannot be reached', async () => {
    const { cli, connection } = await setupCli({ neutralized: true });
    expect((await cli(['odoo', 'info', ...connection])).code).toBe(1);
    expect((await cli(['odoo', 'setup', ...connection])).code).toBe(1);
    await standIn!.close();
    expect((await cli(['odoo', 'info', ...connection])).code).toBe(3);
  });

  it('refuses a port Mailjet does not offer before connecting', async () => {
    const { cli, connection } = await setupCli();
    const { code, stderr } = await cli(['odoo', 'setup', ...connection, '--port', '25']);
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
    expect(standIn!.calls).toHaveLength(0);
  });
});

describe('secrets', () => {
  it.each([
    { version: 17, odooSecret: ODOO_PASSWORD, over: 'XML-RPC' },
    { version: 19, odooSecret: ODOO_API_KEY, over: 'JSON-2' },
  ] as const)(
    'never appear in any output, log or settings file, whatever goes wrong (Odoo $version, $over)',
    async ({ version, odooSecret }) => {
      const { cli, connection, transcript, files } = await setupCli({ version, odooSecret });
      // A traceback that quotes both secrets, as Odoo's may (JSON-2 sends it as the error's `debug`).
      standIn!.inject({
        target: 'ir.mail_server.create',
        times: 1,
        fault: {
          faultCode: 1,
          faultString: `Traceback:\n  execute_kw('demo', 2, '${odooSecret}', 'ir.mail_server', 'create', [{'smtp_pass': '${MAILJET.secret}'}])\nValueError: boom`,
        },
      });
      await cli(['odoo', 'setup', ...connection]);
      await cli(['odoo', 'setup', ...connection, '--dry-run', '--json']);
      await cli(['odoo', 'setup', ...connection, '--json']);
      await cli(['odoo', 'setup', ...connection, '--port', '587']);
      await cli(['odoo', 'test', ...connection, '--json']);
      await cli(['odoo', 'info', ...connection, '--json']);
      await cli(['odoo', 'guide', '--json']);
      await cli(['odoo', 'guide']);
      await cli(['odoo', 'setup', ...connection], { ODOO_PASSWORD: `${odooSecret}-wrong` });
      standIn!.smtpCheck = async () => ({
        ok: false,
        message: `Server replied with following exception:\n (535, b'bad credentials for ${MAILJET.secret}')`,
      });
      await cli(['odoo', 'test', ...connection]);

      const everything = [...transcript, ...files()].join('\n');
      expect(everything).toContain('Mailjet'); // the search looks at real output
      expect(files().join('\n')).toContain('ValueError: boom'); // and at the log that holds the traceback
      expect(everything).toMatch(version >= 19 ? /json-2/ : /xml-rpc/); // info --json ran over the intended protocol
      expect(everything).not.toContain(MAILJET.secret);
      expect(everything).not.toContain(odooSecret);
    },
  );

  it('stay out of an Odoo fault that quotes the password: the --json error, stderr and the log', async () => {
    const { cli, connection, files } = await setupCli();
    standIn!.inject({
      target: 'common.authenticate',
      times: 1,
      fault: { faultCode: 2, faultString: 'Password {password} has expired' },
    });
    const { code, stdout, stderr } = await cli(['odoo', 'info', ...connection, '--json']);
    expect(code).toBe(3);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'odoo.user-error', params: { detail: 'Password [secret] has expired' } },
    });
    expect(stderr).toContain('has expired');
    expect(`${stdout}${stderr}`).not.toContain(ODOO_PASSWORD);
    const log = files().join('\n');
    expect(log).toContain('has expired');
    expect(log).not.toContain(ODOO_PASSWORD);
  });

  it('are not echoed back when typed into an option by mistake', async () => {
    const { cli } = await setupCli();
    const { code, stdout, stderr } = await cli([
      'odoo',
      'info',
      '--url',
      standIn!.url,
      '--db',
      ODOO_PASSWORD,
      '--login',
      'admin',
      '--json',
    ]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error).toEqual({ code: 'odoo.database-not-found', params: { db: '[secret]' } });
    expect(`${stdout}${stderr}`).not.toContain(ODOO_PASSWORD);
  });
});

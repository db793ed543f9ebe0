import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryKeychain } from '@main/host/keychain';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { cli as runCli } from '../../support/cli';
import { newAccount } from './harness';

// `mailjet-odoo mailjet ...` as a script would run it: exit codes, JSON, words in both languages.

let standIn: MailjetStandIn;
let home: string;
const account = newAccount();

beforeEach(async () => {
  standIn = await startMailjetStandIn({ accounts: [account] });
  home = mkdtempSync(join(tmpdir(), 'mailjet-cli-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(home, { recursive: true, force: true });
});

function env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    MAILJET_ODOO_HOME: home,
    MAILJET_API_URL: standIn.url,
    MAILJET_API_KEY: account.apiKey,
    MAILJET_SECRET_KEY: account.secretKey,
    LANG: 'en_US.UTF-8',
    ...overrides,
  };
}

const cli = (args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
  runCli(args, {
    env: options.env ?? env(),
    keychain: createMemoryKeychain(),
    ...(options.input ? { stdin: options.input } : {}),
  });

describe('mailjet setup', () => {
  it('prints the DNS values to publish in its JSON and exits 1 while something is pending', async () => {
    const run = await cli(['mailjet', 'setup', '--domain', 'example.it', '--json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { ok: boolean; dns: Record<string, string>; senders: unknown[] };
    const dns = standIn.control.account().findDns('example.it')!;
    expect(json.ok).toBe(true);
    expect(json.dns).toEqual({
      ownershipName: dns.OwnerShipTokenRecordName,
      ownershipValue: dns.OwnerShipToken,
      dkimName: dns.DKIMRecordName,
      dkimValue: dns.DKIMRecordValue,
      spfValue: dns.SPFRecordValue,
    });
    expect(json.senders).toHaveLength(4);
    expect(run.stderr).toBe('');
  });

  it('exits 0 once everything is active, and says so in Italian', async () => {
    await cli(['mailjet', 'setup', '--domain', 'example.it']);
    standIn.control.publishDns('example.it');
    const run = await cli(['mailjet', 'setup', '--domain', 'example.it', '--lang', 'it']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mailjet è pronto');
    expect(run.stdout).toContain('notifications@example.it');
    expect(run.stderr).toContain('Cerco i mittenti che Mailjet ha già per example.it');
  });

  it('shows the records and the next step in plain text', async () => {
    const run = await cli([
      'mailjet',
      'setup',
      '--domain',
      'example.it',
      '--type',
      'bulk',
      '--catchall',
      'catchall@mail.example.it',
    ]);
    expect(run.stdout).toContain('Mailjet, domain example.it (mass e-mails)');
    expect(run.stdout).toContain(
      standIn.control.account().findDns('example.it')!.OwnerShipTokenRecordName.replace(/\.$/, ''),
    );
    expect(run.stdout).toContain('catchall@mail.example.it');
    expect(run.stdout).toMatch(/Next: publish the records above/);
  });

  it('says which addresses Mailjet e-mailed when they were added, and that the domain covers the rest', async () => {
    const perAddress = await cli(['mailjet', 'setup', '--domain', 'example.it', '--activation-emails', 'send']);
    expect(perAddress.stdout).toContain(
      'Mailjet has e-mailed an activation link to each of the 3 addresses added: notifications@example.it, bounce@example.it, catchall@example.it.',
    );
    const help = await cli(['mailjet', 'setup', '--help']);
    expect(help.stdout).toContain('Mailjet e-mails each one an activation link when it is added, once');
    const whole = await cli(['mailjet', 'setup', '--domain', 'example.org']);
    expect(whole.stdout).not.toContain('e-mailed an activation link');
    standIn.control.publishDns('example.org');
    const covered = await cli(['mailjet', 'setup', '--domain', 'example.org']);
    expect(covered.stdout).toMatch(/notifications@example\.org +covered by the domain/);
  });

  it('exits 2 on bad input, with the reason and a next step', async () => {
    const badType = await cli(['mailjet', 'setup', '--domain', 'example.it', '--type', 'newsletter']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('--type');
    const badDomain = await cli(['mailjet', 'setup', '--domain', 'co.uk']);
    expect(badDomain.code).toBe(2);
    expect(badDomain.stderr).toMatch(/What to do: Type the whole domain/);
    const missing = await cli(['mailjet', 'setup']);
    expect(missing.code).toBe(2);
    expect(standIn.requests).toEqual([]);
  });
});

describe('mailjet verify and keys', () => {
  it('exits 0 when Mailjet accepts the keys and 2 when it refuses them', async () => {
    const ok = await cli(['mailjet', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('accepts the saved keys');
    const refused = await cli(['mailjet', 'verify', '--json'], {
      env: env({ MAILJET_SECRET_KEY: 'wrong-secret-value' }),
    });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({
      ok: false,
      error: { code: 'mailjet.auth', params: { host: '127.0.0.1' } },
    });
  });

  it('exits 3 when Mailjet fails on its side', async () => {
    standIn.control.fail({ fault: { kind: 'status', status: 403, message: 'Sub-account keys cannot do this' } });
    const run = await cli(['mailjet', 'verify']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Sub-account keys cannot do this');
  });

  it('saves keys read from standard input only after Mailjet accepted them', async () => {
    const noEnv = env({ MAILJET_API_KEY: undefined, MAILJET_SECRET_KEY: undefined });
    const wrong = await cli(['mailjet', 'keys', '--api-key', account.apiKey], {
      env: noEnv,
      input: 'not-the-secret\n',
    });
    expect(wrong.code).toBe(2);
    const right = await cli(['mailjet', 'keys', '--api-key', account.apiKey, '--json'], {
      env: noEnv,
      input: `${account.secretKey}\n`,
    });
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout)).toMatchObject({
      ok: true,
      saved: true,
      apiKey: account.apiKey,
      endsWith: account.secretKey.slice(-4),
    });
  });
});

describe('mailjet status', () => {
  it('reads the last domain set up, and checks the DNS again when asked', async () => {
    await cli(['mailjet', 'setup', '--domain', 'example.it']);
    standIn.control.publishDns('example.it', ['spf', 'dkim']);
    const run = await cli(['mailjet', 'status', '--check', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      domain: 'example.it',
      spf: { status: 'ok' },
      dkim: { status: 'ok' },
      domainValidated: false,
    });
  });

  it('lists the Mailjet commands in the help', async () => {
    const run = await cli(['--help']);
    for (const command of ['mailjet keys', 'mailjet verify', 'mailjet setup', 'mailjet status'])
      expect(run.stdout).toContain(command);
  });
});

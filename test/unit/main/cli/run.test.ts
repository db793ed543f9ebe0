import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import type { KeychainErrorCode } from '@shared/contract/app';
import { createMemoryKeychain, type Keychain } from '@main/host/keychain';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn } from '@main/sandbox/odoo/server';
import { cli } from '@test/support/cli';

describe('mailjet-odoo', () => {
  it('shows its help in English and in Italian', async () => {
    const english = await cli(['--help']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Usage: mailjet-odoo <command> [options]');
    const italian = await cli(['--help', '--lang', 'it']);
    expect(italian.stdout).toContain('Uso: mailjet-odoo <comando> [opzioni]');
    expect(italian.stdout).toContain('Codici di uscita');
  });

  it('follows the system language when --lang is not given', async () => {
    expect((await cli(['--help'], { env: { LANG: 'it_IT.UTF-8' } })).stdout).toContain('Comandi:');
  });

  it('prints its version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('explains an unknown command on stderr with exit code 2 and no stack trace', async () => {
    const run = await cli(['frobnicate', '--lang', 'it']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Il comando «frobnicate» non esiste.');
    expect(run.stderr).toContain('Cosa fare:');
    expect(run.stderr).not.toMatch(/at .+\(.+:\d+:\d+\)/);
    expect(run.stdout).toBe('');
  });

  it('explains an unknown option with exit code 2', async () => {
    const run = await cli(['status', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
  });

  it('answers errors as JSON on stdout too when --json is given', async () => {
    const run = await cli(['frobnicate', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { code: 'cli.unknown-command', params: { command: 'frobnicate' } },
    });
  });

  it('stores a secret read from stdin in the keychain without printing it', async () => {
    const keychain = createMemoryKeychain();
    const secret = 'stdin-mailjet-secret-000000004a2b';
    const run = await cli(['login', 'mailjet', '--api-key', 'abcdef0123456789'], { stdin: `${secret}\n`, keychain });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ends in …4a2b');
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(await keychain.get('mailjet')).toBe(secret);
  });

  it('refuses an empty secret with exit code 2 and tells how to pipe one', async () => {
    const run = await cli(['login', 'odoo'], { stdin: '\n', keychain: createMemoryKeychain() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mailjet-odoo login odoo');
  });

  it('refuses a login for something that is not Mailjet or Odoo', async () => {
    expect((await cli(['login', 'gmail'], { keychain: createMemoryKeychain() })).code).toBe(2);
  });

  it('reports status as JSON, with environment secrets winning and never printed', async () => {
    const keychain = createMemoryKeychain();
    const secret = 'environment-secret-key-00000000ffff';
    const run = await cli(['status', '--json'], { keychain, env: { MAILJET_SECRET_KEY: secret } });
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    expect(status.keychain.secrets.mailjet).toEqual({ saved: true, endsWith: 'ffff', source: 'environment' });
    expect(status.keychain.secrets.odoo).toEqual({ saved: false });
    expect(run.stdout).not.toContain(secret);
  });

  it('forgets a stored secret on logout', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('odoo', 'an-odoo-password');
    expect((await cli(['logout', 'odoo'], { keychain })).stdout).toContain('Removed from the system keychain.');
    expect(await keychain.get('odoo')).toBeNull();
    expect((await cli(['logout', 'odoo'], { keychain })).stdout).toContain('There was nothing to remove.');
  });

  it('points status to the environment variables when no keychain answers, and tells a locked one apart', async () => {
    const broken = (code: KeychainErrorCode): Keychain => {
      const fail = async (): Promise<never> => {
        throw new AppError(code);
      };
      return { get: fail, set: fail, forget: fail, source: fail, probe: fail };
    };
    const missing = await cli(['status'], { keychain: broken('keychain.unavailable') });
    expect(missing.code).toBe(0);
    expect(missing.stdout).toContain('Mailjet secret key: The system keychain cannot be reached');
    expect(missing.stdout).toContain('MAILJET_API_KEY and MAILJET_SECRET_KEY for Mailjet, ODOO_PASSWORD for Odoo');
    expect(missing.stdout).toContain('install and start GNOME Keyring or KWallet');

    const locked = await cli(['status', '--lang', 'it'], { keychain: broken('keychain.locked') });
    expect(locked.stdout).toContain('Password Odoo: Il portachiavi di sistema è bloccato');
    expect(locked.stdout).toContain('Sbloccalo con la sua password');
    expect(locked.stdout).toContain('ODOO_PASSWORD');
    expect(locked.stdout).not.toContain('GNOME Keyring');

    // A secret given in the environment is named by its variable, even with no keychain at all.
    const scripted = await cli(['status'], {
      keychain: broken('keychain.unavailable'),
      env: { MAILJET_SECRET_KEY: 'environment-secret-key-00000000ffff' },
    });
    expect(scripted.stdout).toContain('Mailjet secret key: Taken from the environment variable MAILJET_SECRET_KEY');
    expect(scripted.stdout).toContain('Odoo password: The system keychain cannot be reached');
    expect(scripted.stdout).not.toContain('environment-secret-key-00000000ffff');
  });

  it('explains a keychain that is not running, with exit code 3', async () => {
    const broken = createMemoryKeychain();
    broken.set = async () => {
      const { AppError } = await import('@shared/errors');
      throw new AppError('keychain.unavailable');
    };
    // Odoo accepts the login (it is checked before anything is stored); then the keychain refuses it.
    const odoo = await startOdooStandIn();
    const run = await cli(['login', 'odoo', '--url', odoo.url, '--db', 'demo', '--login', 'admin', '--lang', 'it'], {
      stdin: SEED_ADMIN.password,
      keychain: broken,
    }).finally(() => odoo.close());
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('portachiavi di sistema non è attivo');
    // The command line's own way on without a keychain: the environment variables.
    expect(run.stderr).toContain('ODOO_PASSWORD');
  });
});

describe('command groups', () => {
  it('list their own commands when asked without one', async () => {
    const run = await cli(['dns', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dns records');
    expect(run.stdout).toContain('dns check');
    expect(run.stdout).not.toContain('odoo setup');
    expect((await cli(['odoo'])).code).toBe(2);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract';
import { AppError } from '@shared/errors';
import { dispatch } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import { composeApp } from '@main/compose';
import { testCore } from '@test/support/core';

describe('dispatch', () => {
  it('has a handler for every channel of the contract', () => {
    const { core } = testCore();
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('refuses an unknown channel with a code, not an exception', async () => {
    const { core } = testCore();
    expect(await dispatch(core, 'deleteEverything', {})).toEqual({ ok: false, error: { code: 'app.unknown-channel' } });
  });

  it('names the bad field without echoing what was typed, which may be a secret', async () => {
    const { core } = testCore();
    const result = await dispatch(core, 'keychainSave', { name: 'mailjet', value: '', extra: 'SECRET-EXTRA-VALUE' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('SECRET-EXTRA-VALUE');
    if (!result.ok) expect(result.error.code).toBe('app.invalid-input');
  });

  it('saves a secret and answers only with its last four characters', async () => {
    const { core, deps } = testCore();
    const secret = 'a-long-mailjet-secret-key-00007f3a';
    const saved = await dispatch(core, 'keychainSave', { name: 'mailjet', value: secret });
    expect(saved).toEqual({ ok: true, value: { saved: true, endsWith: '7f3a', source: 'keychain' } });
    const status = await dispatch(core, 'keychainStatus', {});
    expect(JSON.stringify(status)).not.toContain(secret);
    expect(status).toMatchObject({
      ok: true,
      value: { available: true, secrets: { mailjet: { saved: true, endsWith: '7f3a' }, odoo: { saved: false } } },
    });
    expect(await deps.keychain.get('mailjet')).toBe(secret);
  });

  it('reports a keychain that is not running as a state, so the wizard can explain it', async () => {
    const broken = {
      get: async () => {
        throw new AppError('keychain.unavailable');
      },
      set: async () => {},
      forget: async () => false,
      source: async () => null,
      probe: async () => {
        throw new AppError('keychain.unavailable');
      },
    };
    const { core } = testCore({ keychain: broken });
    expect(await dispatch(core, 'keychainStatus', {})).toMatchObject({
      ok: true,
      value: { available: false, errorCode: 'keychain.unavailable' },
    });
  });

  it("scrubs every remembered secret from an error's parameters, whichever handler raised it", async () => {
    const { core, deps } = testCore();
    await deps.keychain.set('odoo', 'odoo-password-0042');
    core.handlers.odooConnect = async () => {
      throw new AppError('odoo.user-error', { detail: 'Password odoo-password-0042 has expired' });
    };
    core.handlers.odooDatabases = async () => {
      throw new AppError('odoo.database-not-found', { db: 'odoo-password-0042' });
    };
    expect(await dispatch(core, 'odooConnect', {})).toEqual({
      ok: false,
      error: { code: 'odoo.user-error', params: { detail: 'Password [secret] has expired' } },
    });
    expect(await dispatch(core, 'odooDatabases', { url: 'https://x.odoo.com' })).toEqual({
      ok: false,
      error: { code: 'odoo.database-not-found', params: { db: '[secret]' } },
    });
  });

  it('tells the wizard where a refused settings file was moved, so the desktop and browser faces can say so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'assistant-recovered-'));
    writeFileSync(join(dataDir, 'settings.json'), '{"language": "it", "dns": {"domain": 7}}');
    const { core } = await composeApp({ face: 'web', dataDir, env: {}, host: { keychain: createMemoryKeychain() } });
    const info = await dispatch(core, 'appInfo', {});
    expect(info).toMatchObject({
      ok: true,
      value: { settingsRecovered: { movedTo: expect.stringContaining(join(dataDir, 'settings.json.invalid-')) } },
    });
    expect(await dispatch(core, 'settingsRead', {})).toEqual({ ok: true, value: { language: 'it' } });
  });

  it('turns an unexpected failure into app.internal and keeps the detail, redacted, in the log', async () => {
    const secret = 'odoo-password-that-leaks-1';
    const { core, log } = testCore();
    await core.deps.keychain.set('odoo', secret);
    core.handlers.keychainStatus = async () => {
      throw new Error(`boom with ${secret}`);
    };
    const failed = await dispatch(core, 'keychainStatus', {});
    expect(failed).toEqual({ ok: false, error: { code: 'app.internal' } });
    const logged = log.lines.join('\n');
    expect(logged).toContain('keychainStatus failed');
    expect(logged).toContain('boom with [secret]');
    expect(logged).not.toContain(secret);
  });

  it('strips fields the contract does not declare from results', async () => {
    const { core } = testCore();
    core.handlers.appInfo = async () =>
      ({
        name: 'x',
        version: '1',
        face: 'web',
        demo: false,
        platform: 'linux',
        internalPath: '/secret/place',
      }) as never;
    const result = await dispatch(core, 'appInfo', {});
    expect(JSON.stringify(result)).not.toContain('internalPath');
  });

  it('remembers the language the user picked over the system one', async () => {
    const { core } = testCore({ systemLocale: 'en_US.UTF-8' });
    expect(await dispatch(core, 'languageGet', {})).toEqual({ ok: true, value: { language: 'en', source: 'system' } });
    await dispatch(core, 'languageSet', { language: 'it' });
    expect(await dispatch(core, 'languageGet', {})).toEqual({ ok: true, value: { language: 'it', source: 'saved' } });
  });

  it('saves wizard progress through its own channel and refuses unknown steps', async () => {
    const { core } = testCore();
    expect(await dispatch(core, 'progressWrite', { current: 'senders', completed: ['welcome'] })).toMatchObject({
      ok: true,
      value: { current: 'senders' },
    });
    expect(await dispatch(core, 'progressWrite', { current: 'hack' })).toMatchObject({
      ok: false,
      error: { code: 'app.invalid-input', params: { field: 'current' } },
    });
    expect(await dispatch(core, 'progressRead', {})).toEqual({
      ok: true,
      value: { path: 'automatic', current: 'senders', completed: ['welcome'] },
    });
  });

  it('cancels a running operation by the id its caller chose', async () => {
    const { core } = testCore();
    const operation = core.operations.start('op-123456789');
    expect(await dispatch(core, 'cancel', { operationId: 'op-123456789' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(operation.signal.aborted).toBe(true);
  });

  it('a cancel that arrives before its operation (two requests racing) stops it as it starts', async () => {
    const { core } = testCore();
    expect(await dispatch(core, 'cancel', { operationId: 'op-987654321' })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(core.operations.start('op-987654321').signal.aborted).toBe(true);
  });
});

describe('copying a secret', () => {
  it('puts the stored secret on the clipboard, never in the result', async () => {
    const { core, deps } = testCore();
    await deps.keychain.set('mailjet', 'clipboard-secret-value-0001');
    const result = await dispatch(core, 'clipboardCopySecret', { name: 'mailjet' });
    expect(result).toEqual({ ok: true, value: { copied: true, clearedAfterSeconds: 45 } });
    expect(await deps.clipboard!.readText()).toBe('clipboard-secret-value-0001');
  });

  it('says so when nothing is saved yet', async () => {
    const { core } = testCore();
    expect(await dispatch(core, 'clipboardCopySecret', { name: 'odoo' })).toEqual({
      ok: false,
      error: { code: 'keychain.missing', params: { name: 'odoo' } },
    });
  });
});

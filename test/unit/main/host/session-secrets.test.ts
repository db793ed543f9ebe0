import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createMemoryKeychain, type Keychain } from '@main/host/keychain';
import { chooseKeychain } from '@main/host/keychain-choice';
import { containsSecret } from '@main/core/redaction';
import { withSessionSecrets } from '@main/host/session-secrets';

const unavailable: Keychain = {
  get: async () => {
    throw new AppError('keychain.unavailable');
  },
  set: async () => {
    throw new AppError('keychain.unavailable');
  },
  forget: async () => {
    throw new AppError('keychain.unavailable');
  },
  source: async () => {
    throw new AppError('keychain.unavailable');
  },
  probe: async () => {
    throw new AppError('keychain.unavailable');
  },
};

describe('the session layer in front of the keychain', () => {
  it('keeps a session-only secret out of the keychain, and a later save for good replaces it', async () => {
    const system = createMemoryKeychain();
    const keychain = withSessionSecrets(system);
    await keychain.set('mailjet', 'kept-for-this-session-1', 'session');
    expect(await keychain.get('mailjet')).toBe('kept-for-this-session-1');
    expect(await keychain.source('mailjet')).toBe('session');
    expect(await system.get('mailjet')).toBeNull();
    // Registered for redaction like any secret, so no log line can carry it.
    expect(containsSecret('log line with kept-for-this-session-1')).toBe(true);

    await keychain.set('mailjet', 'saved-for-good-000002');
    expect(await keychain.get('mailjet')).toBe('saved-for-good-000002');
    expect(await keychain.source('mailjet')).toBe('keychain');
    expect(await system.get('mailjet')).toBe('saved-for-good-000002');
  });

  it('works with no keychain at all, and still reports why there is none', async () => {
    const keychain = withSessionSecrets(unavailable);
    await expect(keychain.set('odoo', 'odoo-password-1')).rejects.toMatchObject({ code: 'keychain.unavailable' });
    await keychain.set('odoo', 'odoo-password-1', 'session');
    expect(await keychain.get('odoo')).toBe('odoo-password-1');
    await expect(keychain.get('mailjet')).rejects.toMatchObject({ code: 'keychain.unavailable' });
    await expect(keychain.probe()).rejects.toMatchObject({ code: 'keychain.unavailable' });
    expect(await keychain.forget('odoo')).toBe(true);
    await expect(keychain.get('odoo')).rejects.toMatchObject({ code: 'keychain.unavailable' });
  });
});

describe('the keychain each face gets', () => {
  it('is memory only in the demo, for every face, whatever the environment says', async () => {
    for (const face of ['desktop', 'web', 'cli'] as const) {
      const keychain = chooseKeychain({
        face,
        demo: true,
        env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', MAILJET_SECRET_KEY: 'from-env-000000001' },
      });
      await keychain.probe();
      await keychain.set('mailjet', 'demo-secret-00000001');
      expect(await keychain.get('mailjet')).toBe('demo-secret-00000001');
      expect(await keychain.source('mailjet')).toBe('session');
    }
  });

  it('puts the environment first for the CLI only, and the session layer everywhere', async () => {
    const env = { MAILJET_SECRET_KEY: 'from-the-environment-1' };
    const cli = chooseKeychain({ face: 'cli', demo: false, env, keychain: createMemoryKeychain() });
    expect(await cli.source('mailjet')).toBe('environment');
    const web = chooseKeychain({ face: 'web', demo: false, env, keychain: unavailable });
    await web.set('mailjet', 'browser-session-secret-1', 'session');
    expect(await web.get('mailjet')).toBe('browser-session-secret-1');
  });
});

import { describe, expect, it } from 'vitest';
import { secretHint } from '@main/core/secret-hint';
import { createMemoryKeychain, createOsKeychain, keychainErrorFrom, withEnvironmentSecrets } from '@main/host/keychain';

describe('keychain errors', () => {
  it('turn the library messages into the three situations the user can act on', () => {
    expect(
      keychainErrorFrom(new Error('Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled'))
        .code,
    ).toBe('keychain.unavailable');
    expect(keychainErrorFrom(new Error("Couldn't access platform storage: Secret Service: no result found")).code).toBe(
      'keychain.locked',
    );
    expect(keychainErrorFrom(new Error('something else entirely')).code).toBe('keychain.failed');
  });

  it('carry no part of the original message', () => {
    const error = keychainErrorFrom(new Error('DBus error while storing hunter2'));
    expect(JSON.stringify(error.toPayload())).not.toContain('hunter2');
  });
});

describe('environment secrets', () => {
  it('win over the keychain without touching it', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set('mailjet', 'from-the-keychain-000');
    const layered = withEnvironmentSecrets(keychain, { MAILJET_SECRET_KEY: 'from-the-environment-1' });
    expect(await layered.get('mailjet')).toBe('from-the-environment-1');
    expect(await layered.source('mailjet')).toBe('environment');
    expect(await keychain.get('mailjet')).toBe('from-the-keychain-000');
    expect(await layered.source('odoo')).toBeNull();
  });
});

describe('secret hints', () => {
  it('show the last four characters of a long key and nothing of a short password', () => {
    expect(secretHint('0123456789abcdef7f3a')).toBe('7f3a');
    expect(secretHint('hunter22')).toBeUndefined();
  });
});

describe('the OS keychain', () => {
  it('refuses a secret meant for this session only, before asking the system for anything', async () => {
    const error = await createOsKeychain('assistant-never-written')
      .set('mailjet', 'session-only-secret-0001', 'session')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('session-only');
  });
});

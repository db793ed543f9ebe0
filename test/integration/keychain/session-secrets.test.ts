import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeychainErrorCode, SecretName } from '@shared/contract/app';
import { AppError } from '@shared/errors';
import { composeApp } from '@main/compose';
import { dispatch, type Core } from '@main/core/dispatch';
import { KEYCHAIN_ACCOUNTS, type Keychain } from '@main/host/keychain';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';

// "For this session only", through the core as the wizard calls it: with no keychain answering, the
// Mailjet secret key and the Odoo password are kept in memory, serve every call, and are written
// nowhere: not in the keychain, not in the settings file, not in the log. A restart has none of them.

const ACCOUNT = { apiKey: 'sessionkey0000000000000000000a1b', secretKey: 'session-secret-key-000000000000c0de' };
const ODOO_PASSWORD = 'odoo-pass-42';

/** A system keychain that is not running: every call fails as @napi-rs/keyring's would, and writes are counted. */
function missingKeychain(code: KeychainErrorCode = 'keychain.unavailable'): Keychain & { writes: string[] } {
  const writes: string[] = [];
  const fail = async (): Promise<never> => {
    throw new AppError(code);
  };
  return {
    writes,
    get: fail,
    set: async (name: SecretName) => {
      writes.push(name);
      return fail();
    },
    forget: fail,
    source: fail,
    probe: fail,
  };
}

/** Every file under a folder, read as text: the settings file, the log, anything else written there. */
function everythingWritten(folder: string): string {
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .map((path) => (statSync(path).isDirectory() ? everythingWritten(path) : readFileSync(path, 'utf8')))
    .join('\n');
}

let standIn: MailjetStandIn | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await standIn?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  standIn = undefined;
  dataDir = undefined;
});

async function coreWithoutKeychain(keychain: Keychain): Promise<Core> {
  standIn ??= await startMailjetStandIn({ accounts: [ACCOUNT] });
  dataDir ??= mkdtempSync(join(tmpdir(), 'assistant-session-'));
  return (
    await composeApp({
      face: 'web',
      dataDir,
      env: { LANG: 'en_US.UTF-8' },
      endpoints: { mailjetApiUrl: standIn.url },
      host: { keychain },
    })
  ).core;
}

describe('secrets kept for this session only', () => {
  it('are refused by a missing keychain unless asked for, then serve every call and are written nowhere', async () => {
    const keychain = missingKeychain();
    const core = await coreWithoutKeychain(keychain);

    // Asked to save for good, the missing keychain is reported: the wizard then offers this session only.
    expect(await dispatch(core, 'mailjetSaveKeys', { apiKey: ACCOUNT.apiKey, secretKey: ACCOUNT.secretKey })).toEqual({
      ok: false,
      error: { code: 'keychain.unavailable' },
    });

    const saved = await dispatch(core, 'mailjetSaveKeys', {
      apiKey: ACCOUNT.apiKey,
      secretKey: ACCOUNT.secretKey,
      sessionOnly: true,
    });
    expect(saved).toMatchObject({ ok: true, value: { saved: true, source: 'session', endsWith: 'c0de' } });
    expect(await dispatch(core, 'keychainSave', { name: 'odoo', value: ODOO_PASSWORD, sessionOnly: true })).toEqual({
      ok: true,
      value: { saved: true, endsWith: '', source: 'session' },
    });

    // The status still says why there is no keychain, and where the secrets are.
    const status = await dispatch(core, 'keychainStatus', {});
    expect(status).toEqual({
      ok: true,
      value: {
        available: false,
        errorCode: 'keychain.unavailable',
        secrets: {
          mailjet: { saved: true, endsWith: 'c0de', source: 'session' },
          odoo: { saved: true, source: 'session' },
        },
      },
    });
    // Mailjet is reached with the secret from memory.
    expect(await dispatch(core, 'mailjetVerify', {})).toMatchObject({ ok: true, value: { apiKey: ACCOUNT.apiKey } });

    // Nothing went to the keychain (only the one refused attempt), nor to any file, nor to any answer.
    expect(keychain.writes).toEqual(['mailjet']);
    const written = everythingWritten(dataDir!);
    expect(written).toContain(ACCOUNT.apiKey); // the public half is a setting, as always
    for (const secret of [ACCOUNT.secretKey, ODOO_PASSWORD]) {
      expect(written).not.toContain(secret);
      expect(JSON.stringify([saved, status])).not.toContain(secret);
    }

    // Closing the app loses them: a new core on the same settings has no secret at all.
    const restarted = await coreWithoutKeychain(missingKeychain());
    expect(await dispatch(restarted, 'keychainStatus', {})).toMatchObject({
      ok: true,
      value: { available: false, secrets: { mailjet: { saved: false }, odoo: { saved: false } } },
    });
    expect(await dispatch(restarted, 'mailjetVerify', {})).toMatchObject({ ok: false });
  });

  it('can be forgotten without a keychain to ask', async () => {
    const core = await coreWithoutKeychain(missingKeychain());
    await dispatch(core, 'keychainSave', { name: 'odoo', value: ODOO_PASSWORD, sessionOnly: true });
    expect(await dispatch(core, 'keychainForget', { name: 'odoo' })).toEqual({ ok: true, value: { forgotten: true } });
    expect(await dispatch(core, 'keychainStatus', {})).toMatchObject({
      ok: true,
      value: { secrets: { odoo: { saved: false } } },
    });
    // With nothing kept, forgetting needs the keychain again, and says it is missing.
    expect(await dispatch(core, 'keychainForget', { name: 'odoo' })).toEqual({
      ok: false,
      error: { code: 'keychain.unavailable' },
    });
  });

  it('tell a locked keychain from a missing one', async () => {
    const core = await coreWithoutKeychain(missingKeychain('keychain.locked'));
    expect(await dispatch(core, 'keychainStatus', {})).toMatchObject({
      ok: true,
      value: { available: false, errorCode: 'keychain.locked' },
    });
  });

  it.skipIf(!process.env.ASSISTANT_TEST_KEYRING)(
    'never reach a running keychain either, when asked for the session only',
    async () => {
      const service = `assistant-session-${process.pid}`;
      standIn = await startMailjetStandIn({ accounts: [ACCOUNT] });
      dataDir = mkdtempSync(join(tmpdir(), 'assistant-session-'));
      const { core } = await composeApp({
        face: 'web',
        dataDir,
        env: { MAILJET_ODOO_KEYCHAIN_SERVICE: service },
        endpoints: { mailjetApiUrl: standIn.url },
      });
      expect(
        await dispatch(core, 'mailjetSaveKeys', {
          apiKey: ACCOUNT.apiKey,
          secretKey: ACCOUNT.secretKey,
          sessionOnly: true,
        }),
      ).toMatchObject({ ok: true });
      expect(await dispatch(core, 'keychainStatus', {})).toMatchObject({
        ok: true,
        value: { available: true, secrets: { mailjet: { source: 'session' } } },
      });
      const lookup = (account: string) => {
        try {
          return execFileSync('secret-tool', ['lookup', 'service', service, 'username', account], { encoding: 'utf8' });
        } catch {
          return ''; // secret-tool exits 1 when there is no such item
        }
      };
      expect(lookup(KEYCHAIN_ACCOUNTS.mailjet)).toBe('');
      expect(everythingWritten(dataDir)).not.toContain(ACCOUNT.secretKey);
    },
  );
});

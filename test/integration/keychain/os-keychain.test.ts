import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOsKeychain, KEYCHAIN_ACCOUNTS } from '@main/host/keychain';
import { composeApp } from '@main/compose';

// The real Secret Service (gnome-keyring on a private D-Bus session, see test/support/with-keyring.sh).
const realKeyring = !!process.env.ASSISTANT_TEST_KEYRING;
const service = `assistant-test-${process.pid}`;

function secretTool(...args: string[]): string {
  return execFileSync('secret-tool', args, { encoding: 'utf8' });
}

describe.skipIf(!realKeyring)('the OS keychain (gnome-keyring)', () => {
  const keychain = createOsKeychain(service);
  afterAll(async () => {
    await keychain.forget('mailjet').catch(() => {});
    await keychain.forget('odoo').catch(() => {});
  });

  it('saves, reads, replaces and forgets a credential', async () => {
    expect(await keychain.get('mailjet')).toBeNull();
    await keychain.set('mailjet', 'first-secret-ä-0001');
    expect(await keychain.get('mailjet')).toBe('first-secret-ä-0001');
    await keychain.set('mailjet', 'second-secret-0002');
    expect(await keychain.get('mailjet')).toBe('second-secret-0002');
    expect(await keychain.forget('mailjet')).toBe(true);
    expect(await keychain.get('mailjet')).toBeNull();
    expect(await keychain.forget('mailjet')).toBe(false);
  });

  it('stores an item other keychain tools see, under our service and account', async () => {
    await keychain.set('odoo', 'visible-to-secret-tool-9');
    expect(secretTool('lookup', 'service', service, 'username', KEYCHAIN_ACCOUNTS.odoo)).toBe(
      'visible-to-secret-tool-9',
    );
    await keychain.forget('odoo');
    expect(
      spawnSync('secret-tool', ['lookup', 'service', service, 'username', KEYCHAIN_ACCOUNTS.odoo]).stdout.toString(),
    ).toBe('');
  });

  it("keeps the demo's keys in memory: nothing reaches the keychain, and the user's own stay", async () => {
    const env = {
      MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-demo-keys-')),
      MAILJET_ODOO_KEYCHAIN_SERVICE: service,
    };
    const demoApp = await composeApp({ face: 'web', demo: true, env });
    const demoDeps = demoApp.core.deps;
    const realDeps = (await composeApp({ face: 'web', env })).core.deps;
    await realDeps.keychain.set('mailjet', 'the-users-own-secret-1');
    await demoDeps.keychain.set('mailjet', 'the-demo-secret-000001');
    expect(await demoDeps.keychain.get('mailjet')).toBe('the-demo-secret-000001');
    expect(await demoDeps.keychain.source('mailjet')).toBe('session');
    expect(await realDeps.keychain.get('mailjet')).toBe('the-users-own-secret-1');
    expect(secretTool('lookup', 'service', service, 'username', KEYCHAIN_ACCOUNTS.mailjet)).toBe(
      'the-users-own-secret-1',
    );
    // Nor under the name earlier versions gave the demo's entries.
    expect(
      spawnSync('secret-tool', [
        'lookup',
        'service',
        `${service}.demo`,
        'username',
        KEYCHAIN_ACCOUNTS.mailjet,
      ]).stdout.toString(),
    ).toBe('');
    await demoDeps.keychain.forget('mailjet');
    expect(await realDeps.keychain.get('mailjet')).toBe('the-users-own-secret-1');
    await realDeps.keychain.forget('mailjet');
    await demoApp.stop();
  });

  it('reads an item another tool stored', async () => {
    execFileSync('secret-tool', ['store', '--label=test', 'service', service, 'username', KEYCHAIN_ACCOUNTS.mailjet], {
      input: 'stored-by-secret-tool',
    });
    expect(await keychain.get('mailjet')).toBe('stored-by-secret-tool');
    await keychain.forget('mailjet');
  });
});

describe('without a Secret Service', () => {
  it('reports "keychain unavailable" instead of crashing or saving to memory', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/keychain-probe.ts'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/assistant-bus',
      },
      timeout: 20_000,
    });
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'keychain.unavailable' });
  });

  it('reports the same when there is no session bus at all', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/keychain-probe.ts'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 20_000,
    });
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'keychain.unavailable' });
  });

  const hasDbus =
    spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon']).status === 0;

  it.skipIf(!hasDbus)('reports a locked keychain when the Secret Service runs but was never unlocked', () => {
    const home = mkdtempSync(join(tmpdir(), 'assistant-locked-'));
    mkdirSync(join(home, 'data'), { mode: 0o700 });
    mkdirSync(join(home, 'run'), { mode: 0o700 });
    try {
      const child = spawnSync(
        'dbus-run-session',
        ['--', process.execPath, '--import', 'tsx', 'test/support/keychain-probe.ts'],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            HOME: home,
            XDG_DATA_HOME: join(home, 'data'),
            XDG_RUNTIME_DIR: join(home, 'run'),
          },
          timeout: 30_000,
        },
      );
      expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'keychain.locked' });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

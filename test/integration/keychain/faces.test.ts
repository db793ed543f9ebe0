import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { composeApp } from '@main/compose';
import { KEYCHAIN_ACCOUNTS } from '@main/host/keychain';

vi.mock('electron', () => ({
  default: {},
  app: { setPath: () => {} },
  clipboard: { writeText: () => {}, readText: () => '' },
}));

// The real Secret Service (gnome-keyring on a private D-Bus session, see test/support/with-keyring.sh).
const realKeyring = !!process.env.ASSISTANT_TEST_KEYRING;

describe.skipIf(!realKeyring)('one keychain for the three faces', () => {
  it('lets the command line and the browser face find the key the desktop app saved, under the service the environment names', async () => {
    const service = `assistant-faces-${process.pid}`;
    const home = mkdtempSync(join(tmpdir(), 'assistant-faces-'));
    const env = { MAILJET_ODOO_HOME: home, MAILJET_ODOO_KEYCHAIN_SERVICE: service };
    const { prepareDesktopRun } = await import('@main/app/desktop-host');
    const desktop = (await prepareDesktopRun(env, ['electron', '.']).compose('it-IT')).core.deps;
    try {
      await desktop.keychain.set('odoo', 'saved-by-the-desktop-app-7');
      expect(
        execFileSync('secret-tool', ['lookup', 'service', service, 'username', KEYCHAIN_ACCOUNTS.odoo], {
          encoding: 'utf8',
        }),
      ).toBe('saved-by-the-desktop-app-7');
      const cli = (await composeApp({ face: 'cli', env })).core.deps;
      const web = (await composeApp({ face: 'web', env })).core.deps;
      expect(await cli.keychain.get('odoo')).toBe('saved-by-the-desktop-app-7');
      expect(await web.keychain.get('odoo')).toBe('saved-by-the-desktop-app-7');
      expect(await cli.keychain.forget('odoo')).toBe(true);
      expect(await desktop.keychain.get('odoo')).toBeNull();
    } finally {
      await desktop.keychain.forget('odoo').catch(() => false);
      rmSync(home, { recursive: true, force: true });
    }
  });
});

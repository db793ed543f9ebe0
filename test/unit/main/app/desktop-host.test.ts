import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  default: {},
  app: { setPath: () => {} },
  clipboard: { writeText: () => {}, readText: () => '' },
}));

// The desktop app's keychain comes from the same choice as the other faces': the demo's in memory.
describe('the desktop host', () => {
  it('gives the demo a keychain in memory, with no system keychain to ask', async () => {
    // A session bus that does not exist: asking the system keychain here would fail.
    vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', 'unix:path=/nonexistent/assistant-desktop-test');
    const home = mkdtempSync(join(tmpdir(), 'assistant-desktop-'));
    const env = { MAILJET_ODOO_HOME: home };
    const { prepareDesktopRun } = await import('@main/app/desktop-host');
    const demoApp = await prepareDesktopRun(env, ['electron', '.', '--demo']).compose('it-IT');
    try {
      const deps = demoApp.core.deps;
      await deps.keychain.probe();
      await deps.keychain.set('odoo', 'desktop-demo-password-1');
      expect(await deps.keychain.get('odoo')).toBe('desktop-demo-password-1');
      expect(await deps.keychain.source('odoo')).toBe('session');

      const real = (await prepareDesktopRun(env, ['electron', '.']).compose('it-IT')).core.deps;
      await expect(real.keychain.probe()).rejects.toMatchObject({ code: 'keychain.unavailable' });
      // Outside the demo, no keychain still leaves this session's memory.
      await real.keychain.set('odoo', 'desktop-real-password-2', 'session');
      expect(await real.keychain.get('odoo')).toBe('desktop-real-password-2');
    } finally {
      await demoApp.stop();
      vi.unstubAllEnvs();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

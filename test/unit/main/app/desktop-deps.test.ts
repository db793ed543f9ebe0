import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ default: {}, clipboard: { writeText: () => {}, readText: () => '' } }));

// The desktop app's keychain comes from the same choice as the other faces': the demo's in memory.
describe('the desktop dependencies', () => {
  it('give the demo a keychain in memory, with no system keychain to ask', async () => {
    // A session bus that does not exist: asking the system keychain here would fail.
    vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', 'unix:path=/nonexistent/assistant-desktop-test');
    try {
      const { createDesktopDeps } = await import('../../../../main/app/desktop-deps');
      const deps = createDesktopDeps({ dataDir: mkdtempSync(join(tmpdir(), 'assistant-desktop-')), demo: true, locale: 'it-IT' });
      await deps.keychain.probe();
      await deps.keychain.set('odoo', 'desktop-demo-password-1');
      expect(await deps.keychain.get('odoo')).toBe('desktop-demo-password-1');
      expect(await deps.keychain.source('odoo')).toBe('session');

      const real = createDesktopDeps({ dataDir: mkdtempSync(join(tmpdir(), 'assistant-desktop-')), demo: false, locale: 'it-IT' });
      await expect(real.keychain.probe()).rejects.toMatchObject({ code: 'keychain.unavailable' });
      // Outside the demo, no keychain still leaves this session's memory.
      await real.keychain.set('odoo', 'desktop-real-password-2', 'session');
      expect(await real.keychain.get('odoo')).toBe('desktop-real-password-2');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

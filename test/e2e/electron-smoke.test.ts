import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '@main/app/app-origin';
import { CHANNEL_NAMES } from '@shared/contract';
import { findElectronBinary } from '../support/electron';

// The desktop face itself, once: the built app launched in Electron on the demo, its window, the
// preload's API, one call through IPC, and the sender check refusing a window that is not ours. Its
// logic is unit-tested with electron mocked (test/unit/main/app); this proves the wiring holds.
// It runs wherever an Electron binary exists; elsewhere it is skipped, and says why.

const electron = findElectronBinary();
const built =
  existsSync('out/main/index.js') && existsSync('out/preload/index.cjs') && existsSync('out/renderer/index.html');
const skipReason =
  'missing' in electron ? electron.missing : built ? undefined : 'the app is not built (npm run build)';
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}.`);

let app: ElectronApplication;
let page: Page;
let home: string;

describe.skipIf(skipReason !== undefined)('the desktop app in Electron (smoke test)', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'assistant-electron-'));
    app = await _electron.launch({
      executablePath: (electron as { path: string }).path,
      // `electron .` starts package.json's main (out/main/index.js); as root (containers, CI) Chromium's
      // own sandbox cannot start, which is not what this test is about: the renderer keeps `sandbox: true`.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), resolve('.'), '--demo'],
      env: { ...process.env, MAILJET_ODOO_HOME: home, LANG: 'en_US.UTF-8' },
    });
    page = await app.firstWindow();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('opens its window on the app:// page, with the wizard and nothing of Node in the page', async () => {
    expect(page.url()).toBe(APP_ENTRY_URL);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome');
    expect(
      await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
  });

  it('exposes one function per contract channel through the preload, and nothing else', async () => {
    const names = await page.evaluate(() => Object.keys(window.assistant).sort());
    expect(names).toEqual([...CHANNEL_NAMES, 'onProgress'].sort());
  });

  it('answers a call through IPC: appInfo says desktop, demo', async () => {
    const result = await page.evaluate(() => window.assistant.appInfo({}));
    expect(result).toMatchObject({ ok: true, value: { face: 'desktop', demo: true } });
  });

  it('refuses the same call from another window, even one showing our own page with our preload', async () => {
    const preload = resolve('out/preload/index.cjs');
    const result = await app.evaluate(
      async ({ BrowserWindow }, { preload, url }) => {
        const other = new BrowserWindow({
          show: false,
          webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false },
        });
        try {
          await other.loadURL(url);
          return await other.webContents.executeJavaScript('window.assistant.appInfo({})');
        } finally {
          other.destroy();
        }
      },
      { preload, url: APP_ENTRY_URL },
    );
    expect(result).toEqual({ ok: false, error: { code: 'app.untrusted-sender' } });
  });
});

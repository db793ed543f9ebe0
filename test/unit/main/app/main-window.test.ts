import { describe, expect, it, vi } from 'vitest';

const created: Array<Record<string, unknown>> = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
  },
}));

const { createMainWindow } = await import('../../../../main/app/main-window');

describe('the main window', () => {
  createMainWindow('/app/out/preload/index.cjs', 'Mailjet for Odoo');
  const webPreferences = created[0]!.webPreferences as Record<string, unknown>;

  it('isolates the page from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads only our CommonJS preload, the one format a sandboxed preload accepts', () => {
    expect(webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('turns off middle-click opening, which would bypass the window-open handler', () => {
    expect(webPreferences.disableBlinkFeatures).toContain('Auxclick');
  });
});

import { describe, expect, it, vi } from 'vitest';

const created: Array<Record<string, unknown>> = [];
const windows: Array<{ shown: number; emit(event: string): void }> = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    shown = 0;
    private readonly listeners = new Map<string, Array<() => void>>();
    constructor(options: Record<string, unknown>) {
      created.push(options);
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string) {
      const listeners = this.listeners.get(event) ?? [];
      this.listeners.delete(event);
      for (const listener of listeners) listener();
    }
    show() {
      this.shown += 1;
    }
  },
}));

const { createMainWindow } = await import('@main/app/main-window');

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

  it('stays hidden until its first page is painted, then shows once', () => {
    const window = windows[0]!;
    expect(created[0]!.show).toBe(false);
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });

  it('turns off middle-click opening, which would bypass the window-open handler', () => {
    expect(webPreferences.disableBlinkFeatures).toContain('Auxclick');
  });
});

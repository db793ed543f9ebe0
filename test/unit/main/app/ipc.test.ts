import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, ipcChannelName } from '@shared/contract';
import { registerIpcHandlers } from '@main/app/ipc';
import { testCore } from '@test/support/core';

vi.mock('electron', () => ({ default: {} }));

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) };
  const mainFrame = { url: 'app://bundle/index.html' };
  const ours = { mainFrame, isDestroyed: () => false, send: vi.fn() };
  const { core, log } = testCore();
  registerIpcHandlers(ipcMain as never, core, () => ours as never);
  const call = (event: unknown, channel: string, input: unknown = {}) =>
    handlers.get(ipcChannelName(channel as never))!(event, input);
  return { handlers, ours, mainFrame, call, log };
}

describe('IPC', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(ipcChannelName).sort());
  });

  it('answers our own window', async () => {
    const { ours, mainFrame, call } = setup();
    expect(await call({ sender: ours, senderFrame: mainFrame }, 'appInfo')).toMatchObject({
      ok: true,
      value: { name: 'Mailjet Odoo Assistant' },
    });
  });

  it('refuses a call from another window', async () => {
    const { mainFrame, call, log } = setup();
    const other = { mainFrame, isDestroyed: () => false, send: vi.fn() };
    expect(await call({ sender: other, senderFrame: mainFrame }, 'keychainStatus')).toEqual({
      ok: false,
      error: { code: 'app.untrusted-sender' },
    });
    expect(log.lines.some((line) => line.includes('refused keychainStatus'))).toBe(true);
  });

  it('refuses a call from a sub-frame of our window', async () => {
    const { ours, call } = setup();
    const iframe = { url: 'app://bundle/index.html' };
    expect(await call({ sender: ours, senderFrame: iframe }, 'appInfo')).toEqual({
      ok: false,
      error: { code: 'app.untrusted-sender' },
    });
  });

  it('refuses a call once our window shows a foreign page', async () => {
    const { ours, mainFrame, call } = setup();
    mainFrame.url = 'https://evil.example/';
    expect(await call({ sender: ours, senderFrame: mainFrame }, 'appInfo')).toEqual({
      ok: false,
      error: { code: 'app.untrusted-sender' },
    });
  });

  it('parses the input before the core sees it', async () => {
    const { ours, mainFrame, call } = setup();
    expect(await call({ sender: ours, senderFrame: mainFrame }, 'languageSet', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'app.invalid-input' },
    });
  });
});

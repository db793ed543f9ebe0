import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, guardWebContents } from '@main/app/guards';

vi.mock('electron', () => ({ default: {} }));

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & {
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => void;
    openHandler?: (d: { url: string }) => { action: string };
  };
  emitter.setWindowOpenHandler = (handler) => {
    emitter.openHandler = handler;
  };
  return emitter;
}

function navigate(contents: EventEmitter, event: string, url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length === 0;
}

describe('the page cannot leave the app', () => {
  const contents = fakeContents();
  const openLink = vi.fn();
  guardWebContents(contents as never, { openLink });

  it('refuses navigation away from app://bundle', () => {
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'https://app.mailjet.com/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://bundle/index.html')).toBe(true);
  });

  it('refuses every new window and hands the link to the allow-listed opener instead', () => {
    expect(contents.openHandler!({ url: 'https://app.mailjet.com/account/apikeys' })).toEqual({ action: 'deny' });
    expect(openLink).toHaveBeenCalledWith('https://app.mailjet.com/account/apikeys');
    expect(contents.openHandler!({ url: 'https://evil.example/phish' })).toEqual({ action: 'deny' });
  });

  it('refuses webviews', () => {
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  denyAllPermissions(session as never);
  const request = (permission: string) => {
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, permission, callback);
    return callback.mock.calls[0]![0] as boolean;
  };

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies %s',
    (permission) => {
      expect(request(permission)).toBe(false);
      expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, permission)).toBe(false);
    },
  );

  it('allows only writing plain text to the clipboard, for the copy buttons', () => {
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'clipboard-sanitized-write')).toBe(true);
  });

  it('denies every device', () => {
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false);
  });
});

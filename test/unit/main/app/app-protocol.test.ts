import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveRenderer } from '../../../../main/app/app-protocol';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

function served() {
  const root = mkdtempSync(join(tmpdir(), 'assistant-protocol-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  let handler: (request: Request) => Promise<Response> = async () => new Response();
  serveRenderer({ protocol: { handle: (_scheme: string, h: typeof handler) => (handler = h) } } as never, join(root, 'renderer'));
  return (url: string) => handler(new Request(url));
}

describe('the app:// protocol', () => {
  it('serves the renderer with the Content-Security-Policy', async () => {
    const response = await served()('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>ok</title>');
  });

  it('refuses paths that leave the renderer folder and other hosts', async () => {
    const fetch = served();
    for (const url of ['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt', 'app://other/index.html']) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });
});

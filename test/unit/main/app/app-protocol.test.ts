import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { serveRenderer } from '@main/app/app-protocol';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

function served() {
  const root = mkdtempSync(join(tmpdir(), 'assistant-protocol-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  let handler: (request: Request) => Promise<Response> = async () => new Response();
  serveRenderer(
    { protocol: { handle: (_scheme: string, h: typeof handler) => (handler = h) } } as never,
    join(root, 'renderer'),
  );
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
    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });
});

// The built renderer, as the desktop window loads it: the shell's entry script, then each step's chunk
// (and its style sheet) on demand. A chunk served with the wrong type, or missing, is a step that never opens.
const BUILT = resolve(process.env.ASSISTANT_OUT_DIR || 'out', 'renderer');

describe.skipIf(!existsSync(join(BUILT, 'index.html')))('the app:// protocol with the built renderer', () => {
  const entry = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(readFileSync(join(BUILT, 'index.html'), 'utf8'))?.[1];
  const entryCode = entry ? readFileSync(join(BUILT, entry), 'utf8') : '';
  const chunks = [...new Set([...entryCode.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)].map((m) => m[1]!))];

  it('keeps each step but Welcome out of the first script, in a chunk of its own', () => {
    for (const step of [
      'MailjetKeysStep',
      'OdooConnectionStep',
      'SendersStep',
      'DnsStep',
      'OdooServerStep',
      'DoneStep',
    ]) {
      expect(
        chunks.some((file) => file.startsWith(`${step}-`) && file.endsWith('.js')),
        step,
      ).toBe(true);
    }
    expect(
      chunks.some((file) => /^_catalog-(en|it)-(first|rest)-.+\.js$/.test(file)),
      'locale catalogs',
    ).toBe(true);
  });

  it('serves every chunk the first script imports, as a script or a style sheet, under the CSP', async () => {
    let handler: (request: Request) => Promise<Response> = async () => new Response();
    serveRenderer({ protocol: { handle: (_scheme: string, h: typeof handler) => (handler = h) } } as never, BUILT);
    for (const file of [entry!.replace(/^assets\//, ''), ...chunks]) {
      const response = await handler(new Request(`app://bundle/assets/${file}`));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toMatch(
        file.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
      );
      expect(response.headers.get('content-security-policy'), file).toContain("script-src 'self'");
    }
  });
});

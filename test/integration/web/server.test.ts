import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltRenderer, startWebFace, type RunningWebFace } from '../../support/web-face';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS would. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let face: RunningWebFace;
let port: number;
let auth: Record<string, string>;
const rpc = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send(port, `/rpc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth, ...headers }, body: JSON.stringify({ input }) });

beforeAll(async () => {
  requireBuiltRenderer();
  face = await startWebFace();
  port = face.server.port;
  auth = { Authorization: `Bearer ${face.server.token}`, Host: `127.0.0.1:${port}` };
});
afterAll(() => face.dispose());

describe('the browser face', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(face.server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers a request with the token', async () => {
    const reply = await rpc('appInfo', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { face: 'web', name: 'Mailjet Odoo Assistant' } });
  });

  it('refuses a request without the token', async () => {
    const reply = await rpc('appInfo', {}, { Authorization: '' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'web.session-expired' } });
  });

  it('refuses a wrong token of the right length', async () => {
    const reply = await rpc('appInfo', {}, { Authorization: `Bearer ${'x'.repeat(face.server.token.length)}` });
    expect(reply.status).toBe(401);
  });

  it('refuses a request from a foreign page (Origin)', async () => {
    expect((await rpc('appInfo', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Origin: `http://127.0.0.1:${port}` })).status).toBe(200);
  });

  it('refuses a DNS-rebinding request (foreign Host), even with the token', async () => {
    expect((await rpc('appInfo', {}, { Host: 'evil.example' })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a form post (not JSON), the one request a foreign page can send without asking', async () => {
    const reply = await send(port, '/rpc/languageSet', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'language=en' });
    expect(reply.status).toBe(415);
  });

  it('swaps the token in the URL for an HttpOnly, SameSite cookie and drops it from the address', async () => {
    const first = await send(port, `/?token=${face.server.token}`, { headers: { Host: `127.0.0.1:${port}` } });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(port, '/', { headers: { Host: `127.0.0.1:${port}`, Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/assistant-bridge.js"></script>');
    expect(page.body).not.toContain(face.server.token);
  });

  it('serves pages with a strict Content-Security-Policy', async () => {
    const page = await send(port, '/', { headers: auth });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('does not let a path walk out of the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json']) {
      const reply = await send(port, path, { headers: auth });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('mailjet-odoo-assistant');
    }
  });

  it('answers an unknown channel with 404 and a code', async () => {
    const reply = await rpc('shutdown', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'app.unknown-channel' } });
  });

  it('never sends a saved secret back, not even in the keychain status', async () => {
    const secret = 'web-face-secret-key-000000009f1e';
    expect(JSON.parse((await rpc('keychainSave', { name: 'mailjet', value: secret })).body)).toEqual({ ok: true, value: { saved: true, endsWith: '9f1e', source: 'keychain' } });
    const status = await rpc('keychainStatus', {});
    const settings = await rpc('settingsRead', {});
    expect(status.body + settings.body).not.toContain(secret);
    expect(face.logLines.join('\n')).not.toContain(secret);
  });
});

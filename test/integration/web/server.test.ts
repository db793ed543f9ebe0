import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltRenderer, startWebFace, type RunningWebFace } from '../../support/web-face';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls Host and Origin exactly as an attacker's page or a rebinding DNS would. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Where the page that sets the cookie sends the browser on (its meta refresh). */
function refreshTarget(body: string): string {
  const target = /<meta http-equiv="refresh" content="0;url=([^"]*)">/.exec(body)?.[1];
  if (target === undefined) throw new Error(`no refresh in ${body}`);
  return target.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

let face: RunningWebFace;
let port: number;
let auth: Record<string, string>;
const rpc = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send(port, `/rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth, ...headers },
    body: JSON.stringify({ input }),
  });

beforeAll(async () => {
  requireBuiltRenderer();
  face = await startWebFace();
  port = face.server.port;
  auth = { Authorization: `Bearer ${face.server.token}`, Host: `127.0.0.1:${port}` };
});
afterAll(() => face.dispose());

describe('the browser face', () => {
  it('gives an address on its own per-launch host name, carrying the token, and a 127.0.0.1 fallback', () => {
    expect(face.server.hostName).toMatch(/^[0-9a-f]{16}\.localhost$/);
    expect(face.server.url).toBe(`http://${face.server.hostName}:${port}/?token=${face.server.token}`);
    expect(face.server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(face.server.fallbackUrl).toBe(`http://127.0.0.1:${port}/?token=${face.server.token}`);
  });

  it('draws a new host name at each launch', async () => {
    const other = await startWebFace();
    try {
      expect(other.server.hostName).not.toBe(face.server.hostName);
    } finally {
      await other.dispose();
    }
  });

  it('answers on its own host name, and on no other *.localhost name', async () => {
    expect(
      (
        await rpc(
          'appInfo',
          {},
          { Host: `${face.server.hostName}:${port}`, Origin: `http://${face.server.hostName}:${port}` },
        )
      ).status,
    ).toBe(200);
    expect((await rpc('appInfo', {}, { Host: `0123456789abcdef.localhost:${port}` })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Origin: `http://0123456789abcdef.localhost:${port}` })).status).toBe(403);
    expect((await rpc('appInfo', {}, { Origin: `http://${face.server.hostName}:${port + 1}` })).status).toBe(403);
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
    const reply = await send(port, '/rpc/languageSet', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'language=en',
    });
    expect(reply.status).toBe(415);
  });

  it('answers the tokenised address with the wizard itself and an HttpOnly, SameSite, host-only cookie', async () => {
    const first = await send(port, `/?token=${face.server.token}`, {
      headers: { Host: `${face.server.hostName}:${port}` },
    });
    expect(first.status).toBe(200);
    // No second page load: the wizard, with the bridge first (it takes the token out of the address bar).
    expect(first.body).not.toContain('http-equiv="refresh"');
    expect(first.body).toMatch(/<head>\s*<script defer src="\/assistant-bridge.js"><\/script>/);
    expect(first.body).not.toContain(face.server.token);
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect(first.headers['cache-control']).toBe('no-store');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // No Domain attribute: the browser keeps it for this exact host name only.
    expect(cookie).not.toMatch(/Domain=/i);
    const page = await send(port, '/', { headers: { Host: `127.0.0.1:${port}`, Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script defer src="/assistant-bridge.js"></script>');
    expect(page.body).not.toContain(face.server.token);
  });

  it('sends a tokenised address of another page on to it, with the cookie, through a refresh', async () => {
    const reply = await send(port, `/assets/?token=${face.server.token}&x=1`, {
      headers: { Host: `${face.server.hostName}:${port}` },
    });
    expect(reply.status).toBe(200);
    expect(refreshTarget(reply.body)).toBe('/assets/?x=1');
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('serves the bridge script, built from TypeScript, under the same CSP, only with the token', async () => {
    const bridge = await send(port, '/assistant-bridge.js', { headers: auth });
    expect(bridge.status).toBe(200);
    expect(bridge.headers['content-type']).toMatch(/^text\/javascript/);
    expect(String(bridge.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(bridge.body).toContain('/rpc/');
    expect((await send(port, '/assistant-bridge.js', { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(401);
  });

  it('redirects only to a path on its own host, whatever the path the token came with', async () => {
    for (const path of ['/.//evil.example/', '//evil.example/', '/./\\evil.example/', '/%2F/evil.example/']) {
      const reply = await send(port, `${path}?token=${face.server.token}`, { headers: { Host: `127.0.0.1:${port}` } });
      expect(reply.status, path).toBe(200);
      const location = refreshTarget(reply.body);
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, `http://127.0.0.1:${port}`).host, path).toBe(`127.0.0.1:${port}`);
    }
  });

  it('answers a malformed address with 4xx and writes no stack trace to the log', async () => {
    const before = face.logLines.length;
    const badEscape = await send(port, '/rpc/%', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(badEscape.status).toBe(404);
    expect(JSON.parse(badEscape.body)).toEqual({ ok: false, error: { code: 'app.unknown-channel' } });
    expect((await send(port, '//', { headers: auth })).status).toBe(400);
    expect(face.logLines.slice(before).join('\n')).not.toMatch(/URIError|Invalid URL|\n\s+at /);
  });

  it('lets the tokenised address arrive as a cross-site navigation (from the redirect file), and nothing else', async () => {
    const host = { Host: `${face.server.hostName}:${port}` };
    const navigation = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' };
    expect((await send(port, `/?token=${face.server.token}`, { headers: { ...host, ...navigation } })).status).toBe(
      200,
    );
    expect(
      (await send(port, '/', { headers: { ...host, ...navigation, Authorization: `Bearer ${face.server.token}` } }))
        .status,
    ).toBe(403);
    const crossSiteFetch = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' };
    expect((await send(port, `/?token=${face.server.token}`, { headers: { ...host, ...crossSiteFetch } })).status).toBe(
      403,
    );
  });

  it('serves pages with a strict Content-Security-Policy', async () => {
    const page = await send(port, '/', { headers: auth });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('does not let a path walk out of the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
    ]) {
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
    expect(JSON.parse((await rpc('keychainSave', { name: 'mailjet', value: secret })).body)).toEqual({
      ok: true,
      value: { saved: true, endsWith: '9f1e', source: 'keychain' },
    });
    const status = await rpc('keychainStatus', {});
    const settings = await rpc('settingsRead', {});
    expect(status.body + settings.body).not.toContain(secret);
    expect(face.logLines.join('\n')).not.toContain(secret);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn } from '@main/sandbox/odoo/server';

// The installed command as a user runs it: the built bundle through bin/mailjet-odoo.js.

/** `mailjet-odoo web …` as a user starts it; `address` is the first line it prints. */
function startWeb(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['bin/mailjet-odoo.js', 'web', ...args], {
    env: {
      PATH: process.env.PATH,
      LANG: 'en_US.UTF-8',
      MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const address = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
  });
  return { child, address };
}

/**
 * A request to the printed address, sent to 127.0.0.1 with the address's own Host header: Node asks the
 * system resolver, which (unlike browsers and curl) may not know that every *.localhost is loopback.
 */
function viaLoopback(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const target = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: target.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const built = existsSync('out/main/cli.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['bin/mailjet-odoo.js', ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      LANG: 'en_US.UTF-8',
      MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')),
      ...env,
    },
    timeout: 20_000,
  });

describe.skipIf(!built)('the mailjet-odoo command', () => {
  it('runs --help in both languages', () => {
    expect(run(['--help']).stdout).toContain('Usage: mailjet-odoo');
    expect(run(['--help', '--lang', 'it']).stdout).toContain('Uso: mailjet-odoo');
  });

  it('exits 2 on bad input with a sentence, not a stack trace', () => {
    const result = run(['nonsense']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('There is no command “nonsense”.');
    expect(result.stderr).not.toContain('    at ');
  });

  it('reads a secret from a pipe and keeps it out of every output', async () => {
    // The password is checked with Odoo before anything stores it: the stand-in accepts it, in this process,
    // so the command runs as a child that this one does not block.
    const odoo = await startOdooStandIn({ users: [{ ...SEED_ADMIN, password: 'piped-odoo-password-123' }] });
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ['bin/mailjet-odoo.js', 'login', 'odoo', '--url', odoo.url, '--db', 'demo', '--login', 'admin'],
        {
          env: {
            PATH: process.env.PATH,
            LANG: 'en_US.UTF-8',
            MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')),
            DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
          },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end('piped-odoo-password-123\n');
    }).finally(() => odoo.close());
    // No keychain here on purpose: the secret must be refused cleanly, not stored somewhere else.
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('system keychain is not running');
    // The way on without one, for the command line: the environment variables.
    expect(result.stderr).toContain('MAILJET_API_KEY and MAILJET_SECRET_KEY for Mailjet, ODOO_PASSWORD for Odoo');
    expect(result.stdout + result.stderr).not.toContain('piped-odoo-password-123');
  });

  it('serves the demo in the browser, as `npm run web -- --demo` does', async () => {
    const web = startWeb(['--demo', '--no-open']);
    try {
      const url = await web.address;
      expect(url).toMatch(/^http:\/\/[0-9a-f]{16}\.localhost:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
      const token = new URL(url).searchParams.get('token')!;
      const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const answer = await viaLoopback(url, '/rpc/demoInfo', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ input: {} }),
      });
      expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { active: true, domain: 'example.com' } });
      const page = await viaLoopback(url, '/', { headers: auth });
      expect(page.body).toContain('<script defer src="/assistant-bridge.js"></script>');
    } finally {
      web.child.kill('SIGTERM');
    }
  });

  it('opens the browser on a private redirect file, never with the token on its command line', async () => {
    // A stand-in for xdg-open that records its command line, and the file it was given, as a browser sees it.
    const bin = mkdtempSync(join(tmpdir(), 'assistant-opener-'));
    const log = join(bin, 'opened.log');
    writeFileSync(
      join(bin, 'xdg-open'),
      `#!/bin/sh\n{ echo "argv: $*"; echo "mode: $(stat -c %a "$1" 2>&1) $(stat -c %a "$(dirname "$1")" 2>&1)"; cat "$1" 2>&1; } > "${log}.tmp"; mv "${log}.tmp" "${log}"\n`,
      { mode: 0o755 },
    );
    const web = startWeb([], { PATH: `${bin}:${process.env.PATH}` });
    try {
      const url = await web.address;
      const token = new URL(url).searchParams.get('token')!;
      await expect.poll(() => existsSync(log), { timeout: 10_000 }).toBe(true);
      const opened = readFileSync(log, 'utf8');
      const argv = /^argv: (.*)$/m.exec(opened)![1]!;
      expect(argv).not.toContain(token);
      const file = argv.trim();
      expect(opened).toMatch(/^mode: 600 700$/m);
      expect(opened).toContain(`content="0;url=${url}"`);
      // Once the browser has swapped the token for its cookie, the file and its folder are gone.
      expect(existsSync(file)).toBe(true);
      expect((await viaLoopback(url, `/?token=${token}`)).status).toBe(200);
      await expect.poll(() => existsSync(dirname(file)), { timeout: 5_000 }).toBe(false);
    } finally {
      web.child.kill('SIGTERM');
    }
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The installed command as a user runs it: the built bundle through bin/mailjet-odoo.js.
const built = existsSync('out/main/cli.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['bin/mailjet-odoo.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')), ...env },
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

  it('reads a secret from a pipe and keeps it out of every output', () => {
    const result = spawnSync(process.execPath, ['bin/mailjet-odoo.js', 'login', 'odoo'], {
      encoding: 'utf8',
      input: 'piped-odoo-password-123\n',
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' },
      timeout: 20_000,
    });
    // No keychain here on purpose: the secret must be refused cleanly, not stored somewhere else.
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('system keychain is not running');
    // The way on without one, for the command line: the environment variables.
    expect(result.stderr).toContain('MAILJET_API_KEY and MAILJET_SECRET_KEY for Mailjet, ODOO_PASSWORD for Odoo');
    expect(result.stdout + result.stderr).not.toContain('piped-odoo-password-123');
  });

  it('serves the demo in the browser, as `npm run web -- --demo` does', async () => {
    const child = spawn(process.execPath, ['bin/mailjet-odoo.js', 'web', '--demo', '--no-open'], {
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: mkdtempSync(join(tmpdir(), 'assistant-bin-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1'));
          if (line) resolve(line);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${err}`)));
      });
      const token = new URL(url).searchParams.get('token')!;
      const answer = await fetch(new URL('/rpc/demoInfo', url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ input: {} }),
      });
      expect(await answer.json()).toMatchObject({ ok: true, value: { active: true, domain: 'example.com' } });
      const page = await fetch(new URL('/', url), { headers: { Authorization: `Bearer ${token}` } });
      expect(await page.text()).toContain('<script src="/assistant-bridge.js"></script>');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The hidden prompt of the built command, on a real pseudo-terminal (Python's pty), as a person uses it.
const built = existsSync('out/main/cli.js');
const hasPython = spawnSync('python3', ['-c', 'import pty']).status === 0;

function atTerminal(keys: string[], args: string[], env: NodeJS.ProcessEnv = {}) {
  const home = mkdtempSync(join(tmpdir(), 'assistant-pty-'));
  const run = spawnSync(
    'python3',
    ['test/support/pty-run.py', JSON.stringify(keys), process.execPath, 'bin/mailjet-odoo.js', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: home, ...env },
      timeout: 60_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return { ...(JSON.parse(run.stdout) as { output: string; code: number }), home };
}

describe.skipIf(!built || !hasPython)('the secret prompt at a real terminal', () => {
  it('takes Ctrl+C as a cancel: exit 130, one sentence, no stack trace in the output or the log', () => {
    const { output, code, home } = atTerminal(['half-typed', '\u0003'], ['login', 'odoo'], {
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
    });
    expect(code).toBe(130);
    expect(output).toContain('Odoo password');
    expect(output).toContain('Cancelled: nothing was saved.');
    expect(output).not.toMatch(/internal|\n\s+at /i);
    expect(output).not.toContain('half-typed');
    const logs = join(home, 'logs');
    const log = existsSync(logs)
      ? readdirSync(logs)
          .map((file) => readFileSync(join(logs, file), 'utf8'))
          .join('')
      : '';
    expect(log).not.toMatch(/interrupted|\n\s+at /);
  });

  it('keeps what was typed, spaces included, and drops arrow keys, Home and bracketed-paste markers', () => {
    // ↑ and ← (CSI), Home in its SS3 form, a paste wrapped in bracketed-paste markers, a backspace.
    const keys = [' pass', '\u001b[A', 'wo\u001b[D', '\u001bOH', '\u001b[200~rd val\u001b[201~', 'uex\u007f ', '\r'];
    const run = spawnSync(
      'python3',
      [
        'test/support/pty-run.py',
        JSON.stringify(keys),
        process.execPath,
        '--import',
        'tsx',
        'test/support/read-secret-harness.ts',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const { output } = JSON.parse(run.stdout) as { output: string };
    expect(JSON.parse(/RESULT (.*)/.exec(output)![1]!)).toEqual({ value: ' password value ' });
    // Hidden: nothing typed is echoed between the prompt and the result.
    expect(output.slice(0, output.indexOf('RESULT'))).not.toMatch(/pass|word|val/);
  });

  it('takes Ctrl+D (the end of the input) as a cancel too: a half-typed secret is not stored', () => {
    const run = spawnSync(
      'python3',
      [
        'test/support/pty-run.py',
        JSON.stringify(['half-typ', '\u0004']),
        process.execPath,
        '--import',
        'tsx',
        'test/support/read-secret-harness.ts',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const { output } = JSON.parse(run.stdout) as { output: string };
    expect(JSON.parse(/RESULT (.*)/.exec(output)![1]!)).toEqual({ error: 'cli.cancelled' });
  });

  it('refuses more than 4 KiB typed at the prompt, keeping none of it', () => {
    const run = spawnSync(
      'python3',
      [
        'test/support/pty-run.py',
        JSON.stringify(['y'.repeat(2048), 'y'.repeat(2049), '\r']),
        process.execPath,
        '--import',
        'tsx',
        'test/support/read-secret-harness.ts',
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const { output } = JSON.parse(run.stdout) as { output: string };
    expect(JSON.parse(/RESULT (.*)/.exec(output)![1]!)).toEqual({ error: 'cli.secret-too-long' });
    expect(output).not.toContain('yyyy');
  });
});

import { spawn } from 'node:child_process';

/** Starts `mailjet-odoo web` as a user would; resolves with its address once it prints it. */
export function startWeb(home: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['bin/mailjet-odoo.js', 'web', '--no-open'], {
    env: { ...process.env, MAILJET_ODOO_HOME: home, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The first line is the address (on this launch's own *.localhost name, which Chromium resolves).
      if (out.includes('\n')) resolve({ url: out.split('\n')[0]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`web face exited with ${code}`)));
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

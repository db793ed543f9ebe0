import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Keychain } from '../../main/host/keychain';
import { runCli } from '../../main/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, a throwaway home and the given stdin and keychain. */
export async function cli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; keychain?: Keychain; home?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'assistant-cli-'));
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([options.stdin ?? '']) as never,
    env: { LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: home, ...options.env },
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  return { code, stdout, stderr };
}

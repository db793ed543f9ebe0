import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Keychain } from '@main/host/keychain';
import { runCli } from '@main/cli/run';

// The one driver for the command line in tests: `runCli` in-process, as `mailjet-odoo` runs it, with
// captured streams, a throwaway home, English unless told otherwise, what is piped on stdin, and a
// keychain of the test's choosing (without one, the CLI picks its own, as it does for a user).

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** What is piped on standard input (a secret); nothing by default. */
  stdin?: string;
  /** Added to (and winning over) LANG=en_US.UTF-8 and MAILJET_ODOO_HOME=<home>. */
  env?: NodeJS.ProcessEnv;
  keychain?: Keychain;
  /** The settings folder; a new throwaway one by default. */
  home?: string;
}

/** Runs the CLI once, in-process. */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'assistant-cli-'));
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(options.stdin ? [options.stdin] : []) as never,
    env: { LANG: 'en_US.UTF-8', MAILJET_ODOO_HOME: home, ...options.env },
    ...(options.keychain ? { keychain: options.keychain } : {}),
  });
  return { code, stdout, stderr };
}

/**
 * Several runs sharing one home, keychain and environment, as a user's session at the terminal; every
 * run's output is kept in `transcript` for a final search (for secrets, say).
 */
export function cliSession(defaults: CliOptions = {}) {
  const home = defaults.home ?? mkdtempSync(join(tmpdir(), 'assistant-cli-'));
  const transcript: string[] = [];
  const run = async (args: string[], options: CliOptions = {}): Promise<CliRun> => {
    const result = await cli(args, {
      ...defaults,
      ...options,
      home: options.home ?? home,
      env: { ...defaults.env, ...options.env },
    });
    transcript.push(result.stdout, result.stderr);
    return result;
  };
  return { run, home, transcript };
}

import { Readable } from 'node:stream';
import type { CliIo } from '../../../main/cli/framework';
import type { Keychain } from '../../../main/host/keychain';

/** Captures what a CLI run prints; stdin carries `input` (a piped secret) or nothing. */
export function captureIo(env: NodeJS.ProcessEnv, keychain: Keychain, input = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stdin: Readable.from(input ? [input] : []) as CliIo['stdin'],
    env,
    keychain,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

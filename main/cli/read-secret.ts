import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../shared/errors';
import type { CliIo } from './framework';

// A secret is read from standard input, never from an option: options end up in shell history and in
// the process list for every user of the machine to read.
//
// Only the line ending is removed: an Odoo password may begin or end with spaces, and dropping them
// would store a password that never works. Input is capped, so a file piped by mistake is refused
// rather than stored as a password.

/** Far above any Mailjet key, Odoo password or API key, far below a file piped by mistake. */
export const MAX_SECRET_BYTES = 4096;

const tooLong = () => new AppError('cli.secret-too-long', { max: MAX_SECRET_BYTES });

async function readPiped(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Leaving the loop stops reading: the rest of an oversized input is never held in memory.
    if (size > MAX_SECRET_BYTES + 2) throw tooLong();
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (Buffer.byteLength(text) > MAX_SECRET_BYTES) throw tooLong();
  return text;
}

/**
 * Keys typed at a hidden prompt, one character at a time. Terminal escape sequences (arrow keys, Home,
 * F-keys, the bracketed-paste markers) are skipped whole rather than stored: the user cannot see the
 * prompt, so a stray arrow key would otherwise end up inside the password.
 */
export function createKeyReader(): { feed(data: string): 'more' | 'enter' | 'cancel'; value(): string } {
  let value = '';
  // 'esc' after ESC; 'csi' inside ESC [ … (ends with a byte 0x40–0x7E); 'ss3' after ESC O (one more byte).
  let state: 'text' | 'esc' | 'csi' | 'ss3' = 'text';
  return {
    value: () => value,
    feed(data) {
      for (const char of data) {
        const code = char.codePointAt(0)!;
        if (state === 'esc') {
          state = char === '[' ? 'csi' : char === 'O' ? 'ss3' : 'text';
          continue;
        }
        if (state === 'csi') {
          if (code >= 0x40 && code <= 0x7e) state = 'text';
          continue;
        }
        if (state === 'ss3') {
          state = 'text';
          continue;
        }
        if (char === '\r' || char === '\n') return 'enter';
        if (char === '\u0003') return 'cancel';
        if (char === '\u0004') {
          // Ctrl+D ends the input like at any prompt.
          return 'enter';
        }
        if (char === '\u001b') state = 'esc';
        else if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char === '\u0015') value = ''; // Ctrl+U: start again
        else if (code >= 0x20 && !(code >= 0x80 && code <= 0x9f)) value += char;
        if (Buffer.byteLength(value) > MAX_SECRET_BYTES) throw tooLong();
      }
      return 'more';
    },
  };
}

/** At a terminal: a prompt and no echo. Piped: everything on stdin, without the final line break. */
export async function readSecret(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin;
  if (!stdin.isTTY || !stdin.setRawMode) return readPiped(stdin);
  io.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  const keys = createKeyReader();
  // A character split across two reads (é, emoji) is put back together before it is looked at.
  const decoder = new StringDecoder('utf8');
  return new Promise<string>((resolve, reject) => {
    const finish = (error?: Error) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      io.stderr.write('\n');
      if (error) reject(error);
      else resolve(keys.value());
    };
    const onData = (data: Buffer | string) => {
      try {
        const outcome = keys.feed(typeof data === 'string' ? data : decoder.write(data));
        // Ctrl+C at the prompt is the user changing their mind: a cancel, not a failure.
        if (outcome === 'cancel') finish(new AppError('cli.cancelled'));
        else if (outcome === 'enter') finish();
      } catch (error) {
        finish(error as Error);
      }
    };
    // The terminal went away (the window was closed): what was typed so far is not a finished secret.
    const onEnd = () => finish(new AppError('cli.cancelled'));
    stdin.on('data', onData);
    stdin.on('end', onEnd);
  });
}

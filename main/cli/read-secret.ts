import { AbortPromptError, createPrompt, ExitPromptError, useKeypress, useRef } from '@inquirer/core';
import { AppError } from '@shared/errors';
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
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (Buffer.byteLength(text) > MAX_SECRET_BYTES) throw tooLong();
  return text;
}

/** A key as Node's readline reports it (the sequence is what the terminal sent). */
export interface TypedKey {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/**
 * What one key does to the secret being typed. Readline has already split the input into keys, escape
 * sequences whole (arrow keys, Home, F-keys, the bracketed-paste markers): those are ignored, as are
 * Alt combinations and other control keys, since the user cannot see the prompt and a stray key would
 * otherwise end up inside the password (or, with readline's own line editing, move where the rest goes).
 */
export function applyKey(value: string, key: TypedKey): string | 'enter' {
  if (key.name === 'return' || key.name === 'enter') return 'enter';
  if (key.ctrl && key.name === 'u') return ''; // Ctrl+U: start again
  if (key.name === 'backspace') return [...value].slice(0, -1).join('');
  const text = key.sequence ?? '';
  if (key.ctrl || key.meta || !text || text.startsWith('\u001b')) return value;
  // Printable characters only: no C0 or C1 control codes (a tab, a stray 0x85).
  if (
    [...text].some(
      (char) => char.codePointAt(0)! < 0x20 || (char.codePointAt(0)! >= 0x7f && char.codePointAt(0)! <= 0x9f),
    )
  )
    return value;
  return value + text;
}

type HiddenOutcome = { secret: string } | { tooLong: true };

// The prompt itself (raw mode, key decoding, Ctrl+C, restoring the terminal) is Inquirer's; only what a
// key does is ours. It shows the question and nothing else, with the cursor hidden.
const hiddenPrompt = createPrompt<HiddenOutcome, { message: string }>((config, done) => {
  const typed = useRef('');
  const finished = useRef(false);
  useKeypress((key, rl) => {
    // Readline keeps its own copy of the line: emptied at every key, so the secret is not held twice and
    // the (hidden) cursor does not step right as the user types.
    Object.assign(rl, { line: '', cursor: 0 });
    if (finished.current) return;
    const next = applyKey(typed.current, key as TypedKey);
    if (next === 'enter' || Buffer.byteLength(next) > MAX_SECRET_BYTES) {
      finished.current = true;
      done(next === 'enter' ? { secret: typed.current } : { tooLong: true });
    } else {
      typed.current = next;
    }
  });
  return `${config.message}\u001b[?25l`;
});

/**
 * At a terminal: a prompt and no echo; Ctrl+C, or Ctrl+D (the end of the input, which readline takes as
 * closing the prompt), cancels: a half-typed secret is never stored. Piped: everything on stdin, without
 * the final line break.
 */
export async function readSecret(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin;
  if (!stdin.isTTY || !stdin.setRawMode) return readPiped(stdin);
  // The terminal went away (the window was closed): what was typed so far is not a finished secret.
  const hangUp = new AbortController();
  const onEnd = () => hangUp.abort();
  stdin.once('end', onEnd);
  try {
    const outcome = await hiddenPrompt(
      { message: prompt },
      { input: stdin, output: io.stderr as NodeJS.WritableStream, signal: hangUp.signal },
    );
    if ('tooLong' in outcome) throw tooLong();
    return outcome.secret;
  } catch (error) {
    // Ctrl+C at the prompt is the user changing their mind: a cancel, not a failure.
    if (error instanceof ExitPromptError || error instanceof AbortPromptError) throw new AppError('cli.cancelled');
    throw error;
  } finally {
    stdin.removeListener('end', onEnd);
    stdin.pause();
  }
}

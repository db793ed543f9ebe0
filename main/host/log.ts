import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { redact, redactDeep } from '../core/redaction';

// The debug log is for support, never for the user's eyes: it may hold tracebacks and remote messages,
// but every line passes through the redactor first, so no secret reaches the disk. Structured details are
// redacted value by value BEFORE they are serialised: JSON escapes a secret holding a quote, a backslash
// or a control character, and the escaped text would no longer match the secret. The finished line is
// then scrubbed again, escaped forms included, for whatever reached it as free text.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, event: string, detail?: unknown): void;
}

const MAX_BYTES = 2 * 1024 * 1024;

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) return ` ${detail.name}: ${detail.message}${detail.stack ? `\n${detail.stack}` : ''}`;
  try {
    return ` ${JSON.stringify(redactDeep(detail))}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

export function formatLogLine(level: LogLevel, event: string, detail?: unknown, now = new Date()): string {
  return redact(`${now.toISOString()} ${level.toUpperCase()} ${event}${describe(detail)}`);
}

/** Appends to `file`, rolling it over to `file.1` past 2 MiB so the log cannot grow without bound. */
export function createFileLogger(file: string): Logger {
  let ready = false;
  return {
    log(level, event, detail) {
      try {
        if (!ready) {
          mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
          ready = true;
        }
        try {
          if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
        } catch {
          // no file yet
        }
        appendFileSync(file, `${formatLogLine(level, event, detail)}\n`, { mode: 0o600 });
      } catch {
        // A log that cannot be written must never break the step the user is on.
      }
    },
  };
}

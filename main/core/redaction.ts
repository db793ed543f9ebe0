import type { ErrorPayload, ErrorParams } from '@shared/errors';

// Every secret the core touches is remembered here for the life of the process, so any text that
// leaves the core for a log line, an error or the terminal can be scrubbed, whatever path the value took.
//
// Short secrets: a value is scrubbed from free text only from FREE_TEXT_MIN_LENGTH characters on. A
// three-character password ("abc", "123") occurs inside ordinary words, numbers and timestamps; scrubbing
// it everywhere would make the log and the messages unreadable while hiding nothing (anyone can try all
// such passwords anyway). What is done for them instead: a value that IS a secret is replaced whole, at
// any length, wherever it stands alone (an error parameter, a field of a logged object), and fields named
// like secrets are never written to the log at all.

const remembered = new Set<string>();
const FREE_TEXT_MIN_LENGTH = 4;
const SECRET_MARK = '[secret]';

// Secrets that are stored (keychain, environment, an Odoo server record), by slot. Unlike `remembered`,
// this holds no candidate that was only typed: it decides what the settings refuse, not what is scrubbed.
const stored = new Map<string, string>();

export function rememberSecret(value: string | null | undefined): void {
  if (value) remembered.add(value);
}

/** A secret that is kept somewhere now (null: the slot was emptied). Also remembered for scrubbing. */
export function noteStoredSecret(slot: string, value: string | null | undefined): void {
  if (value) {
    rememberSecret(value);
    stored.set(slot, value);
  } else {
    stored.delete(slot);
  }
}

/** True when the value, trimmed, is exactly one of the secrets stored right now. */
export function isStoredSecret(value: string): boolean {
  const text = value.trim();
  if (!text) return false;
  for (const secret of stored.values()) if (secret === text || secret.trim() === text) return true;
  return false;
}

export function containsSecret(text: string): boolean {
  for (const secret of remembered) if (secret.length >= FREE_TEXT_MIN_LENGTH && text.includes(secret)) return true;
  return false;
}

/** The forms a secret takes in text: as typed, and escaped inside a JSON string (quotes, backslashes, controls). */
function writtenForms(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return escaped === secret ? [secret] : [secret, escaped];
}

export function redact(text: string): string {
  let out = text;
  const forms = [...remembered].filter((secret) => secret.length >= FREE_TEXT_MIN_LENGTH).flatMap(writtenForms);
  // Longest first, so a secret that contains another is replaced whole.
  for (const form of forms.sort((a, b) => b.length - a.length)) out = out.split(form).join(SECRET_MARK);
  // Credentials that travel in URLs or headers even when we never saw them as values.
  return out
    .replace(/(authorization:\s*(basic|bearer)\s+)[^\s'",}]+/gi, '$1[secret]')
    .replace(/(\/\/[^/\s:@]+:)[^@\s/]+@/g, '$1[secret]@');
}

/** A value that stands alone: replaced whole when it is a secret of any length, else scrubbed as text. */
function redactValue(value: string): string {
  return remembered.has(value) || remembered.has(value.trim()) ? SECRET_MARK : redact(value);
}

const SECRET_LOOKING_NAME = /secret|passw|pwd|token|private|credential|authorization|api_?secret/i;

/** A copy of any value with every string redacted and every field named like a secret masked, for the log. */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactValue(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  if (value instanceof Error) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      SECRET_LOOKING_NAME.test(key) && child !== undefined && child !== null && child !== ''
        ? SECRET_MARK
        : redactDeep(child, depth + 1),
    ]),
  );
}

/** Every face receives errors through this: parameters can echo what the user typed or what a server said. */
export function redactPayload(payload: ErrorPayload): ErrorPayload {
  if (!payload.params) return payload;
  const params: ErrorParams = {};
  for (const [key, value] of Object.entries(payload.params))
    params[key] = typeof value === 'string' ? redactValue(value) : value;
  return { code: payload.code, params };
}

/** For tests only: forget what earlier tests remembered. */
export function forgetRememberedSecrets(): void {
  remembered.clear();
  stored.clear();
}

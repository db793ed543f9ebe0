import { beforeEach, describe, expect, it } from 'vitest';
import { containsSecret, forgetRememberedSecrets, redact, redactPayload, rememberSecret } from '@main/core/redaction';
import { formatLogLine } from '@main/host/log';
import { createMemoryLogger } from '@test/support/doubles';

beforeEach(() => forgetRememberedSecrets());

describe('redaction', () => {
  it('scrubs every remembered secret from text, longest first', () => {
    rememberSecret('abcd1234');
    rememberSecret('abcd1234efgh5678');
    expect(redact('key abcd1234efgh5678 and abcd1234')).toBe('key [secret] and [secret]');
    expect(containsSecret('…abcd1234…')).toBe(true);
  });

  it('scrubs credentials in Basic auth headers and URLs even when never remembered', () => {
    expect(redact('Authorization: Basic dXNlcjpwYXNz')).toBe('Authorization: Basic [secret]');
    expect(redact('https://user:pass@api.example.com/v3')).toBe('https://user:[secret]@api.example.com/v3');
  });

  it('ignores values too short to be secrets, so ordinary words survive', () => {
    rememberSecret('abc');
    expect(redact('abc')).toBe('abc');
  });

  it('keeps secrets out of log lines, including error stacks', () => {
    rememberSecret('very-secret-key-0001');
    const log = createMemoryLogger();
    log.log('error', 'call failed', new Error('request with very-secret-key-0001 refused'));
    log.log('info', 'detail', { config: { auth: { password: 'very-secret-key-0001' } } });
    expect(log.lines.join('\n')).not.toContain('very-secret-key-0001');
    expect(log.lines[0]).toContain('[secret]');
  });

  it('scrubs a secret holding quotes, backslashes or control characters from log lines, where JSON escapes it', () => {
    const secrets = ['pa"ss\\word-1', 'tab\tand\nnewline-2', 'bell\u0007esc\u001b[2J-3'];
    for (const secret of secrets) rememberSecret(secret);
    const lines = secrets.flatMap((secret) => [
      formatLogLine('warn', 'odoo fault', `Traceback: execute_kw('demo', 2, '${secret}')`),
      formatLogLine('info', 'detail', { nested: [{ text: `with ${secret} inside` }] }),
      formatLogLine('error', 'failed', new Error(`refused ${secret}`)),
    ]);
    const written = lines.join('\n');
    for (const secret of secrets) {
      expect(written).not.toContain(secret);
      expect(written).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
    expect(written).toContain('Traceback: execute_kw');
  });

  it('scrubs an already escaped secret that reaches a line as text', () => {
    rememberSecret('quote"secret');
    expect(redact('{"body":"quote\\"secret"}')).toBe('{"body":"[secret]"}');
  });

  it('never logs fields named like secrets, and replaces a short secret that stands alone as a value', () => {
    rememberSecret('abc');
    const line = formatLogLine('info', 'call', { password: 'xy', login: 'abc', note: 'abcdef' });
    expect(line).toContain('"password":"[secret]"');
    expect(line).toContain('"login":"[secret]"');
    // Inside free text a three-letter secret is left alone: scrubbing it would shred ordinary words.
    expect(line).toContain('"note":"abcdef"');
  });

  it("scrubs every error's parameters, whole values and quoted text alike", () => {
    rememberSecret('hunter2-hunter2');
    rememberSecret('pin');
    expect(
      redactPayload({
        code: 'odoo.user-error',
        params: { detail: 'Password hunter2-hunter2 has expired', db: 'pin', port: 465 },
      }),
    ).toEqual({
      code: 'odoo.user-error',
      params: { detail: 'Password [secret] has expired', db: '[secret]', port: 465 },
    });
    expect(redactPayload({ code: 'app.internal' })).toEqual({ code: 'app.internal' });
  });
});

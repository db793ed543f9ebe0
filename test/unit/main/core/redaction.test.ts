import { beforeEach, describe, expect, it } from 'vitest';
import { containsSecret, forgetRememberedSecrets, redact, rememberSecret } from '../../../../main/core/redaction';
import { createMemoryLogger } from '../../../../main/core/log';

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
});

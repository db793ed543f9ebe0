import { describe, expect, it } from 'vitest';
import type { MailjetFailure } from '@main/core/mailjet/failure';
import { DEFAULT_RETRY_POLICY, isRetryable, parseRetryAfter, retryDelay } from '@main/core/mailjet/retry';

const http = (status: number, retryAfter?: string): MailjetFailure => ({
  status,
  code: 'ERR_BAD_RESPONSE',
  message: '',
  ...(retryAfter ? { retryAfter } : {}),
});
const network = (code: string): MailjetFailure => ({ status: null, code, message: '' });
const policy = { ...DEFAULT_RETRY_POLICY, attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000 };

describe('which failures are retried', () => {
  it('retries 429, 5xx and dropped or timed-out connections', () => {
    expect(
      [
        http(429),
        http(500),
        http(502),
        http(503),
        network('ECONNRESET'),
        network('ECONNABORTED'),
        network('ETIMEDOUT'),
      ].every(isRetryable),
    ).toBe(true);
  });

  it('never retries a 4xx answer other than 429, nor an unknown host', () => {
    expect([http(400), http(401), http(403), http(404), http(405), network('ENOTFOUND')].some(isRetryable)).toBe(false);
    expect(retryDelay(http(401), 1, policy, () => 0.5)).toBeUndefined();
  });

  it('stops after the last attempt', () => {
    expect(retryDelay(http(503), 3, policy, () => 0.5)).toBeDefined();
    expect(retryDelay(http(503), 4, policy, () => 0.5)).toBeUndefined();
  });
});

describe('how long to wait', () => {
  it('doubles the step each attempt, with jitter inside its upper half, up to the cap', () => {
    expect(retryDelay(http(500), 1, policy, () => 0)).toBe(50);
    expect(retryDelay(http(500), 1, policy, () => 1)).toBe(100);
    expect(retryDelay(http(500), 2, policy, () => 1)).toBe(200);
    expect(retryDelay(http(500), 3, policy, () => 0.5)).toBe(300);
    expect(retryDelay(http(500), 3, { ...policy, attempts: 10 }, () => 1)).toBe(400);
    expect(retryDelay(http(500), 9, { ...policy, attempts: 10 }, () => 1)).toBe(1000);
  });

  it('waits at least what Retry-After asks, in seconds or as a date', () => {
    expect(retryDelay(http(429, '3'), 1, policy, () => 0)).toBe(3000);
    expect(retryDelay(http(429, '3'), 1, policy, () => 1)).toBeGreaterThanOrEqual(3000);
    const now = Date.parse('2025-08-26T10:00:00Z');
    expect(retryDelay(http(429, 'Tue, 26 Aug 2025 10:00:05 GMT'), 1, policy, () => 0, now)).toBe(5000);
  });

  it('gives up rather than wait longer than the policy allows', () => {
    expect(retryDelay(http(429, '120'), 1, policy, () => 0)).toBeUndefined();
  });

  it('falls back to backoff when Retry-After is missing or unreadable', () => {
    expect(retryDelay(http(429), 1, policy, () => 1)).toBe(100);
    expect(retryDelay(http(429, 'soon'), 1, policy, () => 1)).toBe(100);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores the rest', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter(' 12 ')).toBe(12_000);
    expect(parseRetryAfter('Tue, 26 Aug 2025 10:00:00 GMT', Date.parse('2025-08-26T10:00:01Z'))).toBe(0);
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

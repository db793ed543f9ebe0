import type { MailjetFailure } from './failure';

// Mailjet publishes no rate-limit numbers, only "wait and retry" on 429. 5xx and lost connections are
// worth a second try too. A 4xx other than 429 is an answer, not an accident: retrying it would only
// repeat the same refusal. Retrying a POST is safe here because every caller copes with the second
// attempt finding the work already done ("already exists", "already active").

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the user is told to come back later. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 400,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** Network failures worth another attempt; DNS "no such host" (ENOTFOUND) is not one of them. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function isRetryable(failure: MailjetFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== null) return failure.status >= 500;
  return failure.code !== null && TRANSIENT_CODES.has(failure.code);
}

/** Retry-After is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date always names its day or month; this keeps Date.parse from reading "-1" as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before attempt number `attempt + 1` (attempt counts from 1), or undefined to stop.
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so clients that failed
 * together do not come back together.
 */
export function retryDelay(
  failure: MailjetFailure,
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number | undefined {
  if (attempt >= policy.attempts || !isRetryable(failure)) return undefined;
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const backoff = step / 2 + random() * (step / 2);
  const asked = failure.status === 429 ? parseRetryAfter(failure.retryAfter, now) : undefined;
  if (asked === undefined) return backoff;
  if (asked > policy.maxRetryAfterMs) return undefined;
  // Mailjet's wait is a floor; a little jitter on top keeps a crowd from returning on the same tick.
  return asked + random() * Math.min(policy.baseDelayMs, 1000);
}

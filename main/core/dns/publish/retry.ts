import { AppError } from '@shared/errors';

// 429 and 5xx from a DNS provider's API are worth another attempt. A read is simply sent again. A write
// is different: a 5xx (or a lost connection) may come after the provider did the work, so before
// sending it again the caller looks whether it landed; a 429 means it was not processed at all.

export interface HttpFailure {
  /** null: no answer at all (connection refused, reset, timed out). */
  status: number | null;
  retryAfterMs?: number;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited out. */
  maxWaitMs: number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const DEFAULT_PUBLISH_RETRY: RetryOptions = {
  attempts: 4,
  baseDelayMs: 300,
  maxWaitMs: 20_000,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new AppError('app.cancelled'));
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(new AppError('app.cancelled'))), {
        once: true,
      });
    }),
};

function isTransient(failure: HttpFailure): boolean {
  return failure.status === null || failure.status === 429 || failure.status >= 500;
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Runs `send` until it succeeds or fails for good. For a write, `landed` is asked after an answer that
 * leaves it unknown whether the work was done; what it finds is taken as the result, so nothing is
 * written twice.
 */
export async function withRetry<T>(
  send: () => Promise<T>,
  failureOf: (error: unknown) => HttpFailure | null,
  signal: AbortSignal,
  options: RetryOptions,
  landed?: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const failure = failureOf(error);
      if (!failure || !isTransient(failure) || attempt >= options.attempts) throw error;
      const wait = failure.retryAfterMs ?? options.baseDelayMs * 2 ** (attempt - 1);
      if (wait > options.maxWaitMs) throw new AppError('publish.rate-limited', { seconds: Math.ceil(wait / 1000) });
      await options.sleep(wait, signal);
      if (landed && failure.status !== 429) {
        const found = await landed();
        if (found !== undefined) return found;
      }
    }
  }
}

import { AppError } from '@shared/errors';
import { redact } from '../redaction';

// node-mailjet rejects with a plain Error that carries the whole axios config, and with it
// `auth: {username: <API key>, password: <secret key>}`. This module is the only place that touches
// such an object: it copies out the status, codes and the API's own message, and the rest is dropped
// on the floor. Nothing else in the app ever sees, logs or forwards the original error.

/** Everything about a failed call that may leave the client. */
export interface MailjetFailure {
  /** HTTP status, or null when no response arrived (network error, timeout). */
  status: number | null;
  /** The transport's error code (ECONNRESET, ECONNABORTED, ERR_BAD_REQUEST, …) or null. */
  code: string | null;
  /** The API's ErrorMessage, else the transport's text; redacted and shortened. */
  message: string;
  /** Mailjet's ErrorIdentifier on 5xx, to quote to their support. */
  reference?: string;
  /** The raw Retry-After header of a 429. */
  retryAfter?: string;
}

const MAX_MESSAGE = 300;

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const TLS_CODE = /^(EPROTO|ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_OSSL)/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function clean(message: string): string {
  const flat = redact(message).replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const maybeGetter = (headers as { get?: (key: string) => unknown }).get;
  const value =
    typeof maybeGetter === 'function' ? maybeGetter.call(headers, name) : (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Reads only the harmless fields; works for node-mailjet errors and for anything else thrown. */
export function describeFailure(error: unknown): MailjetFailure {
  if (!error || typeof error !== 'object') return { status: null, code: null, message: clean(String(error)) };
  const source = error as Record<string, unknown>;
  const status = typeof source.statusCode === 'number' ? source.statusCode : null;
  const response =
    source.response && typeof source.response === 'object' ? (source.response as Record<string, unknown>) : undefined;
  const body =
    response?.data && typeof response.data === 'object' ? (response.data as Record<string, unknown>) : undefined;
  const message =
    text(body?.ErrorMessage) ?? text(source.ErrorMessage) ?? text(source.originalMessage) ?? text(source.message) ?? '';
  const reference = text(body?.ErrorIdentifier) ?? text(source.ErrorIdentifier);
  const retryAfter = status === 429 ? header(response?.headers, 'retry-after') : undefined;
  return {
    status,
    code: text(source.code) ?? null,
    message: clean(message),
    ...(reference ? { reference: clean(reference) } : {}),
    ...(retryAfter ? { retryAfter: retryAfter.slice(0, 64) } : {}),
  };
}

const isTimeout = (failure: MailjetFailure) =>
  failure.status === null && failure.code !== null && TIMEOUT_CODES.has(failure.code);

/** The error code and parameters the user sees for a failure that retries did not cure. */
export function appErrorFor(failure: MailjetFailure, context: { host: string; timeoutMs: number }): AppError {
  const { status } = failure;
  const detail = failure.message;
  if (status === 401) return new AppError('mailjet.auth', { host: context.host });
  if (status === 403) return new AppError('mailjet.forbidden', { detail });
  if (status === 404) return new AppError('mailjet.not-found', { detail });
  if (status === 429) return new AppError('mailjet.rate-limited', {});
  if (status !== null && status >= 500)
    return new AppError('mailjet.unavailable', { status, reference: failure.reference ?? '-' });
  if (status !== null) return new AppError('mailjet.invalid', { status, detail: detail || '-' });
  if (isTimeout(failure))
    return new AppError('mailjet.timeout', {
      host: context.host,
      seconds: Math.max(1, Math.round(context.timeoutMs / 1000)),
    });
  if (failure.code && TLS_CODE.test(failure.code)) return new AppError('mailjet.tls', { host: context.host });
  return new AppError('mailjet.unreachable', { host: context.host, detail: failure.code ?? (detail || '-') });
}

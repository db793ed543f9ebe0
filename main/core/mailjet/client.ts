import type Mailjet from 'node-mailjet';
import { AppError } from '@shared/errors';
import type { Logger } from '../../host/log';
import { rememberSecret } from '../redaction';
import type { MailjetEndpoint } from './endpoint';
import { appErrorFor, describeFailure, type MailjetFailure } from './failure';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retry';

// The one way the app calls Mailjet: node-mailjet 6 with a timeout on every call (v6 has none by
// default and a call could hang for as long as the OS keeps the socket), bounded retries, a fresh
// request chain per attempt (a reused chain forgets its id and action after the first call), and
// every failure turned into an AppError before it leaves this file.

type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface MailjetCall {
  method: HttpMethod;
  resource: 'sender' | 'dns' | 'message' | 'messagehistory';
  id?: string | number;
  action?: 'validate' | 'check';
  data?: Record<string, unknown>;
  params?: Record<string, string | number | boolean>;
}

export interface MailjetAnswer {
  status: number;
  body: unknown;
}

export interface MailjetClientTuning {
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected by tests so backoff can be observed without waiting. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface MailjetClientOptions extends MailjetClientTuning {
  endpoint: MailjetEndpoint;
  apiKey: string;
  secretKey: string;
  log?: Logger;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** A failure that retries did not cure, kept as a safe description so callers can branch on it. */
export class MailjetCallError extends AppError {
  readonly failure: MailjetFailure;

  constructor(appError: AppError, failure: MailjetFailure) {
    super(appError.code, appError.params);
    this.failure = failure;
  }
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new AppError('app.cancelled'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AppError('app.cancelled'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** node-mailjet takes no AbortSignal: a cancelled call is abandoned here and ends by its own timeout. */
function abandonOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(new AppError('app.cancelled'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AppError('app.cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

type RequestStatics = { protocol: string };

// node-mailjet (with axios behind it) is imported on the first call, not when the core starts: most
// launches, and every --help, never talk to Mailjet.
let mailjetModule: Promise<typeof Mailjet> | undefined;
const loadMailjet = () => (mailjetModule ??= import('node-mailjet').then((m) => m.default));

export class MailjetClient {
  private client: InstanceType<typeof Mailjet> | undefined;
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private calls = 0;

  constructor(private readonly options: MailjetClientOptions) {
    rememberSecret(options.secretKey);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
  }

  get endpoint(): MailjetEndpoint {
    return this.options.endpoint;
  }

  /** Attempts sent to Mailjet so far, retries included. */
  get requestCount(): number {
    return this.calls;
  }

  get timeout(): number {
    return this.timeoutMs;
  }

  /** Resolves with any 2xx, and with a 304 (node-mailjet rejects it, but for PUT it means "no change"). */
  async call(call: MailjetCall, signal: AbortSignal): Promise<MailjetAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      if (signal.aborted) throw new AppError('app.cancelled');
      this.calls += 1;
      try {
        const result = await abandonOnAbort(this.send(call), signal);
        return { status: result.response.status, body: result.body };
      } catch (error) {
        if (error instanceof AppError) throw error;
        const failure = describeFailure(error);
        if (failure.status === 304) return { status: 304, body: null };
        const wait = retryDelay(failure, attempt, this.policy, this.random);
        // A refusal (4xx) is an answer the caller handles ("already exists"); only faults are warnings.
        const level = wait !== undefined || failure.status === null || failure.status >= 500 ? 'warn' : 'debug';
        this.options.log?.log(
          level,
          `mailjet ${call.method.toUpperCase()} ${call.resource}${call.action ? `/${call.action}` : ''} failed`,
          {
            attempt,
            status: failure.status,
            code: failure.code,
            message: failure.message,
            ...(wait !== undefined ? { retryInMs: Math.round(wait) } : {}),
          },
        );
        if (wait === undefined) {
          throw new MailjetCallError(
            appErrorFor(failure, { host: this.options.endpoint.hostname, timeoutMs: this.timeoutMs }),
            failure,
          );
        }
        await this.sleep(wait, signal);
      }
    }
  }

  private async send(call: MailjetCall) {
    const Mailjet = await loadMailjet();
    // No `apiToken` key at all: its mere presence, even undefined, switches node-mailjet to Bearer auth.
    this.client ??= new Mailjet({
      apiKey: this.options.apiKey,
      apiSecret: this.options.secretKey,
      config: { host: this.options.endpoint.host, version: 'v3' },
      options: { timeout: this.timeoutMs },
    });
    let chain = this.client[call.method](call.resource);
    if (call.id !== undefined) chain = chain.id(call.id);
    if (call.action) chain = chain.action(call.action);
    // node-mailjet 6 fixes the scheme in a static; the stand-ins on loopback speak plain http. The URL
    // is built synchronously inside request(), so the swap cannot leak into another call.
    const statics = Mailjet.Request as unknown as RequestStatics;
    const saved = statics.protocol;
    statics.protocol = this.options.endpoint.protocol;
    try {
      // Not awaited: the scheme goes back as soon as request() has built its URL, before any other call runs.
      return chain.request(call.data ?? {}, call.params ?? {});
    } finally {
      statics.protocol = saved;
    }
  }
}

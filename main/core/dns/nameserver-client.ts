import { Resolver } from 'node:dns/promises';
import type { LookupOutcome } from '@shared/dns/vocabulary';
import { AppError } from '@shared/errors';

// One Resolver per server: c-ares reorders the servers of a shared Resolver after a failure, so asking
// "what does this nameserver say" needs a Resolver that knows only that one.

export type QueryType = 'TXT' | 'CNAME' | 'NS' | 'A' | 'AAAA';

export interface Answer {
  outcome: LookupOutcome;
  /** TXT: each record's strings joined; CNAME/NS: target names; A/AAAA: addresses. */
  values: string[];
}

export interface QueryCounter {
  queries: number;
}

export interface ClientOptions {
  timeoutMs: number;
  tries: number;
  counter: QueryCounter;
}

const OUTCOME_BY_CODE: Record<string, LookupOutcome> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ETIMEOUT: 'timeout',
  ECONNREFUSED: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTUNREACH: 'unreachable',
};

/** Failures that say the server itself is gone, so later questions to it would only wait again. */
const SERVER_DOWN: ReadonlySet<LookupOutcome> = new Set(['timeout', 'unreachable']);

export class NameserverClient {
  private readonly resolver: Resolver;
  private down: LookupOutcome | null = null;

  /** `spec` null means the operating system's own resolver configuration. */
  constructor(
    readonly name: string,
    readonly spec: string | null,
    private readonly options: ClientOptions,
  ) {
    this.resolver = new Resolver({ timeout: options.timeoutMs, tries: options.tries });
    if (spec) this.resolver.setServers([spec]);
  }

  get address(): string {
    return this.spec ?? this.resolver.getServers().join(', ');
  }

  /** The outcome that made this server count as gone, if it did. */
  get failure(): LookupOutcome | null {
    return this.down;
  }

  /**
   * One question, answered within timeoutMs × tries whatever c-ares does: its own timer waits longer
   * than asked (about twice, measured on c-ares 1.34), and the budget is what the user waits for.
   */
  async ask(name: string, type: QueryType, signal?: AbortSignal): Promise<Answer> {
    if (signal?.aborted) throw new AppError('app.cancelled');
    if (this.down) return { outcome: this.down, values: [] };
    this.options.counter.queries += 1;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<Answer>((resolve) => {
      timer = setTimeout(
        () => resolve({ outcome: 'timeout', values: [] }),
        this.options.timeoutMs * this.options.tries,
      );
    });
    // Settles, never rejects: a query cancelled after the deadline won must not surface as unhandled.
    const query = this.query(name, type).then(
      (values): Answer | 'cancelled' => ({ outcome: 'answer', values }),
      (error: NodeJS.ErrnoException): Answer | 'cancelled' =>
        error.code === 'ECANCELLED'
          ? 'cancelled'
          : { outcome: OUTCOME_BY_CODE[error.code ?? ''] ?? 'failed', values: [] },
    );
    const result = await Promise.race([query, deadline]);
    clearTimeout(timer);
    if (result === 'cancelled' || signal?.aborted) throw new AppError('app.cancelled');
    if (SERVER_DOWN.has(result.outcome)) this.down = result.outcome;
    return result;
  }

  private async query(name: string, type: QueryType): Promise<string[]> {
    switch (type) {
      case 'TXT':
        return (await this.resolver.resolveTxt(name)).map(txtText);
      case 'CNAME':
        return this.resolver.resolveCname(name);
      case 'NS':
        return this.resolver.resolveNs(name);
      case 'A':
        return this.resolver.resolve4(name);
      case 'AAAA':
        return this.resolver.resolve6(name);
    }
  }

  /** Drops every question still in flight (their promises settle as cancelled). */
  cancel(): void {
    this.resolver.cancel();
  }
}

/**
 * Node's resolver hands TXT bytes over one byte per character (latin1), so a value saved with UTF-8 text
 * in it (typographic quotes pasted from a document, an accented word) reads as "â\x80\x9c…". The strings
 * are joined first (a character may straddle two of them), then the bytes read as the UTF-8 they are.
 */
function txtText(strings: string[]): string {
  return Buffer.from(strings.join(''), 'latin1').toString('utf8');
}

// Faults the DNS API stand-ins can be told to show on the next matching requests: a 429 with
// Retry-After, a 5xx before the work, or a 5xx after the work was done (the case that makes blind
// retries write twice).

export interface ApiFault {
  method: string;
  /** Matched against the path after the API's version prefix. */
  path: RegExp;
  status: number;
  retryAfterSeconds?: number;
  /** Do the work, then answer with the error anyway. */
  afterWork?: boolean;
  /** How many requests it hits; default 1. */
  times?: number;
}

export class FaultQueue {
  private readonly faults: ApiFault[] = [];

  add(fault: ApiFault): void {
    this.faults.push({ times: 1, ...fault });
  }

  take(method: string, path: string): ApiFault | undefined {
    const index = this.faults.findIndex((fault) => fault.method === method && fault.path.test(path));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  clear(): void {
    this.faults.length = 0;
  }
}

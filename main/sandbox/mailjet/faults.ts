// Fault injection for the stand-in: what a bad day at Mailjet (or on the way there) looks like.

export type Fault =
  /** An HTTP error with Mailjet's error body; 429 may carry Retry-After (seconds or an HTTP date). */
  | { kind: 'status'; status: number; retryAfter?: number | string; message?: string }
  /** The connection is reset before the request is handled: nothing happened on Mailjet's side. */
  | { kind: 'drop' }
  /** The request is handled, then the connection is reset: the change happened, the answer is lost. */
  | { kind: 'drop-after' }
  /** No answer at all, until the client gives up. */
  | { kind: 'hang' };

export interface FaultRule {
  fault: Fault;
  method?: string;
  /** A path prefix such as "/v3/REST/sender", or a pattern. */
  path?: string | RegExp;
  /** Only the n-th API request (1-based, counted since the start or the last reset). */
  nth?: number;
  /** How many matching requests it hits; default 1. */
  times?: number;
}

export class FaultPlan {
  private rules: Array<FaultRule & { left: number }> = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if a rule matches; a rule is spent once it has hit `times` requests. */
  take(requestNumber: number, method: string, path: string): Fault | undefined {
    const index = this.rules.findIndex(
      (rule) =>
        (rule.nth === undefined || rule.nth === requestNumber) &&
        (!rule.method || rule.method.toUpperCase() === method.toUpperCase()) &&
        (!rule.path || (typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path))),
    );
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.left -= 1;
    if (rule.left <= 0) this.rules.splice(index, 1);
    return rule.fault;
  }
}

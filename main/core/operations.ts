// Long operations (a Mailjet setup, a DNS check) run under an AbortController registered by the id
// the caller chose, so a "Cancel" from any face reaches the work in flight.

/** How long a cancel that arrived before its operation is remembered, and how many are. */
const EARLY_CANCEL_MS = 60_000;
const EARLY_CANCEL_LIMIT = 100;

export class OperationRegistry {
  private readonly running = new Map<string, AbortController>();
  /**
   * Cancels that arrived before their operation: the browser face sends the call and a quick "Cancel" as two
   * requests, which may reach the core in either order. Without this the cancel was lost and the work ran on.
   */
  private readonly cancelledEarly = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  start(operationId: string | undefined): { signal: AbortSignal; finish(): void } {
    const controller = new AbortController();
    if (!operationId) return { signal: controller.signal, finish: () => {} };
    this.running.get(operationId)?.abort();
    const cancelledAt = this.cancelledEarly.get(operationId);
    this.cancelledEarly.delete(operationId);
    if (cancelledAt !== undefined && this.now() - cancelledAt <= EARLY_CANCEL_MS) {
      controller.abort();
      return { signal: controller.signal, finish: () => {} };
    }
    this.running.set(operationId, controller);
    return {
      signal: controller.signal,
      finish: () => {
        if (this.running.get(operationId) === controller) this.running.delete(operationId);
      },
    };
  }

  /** Stops the operation; one not started yet is stopped as soon as it starts. True when it was running. */
  cancel(operationId: string): boolean {
    const controller = this.running.get(operationId);
    if (!controller) {
      this.cancelledEarly.set(operationId, this.now());
      // Oldest first: a Map keeps insertion order.
      for (const id of this.cancelledEarly.keys()) {
        if (this.cancelledEarly.size <= EARLY_CANCEL_LIMIT) break;
        this.cancelledEarly.delete(id);
      }
      return false;
    }
    controller.abort();
    this.running.delete(operationId);
    return true;
  }
}

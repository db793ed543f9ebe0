// Long operations (a Mailjet setup, a DNS check) run under an AbortController registered by the id
// the caller chose, so a "Cancel" from any face reaches the work in flight.

export class OperationRegistry {
  private readonly running = new Map<string, AbortController>();

  start(operationId: string | undefined): { signal: AbortSignal; finish(): void } {
    const controller = new AbortController();
    if (!operationId) return { signal: controller.signal, finish: () => {} };
    this.running.get(operationId)?.abort();
    this.running.set(operationId, controller);
    return {
      signal: controller.signal,
      finish: () => {
        if (this.running.get(operationId) === controller) this.running.delete(operationId);
      },
    };
  }

  cancel(operationId: string): boolean {
    const controller = this.running.get(operationId);
    if (!controller) return false;
    controller.abort();
    this.running.delete(operationId);
    return true;
  }
}

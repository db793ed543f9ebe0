import { describe, expect, it } from 'vitest';
import { OperationRegistry } from '@main/core/operations';

describe('long operations', () => {
  it('stops an operation that is running when its cancel arrives', () => {
    const registry = new OperationRegistry();
    const { signal } = registry.start('check-0001');
    expect(registry.cancel('check-0001')).toBe(true);
    expect(signal.aborted).toBe(true);
  });

  it('stops an operation whose cancel arrived first (the call and the cancel raced over HTTP)', () => {
    const registry = new OperationRegistry();
    expect(registry.cancel('check-0002')).toBe(false);
    expect(registry.start('check-0002').signal.aborted).toBe(true);
    // Once used, the early cancel is gone: the same id started again runs.
    expect(registry.start('check-0002').signal.aborted).toBe(false);
  });

  it('forgets an early cancel after a minute, so an id reused much later is not stopped by it', () => {
    let now = 0;
    const registry = new OperationRegistry(() => now);
    registry.cancel('check-0003');
    now = 61_000;
    expect(registry.start('check-0003').signal.aborted).toBe(false);
  });

  it('keeps at most a hundred early cancels', () => {
    const registry = new OperationRegistry();
    for (let i = 0; i < 150; i++) registry.cancel(`early-${String(i).padStart(4, '0')}`);
    expect(registry.start('early-0000').signal.aborted).toBe(false);
    expect(registry.start('early-0149').signal.aborted).toBe(true);
  });
});

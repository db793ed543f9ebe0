import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_PROGRESS_CHANNEL } from '@shared/contract';

const exposed: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 'x' }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => (exposed[key] = api),
  },
  ipcRenderer: { invoke, on, removeListener },
}));

await import('@main/preload/index');

describe('the preload', () => {
  it('exposes window.assistant and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['assistant']);
  });

  it('offers exactly one method per contract channel plus the progress subscription, and no generic invoke', () => {
    // Compared with the contract's own channels, not with the name list the preload is built from.
    expect(Object.keys(exposed.assistant!).sort()).toEqual([...Object.keys(CHANNELS), 'onProgress'].sort());
    expect(exposed.assistant).not.toHaveProperty('invoke');
    expect(exposed.assistant).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call to its own prefixed IPC channel with the operation id', async () => {
    await exposed.assistant!.cancel!({ operationId: 'abcdefgh1' }, { operationId: 'op-1234567' });
    expect(invoke).toHaveBeenCalledWith('assistant:cancel', { operationId: 'abcdefgh1' }, 'op-1234567');
  });

  it('sends an empty object for a call without input, and the answer back as it came', async () => {
    await expect((exposed.assistant!.appInfo as () => Promise<unknown>)()).resolves.toEqual({ ok: true, value: 'x' });
    expect(invoke).toHaveBeenLastCalledWith('assistant:appInfo', {}, undefined);
  });

  it('subscribes to progress and unsubscribes the same listener', () => {
    const stop = exposed.assistant!.onProgress!(() => {}) as () => void;
    expect(on).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, expect.any(Function));
    stop();
    expect(removeListener).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, on.mock.calls[0]![1]);
  });
});

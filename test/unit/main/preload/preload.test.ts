import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PROGRESS_CHANNEL } from '../../../../shared/contract';

const exposed: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 'x' }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

await import('../../../../main/preload/index');

describe('the preload', () => {
  it('exposes window.assistant and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['assistant']);
  });

  it('offers one method per contract channel plus the progress subscription, and no generic invoke', () => {
    expect(Object.keys(exposed.assistant!).sort()).toEqual([...CHANNEL_NAMES, 'onProgress'].sort());
    expect(exposed.assistant).not.toHaveProperty('invoke');
    expect(exposed.assistant).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call to its own prefixed IPC channel with the operation id', async () => {
    await exposed.assistant!.cancel!({ operationId: 'abcdefgh1' }, { operationId: 'op-1234567' });
    expect(invoke).toHaveBeenCalledWith('assistant:cancel', { operationId: 'abcdefgh1' }, 'op-1234567');
  });

  it('subscribes to progress and unsubscribes the same listener', () => {
    const stop = exposed.assistant!.onProgress!(() => {}) as () => void;
    expect(on).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, expect.any(Function));
    stop();
    expect(removeListener).toHaveBeenCalledWith(IPC_PROGRESS_CHANNEL, on.mock.calls[0]![1]);
  });
});

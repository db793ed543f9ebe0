import { describe, expect, it, vi } from 'vitest';
import { createAssistantApi, type AssistantTransport } from '@shared/bridge/assistant-api';
import { CHANNELS } from '@shared/contract';

function fakeTransport() {
  const stop = vi.fn();
  const transport = {
    call: vi.fn<AssistantTransport['call']>(async () => ({ ok: true, value: 'answer' })),
    subscribe: vi.fn<AssistantTransport['subscribe']>(() => stop),
  };
  return { transport, stop };
}

describe('createAssistantApi', () => {
  it('offers one method per contract channel and onProgress, nothing else, and cannot be changed', () => {
    const api = createAssistantApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), 'onProgress'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => Object.assign(api, { invoke: () => undefined })).toThrow(TypeError);
  });

  it('sends each method to its own channel, with its input and options, and returns the answer', async () => {
    const { transport } = fakeTransport();
    const api = createAssistantApi(transport);
    await expect(api.cancel({ operationId: 'abcdefgh1' }, { operationId: 'op-1234567' })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(transport.call).toHaveBeenCalledWith('cancel', { operationId: 'abcdefgh1' }, { operationId: 'op-1234567' });
  });

  it('sends an empty object when a method is called without input', async () => {
    const { transport } = fakeTransport();
    await (createAssistantApi(transport).appInfo as () => Promise<unknown>)();
    expect(transport.call).toHaveBeenCalledWith('appInfo', {}, undefined);
  });

  it('hands progress listeners to the transport and gives back its way to stop', () => {
    const { transport, stop } = fakeTransport();
    const listener = () => {};
    expect(createAssistantApi(transport).onProgress(listener)).toBe(stop);
    expect(transport.subscribe).toHaveBeenCalledWith(listener);
  });
});

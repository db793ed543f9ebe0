import type { AssistantApi, ChannelInput, ChannelName, ChannelOutput, ProgressEvent, Result } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';

// A stand-in for `window.assistant` (the preload or the browser bridge), not the core: each channel
// answers what the test says, every call is recorded, and progress events are sent by hand.

type Answer<K extends ChannelName> = (
  input: ChannelInput<K>,
  options?: { operationId?: string },
) => Result<ChannelOutput<K>> | Promise<Result<ChannelOutput<K>>>;
export type Answers = { [K in ChannelName]?: Answer<K> };

export interface FakeAssistant {
  api: AssistantApi;
  calls: Array<{ channel: ChannelName; input: unknown; operationId?: string }>;
  /** How many times a channel was called. */
  count(channel: ChannelName): number;
  emit(event: ProgressEvent): void;
  /** Replaces a channel's answer from now on (another face changing the core's state, a service failing...). */
  answer<K extends ChannelName>(channel: K, answer: Answer<K>): void;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refused = (code: ErrorPayload['code'], params?: ErrorPayload['params']): Result<never> => ({
  ok: false,
  error: { code, ...(params ? { params } : {}) },
});

/** The answers every page needs at start; a test adds or replaces the ones it is about. */
const BASE_ANSWERS: Answers = {
  appInfo: () => ok({ name: 'test', version: '0.0.0', face: 'web', demo: false, platform: 'linux' }),
  demoInfo: () => ok({ active: false }),
  settingsRead: () => ok({}),
  progressRead: () => ok({ path: 'automatic', current: 'welcome', completed: [] }),
  languageGet: () => ok({ language: 'en', source: 'saved' }),
  keychainStatus: () => ok({ available: true, secrets: { mailjet: { saved: false }, odoo: { saved: false } } }),
};

export function fakeAssistant(answers: Answers = {}): FakeAssistant {
  const table: Answers = { ...BASE_ANSWERS, ...answers };
  const listeners = new Set<(event: ProgressEvent) => void>();
  const calls: FakeAssistant['calls'] = [];
  const api = new Proxy({} as AssistantApi, {
    get(_target, name: string) {
      if (name === 'onProgress') {
        return (listener: (event: ProgressEvent) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        };
      }
      return async (input: unknown, options?: { operationId?: string }) => {
        calls.push({
          channel: name as ChannelName,
          input,
          ...(options?.operationId ? { operationId: options.operationId } : {}),
        });
        const answer = table[name as ChannelName] as ((input: unknown, options?: unknown) => unknown) | undefined;
        if (!answer) return refused('app.internal', { channel: name });
        return answer(input, options);
      };
    },
  });
  return {
    api,
    calls,
    count: (channel) => calls.filter((call) => call.channel === channel).length,
    emit: (event) => listeners.forEach((listener) => listener(event)),
    answer: (channel, answer) => {
      (table as Record<string, unknown>)[channel] = answer;
    },
  };
}

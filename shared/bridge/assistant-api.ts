import type { AssistantApi, CallOptions, ChannelName, ProgressEvent, Result } from '../contract';
import { CHANNEL_NAMES } from '../contract/channel-names';

// `window.assistant` is built here once, for both faces that have a page: the desktop preload carries
// calls over Electron's IPC, the browser face over fetch and an EventSource. Only types come from the
// contract, so neither bridge bundles zod; the core parses every input anyway.

/** How calls reach the core and progress comes back; each face has one. */
export interface AssistantTransport {
  /** One call. Never throws: a failure of the transport itself comes back as a failed Result with its code. */
  call(channel: ChannelName, input: unknown, options: CallOptions | undefined): Promise<Result<unknown>>;
  /** Passes every progress event to `listener` until the returned function is called. */
  subscribe(listener: (event: ProgressEvent) => void): () => void;
}

/** One method per contract channel and the progress subscription: never a generic "call any channel". */
export function createAssistantApi(transport: AssistantTransport): AssistantApi {
  const api: Record<string, unknown> = {};
  for (const name of CHANNEL_NAMES) {
    api[name] = (input: unknown, options?: CallOptions) =>
      transport.call(name, input === undefined ? {} : input, options);
  }
  api.onProgress = (listener: (event: ProgressEvent) => void) => transport.subscribe(listener);
  // Each method's input and result types come from the contract; the loop above cannot carry them per name.
  return Object.freeze(api) as AssistantApi;
}

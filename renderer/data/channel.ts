import type { CallOptions, ChannelInput, ChannelName, ChannelOutput, ProgressEvent, Result } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import { assistant, newOperationId } from '../bridge';

// The data layer's one door to the core: every call of the renderer goes through here (ESLint refuses
// `bridge` anywhere else in renderer/), so tests swap `window.assistant` for a fake and nothing else.

/** A refused call, carried through TanStack Query as an Error so `error` is the core's own payload. */
class ChannelError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.code);
    this.name = 'ChannelError';
    this.payload = payload;
  }
}

const INTERNAL: ErrorPayload = { code: 'app.internal' };

/** The payload to show for whatever a query or mutation threw (a bug in the page becomes `app.internal`). */
export function payloadOf(error: unknown): ErrorPayload | undefined {
  if (!error) return undefined;
  return error instanceof ChannelError ? error.payload : INTERNAL;
}

/**
 * Calls a channel and answers its `Result` as it is; a call that throws instead of answering (a bug in the
 * page, a bridge gone) answers `app.internal`, as `payloadOf` names it, so no caller needs a catch of its own.
 */
export async function callResult<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
  options?: CallOptions,
): Promise<Result<ChannelOutput<K>>> {
  // TypeScript cannot narrow the union of methods by a generic key; the contract guarantees the pairing.
  const method = assistant()[channel] as unknown as (
    input: ChannelInput<K>,
    options?: CallOptions,
  ) => Promise<Result<ChannelOutput<K>>>;
  try {
    return await (options ? method(input, options) : method(input));
  } catch {
    return { ok: false, error: INTERNAL };
  }
}

/** Calls a channel and answers its value, or throws a ChannelError with the core's payload. */
export async function call<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
  options?: CallOptions,
): Promise<ChannelOutput<K>> {
  const result = await callResult(channel, input, options);
  if (!result.ok) throw new ChannelError(result.error);
  return result.value;
}

export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  return assistant().onProgress(listener);
}

export { newOperationId };

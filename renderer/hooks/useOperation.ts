import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput, ProgressEvent, Result } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import { assistant, newOperationId } from '../bridge';

export interface OperationState<T> {
  running: boolean;
  progress?: ProgressEvent;
  result?: T;
  error?: ErrorPayload;
}

/**
 * Runs a channel call that may take a while: it follows the progress events of this call only, and
 * can be cancelled. Works for short calls too (they simply report no progress).
 */
export function useOperation<K extends ChannelName>(channel: K) {
  const [state, setState] = useState<OperationState<ChannelOutput<K>>>({ running: false });
  const current = useRef<string | undefined>(undefined);
  const stopListening = useRef<(() => void) | undefined>(undefined);

  useEffect(() => () => stopListening.current?.(), []);

  const run = useCallback(
    async (input: ChannelInput<K>): Promise<ChannelOutput<K> | undefined> => {
      const operationId = newOperationId();
      current.current = operationId;
      stopListening.current?.();
      stopListening.current = assistant().onProgress((event) => {
        if (event.operationId === operationId) setState((previous) => ({ ...previous, progress: event }));
      });
      setState({ running: true });
      // TypeScript cannot narrow the union of methods by a generic key; the contract guarantees the pairing.
      const call = assistant()[channel] as unknown as (input: ChannelInput<K>, options: { operationId: string }) => Promise<Result<ChannelOutput<K>>>;
      const result = await call(input, { operationId });
      stopListening.current?.();
      stopListening.current = undefined;
      if (current.current !== operationId) return undefined; // a newer run replaced this one
      current.current = undefined;
      if (result.ok) {
        setState({ running: false, result: result.value });
        return result.value;
      }
      setState({ running: false, error: result.error });
      return undefined;
    },
    [channel],
  );

  const cancel = useCallback(async () => {
    if (current.current) await assistant().cancel({ operationId: current.current });
  }, []);

  const reset = useCallback(() => setState({ running: false }), []);

  return { ...state, run, cancel, reset };
}

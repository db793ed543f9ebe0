import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput, ProgressEvent } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import { call, newOperationId, onProgress, payloadOf } from './channel';
import type { ChannelMeta } from './client';

export interface OperationState<T> {
  running: boolean;
  progress?: ProgressEvent;
  result?: T;
  error?: ErrorPayload;
}

/**
 * A channel call that may take a while, as a mutation: it follows the progress events of this call
 * only and can be cancelled; what it changes in the core is read again (client.ts). Works for short
 * calls too (they simply report no progress). `run` answers undefined when refused or replaced.
 */
export function useOperation<K extends ChannelName>(channel: K) {
  const mutation = useMutation({
    mutationFn: ({ input, operationId }: { input: ChannelInput<K>; operationId: string }) =>
      call(channel, input, { operationId }),
    meta: { channel } satisfies ChannelMeta,
  });
  const [progress, setProgress] = useState<ProgressEvent | undefined>();
  const current = useRef<string | undefined>(undefined);
  const stopListening = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => stopListening.current?.(), []);

  const { mutateAsync, reset: resetMutation } = mutation;
  const run = useCallback(
    async (input: ChannelInput<K>): Promise<ChannelOutput<K> | undefined> => {
      const operationId = newOperationId();
      current.current = operationId;
      stopListening.current?.();
      stopListening.current = onProgress((event) => {
        if (event.operationId === operationId) setProgress(event);
      });
      const value = await mutateAsync({ input, operationId }).catch(() => undefined);
      if (current.current !== operationId) return undefined; // a newer run replaced this one
      stopListening.current?.();
      stopListening.current = undefined;
      current.current = undefined;
      return value;
    },
    [mutateAsync],
  );

  const cancel = useCallback(async () => {
    if (current.current) await call('cancel', { operationId: current.current }).catch(() => undefined);
  }, []);

  const reset = resetMutation;

  const state: OperationState<ChannelOutput<K>> = {
    running: mutation.isPending,
    // Only this run's events: the variables name the operation id of the run in flight.
    ...(mutation.isPending && progress && progress.operationId === mutation.variables?.operationId ? { progress } : {}),
    ...(mutation.isSuccess ? { result: mutation.data } : {}),
    ...(mutation.isError ? { error: payloadOf(mutation.error)! } : {}),
  };
  return { ...state, run, cancel, reset };
}

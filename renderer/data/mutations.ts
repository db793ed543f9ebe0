import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import type { Settings, SettingsPatch } from '@shared/settings';
import { call, payloadOf } from './channel';
import { queryKeys, type ChannelMeta } from './client';

// One hook per write: each answers the channel's Result (callers decide what a refusal means on their
// screen) and leaves the reads it changes to the cache's table in client.ts.

export interface Write<K extends ChannelName> {
  run(input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  pending: boolean;
  /** The last run's answer, until the next run or reset. */
  value: ChannelOutput<K> | undefined;
  /** The last run's refusal, until the next run or reset. */
  error: ErrorPayload | undefined;
  reset(): void;
}

function useChannelMutation<K extends ChannelName>(
  channel: K,
  onSuccess?: (value: ChannelOutput<K>) => void,
): Write<K> {
  const mutation = useMutation({
    mutationFn: (input: ChannelInput<K>) => call(channel, input),
    meta: { channel } satisfies ChannelMeta,
    ...(onSuccess ? { onSuccess } : {}),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    (input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> =>
      mutateAsync(input).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error: payloadOf(error)! }),
      ),
    [mutateAsync],
  );
  return { run, pending: mutation.isPending, value: mutation.data, error: payloadOf(mutation.error), reset };
}

/** Saves part of the settings; every reader sees the saved whole at once. Answers the refusal, if any. */
export function useSettingsWrite(): (patch: SettingsPatch) => Promise<ErrorPayload | undefined> {
  const client = useQueryClient();
  const { run } = useChannelMutation('settingsWrite', (saved: Settings) =>
    client.setQueryData(queryKeys.settings, saved),
  );
  return useCallback(
    async (patch: SettingsPatch) => {
      const result = await run({ patch });
      return result.ok ? undefined : result.error;
    },
    [run],
  );
}

export const useKeychainForget = () => useChannelMutation('keychainForget');
export const useDemoFillSecret = () => useChannelMutation('demoFillSecret');
export const useDemoPublishDns = () => useChannelMutation('demoPublishDns');
export const useDemoActivateSenders = () => useChannelMutation('demoActivateSenders');
export const useDnsExport = () => useChannelMutation('dnsExport');
export const useCopySecret = () => useChannelMutation('clipboardCopySecret');

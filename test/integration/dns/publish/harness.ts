import { dispatch, type Core } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import type { Result } from '@shared/contract';
import type { PublishPlan } from '@shared/contract/publish';
import { testCore } from '@test/support/core';
import type { Services } from './fixtures';

export type Applied = PublishPlan & {
  applied: Array<PublishPlan['changes'][number] & { id: string }>;
  writes: number;
  refreshed: boolean;
};

/** A core pointed at the stand-ins, with every answer and error it gave kept for the secret search. */
export function publishCore(services: Services) {
  const made = testCore({
    keychain: createMemoryKeychain(),
    endpoints: { cloudflareApiUrl: services.cloudflare.url, ovhApiUrl: services.ovh.url },
  });
  const seen: unknown[] = [];
  const call = async <T>(channel: string, input: unknown): Promise<Result<T>> => {
    const result = await dispatch(made.core as Core, channel, input);
    seen.push(result);
    return result as Result<T>;
  };
  return { ...made, seen, call };
}

export const writesOf = (requests: Array<{ method: string }>) =>
  requests.filter((request) => request.method !== 'GET').length;

/** TXT values the DNS stand-in serves at a name, joined as a receiver joins them. */
export function servedTxt(services: Services, name: string): string[] {
  return services.dns.table
    .recordsAt(name)
    .flatMap((record) => (record.type === 'TXT' ? [record.strings.join('')] : []));
}

import { afterAll, beforeAll, beforeEach } from 'vitest';
import { dispatch, type Core } from '@main/core/dispatch';
import { createMemoryKeychain } from '@main/host/keychain';
import type { Result } from '@shared/contract';
import type { PublishPlan } from '@shared/contract/publish';
import { testCore } from '@test/support/core';
import { startServices, type Services } from './fixtures';

/**
 * The stand-ins for one test file: started once, stopped at the end, and when `provider` names one, its
 * request log and its queued faults emptied before each test. `started` receives them.
 */
export function useServices(started: (services: Services) => void, provider?: 'cloudflare' | 'ovh'): void {
  let services: Services | undefined;
  beforeAll(async () => {
    services = await startServices();
    started(services);
  });
  afterAll(async () => {
    await services?.stop();
  });
  if (provider)
    beforeEach(() => {
      services![provider].requests.length = 0;
      services![provider].faults.clear();
    });
}

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

import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';
import type { Settings } from '@shared/settings';
import { call, payloadOf } from './channel';
import { queryKeys, type ChannelMeta } from './client';

// One hook per read channel. The core's own state (settings, keychain) is read again whenever a step
// opens or the window comes back into view, so a change made by another window or by the command line
// shows without any step asking for it; remote reads (Mailjet, Odoo, DNS) are asked once per input and
// again only on an explicit retry.

export interface Read<T> {
  data: T | undefined;
  error: ErrorPayload | undefined;
  /** Asking, with no answer yet for this input (a first read, or a retry after an error). */
  loading: boolean;
  /** Read at least once since the component mounted: the answer is the core's of now, not of an earlier visit. */
  fresh: boolean;
  /** Asking now (a first read or a read again). */
  fetching: boolean;
  /** Reads again; resolves to the new answer (undefined when refused). */
  reload(): Promise<T | undefined>;
}

/**
 * How long an answer holds: `local` reads of the core's own state again on every mount and when the
 * window is shown again; `visit` asks again each time a step opens (nothing kept in between); `once` keeps
 * the answer for the page's life (it depends only on its input).
 */
type Freshness = 'local' | 'visit' | 'once';
const FRESHNESS = {
  local: { staleTime: 0, refetchOnWindowFocus: true },
  visit: { staleTime: 0, gcTime: 0 },
  once: { staleTime: Infinity },
} as const;

function useChannelQuery<K extends ChannelName>(
  channel: K,
  queryKey: QueryKey,
  input: ChannelInput<K>,
  options: { enabled?: boolean; freshness?: Freshness; keepPrevious?: boolean } = {},
): Read<ChannelOutput<K>> {
  const query = useQuery({
    queryKey,
    queryFn: () => call(channel, input),
    meta: { channel } satisfies ChannelMeta,
    enabled: options.enabled ?? true,
    ...FRESHNESS[options.freshness ?? 'once'],
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  const { refetch } = query;
  // Stable, so effects and callbacks that read again can depend on it.
  const reload = useCallback(() => refetch().then((result) => result.data), [refetch]);
  const loading = query.isFetching && (query.data === undefined || query.isPlaceholderData || query.isError);
  return {
    data: query.data,
    error: loading ? undefined : payloadOf(query.error),
    loading,
    fresh: query.isFetchedAfterMount,
    fetching: query.isFetching,
    reload,
  };
}

const NO_SETTINGS: Settings = {};

/** The saved (non-secret) settings; `{}` until read or when they cannot be read. */
export function useSettings(): Read<Settings> & { settings: Settings } {
  const read = useChannelQuery('settingsRead', queryKeys.settings, {}, { freshness: 'local' });
  return { ...read, settings: read.data ?? NO_SETTINGS };
}

export type KeychainStatus = ChannelOutput<'keychainStatus'>;

/** Which secrets are saved (never the secrets), and whether a keychain answers. */
export function useKeychainStatus(): Read<KeychainStatus> {
  return useChannelQuery('keychainStatus', queryKeys.keychain, {}, { freshness: 'local' });
}

/** The databases a server lists, for a normalised address; many servers refuse, and then the name is typed. */
export function useOdooDatabases(url: string | undefined): Read<ChannelOutput<'odooDatabases'>> {
  return useChannelQuery('odooDatabases', ['odooDatabases', url], { url: url ?? '' }, { enabled: !!url });
}

/**
 * Odoo as it is now, through the saved connection (a login, then a read of its mail settings): read on
 * every visit of a step that shows it, never cached across visits.
 */
export function useOdooNow(enabled: boolean): Read<ChannelOutput<'odooConnect'>> {
  return useChannelQuery('odooConnect', ['odooConnect', 'saved'], {}, { enabled, freshness: 'visit' });
}

export function useDnsRecordsQuery(input: ChannelInput<'dnsRecords'> | undefined): Read<ChannelOutput<'dnsRecords'>> {
  return useChannelQuery('dnsRecords', ['dnsRecords', input], input ?? { domain: '' }, {
    enabled: !!input,
    freshness: 'visit',
    keepPrevious: true,
  });
}

/** The provider of a domain's nameservers; an answer already had is kept even once no longer asked for. */
export function useDnsProvider(domain: string, ask: boolean): Read<ChannelOutput<'dnsDetectProvider'>> {
  return useChannelQuery('dnsDetectProvider', ['dnsDetectProvider', domain], { domain }, { enabled: ask && !!domain });
}

/** Where a domain stands at Mailjet (a plain read: no check asked of Mailjet). */
export function useMailjetDomainStatus(
  input: ChannelInput<'mailjetStatus'> | undefined,
): Read<ChannelOutput<'mailjetStatus'>> {
  return useChannelQuery('mailjetStatus', ['mailjetStatus', input], input ?? {}, {
    enabled: !!input,
    freshness: 'visit',
  });
}

/** Whether a credential for a DNS provider's API is at hand (keychain, session or environment); never the credential. */
export function useDnsPublishStatus(
  provider: ChannelInput<'dnsPublishStatus'>['provider'],
): Read<ChannelOutput<'dnsPublishStatus'>> {
  return useChannelQuery('dnsPublishStatus', ['dnsPublishStatus', provider], { provider }, { freshness: 'local' });
}

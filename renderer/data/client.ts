import { focusManager, MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ChannelName } from '@shared/contract';

// One cache for the whole page. What a call changes in the core is written down once, here: after any
// call of a channel that writes (a mutation, a long operation, or a read that the core remembers), the
// reads it changes are fetched again, whichever step or component made the call.

export const queryKeys = {
  settings: ['settingsRead'] as const,
  progress: ['progressRead'] as const,
  keychain: ['keychainStatus'] as const,
};

/** The reads each channel changes in the core (settings, keychain), found in main/core's handlers. */
const CHANGES: Partial<Record<ChannelName, readonly QueryKey[]>> = {
  settingsWrite: [queryKeys.settings],
  keychainSave: [queryKeys.keychain],
  keychainForget: [queryKeys.keychain],
  demoFillSecret: [queryKeys.keychain],
  mailjetSaveKeys: [queryKeys.settings, queryKeys.keychain],
  // A setup or a status read remembers the domain and its Mailjet values in the settings.
  mailjetSetup: [queryKeys.settings],
  mailjetStatus: [queryKeys.settings],
  dnsCheck: [queryKeys.settings],
  // Connect saves the address, database and login; setup and test the server and when it passed.
  odooConnect: [queryKeys.settings],
  odooSaveLogin: [queryKeys.settings, queryKeys.keychain],
  // A provider's credential saved; what was published is kept in the settings for the Done report.
  dnsPublishSaveCredential: [['dnsPublishStatus']],
  dnsPublishApply: [queryKeys.settings],
  odooSetup: [queryKeys.settings],
  odooTest: [queryKeys.settings],
};

/** Whichever channel a query or mutation ran, named in its `meta`, so the caches know what it changed. */
export interface ChannelMeta extends Record<string, unknown> {
  channel?: ChannelName;
}

/**
 * The window counts as shown again when its tab becomes visible (TanStack's default) and also when it
 * gets the focus back: someone who switches to a terminal, runs `mailjet-odoo`, and comes back to the
 * window without minimising it should see what the command changed.
 */
function watchWindowReturns(): void {
  focusManager.setEventListener((handleFocus) => {
    const shown = () => handleFocus();
    window.addEventListener('visibilitychange', shown, false);
    window.addEventListener('focus', shown, false);
    return () => {
      window.removeEventListener('visibilitychange', shown);
      window.removeEventListener('focus', shown);
    };
  });
}

export function createQueryClient(): QueryClient {
  watchWindowReturns();
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onSuccess: (_data, query) => void invalidateAfter(client, (query.meta as ChannelMeta | undefined)?.channel),
    }),
    mutationCache: new MutationCache({
      // Settled, not succeeded: a refused test or setup also changes what the core remembers. The call's
      // promise resolves once the changed reads are back, so the screen after it never shows the old ones.
      onSettled: (_data, _error, _variables, _context, mutation) =>
        invalidateAfter(client, (mutation.meta as ChannelMeta | undefined)?.channel),
    }),
    defaultOptions: {
      queries: {
        // The core answers, not a flaky network: an error is shown with its own retry button.
        retry: false,
        // Reads of the core's own state (settings, keychain) ask again on every step that opens, so what
        // another window or the command line changed shows; remote reads opt out (see queries.ts).
        staleTime: 0,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The core is local (IPC or loopback), never "offline": TanStack's default would pause every call
        // while the system reports no network, which is exactly when the offline DNS records are wanted.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}

/** Marks what the channel changed as stale and reads again what is shown; resolves once it is read. */
function invalidateAfter(client: QueryClient, channel: ChannelName | undefined): Promise<unknown> {
  return Promise.all(((channel && CHANGES[channel]) || []).map((queryKey) => client.invalidateQueries({ queryKey })));
}

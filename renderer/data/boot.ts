import type { QueryClient } from '@tanstack/react-query';
import type { Language } from '@shared/languages';
import { call } from './channel';
import { queryKeys } from './client';

/** The language shown first: the saved choice, else the system's (the core decides), else English. */
export function readLanguage(client: QueryClient): Promise<Language> {
  return client.fetchQuery({ queryKey: queryKeys.language, queryFn: () => call('languageGet', {}) }).then(
    (value) => value.language,
    () => 'en' as const,
  );
}

/**
 * What the first screen needs, asked all at once before it renders, into the cache the hooks read: who we
 * are, the progress, the settings and the demo's facts. A read that fails leaves its hook's fallback.
 */
export function readFirstScreen(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.prefetchQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('appInfo', {}) }),
    client.prefetchQuery({ queryKey: queryKeys.progress, queryFn: () => call('progressRead', {}) }),
    client.prefetchQuery({ queryKey: queryKeys.settings, queryFn: () => call('settingsRead', {}) }),
    client.prefetchQuery({ queryKey: queryKeys.demoInfo, queryFn: () => call('demoInfo', {}) }),
  ]);
}

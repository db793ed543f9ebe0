import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { FirstScreen } from './boot';
import { createQueryClient, queryKeys } from './client';

/** Gives every component below the page's one cache of the core's answers. */
export function DataProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** Puts what the first screen read into the cache, so the first step after Welcome draws without asking twice. */
export function seedCache(client: QueryClient, first: FirstScreen): void {
  if (first.settings) client.setQueryData(queryKeys.settings, first.settings);
}

/** The page's one cache, made when this chunk loads: with the first step that needs it (every step but Welcome). */
const pageClient = createQueryClient();

/**
 * Gives the steps the page's cache; the steps come and go around it, their answers stay. What the first screen
 * read goes in once, the first time (the cache has never seen the settings then), never over a newer answer.
 */
export function PageDataProvider({ first, children }: { first: FirstScreen; children: ReactNode }) {
  useState(() => {
    if (!pageClient.getQueryState(queryKeys.settings)) seedCache(pageClient, first);
  });
  return <DataProvider client={pageClient}>{children}</DataProvider>;
}

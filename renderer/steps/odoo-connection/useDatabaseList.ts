import { useCallback, useState } from 'react';
import { normaliseOdooUrl } from '@shared/odoo/url';
import { useOdooDatabases } from '../../data/queries';
import type { DatabaseList } from './connection-types';

/** The databases the server at the address lists; many servers refuse to list them, and then the name is typed. */
export function useDatabaseList() {
  const [url, setUrl] = useState<string | undefined>();
  const read = useOdooDatabases(url);
  /** Asks the server at this address (once per normalised address). */
  const lookUpDatabases = useCallback((rawUrl: string) => {
    const normalised = normaliseOdooUrl(rawUrl);
    if (normalised.ok) setUrl(normalised.url);
  }, []);
  const databases: DatabaseList | undefined =
    !url || read.loading ? undefined : (read.data ?? { url, listed: false, databases: [] });
  return { databases, lookUpDatabases };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useSettings } from '../../data/queries';
import { useWizard } from '../../wizard-context';
import type { ConnectionDetails } from './connection-types';

interface Options {
  /** The settings and the keychain have been read since the step opened. */
  fresh: boolean;
  passwordSaved: boolean;
  connectWith(details: Partial<ConnectionDetails>): Promise<boolean>;
  lookUpDatabases(url: string): void;
}

/**
 * On open: the details saved earlier (or the demo's) fill the form, and a connection saved complete
 * (address, database, login, password) is tried again, so the step shows what Odoo says now.
 */
export function useSavedConnection({ fresh, passwordSaved, connectWith, lookUpDatabases }: Options) {
  const { settings } = useSettings();
  const { demo } = useWizard();
  const [initial, setInitial] = useState<ConnectionDetails | undefined>();
  /** The connection saved earlier is being tried again; until it answers there is nothing to show. */
  const [checkingSaved, setCheckingSaved] = useState(false);
  const opened = useRef(false);

  useEffect(() => {
    if (!fresh || opened.current) return;
    opened.current = true;
    const saved = settings.odoo ?? {};
    const prefill = demo.active ? demo.odoo : undefined;
    const details = {
      url: saved.url ?? prefill?.url ?? '',
      db: saved.db ?? prefill?.db ?? '',
      login: saved.login ?? prefill?.login ?? '',
    };
    const trySaved = passwordSaved && !!(saved.url && saved.db && saved.login);
    setInitial(details);
    setCheckingSaved(trySaved);
    if (details.url) lookUpDatabases(details.url);
    if (trySaved) void connectWith({}).finally(() => setCheckingSaved(false));
  }, [fresh, settings.odoo, demo, passwordSaved, lookUpDatabases, connectWith]);

  /** After the keychain answers again, the saved connection is tried again once everything is read. */
  const openAgain = useCallback(() => {
    opened.current = false;
  }, []);

  return {
    loaded: !!initial,
    initial: initial ?? { url: '', db: '', login: '' },
    setInitial,
    checkingSaved,
    openAgain,
  };
}

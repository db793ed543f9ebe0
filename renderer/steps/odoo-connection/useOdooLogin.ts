import { useCallback, useEffect, useRef } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import { useKeychainForget, useKeychainSave, useSettingsWrite } from '../../data/mutations';
import type { ConnectionDetails } from './connection-types';

interface Options {
  connectWith(details: Partial<ConnectionDetails>): Promise<boolean>;
  connectError: ErrorPayload | undefined;
  /** No keychain answers: a password typed now is kept in the core's memory for this session only. */
  sessionOnly: boolean;
  onDetailsSaved(details: ConnectionDetails): void;
  fail(error: ErrorPayload): void;
  clearFailure(): void;
}

/**
 * Logging in with what the form holds. A password typed now goes to the keychain (or, without one, to
 * this session's memory) first, as the page has already forgotten it; then the core logs in with it.
 * A refused one is removed again, so the keychain never keeps a password that fails.
 */
export function useOdooLogin({ connectWith, connectError, sessionOnly, onDetailsSaved, fail, clearFailure }: Options) {
  const { run: storePassword } = useKeychainSave();
  const { run: forgetPassword } = useKeychainForget();
  const patchSettings = useSettingsWrite();
  /** Whether the attempt in flight logs in with a password typed just now (rather than one saved before). */
  const triesTypedPassword = useRef(false);

  const connectNow = useCallback(
    async (details: ConnectionDetails, password: string | undefined): Promise<boolean> => {
      clearFailure();
      // The one place a typed password is stored before the login is tried: w-door's `odooSaveLogin`
      // (the core checks the login, then stores the password) replaces this call and the forget below.
      const stored = password ? await storePassword({ name: 'odoo', value: password, ...(sessionOnly ? { sessionOnly } : {}) }) : undefined;
      // A keychain that stopped answering since the step opened is read again (client.ts): the form then offers this session only.
      const failure = stored && !stored.ok ? stored.error : await patchSettings({ odoo: details });
      if (failure) {
        fail(failure);
        return false;
      }
      onDetailsSaved(details);
      triesTypedPassword.current = !!password;
      return connectWith(details);
    },
    [clearFailure, storePassword, sessionOnly, patchSettings, fail, onDetailsSaved, connectWith],
  );

  useEffect(() => {
    if (connectError?.code !== 'odoo.auth' || !triesTypedPassword.current) return;
    triesTypedPassword.current = false;
    void forgetPassword({ name: 'odoo' });
  }, [connectError, forgetPassword]);

  return connectNow;
}

import { useCallback } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { useSettingsWrite } from '../../data/mutations';
import type { ConnectionDetails, OdooInfo } from './connection-types';

interface Options {
  connectWith(details: Partial<ConnectionDetails>): Promise<boolean>;
  /** `odooSaveLogin`: the core logs in with the typed password and keeps it only if Odoo accepts it. */
  saveLogin(input: ConnectionDetails & { password: string; sessionOnly?: boolean }): Promise<OdooInfo | undefined>;
  /** No keychain answers: a password typed now is kept in the core's memory for this session only. */
  sessionOnly: boolean;
  onDetailsSaved(details: ConnectionDetails): void;
  onTyped(typed: boolean): void;
  onInfo(info: OdooInfo | undefined): void;
  fail(error: ErrorPayload): void;
  clearFailure(): void;
}

/**
 * Logging in with what the form holds. A password typed now goes to the core with the other fields in one
 * call, which logs in first and keeps the password (keychain, or this session's memory) only when Odoo
 * accepts it, so a refused password is never stored. Without a new password, the saved one is used.
 */
export function useOdooLogin({
  connectWith,
  saveLogin,
  sessionOnly,
  onDetailsSaved,
  onTyped,
  onInfo,
  fail,
  clearFailure,
}: Options) {
  const patchSettings = useSettingsWrite();

  return useCallback(
    async (details: ConnectionDetails, password: string | undefined): Promise<boolean> => {
      clearFailure();
      onDetailsSaved(details);
      if (!password) {
        const failure = await patchSettings({ odoo: details });
        if (failure) {
          fail(failure);
          return false;
        }
        return connectWith(details);
      }
      onTyped(true);
      const result = await saveLogin({ ...details, password, ...(sessionOnly ? { sessionOnly } : {}) });
      onInfo(result);
      return !!result;
    },
    [clearFailure, onDetailsSaved, patchSettings, fail, connectWith, onTyped, saveLogin, sessionOnly, onInfo],
  );
}

import { useCallback } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { MAILJET_REGIONS } from '@shared/settings/mailjet';
import { useSettings } from '../../data/queries';
import { useOperation } from '../../hooks/useOperation';
import { useSecretStatus } from '../../hooks/useSecretStatus';
import { useMailjetAccount } from './useMailjetAccount';
import { useMailjetKeyActions } from './useMailjetKeyActions';

export type MailjetRegion = (typeof MAILJET_REGIONS)[number];
export type MailjetAccount = ChannelOutput<'mailjetVerify'>;

export interface KeysToSave {
  apiKey: string;
  secretKey: string;
  region: MailjetRegion;
}

/** Where the Mailjet keys stand, read from the core each time the step opens, and what can be done with them. */
export function useMailjetKeys() {
  const { settings, fresh: settingsFresh, reload: reloadSettings } = useSettings();
  const keychain = useSecretStatus('mailjet');
  const save = useOperation('mailjetSaveKeys');
  const apiKey = settings.mailjet?.apiKey;
  const saved = !!keychain.secret?.saved && !!apiKey;
  const loaded = settingsFresh && keychain.fresh;
  const { verify, account, setAccount, check, checkWhenLoaded } = useMailjetAccount(loaded, saved);
  const actions = useMailjetKeyActions({ check, onForgotten: () => setAccount(undefined), resetVerify: verify.reset });

  const { run: runSave } = save;
  const { reset: resetVerify } = verify;
  const { sessionOnly, reload: reloadKeychain } = keychain;
  const { clear: clearFailure } = actions;
  /**
   * Mailjet checks the pair before the core stores it; the caller clears the secret from its state first.
   * While no keychain answers, the core keeps the secret in its memory for this session only.
   */
  const saveKeys = useCallback(
    async (keys: KeysToSave) => {
      clearFailure();
      const result = await runSave({ ...keys, ...(sessionOnly ? { sessionOnly } : {}) });
      if (!result) {
        // The keychain may have stopped answering since the step opened: the step then offers this session only.
        reloadKeychain();
        return false;
      }
      setAccount(result);
      resetVerify();
      return true;
    },
    [clearFailure, runSave, sessionOnly, reloadKeychain, setAccount, resetVerify],
  );

  return {
    loaded,
    keychainError: keychain.keychainError,
    retryKeychain: () => {
      checkWhenLoaded();
      reloadSettings();
      reloadKeychain();
    },
    saved,
    endsWith: keychain.secret?.endsWith,
    /** Kept in the core's memory for this session only (no keychain, or the demo). */
    keptForSession: keychain.secret?.source === 'session',
    sessionOnly,
    apiKey,
    region: settings.mailjet?.region ?? 'default',
    account,
    save,
    verify,
    check,
    saveKeys,
    ...actions,
  };
}

import { useCallback, useState } from 'react';
import type { OdooInfo } from './connection-types';
import { useSettings } from '../../data/queries';
import { useFailedAction } from '../../hooks/useFailedAction';
import { useSecretStatus } from '../../hooks/useSecretStatus';
import { useDatabaseList } from './useDatabaseList';
import { useLoginCalls } from './useLoginCalls';
import { useOdooLogin } from './useOdooLogin';
import { useOdooPasswordActions } from './useOdooPasswordActions';
import { useSavedConnection } from './useSavedConnection';

export type { ConnectionDetails, OdooInfo } from './connection-types';

/** The Odoo connection as the core knows it: the saved one tried again on open, a new login, the password's keeping. */
export function useOdooConnection() {
  const settings = useSettings();
  const keychain = useSecretStatus('odoo');
  const [info, setInfo] = useState<OdooInfo | undefined>();
  const { current, connectWith, runSaveLogin, reset: resetConnect, setTypedLast } = useLoginCalls(setInfo);
  const { databases, lookUpDatabases } = useDatabaseList();
  const { failed, fail, clear: clearFailure } = useFailedAction<'forget' | 'demo'>();

  const { error: connectError } = current;

  const passwordSaved = !!keychain.secret?.saved;
  const opening = useSavedConnection({
    fresh: settings.fresh && keychain.fresh,
    passwordSaved,
    connectWith,
    lookUpDatabases,
  });
  const { sessionOnly } = keychain;
  const connectNow = useOdooLogin({
    connectWith,
    saveLogin: runSaveLogin,
    sessionOnly,
    onDetailsSaved: opening.setInitial,
    onTyped: setTypedLast,
    onInfo: setInfo,
    fail,
    clearFailure,
  });
  const onForgotten = useCallback(() => setInfo(undefined), []);
  const actions = useOdooPasswordActions({ onForgotten, resetConnect, fail, clearFailure });

  return {
    loaded: opening.loaded,
    checkingSaved: opening.checkingSaved,
    initial: opening.initial,
    keychainError: keychain.keychainError,
    retryKeychain: () => {
      opening.openAgain();
      settings.reload();
      keychain.reload();
    },
    passwordSaved,
    passwordEndsWith: keychain.secret?.endsWith,
    /** The saved password is in the core's memory for this session only (no keychain, or the demo). */
    passwordKeptForSession: keychain.secret?.source === 'session',
    sessionOnly,
    /** The last login was refused: the password field opens again, the other fields stay as typed. */
    passwordRefused: connectError?.code === 'odoo.auth',
    info,
    connect: { ...current, reset: resetConnect },
    connectNow,
    reconnect: () => connectWith({}),
    ...actions,
    failedAction: failed && {
      error: failed.error,
      ...(failed.action ? { retry: () => void actions.retry(failed.action!) } : {}),
    },
    databases,
    lookUpDatabases,
  };
}

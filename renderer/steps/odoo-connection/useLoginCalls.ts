import { useCallback, useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import type { ConnectionDetails, OdooInfo } from './connection-types';

/**
 * The two calls that log in to Odoo: `odooConnect` with the saved password, `odooSaveLogin` with one typed
 * now. The step shows the progress, cancel button and error of whichever ran last; resetting clears both.
 * `onInfo` receives what a connect read (or nothing once it fails, so the form and the reason show).
 */
export function useLoginCalls(onInfo: (info: OdooInfo | undefined) => void) {
  const connect = useOperation('odooConnect');
  const saveLogin = useOperation('odooSaveLogin');
  const [typedLast, setTypedLast] = useState(false);
  const { reset: resetConnect, run: runConnect } = connect;
  const { reset: resetSaveLogin } = saveLogin;
  const reset = useCallback(() => {
    resetConnect();
    resetSaveLogin();
  }, [resetConnect, resetSaveLogin]);
  const connectWith = useCallback(
    async (details: Partial<ConnectionDetails>) => {
      setTypedLast(false);
      const result = await runConnect(details);
      onInfo(result);
      return !!result;
    },
    [runConnect, onInfo],
  );
  return { current: typedLast ? saveLogin : connect, connectWith, runSaveLogin: saveLogin.run, reset, setTypedLast };
}

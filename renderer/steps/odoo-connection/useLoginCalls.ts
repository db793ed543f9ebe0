import { useCallback, useState } from 'react';
import { useOperation } from '../../hooks/useOperation';

/**
 * The two calls that log in to Odoo: `odooConnect` with the saved password, `odooSaveLogin` with one typed
 * now. The step shows the progress, cancel button and error of whichever ran last; resetting clears both.
 */
export function useLoginCalls() {
  const connect = useOperation('odooConnect');
  const saveLogin = useOperation('odooSaveLogin');
  const [typedLast, setTypedLast] = useState(false);
  const { reset: resetConnect } = connect;
  const { reset: resetSaveLogin } = saveLogin;
  const reset = useCallback(() => {
    resetConnect();
    resetSaveLogin();
  }, [resetConnect, resetSaveLogin]);
  return {
    current: typedLast ? saveLogin : connect,
    runConnect: connect.run,
    runSaveLogin: saveLogin.run,
    reset,
    setTypedLast,
  };
}

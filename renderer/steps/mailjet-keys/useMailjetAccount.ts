import { useCallback, useEffect, useRef, useState } from 'react';
import { useOperation } from '../../hooks/useOperation';
import type { MailjetAccount } from './useMailjetKeys';

/**
 * What Mailjet says of the saved pair: asked once the step has read the keys afresh (a pair saved in
 * another window or by the CLI is checked, not trusted), and again on demand.
 */
export function useMailjetAccount(loaded: boolean, saved: boolean) {
  const verify = useOperation('mailjetVerify');
  const [account, setAccount] = useState<MailjetAccount | undefined>();
  const { run: runVerify } = verify;
  const check = useCallback(async () => setAccount(await runVerify({})), [runVerify]);

  const checkedOnOpen = useRef(false);
  useEffect(() => {
    if (!loaded || checkedOnOpen.current) return;
    checkedOnOpen.current = true;
    if (saved) void runVerify({}).then(setAccount);
  }, [loaded, saved, runVerify]);

  /** After a retry of the keychain, the pair is checked again once it is read. */
  const checkWhenLoaded = useCallback(() => {
    checkedOnOpen.current = false;
  }, []);

  return { verify, account, setAccount, check, checkWhenLoaded };
}

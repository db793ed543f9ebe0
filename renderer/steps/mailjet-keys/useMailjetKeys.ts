import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import type { MAILJET_REGIONS } from '../../../shared/settings/mailjet';
import { assistant } from '../../bridge';
import { useOperation } from '../../hooks/useOperation';
import { useWizard } from '../../wizard-context';

export type MailjetRegion = (typeof MAILJET_REGIONS)[number];
export type MailjetAccount = ChannelOutput<'mailjetVerify'>;
type SecretStatus = ChannelOutput<'keychainStatus'>['secrets']['mailjet'];

export interface KeysToSave {
  apiKey: string;
  secretKey: string;
  region: MailjetRegion;
}

/**
 * Where the Mailjet keys stand, read from the core each time the step opens: a pair saved earlier (in
 * this window, another face or the CLI) is checked again with Mailjet rather than trusted from memory.
 */
export function useMailjetKeys() {
  const { settings, refreshSettings, patchSettings, demo, reopenStep } = useWizard();
  const save = useOperation('mailjetSaveKeys');
  const verify = useOperation('mailjetVerify');
  const [secret, setSecret] = useState<SecretStatus | undefined>();
  const [keychainError, setKeychainError] = useState<ErrorPayload | undefined>();
  const [account, setAccount] = useState<MailjetAccount | undefined>();
  /** A forget or a demo fill that failed, to explain it and offer it again. */
  const [failedAction, setFailedAction] = useState<{ error: ErrorPayload; action: 'forget' | 'demo' } | undefined>();
  const [loaded, setLoaded] = useState(false);

  const { run: runVerify } = verify;
  const check = useCallback(async () => {
    setAccount(await runVerify({}));
  }, [runVerify]);

  const readStatus = useCallback(async (): Promise<SecretStatus | undefined> => {
    const status = await assistant().keychainStatus({});
    if (!status.ok) {
      setKeychainError(status.error);
      return undefined;
    }
    // No keychain is not a dead end: the keys can still be kept for this session, and one kept so is saved.
    setKeychainError(status.value.available ? undefined : { code: status.value.errorCode ?? 'keychain.unavailable' });
    setSecret(status.value.secrets.mailjet);
    return status.value.secrets.mailjet;
  }, []);

  const load = useCallback(
    () =>
      refreshSettings().then(async (current) => {
        const status = await readStatus();
        setLoaded(true);
        if (status?.saved && current.mailjet?.apiKey) await check();
      }),
    [refreshSettings, readStatus, check],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const { run: runSave } = save;
  const { reset: resetVerify } = verify;
  /**
   * Mailjet checks the pair before the core stores it; the caller clears the secret from its state first.
   * While no keychain answers, the core keeps the secret in its memory for this session only.
   */
  const sessionOnly = !!keychainError;
  const saveKeys = useCallback(
    async (keys: KeysToSave) => {
      setFailedAction(undefined);
      const result = await runSave({ apiKey: keys.apiKey, secretKey: keys.secretKey, region: keys.region, ...(sessionOnly ? { sessionOnly } : {}) });
      if (!result) {
        // The keychain stopped answering since the step opened: the step then offers this session only.
        await readStatus();
        return false;
      }
      setAccount(result);
      resetVerify();
      await Promise.all([refreshSettings(), readStatus()]);
      return true;
    },
    [runSave, resetVerify, refreshSettings, readStatus, sessionOnly],
  );

  const forgetKeys = useCallback(async (): Promise<boolean> => {
    setFailedAction(undefined);
    const result = await assistant().keychainForget({ name: 'mailjet' });
    if (!result.ok) {
      setFailedAction({ error: result.error, action: 'forget' });
      return false;
    }
    setAccount(undefined);
    resetVerify();
    reopenStep('mailjet-keys');
    await readStatus();
    return true;
  }, [readStatus, reopenStep, resetVerify]);

  /** The demo's secret goes to the demo keychain without passing through the page. */
  const fillDemoKeys = useCallback(async (): Promise<boolean> => {
    if (!demo.active || !demo.mailjetApiKey) return false;
    setFailedAction(undefined);
    const filled = await assistant().demoFillSecret({ name: 'mailjet' });
    const failure = !filled.ok ? filled.error : await patchSettings({ mailjet: { apiKey: demo.mailjetApiKey, region: 'default' } });
    if (failure) {
      setFailedAction({ error: failure, action: 'demo' });
      return false;
    }
    await readStatus();
    await check();
    return true;
  }, [demo, patchSettings, readStatus, check]);

  const apiKey = settings.mailjet?.apiKey;
  return {
    loaded,
    keychainError,
    retryKeychain: load,
    saved: !!secret?.saved && !!apiKey,
    endsWith: secret?.endsWith,
    /** Kept in the core's memory for this session only (no keychain, or the demo). */
    keptForSession: secret?.source === 'session',
    sessionOnly,
    apiKey,
    region: settings.mailjet?.region ?? 'default',
    account,
    save,
    verify,
    check,
    saveKeys,
    forgetKeys,
    fillDemoKeys,
    failedAction: failedAction && {
      error: failedAction.error,
      retry: () => void (failedAction.action === 'forget' ? forgetKeys() : fillDemoKeys()),
    },
  };
}

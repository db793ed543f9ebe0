import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import { normaliseOdooUrl } from '../../../shared/odoo/url';
import { assistant } from '../../bridge';
import { useOperation } from '../../hooks/useOperation';
import { useWizard } from '../../wizard-context';

export type OdooInfo = ChannelOutput<'odooConnect'>;
type SecretStatus = ChannelOutput<'keychainStatus'>['secrets']['odoo'];

export interface ConnectionDetails {
  url: string;
  db: string;
  login: string;
}

export interface DatabaseList {
  /** The normalised address the list belongs to. */
  url: string;
  listed: boolean;
  databases: string[];
}

/**
 * The Odoo connection as the core knows it. On open, a connection saved earlier (address, database and
 * login in the settings, password in the keychain) is tried again, so the step shows what Odoo says now.
 */
export function useOdooConnection() {
  const { refreshSettings, patchSettings, demo, reopenStep } = useWizard();
  const connect = useOperation('odooConnect');
  /** A password typed now: the core checks it with Odoo before it keeps it (the same reading as a connect). */
  const saveLogin = useOperation('odooSaveLogin');
  /** The step shows the progress, cancel button and error of whichever of the two ran last. */
  const [typedLast, setTypedLast] = useState(false);
  const current = typedLast ? saveLogin : connect;
  const [loaded, setLoaded] = useState(false);
  /** The connection saved earlier is being tried again; until it answers there is nothing to show. */
  const [checkingSaved, setCheckingSaved] = useState(false);
  const [initial, setInitial] = useState<ConnectionDetails>({ url: '', db: '', login: '' });
  const [secret, setSecret] = useState<SecretStatus | undefined>();
  const [keychainError, setKeychainError] = useState<ErrorPayload | undefined>();
  const [info, setInfo] = useState<OdooInfo | undefined>();
  /** A keychain or settings write that failed around a connect, or a failed forget or demo fill. */
  const [failedAction, setFailedAction] = useState<{ error: ErrorPayload; action?: 'forget' | 'demo' } | undefined>();
  const [databases, setDatabases] = useState<DatabaseList | undefined>();
  const databasesFor = useRef<string | undefined>(undefined);

  const readStatus = useCallback(async (): Promise<SecretStatus | undefined> => {
    const status = await assistant().keychainStatus({});
    if (!status.ok) {
      setKeychainError(status.error);
      return undefined;
    }
    // No keychain is not a dead end: the password can still be kept for this session, and one kept so is saved.
    setKeychainError(status.value.available ? undefined : { code: status.value.errorCode ?? 'keychain.unavailable' });
    setSecret(status.value.secrets.odoo);
    return status.value.secrets.odoo;
  }, []);

  /** Asks the server for its databases; many servers refuse to list them, and then the name is typed. */
  const lookUpDatabases = useCallback(async (rawUrl: string) => {
    const normalised = normaliseOdooUrl(rawUrl);
    if (!normalised.ok) return;
    if (databasesFor.current === normalised.url) return;
    databasesFor.current = normalised.url;
    const result = await assistant().odooDatabases({ url: normalised.url });
    if (databasesFor.current !== normalised.url) return;
    setDatabases(result.ok ? result.value : { url: normalised.url, listed: false, databases: [] });
  }, []);

  const { run: runConnect } = connect;
  const connectWith = useCallback(
    async (details: Partial<ConnectionDetails>) => {
      setTypedLast(false);
      const result = await runConnect(details);
      // What was read before may no longer be true once a connection fails: show the form and the reason.
      setInfo(result);
      if (!result) return false;
      await refreshSettings();
      return true;
    },
    [runConnect, refreshSettings],
  );

  const load = useCallback(
    () =>
      refreshSettings().then(async (current) => {
        const status = await readStatus();
        const saved = current.odoo ?? {};
        const prefill = demo.active && demo.odoo ? demo.odoo : undefined;
        const details = { url: saved.url ?? prefill?.url ?? '', db: saved.db ?? prefill?.db ?? '', login: saved.login ?? prefill?.login ?? '' };
        setInitial(details);
        const trySaved = !!(status?.saved && saved.url && saved.db && saved.login);
        setCheckingSaved(trySaved);
        setLoaded(true);
        if (details.url) void lookUpDatabases(details.url);
        if (trySaved) {
          await connectWith({});
          setCheckingSaved(false);
        }
      }),
    [refreshSettings, readStatus, demo, lookUpDatabases, connectWith],
  );

  useEffect(() => {
    void load();
  }, [load]);

  /** No keychain answers: a password typed now is kept in the core's memory for this session only. */
  const sessionOnly = !!keychainError;

  const { run: runSaveLogin } = saveLogin;
  /**
   * A password typed now goes to the core with the other fields in one call: the core logs in with it and
   * keeps it (in the keychain, or without one in this session's memory) only if Odoo accepts it, so a
   * refused password is never stored. Without a new password, the saved one is used with these fields.
   */
  const connectNow = useCallback(
    async (details: ConnectionDetails, password: string | undefined): Promise<boolean> => {
      setFailedAction(undefined);
      if (!password) {
        const patched = await patchSettings({ odoo: details });
        if (patched) {
          setFailedAction({ error: patched });
          return false;
        }
        setInitial(details);
        const connected = await connectWith(details);
        await readStatus();
        return connected;
      }
      setInitial(details);
      setTypedLast(true);
      const result = await runSaveLogin({ ...details, password, ...(sessionOnly ? { sessionOnly } : {}) });
      setInfo(result);
      // Saved, or the keychain stopped answering since the step opened: the form then offers this session only.
      await readStatus();
      if (!result) return false;
      await refreshSettings();
      return true;
    },
    [patchSettings, connectWith, runSaveLogin, refreshSettings, readStatus, sessionOnly],
  );

  const { error: connectError } = current;
  const { reset: resetConnectCall } = connect;
  const { reset: resetSaveLogin } = saveLogin;
  const resetConnect = useCallback(() => {
    resetConnectCall();
    resetSaveLogin();
  }, [resetConnectCall, resetSaveLogin]);

  const forgetPassword = useCallback(async (): Promise<boolean> => {
    setFailedAction(undefined);
    const result = await assistant().keychainForget({ name: 'odoo' });
    if (!result.ok) {
      setFailedAction({ error: result.error, action: 'forget' });
      return false;
    }
    setInfo(undefined);
    resetConnect();
    reopenStep('odoo-connection');
    await readStatus();
    return true;
  }, [resetConnect, reopenStep, readStatus]);

  /** The demo's password goes to the demo keychain without passing through the page. */
  const fillDemoPassword = useCallback(async (): Promise<boolean> => {
    setFailedAction(undefined);
    const filled = await assistant().demoFillSecret({ name: 'odoo' });
    if (!filled.ok) {
      setFailedAction({ error: filled.error, action: 'demo' });
      return false;
    }
    resetConnect();
    await readStatus();
    return true;
  }, [resetConnect, readStatus]);

  return {
    loaded,
    checkingSaved,
    initial,
    keychainError,
    retryKeychain: load,
    passwordSaved: !!secret?.saved,
    passwordEndsWith: secret?.endsWith,
    /** The saved password is in the core's memory for this session only (no keychain, or the demo). */
    passwordKeptForSession: secret?.source === 'session',
    sessionOnly,
    /** The last login was refused: the password field opens again, the other fields stay as typed. */
    passwordRefused: connectError?.code === 'odoo.auth',
    info,
    connect: { ...current, reset: resetConnect },
    connectNow,
    reconnect: () => connectWith({}),
    forgetPassword,
    fillDemoPassword,
    failedAction: failedAction && {
      error: failedAction.error,
      ...(failedAction.action ? { retry: () => void (failedAction.action === 'forget' ? forgetPassword() : fillDemoPassword()) } : {}),
    },
    databases,
    lookUpDatabases,
  };
}

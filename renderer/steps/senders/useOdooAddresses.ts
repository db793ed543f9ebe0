import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import { assistant } from '../../bridge';
import { useWizard } from '../../wizard-context';
import type { OdooAddresses } from './sender-choices';

export interface OdooAddressesState {
  loading: boolean;
  addresses?: OdooAddresses;
  error?: ErrorPayload;
  retry(): void;
}

/**
 * The addresses Odoo sends from, read again from Odoo on every visit (a reconnect with the saved
 * connection), so the step never shows what Odoo used last week. Only on the automatic path, once an
 * Odoo address is saved: the guided path has no API access to Odoo.
 */
export function useOdooAddresses(): OdooAddressesState {
  const { progress, settings } = useWizard();
  const enabled = progress.path === 'automatic' && !!settings.odoo?.url;
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ attempt: number; addresses?: OdooAddresses; error?: ErrorPayload } | undefined>();

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void assistant()
      .odooConnect({})
      .then((result) => {
        if (!current) return;
        if (result.ok) setAnswer({ attempt, ...(result.value.addresses ? { addresses: result.value.addresses } : {}) });
        else setAnswer({ attempt, error: result.error });
      });
    return () => {
      current = false;
    };
  }, [enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!enabled) return { loading: false, retry };
  const loading = answer?.attempt !== attempt;
  return {
    loading,
    ...(!loading && answer?.addresses ? { addresses: answer.addresses } : {}),
    ...(!loading && answer?.error ? { error: answer.error } : {}),
    retry,
  };
}

import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import type { ProviderId } from '../../../shared/dns/providers';
import { assistant } from '../../bridge';
import type { RecordsRequest, RecordsResult } from './dns-request';

/**
 * The records in the provider's form, prepared again whenever what they depend on changes. Online,
 * the published SPF and DMARC are read first so Mailjet is merged into them rather than added twice.
 */
export function useDnsRecords(request: RecordsRequest | undefined, provider: ProviderId, lookupExisting: boolean) {
  const [state, setState] = useState<{ key?: string; result?: RecordsResult; error?: ErrorPayload }>({});
  const [attempt, setAttempt] = useState(0);
  const key = request ? JSON.stringify([request, provider, lookupExisting, attempt]) : undefined;

  // The key stands for the request, so a new object with the same content does not ask again.
  useEffect(() => {
    if (!key) return;
    const [asked, chosen, lookup] = JSON.parse(key) as [RecordsRequest, ProviderId, boolean];
    let current = true;
    void assistant()
      .dnsRecords({ ...asked, provider: chosen, lookupExisting: lookup })
      .then((result) => {
        if (!current) return;
        setState(result.ok ? { key, result: result.value } : { key, error: result.error });
      });
    return () => {
      current = false;
    };
  }, [key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const loading = !!key && state.key !== key;
  // While a new answer is on its way the last one stays, so the page does not jump.
  return { result: state.result, error: loading ? undefined : state.error, loading, reload };
}

import type { ErrorPayload } from '@shared/errors';
import { useOdooNow, useSettings } from '../../data/queries';
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
  const { progress } = useWizard();
  const { settings } = useSettings();
  const enabled = progress.path === 'automatic' && !!settings.odoo?.url;
  const odoo = useOdooNow(enabled);
  if (!enabled) return { loading: false, retry: odoo.reload };
  const loading = odoo.loading || (!odoo.data && !odoo.error);
  return {
    loading,
    ...(!loading && odoo.data?.addresses ? { addresses: odoo.data.addresses } : {}),
    ...(!loading && odoo.error ? { error: odoo.error } : {}),
    retry: odoo.reload,
  };
}

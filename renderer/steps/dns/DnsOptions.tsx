import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS, resolveProvider, type ProviderId } from '../../../shared/dns/providers';
import type { Detection } from './useProviderDetection';

interface DnsOptionsProps {
  provider: ProviderId;
  detection: Detection;
  onProvider(id: ProviderId): void;
  odooOnline: boolean;
  onOdooOnline(value: boolean): void;
  dmarcRua: string;
  onDmarcRua(value: string): void;
}

/** The provider's name as it writes it; the generic form in the user's language. */
export function providerName(id: ProviderId, genericLabel: string): string {
  return id === 'generic' ? genericLabel : resolveProvider(id).name;
}

/** What shapes the records: whose form they are written for, Odoo's own sending, and the DMARC reports. */
export function DnsOptions(props: DnsOptionsProps) {
  const { t } = useTranslation();
  const [rua, setRua] = useState(props.dmarcRua);
  // Providers alphabetically, the generic form last: the list people scan for their brand.
  const ids = [...PROVIDER_IDS.filter((id) => id !== 'generic').sort((a, b) => resolveProvider(a).name.localeCompare(resolveProvider(b).name)), 'generic' as const];
  return (
    <div className="dns-options">
      <div className="dns-field">
        <label htmlFor="dns-provider" className="dns-label">
          {t('wizard.dns.providerLabel')}
        </label>
        <select id="dns-provider" className="dns-input" value={props.provider} aria-describedby="dns-provider-help" onChange={(event) => props.onProvider(event.target.value as ProviderId)}>
          {ids.map((id) => (
            <option key={id} value={id}>
              {providerName(id, t('dns.genericProvider'))}
            </option>
          ))}
        </select>
        <p id="dns-provider-help" className="dns-help" role="status">
          {t(`wizard.dns.detection.${props.detection}`)}
        </p>
      </div>
      <div className="dns-field dns-check-field">
        <input id="dns-odoo-online" type="checkbox" checked={props.odooOnline} aria-describedby="dns-odoo-online-help" onChange={(event) => props.onOdooOnline(event.target.checked)} />
        <div>
          <label htmlFor="dns-odoo-online" className="dns-label">
            {t('wizard.dns.odooOnlineLabel')}
          </label>
          <p id="dns-odoo-online-help" className="dns-help">
            {t('wizard.dns.odooOnlineHelp')}
          </p>
        </div>
      </div>
      <div className="dns-field">
        <label htmlFor="dns-dmarc-rua" className="dns-label">
          {t('wizard.dns.dmarcRuaLabel')}
        </label>
        <input
          id="dns-dmarc-rua"
          className="dns-input"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={rua}
          aria-describedby="dns-dmarc-rua-help"
          onChange={(event) => setRua(event.target.value)}
          onBlur={() => props.onDmarcRua(rua)}
        />
        <p id="dns-dmarc-rua-help" className="dns-help">
          {t('wizard.dns.dmarcRuaHelp')}
        </p>
      </div>
    </div>
  );
}

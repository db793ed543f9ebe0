import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_IDS, resolveProvider, type ProviderId } from '@shared/dns/providers';
import { Field } from '../../components/Field';
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
  const ids = [
    ...PROVIDER_IDS.filter((id) => id !== 'generic').sort((a, b) =>
      resolveProvider(a).name.localeCompare(resolveProvider(b).name),
    ),
    'generic' as const,
  ];
  return (
    <div className="dns-options">
      <Field
        id="dns-provider"
        label={t('wizard.dns.providerLabel')}
        hint={t(`wizard.dns.detection.${props.detection}`)}
        liveHint
      >
        {(control) => (
          <select
            {...control}
            value={props.provider}
            onChange={(event) => props.onProvider(event.target.value as ProviderId)}
          >
            {ids.map((id) => (
              <option key={id} value={id}>
                {providerName(id, t('dns.genericProvider'))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="dns-odoo-online" label={t('wizard.dns.odooOnlineLabel')} hint={t('wizard.dns.odooOnlineHelp')} check>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={props.odooOnline}
            onChange={(event) => props.onOdooOnline(event.target.checked)}
          />
        )}
      </Field>
      <Field id="dns-dmarc-rua" label={t('wizard.dns.dmarcRuaLabel')} hint={t('wizard.dns.dmarcRuaHelp')}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={rua}
            onChange={(event) => setRua(event.target.value)}
            onBlur={() => props.onDmarcRua(rua)}
          />
        )}
      </Field>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { SenderForm } from './useSenderForm';

/**
 * The documentation's fork: with DNS access the whole domain is validated by one record (easier);
 * without, each address by its own activation e-mail. A domain of Odoo's leaves only the second way.
 */
export function DnsAccessChoice({ form }: { form: SenderForm }) {
  const { t } = useTranslation();
  const options = [
    { value: true, key: 'yes', disabled: form.odooOwned },
    { value: false, key: 'no', disabled: false },
  ] as const;
  return (
    <fieldset className="choices senders-choices">
      <legend>{t('wizard.senders.accessLegend')}</legend>
      {options.map((option) => (
        <label
          key={option.key}
          className={`choice${form.dnsAccess === option.value ? ' is-selected' : ''}${option.disabled ? ' is-disabled' : ''}`}
        >
          <input
            type="radio"
            name="senders-dns-access"
            checked={form.dnsAccess === option.value}
            disabled={option.disabled}
            onChange={() => void form.setDnsAccess(option.value)}
          />
          <span>
            <span className="choice-title">{t(`wizard.senders.access.${option.key}.title`)}</span>
            <span className="choice-description">
              {t(`wizard.senders.access.${option.key}.description`, { domain: form.domain || '…' })}
            </span>
          </span>
        </label>
      ))}
      {form.odooOwned ? (
        <p className="notice notice-info">{t('wizard.senders.access.odooOwned', { domain: form.domain })}</p>
      ) : null}
    </fieldset>
  );
}

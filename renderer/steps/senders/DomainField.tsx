import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { OdooAddressesState } from './useOdooAddresses';
import type { SenderForm } from './useSenderForm';

/** The sending domain, with where the suggestion came from and, when Odoo cannot be read, why. */
export function DomainField({ form, odoo }: { form: SenderForm; odoo: OdooAddressesState }) {
  const { t } = useTranslation();
  return (
    <div className="senders-field">
      <label htmlFor="senders-domain" className="senders-label">
        {t('wizard.senders.domainLabel')}
      </label>
      <input
        id="senders-domain"
        className="senders-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={form.domainText}
        aria-describedby="senders-domain-help"
        onChange={(event) => form.setDomainText(event.target.value)}
        onBlur={() => void form.commitDomain()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void form.commitDomain();
        }}
      />
      <p id="senders-domain-help" className="senders-help">
        {form.domainSource === 'odoo' ? t('wizard.senders.domainFromOdoo') : t('wizard.senders.domainHelp')}
      </p>
      <p className="senders-help" role="status">
        {odoo.loading ? t('wizard.senders.odooReading') : ''}
      </p>
      {odoo.error ? (
        <>
          <p className="senders-help">{t('wizard.senders.odooUnreadable')}</p>
          <ErrorNotice error={odoo.error} onRetry={odoo.retry} />
        </>
      ) : null}
    </div>
  );
}

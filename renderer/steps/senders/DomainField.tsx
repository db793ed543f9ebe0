import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import type { OdooAddressesState } from './useOdooAddresses';
import type { SenderForm } from './useSenderForm';

/** The sending domain, with where the suggestion came from and, when Odoo cannot be read, why. */
export function DomainField({ form, odoo }: { form: SenderForm; odoo: OdooAddressesState }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        id="senders-domain"
        label={t('wizard.senders.domainLabel')}
        hint={form.domainSource === 'odoo' ? t('wizard.senders.domainFromOdoo') : t('wizard.senders.domainHelp')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={form.domainText}
            onChange={(event) => form.setDomainText(event.target.value)}
            onBlur={() => void form.commitDomain()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void form.commitDomain();
            }}
          />
        )}
      </Field>
      <p className="senders-help" role="status">
        {odoo.loading ? t('wizard.senders.odooReading') : ''}
      </p>
      {odoo.error ? (
        <>
          <p className="senders-help">{t('wizard.senders.odooUnreadable')}</p>
          <ErrorNotice error={odoo.error} onRetry={odoo.retry} />
        </>
      ) : null}
    </>
  );
}

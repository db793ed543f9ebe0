import { useTranslation } from 'react-i18next';

/**
 * The documentation's trick for a database without a domain of its own: the addresses live on the
 * database's catchall domain, where no mailbox exists, so a CRM alias catches the activation e-mail.
 */
export function TemporaryAliasNotice({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="senders-alias" open={open}>
      <summary>{t('wizard.senders.alias.title')}</summary>
      <p>{t('wizard.senders.alias.domain')}</p>
      <p>{t('wizard.senders.alias.crm')}</p>
      <p>{t('wizard.senders.alias.after')}</p>
    </details>
  );
}

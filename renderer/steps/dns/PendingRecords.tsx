import { useTranslation } from 'react-i18next';
import { useWizard } from '../../wizard-context';
import type { RecordsResult } from './dns-request';

/**
 * Records whose values only Mailjet can give. On the automatic path the setup of the previous step
 * fetches them; elsewhere the sentence says where Mailjet shows them.
 */
export function PendingRecords({ pending, automatic }: { pending: RecordsResult['pending']; automatic: boolean }) {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  if (!pending.length) return null;
  return (
    <div className="notice notice-info dns-pending">
      <p className="notice-message">{t('wizard.dns.pendingTitle')}</p>
      <ul>
        {pending.map((purpose) => (
          <li key={purpose}>{t(`dns.pending.${purpose}`)}</li>
        ))}
      </ul>
      {automatic ? (
        <>
          <p>{t('wizard.dns.pendingAutomatic')}</p>
          <button type="button" className="button button-secondary" onClick={() => goTo('senders')}>
            {t('wizard.dns.goToSenders')}
          </button>
        </>
      ) : null}
    </div>
  );
}

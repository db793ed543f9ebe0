import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField';
import { ADDRESS_ROLES } from '@shared/mail-addresses';
import type { SenderForm } from './useSenderForm';

const MAILJET_ACCOUNT_PAGE = 'https://app.mailjet.com/account';

/** The guided path: what to click in Mailjet's own screens, named as Mailjet shows them. */
export function ManualMailjetGuide({ form }: { form: SenderForm }) {
  const { t } = useTranslation();
  return (
    <section className="senders-guide" aria-labelledby="senders-guide-title">
      <h2 id="senders-guide-title">{t('wizard.senders.guided.title')}</h2>
      <ol className="senders-guide-steps">
        <li>
          <p>{t('wizard.senders.guided.open')}</p>
          <p>
            <a href={MAILJET_ACCOUNT_PAGE} target="_blank" rel="noreferrer noopener">
              {t('wizard.senders.guided.openLink')}
            </a>{' '}
            <span className="muted">{t('docs.opensInBrowser')}</span>
          </p>
        </li>
        {form.dnsAccess ? (
          <>
            <li>
              <p>{t('wizard.senders.guided.domainAdd')}</p>
              <CopyField label={t('wizard.senders.guided.copyDomain')} value={form.domain} />
            </li>
            <li>
              <p>{t('wizard.senders.guided.domainOption')}</p>
            </li>
          </>
        ) : (
          <>
            <li>
              <p>{t('wizard.senders.guided.addressesAdd')}</p>
              {ADDRESS_ROLES.map((role) => (
                <CopyField
                  key={role}
                  label={t(`wizard.senders.guided.copyAddress.${role}`)}
                  value={form.addresses[role]}
                />
              ))}
            </li>
            <li>
              <p>
                {form.emailType === 'bulk'
                  ? t('wizard.senders.guided.formBulk')
                  : t('wizard.senders.guided.formTransactional')}
              </p>
            </li>
            <li>
              <p>{t('wizard.senders.guided.activation')}</p>
            </li>
          </>
        )}
      </ol>
    </section>
  );
}

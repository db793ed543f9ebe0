import { useTranslation } from 'react-i18next';
import { MAILJET_SMTP_HOST } from '@shared/odoo/mailjet-smtp';

/** What Odoo's outgoing mail server will hold, named with Odoo's own field labels; the secret only by name. */
export function SmtpValues({ apiKey, keptForSession }: { apiKey: string | undefined; keptForSession: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="mailjet-keys-smtp" aria-labelledby="mailjet-keys-smtp-title">
      <h2 id="mailjet-keys-smtp-title">{t('wizard.mailjet-keys.smtp.title')}</h2>
      <p className="muted">{t('wizard.mailjet-keys.smtp.intro')}</p>
      <dl className="mailjet-keys-facts">
        <div>
          <dt>{t('odoo.ui.smtpServer')}</dt>
          <dd className="mailjet-keys-value">{MAILJET_SMTP_HOST}</dd>
        </div>
        <div>
          <dt>{t('wizard.mailjet-keys.smtp.portAndEncryption')}</dt>
          <dd>
            {t('wizard.mailjet-keys.smtp.ports')}
            <span className="mailjet-keys-why">{t('wizard.mailjet-keys.smtp.portsWhy')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('odoo.ui.username')}</dt>
          <dd className={apiKey ? 'mailjet-keys-value' : undefined}>
            {apiKey ?? t('wizard.mailjet-keys.smtp.usernameUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('odoo.ui.password')}</dt>
          <dd>
            {t(keptForSession ? 'wizard.mailjet-keys.smtp.passwordSession' : 'wizard.mailjet-keys.smtp.password')}
          </dd>
        </div>
      </dl>
    </section>
  );
}

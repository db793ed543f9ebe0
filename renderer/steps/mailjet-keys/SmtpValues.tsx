import { useTranslation } from 'react-i18next';
import { MAILJET_SMTP_HOST } from '@shared/odoo/mailjet-smtp';
import { Fact, Facts } from '../../components/Facts';

/** What Odoo's outgoing mail server will hold, named with Odoo's own field labels; the secret only by name. */
export function SmtpValues({ apiKey, keptForSession }: { apiKey: string | undefined; keptForSession: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="mailjet-keys-smtp" aria-labelledby="mailjet-keys-smtp-title">
      <h2 id="mailjet-keys-smtp-title">{t('wizard.mailjet-keys.smtp.title')}</h2>
      <p className="muted">{t('wizard.mailjet-keys.smtp.intro')}</p>
      <Facts>
        <Fact term={t('odoo.ui.smtpServer')} literal>
          {MAILJET_SMTP_HOST}
        </Fact>
        <Fact term={t('wizard.mailjet-keys.smtp.portAndEncryption')}>
          {t('wizard.mailjet-keys.smtp.ports')}
          <span className="mailjet-keys-why">{t('wizard.mailjet-keys.smtp.portsWhy')}</span>
        </Fact>
        <Fact term={t('odoo.ui.username')} literal={!!apiKey}>
          {apiKey ?? t('wizard.mailjet-keys.smtp.usernameUnknown')}
        </Fact>
        <Fact term={t('odoo.ui.password')}>
          {t(keptForSession ? 'wizard.mailjet-keys.smtp.passwordSession' : 'wizard.mailjet-keys.smtp.password')}
        </Fact>
      </Facts>
    </section>
  );
}

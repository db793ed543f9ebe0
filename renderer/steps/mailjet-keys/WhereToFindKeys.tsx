import { Trans, useTranslation } from 'react-i18next';

/** Mailjet's API key page, where "Retrieve your API credentials" lives. */
const MAILJET_API_KEYS_PAGE = 'https://app.mailjet.com/account/apikeys';

const STEPS = ['open', 'retrieve', 'apiKey', 'secretKey'] as const;

/** The documentation's path through Mailjet's screens, with the screens and buttons named as Mailjet names them. */
export function WhereToFindKeys() {
  const { t } = useTranslation();
  return (
    <section className="mailjet-keys-where" aria-labelledby="mailjet-keys-where-title">
      <h2 id="mailjet-keys-where-title">{t('wizard.mailjet-keys.where.title')}</h2>
      <ol className="mailjet-keys-where-steps">
        {STEPS.map((step) => (
          <li key={step}>
            <Trans
              t={t}
              i18nKey={`wizard.mailjet-keys.where.${step}`}
              components={{ ui: <strong className="mailjet-keys-ui-name" /> }}
            />
          </li>
        ))}
      </ol>
      <p className="mailjet-keys-direct-link">
        <a href={MAILJET_API_KEYS_PAGE} target="_blank" rel="noreferrer noopener">
          {t('wizard.mailjet-keys.where.directLink')}
        </a>{' '}
        <span className="muted">{t('docs.opensInBrowser')}</span>
      </p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { docsForStep } from '@shared/docs-links';
import { languageFromLocale } from '@shared/languages';
import type { StepId } from '@shared/wizard';

/** The matching section of Odoo's page and Mailjet's help, in the user's language. */
export function DocsLinks({ step }: { step: StepId }) {
  const { t, i18n } = useTranslation();
  const docs = docsForStep(step, languageFromLocale(i18n.language));
  return (
    <ul className="docs-links">
      <li>
        <a href={docs.odoo} target="_blank" rel="noreferrer noopener">
          {t('docs.odooLink', { section: t(docs.odooSectionKey) })}
        </a>{' '}
        <span className="muted">{t('docs.opensInBrowser')}</span>
      </li>
      {docs.mailjet ? (
        <li>
          <a href={docs.mailjet} target="_blank" rel="noreferrer noopener">
            {t('docs.mailjetLink')}
          </a>{' '}
          <span className="muted">{t('docs.opensInBrowser')}</span>
        </li>
      ) : null}
    </ul>
  );
}

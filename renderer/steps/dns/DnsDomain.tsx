import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizard } from '../../wizard-context';

/**
 * Offline, the domain is typed here (nothing came before); on the other paths it was chosen with the
 * senders, and changing it belongs there, where Mailjet is set up for it.
 */
export function DnsDomain({ domain, offline, onCommit }: { domain: string; offline: boolean; onCommit: (text: string) => void }) {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  const [draft, setDraft] = useState(domain);
  if (!offline) {
    return (
      <div className="dns-domain">
        <p className="dns-domain-fixed">{domain ? t('wizard.dns.domainFixed', { domain }) : t('wizard.dns.domainMissing')}</p>
        <button type="button" className="button button-secondary" onClick={() => goTo('senders')}>
          {t('wizard.dns.changeDomain')}
        </button>
      </div>
    );
  }
  return (
    <div className="dns-field">
      <label htmlFor="dns-domain" className="dns-label">
        {t('wizard.dns.domainLabel')}
      </label>
      <div className="dns-inline">
        <input
          id="dns-domain"
          className="dns-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          aria-describedby="dns-domain-help"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => onCommit(draft)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCommit(draft);
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => onCommit(draft)}>
          {t('wizard.dns.prepare')}
        </button>
      </div>
      <p id="dns-domain-help" className="dns-help">
        {t('wizard.dns.domainHelp')}
      </p>
    </div>
  );
}

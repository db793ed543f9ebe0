import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useWizard } from '../../wizard-context';

/**
 * Offline, the domain is typed here (nothing came before); on the other paths it was chosen with the
 * senders, and changing it belongs there, where Mailjet is set up for it.
 */
export function DnsDomain({
  domain,
  offline,
  onCommit,
}: {
  domain: string;
  offline: boolean;
  onCommit: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  const [draft, setDraft] = useState(domain);
  if (!offline) {
    return (
      <div className="dns-domain">
        <p className="dns-domain-fixed">
          {domain ? t('wizard.dns.domainFixed', { domain }) : t('wizard.dns.domainMissing')}
        </p>
        <button type="button" className="button button-secondary" onClick={() => goTo('senders')}>
          {t('wizard.dns.changeDomain')}
        </button>
      </div>
    );
  }
  return (
    <Field id="dns-domain" label={t('wizard.dns.domainLabel')} hint={t('wizard.dns.domainHelp')}>
      {(control) => (
        <div className="field-with-button">
          <input
            {...control}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={draft}
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
      )}
    </Field>
  );
}

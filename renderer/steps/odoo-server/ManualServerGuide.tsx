import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import type { Settings } from '@shared/settings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useKeychainStatus } from '../../data/queries';
import { useOperation } from '../../hooks/useOperation';
import { GuideFieldView } from './GuideFieldView';
import { ServerChoicesForm } from './ServerChoicesForm';
import { useServerChoices } from './useServerChoices';

/** The guided path: what to click and type in Odoo's own screens, in Odoo's own words, numbered. */
export function ManualServerGuide({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const { choices, change, saveError } = useServerChoices(initial);
  const guide = useOperation('odooGuide');
  const { run: runGuide } = guide;
  const domain = initial.dns?.domain ?? initial.mailjet?.lastDomain;

  const status = useKeychainStatus();
  const secret = status.data?.secrets.mailjet;
  // A secret kept for this session serves as well as one in the keychain.
  const secretError: ErrorPayload | undefined =
    status.error ??
    (status.data && !status.data.available && !secret?.saved
      ? { code: status.data.errorCode ?? 'keychain.unavailable' }
      : undefined);

  const { port, purpose } = choices;
  useEffect(() => {
    void runGuide({ port, purpose, ...(domain ? { domain } : {}) });
  }, [runGuide, port, purpose, domain]);

  return (
    <>
      <ServerChoicesForm choices={choices} onChange={(patch) => void change(patch)} offerKeepOdoo={false} />
      {saveError ? <ErrorNotice error={saveError} onRetry={() => void change(choices)} /> : null}
      {secretError ? <ErrorNotice error={secretError} onRetry={() => void status.reload()} /> : null}

      <h2>{t('wizard.odoo-server.guide.title')}</h2>
      <p>{t('wizard.odoo-server.guide.intro')}</p>
      {guide.error ? (
        <ErrorNotice
          error={guide.error}
          onRetry={() => void runGuide({ port, purpose, ...(domain ? { domain } : {}) })}
        />
      ) : null}
      {guide.result ? (
        <ol className="os-guide-steps">
          {guide.result.steps.map((step) => (
            <li key={step.id} className="os-guide-step">
              <h3>{t(step.titleKey, { ...(step.params ?? {}) })}</h3>
              <p>{t(step.bodyKey, { ...(step.params ?? {}) })}</p>
              {step.fields?.length ? (
                <ul className="os-guide-fields">
                  {step.fields.map((field) => (
                    <GuideFieldView key={field.id} field={field} secret={secret} />
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

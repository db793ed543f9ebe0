import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import type { Settings } from '../../../shared/settings';
import { assistant } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useOperation } from '../../hooks/useOperation';
import { GuideFieldView } from './GuideFieldView';
import { ServerChoicesForm } from './ServerChoicesForm';
import { useServerChoices } from './useServerChoices';

type SecretStatus = ChannelOutput<'keychainStatus'>['secrets']['mailjet'];

/** The guided path: what to click and type in Odoo's own screens, in Odoo's own words, numbered. */
export function ManualServerGuide({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const { choices, change, saveError } = useServerChoices(initial);
  const guide = useOperation('odooGuide');
  const { run: runGuide } = guide;
  const [secret, setSecret] = useState<SecretStatus | undefined>();
  const [secretError, setSecretError] = useState<ErrorPayload | undefined>();
  const domain = initial.dns?.domain ?? initial.mailjet?.lastDomain;

  const readSecretStatus = useCallback(
    () =>
      assistant()
        .keychainStatus({})
        .then((result) => {
          if (!result.ok) return setSecretError(result.error);
          // A secret kept for this session serves as well as one in the keychain.
          if (!result.value.available && !result.value.secrets.mailjet.saved) return setSecretError({ code: result.value.errorCode ?? 'keychain.unavailable' });
          setSecretError(undefined);
          setSecret(result.value.secrets.mailjet);
        }),
    [],
  );
  useEffect(() => {
    void readSecretStatus();
  }, [readSecretStatus]);

  const { port, purpose } = choices;
  useEffect(() => {
    void runGuide({ port, purpose, ...(domain ? { domain } : {}) });
  }, [runGuide, port, purpose, domain]);

  return (
    <>
      <ServerChoicesForm choices={choices} onChange={(patch) => void change(patch)} offerKeepOdoo={false} />
      {saveError ? <ErrorNotice error={saveError} onRetry={() => void change(choices)} /> : null}
      {secretError ? <ErrorNotice error={secretError} onRetry={() => void readSecretStatus()} /> : null}

      <h2>{t('wizard.odoo-server.guide.title')}</h2>
      <p>{t('wizard.odoo-server.guide.intro')}</p>
      {guide.error ? <ErrorNotice error={guide.error} onRetry={() => void runGuide({ port, purpose, ...(domain ? { domain } : {}) })} /> : null}
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

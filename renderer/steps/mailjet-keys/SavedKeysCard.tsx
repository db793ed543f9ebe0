import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Fact, Facts } from '../../components/Facts';
import { StatusBadge } from '../../components/StatusBadge';
import type { MailjetAccount, MailjetRegion } from './useMailjetKeys';
import { savedSecretLabel } from '../../components/saved-secret';

interface SavedKeysCardProps {
  apiKey: string;
  endsWith: string | undefined;
  region: MailjetRegion;
  account: MailjetAccount | undefined;
  checking: boolean;
  checkError: ErrorPayload | undefined;
  onCheckAgain(): void;
  onReplace(): void;
  onForget(): Promise<boolean>;
  /** Moves focus here when the card replaces the form, so keyboard users are not left on nothing. */
  focusOnShow: boolean;
  /** The secret key is in the core's memory for this session only; `demo` says why (no keychain needed). */
  keptForSession: boolean;
  demo: boolean;
}

/** The pair in the keychain: which one it is (never the secret itself), what Mailjet says about it, and what can be done with it. */
export function SavedKeysCard({
  apiKey,
  endsWith,
  region,
  account,
  checking,
  checkError,
  onCheckAgain,
  onReplace,
  onForget,
  focusOnShow,
  keptForSession,
  demo,
}: SavedKeysCardProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmingForget, setConfirmingForget] = useState(false);
  const forgetButton = useRef<HTMLButtonElement>(null);
  const declineForget = () => {
    setConfirmingForget(false);
    requestAnimationFrame(() => forgetButton.current?.focus());
  };

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  return (
    <section className="mailjet-keys-card" aria-labelledby="mailjet-keys-saved-title">
      <h2 id="mailjet-keys-saved-title" ref={heading} tabIndex={-1}>
        {t('wizard.mailjet-keys.saved.title')}
      </h2>
      <Facts>
        <Fact term={t('wizard.mailjet-keys.form.apiKey')} literal>
          {apiKey}
        </Fact>
        <Fact term={t('wizard.mailjet-keys.form.secretKey')}>
          {savedSecretLabel(t, { endsWith, keptForSession })}
          {keptForSession ? (
            <span className="mailjet-keys-why">{t(demo ? 'app.keychain.demoWhy' : 'app.keychain.sessionWhy')}</span>
          ) : null}
        </Fact>
        <Fact term={t('wizard.mailjet-keys.form.region')}>{t(`wizard.mailjet-keys.form.regions.${region}`)}</Fact>
      </Facts>
      <div className="mailjet-keys-verdict" role="status" aria-live="polite">
        {account && !checking ? (
          <>
            <p>
              <StatusBadge status="ok" label={t('wizard.mailjet-keys.saved.accepted')} />{' '}
              {t('wizard.mailjet-keys.saved.acceptedBy', { host: account.host })}
            </p>
            <p>{t('wizard.mailjet-keys.saved.senders', { count: account.senderCount })}</p>
          </>
        ) : null}
      </div>
      {checkError && !checking ? <ErrorNotice error={checkError} onRetry={onCheckAgain} /> : null}
      {confirmingForget ? (
        <div className="mailjet-keys-confirm" role="group" aria-labelledby="mailjet-keys-forget-question">
          <p id="mailjet-keys-forget-question">
            {t(
              keptForSession
                ? 'wizard.mailjet-keys.saved.forgetQuestionSession'
                : 'wizard.mailjet-keys.saved.forgetQuestion',
            )}
          </p>
          <div className="mailjet-keys-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                void onForget().then((forgotten) => {
                  if (!forgotten) declineForget();
                });
              }}
            >
              {t('wizard.mailjet-keys.saved.forgetYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={declineForget} autoFocus>
              {t('wizard.mailjet-keys.saved.forgetNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="mailjet-keys-actions">
          <button type="button" className="button button-secondary" onClick={onReplace} disabled={checking}>
            {t('wizard.mailjet-keys.saved.replace')}
          </button>
          <button
            ref={forgetButton}
            type="button"
            className="button button-secondary"
            onClick={() => setConfirmingForget(true)}
            disabled={checking}
          >
            {t('wizard.mailjet-keys.saved.forget')}
          </button>
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepsForPath } from '@shared/wizard';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StepFrame } from '../../components/StepFrame';
import { useWizard } from '../../wizard-context';
import { KeysForm } from './KeysForm';
import { SavedKeysCard } from './SavedKeysCard';
import { SmtpValues } from './SmtpValues';
import { useMailjetKeys, type KeysToSave } from './useMailjetKeys';
import { WhereToFindKeys } from './WhereToFindKeys';
import './mailjet-keys.css';

/** "Create API credentials": where Mailjet shows the keys, a form that checks them before saving, and the SMTP values. */
export function MailjetKeysStep() {
  const { t } = useTranslation();
  const { progress, demo, completeStep, goTo } = useWizard();
  const keys = useMailjetKeys();
  const [replacing, setReplacing] = useState(false);
  // Where focus goes when one view replaces another, so keyboard users are never left on nothing.
  // Nothing on first open: the step heading has it then.
  const [focus, setFocus] = useState<'card' | 'form' | undefined>();

  const running = keys.save.running ? keys.save : keys.verify.running ? keys.verify : undefined;
  // Without a keychain the form stays: besides the fix, it offers to keep the keys for this session only.
  const showForm = keys.loaded && (!keys.saved || replacing);
  const showSaved = keys.loaded && keys.saved && !replacing;
  const verified = showSaved && !!keys.account && !running;

  const save = async (pair: KeysToSave) => {
    const accepted = await keys.saveKeys(pair);
    if (accepted) {
      setReplacing(false);
      setFocus('card');
    }
    return accepted;
  };

  const fillDemoSecret = async () => {
    if (await keys.fillDemoKeys()) {
      setReplacing(false);
      setFocus('card');
    }
  };

  // Someone who connected Odoo first and comes back for the keys goes on to the first step still open;
  // a plain revisit simply goes to the next step.
  const continueOn = () => {
    const steps = stepsForPath(progress.path);
    const after = steps.slice(steps.indexOf('mailjet-keys') + 1);
    const open = after.find((step) => !progress.completed.includes(step));
    const firstTime = !progress.completed.includes('mailjet-keys');
    completeStep();
    if (firstTime && open && open !== after[0]) goTo(open);
  };

  const offerOdooFirst =
    progress.path === 'automatic' && showForm && !replacing && !progress.completed.includes('odoo-connection');

  return (
    <StepFrame step="mailjet-keys" nextDisabled={!verified} onNext={continueOn}>
      <div className="mailjet-keys-step">
        {progress.path === 'guided' ? (
          <p className="notice notice-info">{t('wizard.mailjet-keys.guidedNote')}</p>
        ) : null}
        {!keys.loaded ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : null}
        {keys.keychainError ? (
          <ErrorNotice error={keys.keychainError} onRetry={() => void keys.retryKeychain()} />
        ) : null}
        {keys.keychainError && showForm ? (
          <p className="notice notice-info">{t('wizard.mailjet-keys.form.sessionOffer')}</p>
        ) : null}
        {showForm ? (
          <>
            <WhereToFindKeys />
            {demo.active ? <p className="notice notice-info">{t('wizard.mailjet-keys.form.demoNote')}</p> : null}
            <KeysForm
              initialApiKey={keys.apiKey ?? demo.mailjetApiKey ?? ''}
              initialRegion={keys.region}
              busy={!!running}
              // A keychain failure on saving is already explained above, with its fix and this session's offer.
              error={keys.keychainError && keys.save.error?.code.startsWith('keychain.') ? undefined : keys.save.error}
              onSubmit={save}
              focusOnMount={focus === 'form'}
              sessionOnly={keys.sessionOnly}
              {...(replacing
                ? {
                    onKeepSaved: () => {
                      setReplacing(false);
                      setFocus('card');
                    },
                  }
                : {})}
              {...(demo.active ? { onUseDemoSecret: () => void fillDemoSecret() } : {})}
            />
          </>
        ) : null}
        {showSaved ? (
          <SavedKeysCard
            apiKey={keys.apiKey ?? ''}
            endsWith={keys.endsWith}
            region={keys.region}
            account={keys.account}
            checking={!!running}
            checkError={keys.verify.error}
            onCheckAgain={() => void keys.check()}
            onReplace={() => {
              keys.save.reset();
              setReplacing(true);
              setFocus('form');
            }}
            onForget={async () => {
              const forgotten = await keys.forgetKeys();
              if (forgotten) setFocus('form');
              return forgotten;
            }}
            focusOnShow={focus === 'card'}
            keptForSession={keys.keptForSession}
            demo={demo.active}
          />
        ) : null}
        {running ? (
          <ProgressPanel
            progress={running.progress ?? { operationId: 'mailjet-keys', key: 'wizard.mailjet-keys.checking' }}
            onCancel={() => void running.cancel()}
          />
        ) : null}
        {keys.failedAction ? <ErrorNotice error={keys.failedAction.error} onRetry={keys.failedAction.retry} /> : null}
        {offerOdooFirst ? (
          <p className="mailjet-keys-odoo-first">
            {t('wizard.mailjet-keys.odooFirst.question')}{' '}
            <button type="button" className="mailjet-keys-link-button" onClick={() => goTo('odoo-connection')}>
              {t('wizard.mailjet-keys.odooFirst.action')}
            </button>
          </p>
        ) : null}
        <SmtpValues apiKey={keys.saved ? keys.apiKey : undefined} keptForSession={keys.saved && keys.keptForSession} />
      </div>
    </StepFrame>
  );
}

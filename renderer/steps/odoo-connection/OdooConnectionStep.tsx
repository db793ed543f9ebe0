import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StepFrame } from '../../components/StepFrame';
import { useWizard } from '../../wizard-context';
import { ConnectionForm } from './ConnectionForm';
import { ConnectionSummary } from './ConnectionSummary';
import { OdooFindings } from './OdooFindings';
import { useOdooConnection, type ConnectionDetails } from './useOdooConnection';
import './odoo-connection.css';

/** The automatic path's login to Odoo: who and where, then what the database says about its mail. */
export function OdooConnectionStep() {
  const { t } = useTranslation();
  const { progress, demo, completeStep, goTo } = useWizard();
  const odoo = useOdooConnection();
  const [changing, setChanging] = useState(false);
  // Where focus goes when one view replaces another, so keyboard users are never left on nothing.
  // Nothing on first open: the step heading has it then.
  const [focus, setFocus] = useState<'summary' | 'form' | undefined>();

  const running = odoo.connect.running;
  // Without a keychain the form stays: besides the fix, it offers to keep the password for this session only.
  const showForm = odoo.loaded && !odoo.checkingSaved && (!odoo.info || changing);
  const showSummary = !!odoo.info && !changing;
  const ready = showSummary && !odoo.info?.neutralized && !running;

  const connect = async (details: ConnectionDetails, password: string | undefined) => {
    const connected = await odoo.connectNow(details, password);
    if (connected) {
      setChanging(false);
      setFocus('summary');
    }
    return connected;
  };

  // Whoever chose to connect Odoo before saving the Mailjet keys goes back to them next.
  const continueOn = () => {
    completeStep();
    if (!progress.completed.includes('mailjet-keys')) goTo('mailjet-keys');
  };

  return (
    <StepFrame step="odoo-connection" nextDisabled={!ready} onNext={continueOn}>
      <div className="odoo-connection-step">
        <p>{t('wizard.odoo-connection.intro')}</p>
        {!odoo.loaded ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : null}
        {odoo.keychainError ? (
          <ErrorNotice error={odoo.keychainError} onRetry={() => void odoo.retryKeychain()} />
        ) : null}
        {odoo.keychainError && showForm ? (
          <p className="notice notice-info">{t('wizard.odoo-connection.form.sessionOffer')}</p>
        ) : null}
        {showSummary && odoo.info ? (
          <ConnectionSummary
            info={odoo.info}
            busy={running}
            onChange={() => {
              odoo.connect.reset();
              setChanging(true);
              setFocus('form');
            }}
            onReadAgain={() => void odoo.reconnect()}
            focusOnShow={focus === 'summary'}
          />
        ) : null}
        {showForm ? (
          <>
            {demo.active ? <p className="notice notice-info">{t('wizard.odoo-connection.form.demoNote')}</p> : null}
            <ConnectionForm
              initial={odoo.initial}
              databases={odoo.databases}
              onUrlSettled={(url) => void odoo.lookUpDatabases(url)}
              passwordSaved={odoo.passwordSaved}
              passwordEndsWith={odoo.passwordEndsWith}
              passwordRefused={odoo.passwordRefused}
              busy={running}
              error={odoo.connect.error}
              onConnect={connect}
              onForgetPassword={() => void odoo.forgetPassword()}
              focusOnMount={focus === 'form'}
              passwordKeptForSession={odoo.passwordKeptForSession}
              demo={demo.active}
              sessionOnly={odoo.sessionOnly}
              {...(odoo.info
                ? {
                    onKeepCurrent: () => {
                      setChanging(false);
                      setFocus('summary');
                    },
                  }
                : {})}
              {...(demo.active ? { onUseDemoPassword: () => void odoo.fillDemoPassword() } : {})}
            />
          </>
        ) : null}
        {running ? (
          <ProgressPanel progress={odoo.connect.progress} onCancel={() => void odoo.connect.cancel()} />
        ) : null}
        {/* A keychain failure on saving is already explained above, with its fix and this session's offer. */}
        {odoo.failedAction && !(odoo.keychainError && odoo.failedAction.error.code.startsWith('keychain.')) ? (
          <ErrorNotice
            error={odoo.failedAction.error}
            {...(odoo.failedAction.retry ? { onRetry: odoo.failedAction.retry } : {})}
          />
        ) : null}
        {showSummary && odoo.info ? <OdooFindings info={odoo.info} /> : null}
      </div>
    </StepFrame>
  );
}

import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { SessionSecretsNote } from '../../components/SessionSecretsNote';
import { StepFrame } from '../../components/StepFrame';
import { useWizard } from '../../wizard-context';
import { AddressFields } from './AddressFields';
import { DnsAccessChoice } from './DnsAccessChoice';
import { DomainField } from './DomainField';
import { EmailTypeChoice } from './EmailTypeChoice';
import { ManualMailjetGuide } from './ManualMailjetGuide';
import { isSameDomain } from './sender-choices';
import { SenderStatusList } from './SenderStatusList';
import { TemporaryAliasNotice } from './TemporaryAliasNotice';
import { useMailjetKeysSaved } from './useMailjetKeysSaved';
import { useOdooAddresses } from './useOdooAddresses';
import { useSenderForm } from './useSenderForm';
import { useSenderReport, type ShownReport } from './useSenderReport';
import './senders.css';

/** What a setup run did, in one sentence: a rerun says plainly that it created nothing. */
function SetupOutcome({ shown }: { shown: ShownReport }) {
  const { t } = useTranslation();
  if (shown.from !== 'setup') return null;
  const created = shown.report.senders.filter((sender) => sender.action === 'created').length;
  return (
    <p className="notice notice-info senders-outcome">
      {created ? t('wizard.senders.result.created', { count: created }) : t('wizard.senders.result.nothingNew')}
    </p>
  );
}

/** Per-address path: Mailjet e-mails each address when it is added, so the user hears it before confirming. */
function ActivationEmailsNotice({ form }: { form: ReturnType<typeof useSenderForm> }) {
  const { t } = useTranslation();
  const known = new Set(Object.values(form.remembered?.senders ?? {}).map((sender) => sender?.email));
  const unknown = [...new Set(Object.values(form.addresses))].filter((email) => !known.has(email));
  if (!unknown.length) return null;
  return (
    <p className="notice notice-info senders-emails-notice">
      {t('wizard.senders.emailsOnAdd', { count: unknown.length, addresses: unknown.join(', ') })}
    </p>
  );
}

function KeysMissingNotice() {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  return (
    <div className="notice notice-info">
      <p>{t('wizard.senders.keysMissing')}</p>
      <button type="button" className="button button-secondary" onClick={() => goTo('mailjet-keys')}>
        {t('wizard.senders.keysMissingGo')}
      </button>
    </div>
  );
}

export function SendersStep() {
  const { t } = useTranslation();
  const { progress, demo } = useWizard();
  const guided = progress.path === 'guided';
  const odoo = useOdooAddresses();
  const form = useSenderForm(odoo.addresses);
  const keysSaved = useMailjetKeysSaved();
  const senders = useSenderReport(form, keysSaved, !odoo.loading);
  const { setup, status } = senders;
  // A report about another domain (the user typed a new one since) would mislead.
  const shown = senders.shown && isSameDomain(senders.shown.report.domain, form.domain) ? senders.shown : undefined;
  const busy = setup.running || status.running;
  const waitsForActivation = shown?.report.senders.some((sender) => sender.waitingFor === 'activation-email') ?? false;
  const fromOdoo = !!odoo.addresses && odoo.addresses.domain === form.domain;

  return (
    <StepFrame step="senders">
      <SessionSecretsNote uses="mailjet" />
      <DomainField form={form} odoo={odoo} />
      <DnsAccessChoice form={form} />
      {!form.dnsAccess ? <TemporaryAliasNotice open={form.odooOwned} /> : null}
      <EmailTypeChoice form={form} />
      <AddressFields form={form} fromOdoo={fromOdoo} />
      {form.saveError ? <ErrorNotice error={form.saveError} onRetry={form.clearSaveError} /> : null}

      {guided ? <ManualMailjetGuide form={form} /> : null}

      <section className="senders-run" aria-labelledby="senders-run-title">
        <h2 id="senders-run-title">{guided ? t('wizard.senders.guided.checkTitle') : t('wizard.senders.runTitle')}</h2>
        {keysSaved === false ? (
          guided ? (
            <p className="senders-help">{t('wizard.senders.guided.noKeys')}</p>
          ) : (
            <KeysMissingNotice />
          )
        ) : (
          <>
            {guided ? null : <p className="senders-help">{t('wizard.senders.setupSafe')}</p>}
            {guided || form.dnsAccess ? null : <ActivationEmailsNotice form={form} />}
            <div className="senders-buttons">
              {guided ? null : (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || !form.domain}
                  onClick={() => void senders.runSetup()}
                >
                  {shown ? t('wizard.senders.setupAgain') : t('wizard.senders.setup')}
                </button>
              )}
              {guided || shown ? (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy || !form.domain}
                  onClick={() => void senders.runStatus()}
                >
                  {guided ? t('wizard.senders.guided.checkStatus') : t('wizard.senders.checkAgain')}
                </button>
              ) : null}
              {demo.active && waitsForActivation ? (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => void senders.openDemoInbox()}
                >
                  {t('wizard.senders.demoInbox')}
                </button>
              ) : null}
            </div>
          </>
        )}
        {setup.running ? <ProgressPanel progress={setup.progress} onCancel={() => void setup.cancel()} /> : null}
        {status.running ? <ProgressPanel progress={status.progress} onCancel={() => void status.cancel()} /> : null}
        {setup.error ? <ErrorNotice error={setup.error} onRetry={() => void senders.runSetup()} /> : null}
        {status.error ? <ErrorNotice error={status.error} onRetry={() => void senders.runStatus()} /> : null}
        {senders.inbox.error ? (
          <ErrorNotice error={senders.inbox.error} onRetry={() => void senders.openDemoInbox()} />
        ) : null}
        <p className="senders-help" role="status">
          {senders.inbox.activated !== undefined
            ? t('wizard.senders.demoInboxDone', { count: senders.inbox.activated })
            : ''}
        </p>
        {shown && !busy ? (
          <>
            <SetupOutcome shown={shown} />
            <SenderStatusList report={shown.report} dnsAccess={form.dnsAccess} guided={guided} />
            {shown.report.senders.some((sender) => sender.waitingFor === 'dns-record') && form.dnsAccess ? (
              <p className="senders-help">{t('wizard.senders.nextDns')}</p>
            ) : null}
          </>
        ) : null}
      </section>
    </StepFrame>
  );
}

import { useTranslation } from 'react-i18next';
import { useDemoActivateSenders } from '../../data/mutations';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StepFrame } from '../../components/StepFrame';
import { useWizard } from '../../wizard-context';
import { buildChecklist, setupDomain } from './checklist';
import { ChecklistView } from './ChecklistView';
import { DnsExports } from './DnsExports';
import { buildReport } from './report';
import { ReportSaver } from './ReportSaver';
import { StartOver } from './StartOver';
import { SendTestPanel } from '../odoo-server/SendTestPanel';
import { recordsRequest, useDoneFacts } from './useDoneFacts';
import './done.css';

/** The last step: what is in place, what is pending and what to do about it, a report, and a fresh start. */
export function DoneStep() {
  const { t, i18n } = useTranslation();
  const { progress, goTo, demo } = useWizard();
  const facts = useDoneFacts();
  const { settings } = facts;

  const activate = useDemoActivateSenders();
  const demoError = activate.error;
  const activateDemoSenders = async () => {
    if ((await activate.run({})).ok) await facts.readMailjet();
  };

  const items = settings
    ? buildChecklist({
        t,
        language: i18n.language,
        path: progress.path,
        completed: progress.completed,
        settings,
        demo: demo.active,
        keychain: facts.keychain,
        verify: facts.verify,
        mailjet: facts.mailjet,
        plan: facts.plan,
        records: facts.records,
        goTo,
        readKeys: () => void facts.readKeys(),
        readMailjet: () => void facts.readMailjet(),
        readPlan: () => void facts.readPlan(),
        readRecords: () => void facts.readRecords(),
        activateDemoSenders: () => void activateDemoSenders(),
      })
    : [];
  const domain = settings ? (progress.path === 'dns-only' ? settings.dns?.domain : setupDomain(settings)) : undefined;
  const request = settings && progress.path === 'dns-only' ? recordsRequest(settings) : undefined;

  return (
    <StepFrame step="done" hideNext>
      {facts.mailjet.running ? (
        <ProgressPanel progress={facts.mailjet.progress} onCancel={() => void facts.mailjet.cancel()} />
      ) : null}
      <div className="done-toolbar">
        <p className="done-reading" role="status" aria-live="polite">
          {facts.running && !facts.mailjet.running ? t('wizard.done.reading') : ''}
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void facts.readAll()}
          disabled={facts.running}
        >
          {t('wizard.done.refresh')}
        </button>
      </div>
      {demoError ? <ErrorNotice error={demoError} onRetry={() => void activateDemoSenders()} /> : null}
      {settings ? <ChecklistView items={items} /> : null}
      {settings?.odoo?.serverId !== undefined && progress.path === 'automatic' ? <SendTestPanel /> : null}
      {request ? <DnsExports request={request} /> : null}
      {settings ? (
        <ReportSaver
          disabled={facts.running}
          build={() =>
            buildReport({ t, language: i18n.language, path: progress.path, settings, domain, items, now: new Date() })
          }
        />
      ) : null}
      <StartOver
        keptForSession={Object.values(facts.keychain.result?.secrets ?? {}).some(
          (secret) => secret.source === 'session',
        )}
      />
    </StepFrame>
  );
}

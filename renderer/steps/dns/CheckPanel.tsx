import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { useDemoPublishDns } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useWizard } from '../../wizard-context';
import { CheckResults } from './CheckResults';
import type { RecordsResult } from './dns-request';
import { MailjetCheckResults } from './MailjetCheckResults';
import type { useDnsCheck } from './useDnsCheck';

type Check = ReturnType<typeof useDnsCheck>;

/** The demo's stand-in for the user's DNS panel: it publishes exactly the records shown. */
function DemoPublishButton({ records, disabled }: { records: RecordsResult['records']; disabled: boolean }) {
  const { t } = useTranslation();
  const published = useDemoPublishDns();
  const toPublish = records
    .filter((record) => record.action !== 'keep')
    .map(({ type, name, value }) => ({ type, name, value }));
  const publish = () => published.run({ records: toPublish });
  return (
    <>
      {toPublish.length ? (
        <button type="button" className="button button-secondary" disabled={disabled} onClick={() => void publish()}>
          {t('wizard.dns.demoPublish')}
        </button>
      ) : null}
      <p className="dns-help dns-wide" role="status">
        {published.value ? t('wizard.dns.demoPublished', { count: published.value.published }) : ''}
      </p>
      {published.error ? <ErrorNotice error={published.error} onRetry={() => void publish()} /> : null}
    </>
  );
}

/** When the last check ran (possibly in an earlier visit) and how it went. */
function LastCheck({ domain }: { domain: string }) {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const last = settings.dns?.lastCheck;
  if (!last || last.domain !== domain) return null;
  const at = new Date(last.at);
  if (Number.isNaN(at.getTime())) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <p className="dns-help">
      {last.ok
        ? t('wizard.dns.lastCheckOk', { date })
        : t('wizard.dns.lastCheckFailing', { date, count: last.failing.length })}
    </p>
  );
}

interface CheckPanelProps {
  check: Check;
  domain: string;
  records: RecordsResult['records'] | undefined;
  offline: boolean;
  mailjetSkipped: boolean;
}

export function CheckPanel({ check, domain, records, offline, mailjetSkipped }: CheckPanelProps) {
  const { t } = useTranslation();
  const { demo, progress } = useWizard();
  const busy = !!check.running;
  return (
    <section className="dns-check" aria-labelledby="dns-check-title">
      <h2 id="dns-check-title">{t('wizard.dns.checkTitle')}</h2>
      <p className="dns-help">{offline ? t('wizard.dns.checkIntroOffline') : t('wizard.dns.checkIntro')}</p>
      {mailjetSkipped ? <p className="dns-help">{t('wizard.dns.mailjetSkipped')}</p> : null}
      <div className="dns-buttons">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !records}
          onClick={() => void check.run()}
        >
          {t('wizard.dns.checkNow')}
        </button>
        {demo.active && records ? <DemoPublishButton records={records} disabled={busy} /> : null}
      </div>
      {check.running ? <ProgressPanel progress={check.running.progress} onCancel={check.cancel} /> : null}
      {!busy && check.dnsError ? <ErrorNotice error={check.dnsError} onRetry={() => void check.run()} /> : null}
      {!busy && check.mailjetError ? <ErrorNotice error={check.mailjetError} onRetry={() => void check.run()} /> : null}
      {!busy && check.checked ? <CheckResults checked={check.checked} /> : null}
      {!busy && check.mailjetReport ? (
        <MailjetCheckResults report={check.mailjetReport} guided={progress.path === 'guided'} />
      ) : null}
      {!check.checked ? <LastCheck domain={domain} /> : null}
    </section>
  );
}

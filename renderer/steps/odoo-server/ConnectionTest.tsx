import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StatusBadge } from '../../components/StatusBadge';
import { useOperation } from '../../hooks/useOperation';
import { formatMoment } from '../done/dates';

interface ConnectionTestProps {
  serverId: number;
  /** When the test last passed on this very server, as the core remembers it. */
  passedAt: string | undefined;
  /** The date it passed is saved by the core and read again by the data layer; this is for anything more. */
  onPassed?: () => void;
}

/** Odoo's own "Test Connection", run from here on the Mailjet server, with its failures explained. */
export function ConnectionTest({ serverId, passedAt, onPassed }: ConnectionTestProps) {
  const { t, i18n } = useTranslation();
  const test = useOperation('odooTest');
  const run = async () => {
    if (await test.run({ serverId })) onPassed?.();
  };
  return (
    <section className="os-connection-test" aria-labelledby="connection-test-heading">
      <h2 id="connection-test-heading">{t('odoo.ui.testConnection')}</h2>
      <p>{t('wizard.odoo-server.test.intro')}</p>
      <div role="status" aria-live="polite" className="os-connection-test-result">
        {!test.running && !test.error ? (
          passedAt ? (
            <p>
              <StatusBadge status="ok" />{' '}
              <span>{t('wizard.odoo-server.test.passed', { date: formatMoment(passedAt, i18n.language) })}</span>
            </p>
          ) : (
            <p>
              <StatusBadge status="pending" /> <span>{t('wizard.odoo-server.test.notYet')}</span>
            </p>
          )
        ) : null}
      </div>
      {test.running ? <ProgressPanel progress={test.progress} onCancel={() => void test.cancel()} /> : null}
      {test.error ? <ErrorNotice error={test.error} onRetry={() => void run()} /> : null}
      {!test.running && !test.error ? (
        <button type="button" className="button button-secondary" onClick={() => void run()}>
          {passedAt ? t('wizard.odoo-server.test.runAgain') : t('wizard.odoo-server.test.run')}
        </button>
      ) : null}
    </section>
  );
}

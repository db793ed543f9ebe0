import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendTestAdvice, sendTestNotices, sendTestTimeline } from '@shared/odoo/send-test-timeline';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { StatusBadge } from '../../components/StatusBadge';
import { useSendTest } from './useSendTest';
import './send-test.css';

/**
 * "Send a test e-mail": Odoo sends one real message with its own code, the assistant follows it at
 * Mailjet, and the journey is shown step by step with one sentence on why it ended where it did.
 */
export function SendTestPanel() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const test = useSendTest();
  const [to, setTo] = useState('');
  const [from, setFrom] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to.trim()) void test.send(to, from, i18n.language);
  };
  const result = test.result;
  const advice = result ? sendTestAdvice(result, 120) : undefined;
  return (
    <section className="send-test" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('odoo.sendTest.panel.title')}</h2>
      <p>{t('odoo.sendTest.panel.intro')}</p>
      {!test.running ? (
        <form className="send-test-form" onSubmit={submit}>
          <div className="send-test-field">
            <label htmlFor={`${id}-to`}>{t('odoo.sendTest.panel.to')}</label>
            <input
              id={`${id}-to`}
              type="email"
              required
              autoComplete="email"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              aria-describedby={`${id}-to-hint`}
            />
            <p id={`${id}-to-hint`} className="send-test-hint">
              {t('odoo.sendTest.panel.toHint')}
            </p>
          </div>
          <div className="send-test-field">
            <label htmlFor={`${id}-from`}>{t('odoo.sendTest.panel.from')}</label>
            <input
              id={`${id}-from`}
              type="email"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              aria-describedby={`${id}-from-hint`}
            />
            <p id={`${id}-from-hint`} className="send-test-hint">
              {t('odoo.sendTest.panel.fromHint')}
            </p>
          </div>
          <div>
            <button type="submit" className="button button-primary">
              {result ? t('odoo.sendTest.panel.again') : t('odoo.sendTest.panel.send')}
            </button>
          </div>
        </form>
      ) : null}
      {test.running ? (
        <ProgressPanel
          progress={test.progress ?? { operationId: '', key: 'odoo.sendTest.panel.sending' }}
          onCancel={() => void test.cancel()}
        />
      ) : null}
      {test.error ? <ErrorNotice error={test.error} /> : null}
      <div role="status" aria-live="polite">
        {result && advice && !test.running ? (
          <>
            <h3>{t('odoo.sendTest.panel.timelineTitle', { reference: result.reference })}</h3>
            <ol className="send-test-timeline">
              {sendTestTimeline(result).map((step) => (
                <li key={step.key}>
                  <StatusBadge status={step.state === 'done' ? 'ok' : 'error'} label="" />
                  <span>{t(step.key, step.params)}</span>
                </li>
              ))}
            </ol>
            <div
              className={`notice send-test-outcome ${result.outcome === 'delivered' ? 'notice-info' : 'notice-error'}`}
            >
              <p className="notice-message">{t(advice.titleKey, advice.params)}</p>
              <p className="notice-next">{t(advice.nextKey, advice.params)}</p>
            </div>
            {sendTestNotices(result).map((notice) => (
              <p key={notice.key} className="notice notice-info">
                {t(notice.key, notice.params)}
              </p>
            ))}
          </>
        ) : null}
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizard } from '../../wizard-context';

/**
 * Back to the first step for another database: only the progress is reset. The keychain (or, without
 * one, this session's memory) keeps the keys and the settings keep the last values, so the next run
 * changes only what differs.
 */
export function StartOver({ keptForSession }: { keptForSession: boolean }) {
  const { t } = useTranslation();
  const { progress, reopenStep, goTo } = useWizard();
  const [asking, setAsking] = useState(false);
  const startOver = () => {
    for (const step of progress.completed) reopenStep(step);
    goTo('welcome');
  };
  return (
    <section className="done-panel" aria-labelledby="done-start-over-heading">
      <h2 id="done-start-over-heading">{t('wizard.done.startOver.heading')}</h2>
      <p>{t(keptForSession ? 'wizard.done.startOver.bodySession' : 'wizard.done.startOver.body')}</p>
      {asking ? (
        <div className="done-confirm" role="group" aria-labelledby="done-confirm-question">
          <p id="done-confirm-question">{t('wizard.done.startOver.confirm')}</p>
          <div className="done-confirm-actions">
            <button type="button" className="button button-primary" onClick={startOver}>
              {t('wizard.done.startOver.yes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              {t('wizard.done.startOver.no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('wizard.done.startOver.button')}
        </button>
      )}
    </section>
  );
}

import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStep, stepsForPath, type StepId, type WizardPath } from '@shared/wizard';
import { DemoBanner } from './components/DemoBanner';
import { ErrorNotice } from './components/ErrorNotice';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepNav } from './components/StepNav';
import type { FirstScreen } from './data/boot';
import { useProgress } from './data/progress';
import { focusStepHeading, StepView } from './steps/StepView';
import { WizardProvider } from './wizard-context';

export function App({ first }: { first: FirstScreen }) {
  const { t } = useTranslation();
  const { info, demo } = first;
  const { progress, save, error, setError } = useProgress(first.progress);

  const steps = stepsForPath(progress.path);
  const index = steps.indexOf(progress.current);

  const goTo = useCallback((step: StepId) => save(() => ({ current: step })), [save]);
  const completeStep = useCallback(
    () =>
      save((current) => {
        const step = current.current;
        const completed = current.completed.includes(step) ? current.completed : [...current.completed, step];
        const next = nextStep(current.path, step);
        return { completed, ...(next ? { current: next } : {}) };
      }),
    [save],
  );
  const reopenStep = useCallback(
    (step: StepId) =>
      save((current) =>
        current.completed.includes(step) ? { completed: current.completed.filter((s) => s !== step) } : undefined,
      ),
    [save],
  );
  const choosePath = useCallback((path: WizardPath) => save(() => ({ path })), [save]);

  // After a step change, focus goes to the new step's heading so keyboard and screen-reader users start
  // there; not on first load, where the skip link should be the first stop.
  const firstRender = useRef(true);
  const currentStep = progress.current;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    focusStepHeading();
  }, [currentStep]);

  return (
    <WizardProvider value={{ info, demo, progress, completeStep, reopenStep, goTo, choosePath }}>
      <div className="shell">
        <a className="skip-link" href="#step">
          {t('app.skipToContent')}
        </a>
        {info?.demo ? <DemoBanner /> : null}
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✉
            </span>
            <div>
              <p className="brand-title">{t('app.title')}</p>
              <p className="brand-subtitle">{t('app.subtitle')}</p>
            </div>
          </div>
          <LanguageSwitch onError={setError} />
        </header>
        <div className="layout">
          <StepNav steps={steps} progress={progress} onSelect={goTo} />
          <main id="step" className="content" tabIndex={-1}>
            <p className="step-counter">{t('app.stepOf', { current: index + 1, total: steps.length })}</p>
            {info?.settingsRecovered ? (
              <p className="notice notice-info" role="status">
                {t('app.settingsRecovered', { path: info.settingsRecovered.movedTo })}
              </p>
            ) : null}
            {error ? <ErrorNotice error={error} onRetry={() => setError(undefined)} /> : null}
            <StepView key={progress.current} step={progress.current} first={first} />
          </main>
        </div>
      </div>
    </WizardProvider>
  );
}

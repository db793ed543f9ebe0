import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../shared/contract';
import type { ErrorPayload } from '../shared/errors';
import { nextStep, stepsForPath, type StepId, type WizardPath, type WizardProgress } from '../shared/wizard';
import { assistant } from './bridge';
import { DemoBanner } from './components/DemoBanner';
import { ErrorNotice } from './components/ErrorNotice';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepNav } from './components/StepNav';
import { StepView } from './steps/StepView';
import { WizardProvider } from './wizard-context';

interface AppProps {
  info: ChannelOutput<'appInfo'> | undefined;
  initialProgress: WizardProgress | undefined;
}

const FALLBACK_PROGRESS: WizardProgress = { path: 'automatic', current: 'welcome', completed: [] };

export function App({ info, initialProgress }: AppProps) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<WizardProgress>(initialProgress ?? FALLBACK_PROGRESS);
  const [error, setError] = useState<ErrorPayload | undefined>();

  // Every change is saved at once, so closing the window at any moment loses nothing.
  const save = useCallback(async (change: Partial<WizardProgress>) => {
    const result = await assistant().progressWrite(change);
    if (result.ok) {
      setProgress(result.value);
      setError(undefined);
    } else {
      setError(result.error);
    }
  }, []);

  const steps = stepsForPath(progress.path);
  const index = steps.indexOf(progress.current);

  const goTo = useCallback((step: StepId) => void save({ current: step }), [save]);
  const completeStep = useCallback(() => {
    const step = progress.current;
    const completed = progress.completed.includes(step) ? progress.completed : [...progress.completed, step];
    const next = nextStep(progress.path, step);
    void save({ completed, ...(next ? { current: next } : {}) });
  }, [progress, save]);
  const reopenStep = useCallback(
    (step: StepId) => {
      if (progress.completed.includes(step)) void save({ completed: progress.completed.filter((s) => s !== step) });
    },
    [progress, save],
  );
  const choosePath = useCallback((path: WizardPath) => void save({ path }), [save]);

  // After a step change, focus goes to the new step's heading so keyboard and screen-reader users start
  // there; not on first load, where the skip link should be the first stop.
  const firstRender = useRef(true);
  const currentStep = progress.current;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('step-heading')?.focus();
  }, [currentStep]);

  return (
    <WizardProvider value={{ info, progress, completeStep, reopenStep, goTo, choosePath }}>
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
            {error ? <ErrorNotice error={error} onRetry={() => setError(undefined)} /> : null}
            <StepView key={progress.current} step={progress.current} />
          </main>
        </div>
      </div>
    </WizardProvider>
  );
}

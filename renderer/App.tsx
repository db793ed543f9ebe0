import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../shared/contract';
import type { ErrorPayload } from '../shared/errors';
import type { Settings } from '../shared/settings';
import { nextStep, normaliseProgress, stepsForPath, type StepId, type WizardPath, type WizardProgress } from '../shared/wizard';
import { assistant } from './bridge';
import { DemoBanner } from './components/DemoBanner';
import { ErrorNotice } from './components/ErrorNotice';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StepNav } from './components/StepNav';
import { focusStepHeading, StepView } from './steps/StepView';
import { WizardProvider } from './wizard-context';

interface AppProps {
  info: ChannelOutput<'appInfo'> | undefined;
  initialProgress: WizardProgress | undefined;
  initialSettings: Settings;
  demo: ChannelOutput<'demoInfo'>;
}

const FALLBACK_PROGRESS: WizardProgress = { path: 'automatic', current: 'welcome', completed: [] };

export function App({ info, initialProgress, initialSettings, demo }: AppProps) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<WizardProgress>(initialProgress ?? FALLBACK_PROGRESS);
  const [error, setError] = useState<ErrorPayload | undefined>();

  // Every change shows at once and is saved at once, so closing the window at any moment loses nothing.
  // Saves run one after another; if one is refused, the screen goes back to what was last saved.
  const shown = useRef(progress);
  const saved = useRef(progress);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const save = useCallback((change: (current: WizardProgress) => Partial<WizardProgress> | undefined) => {
    const partial = change(shown.current);
    if (!partial) return;
    shown.current = normaliseProgress({ ...shown.current, ...partial });
    setProgress(shown.current);
    queue.current = queue.current.then(async () => {
      const result = await assistant().progressWrite(partial);
      if (result.ok) {
        saved.current = result.value;
        setError(undefined);
      } else {
        shown.current = saved.current;
        setProgress(saved.current);
        setError(result.error);
      }
    });
  }, []);

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
    (step: StepId) => save((current) => (current.completed.includes(step) ? { completed: current.completed.filter((s) => s !== step) } : undefined)),
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
    <WizardProvider value={{ info, progress, completeStep, reopenStep, goTo, choosePath }} initialSettings={initialSettings} demo={demo}>
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
            <StepView key={progress.current} step={progress.current} />
          </main>
        </div>
      </div>
    </WizardProvider>
  );
}

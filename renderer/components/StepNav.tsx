import { useTranslation } from 'react-i18next';
import type { StepId, WizardProgress } from '@shared/wizard';

interface StepNavProps {
  steps: readonly StepId[];
  progress: WizardProgress;
  onSelect: (step: StepId) => void;
}

/** The documentation's sections as a list: done ones can be revisited, the first open one reached. */
export function StepNav({ steps, progress, onSelect }: StepNavProps) {
  const { t } = useTranslation();
  const firstOpen = steps.find((step) => !progress.completed.includes(step));
  return (
    <nav className="stepnav" aria-label={t('steps.nav')}>
      <ol>
        {steps.map((step, index) => {
          const done = progress.completed.includes(step);
          const current = step === progress.current;
          const reachable = done || current || step === firstOpen;
          return (
            <li key={step} className={`stepnav-item${current ? ' is-current' : ''}${done ? ' is-done' : ''}`}>
              <button
                type="button"
                onClick={() => onSelect(step)}
                disabled={!reachable}
                aria-current={current ? 'step' : undefined}
              >
                <span className="stepnav-number" aria-hidden="true">
                  {done ? '✓' : index + 1}
                </span>
                <span className="stepnav-label">
                  {t(`steps.${step}.title`)}
                  {done ? <span className="visually-hidden"> ({t('app.completed')})</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

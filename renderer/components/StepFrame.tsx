import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { previousStep, type StepId } from '@shared/wizard';
import { useWizard } from '../wizard-context';
import { DocsLinks } from './DocsLinks';

interface StepFrameProps {
  step: StepId;
  children?: ReactNode;
  /** Replaces the default "mark done and go on". */
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  /** The last step has nowhere to go. */
  hideNext?: boolean;
}

/** Title, summary, the Back / Next row and the documentation links every step shares. */
export function StepFrame({ step, children, onNext, nextLabel, nextDisabled, hideNext }: StepFrameProps) {
  const { t } = useTranslation();
  const { progress, completeStep, goTo } = useWizard();
  const previous = previousStep(progress.path, step);
  return (
    <section className="step" aria-labelledby="step-heading">
      <h1 id="step-heading" tabIndex={-1}>
        {t(`steps.${step}.title`)}
      </h1>
      <p className="step-summary">{t(`steps.${step}.summary`)}</p>
      {children}
      <div className="step-actions">
        {previous ? (
          <button type="button" className="button button-secondary" onClick={() => goTo(previous)}>
            {t('app.back')}
          </button>
        ) : (
          <span />
        )}
        {hideNext ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={onNext ?? completeStep}
            disabled={nextDisabled}
          >
            {nextLabel ?? t('app.next')}
          </button>
        )}
      </div>
      <DocsLinks step={step} />
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/wizard';
import { DocsLinks } from './DocsLinks';

interface StepFrameProps {
  step: StepId;
  children?: ReactNode;
  onBack?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  nextLabel?: string;
  nextDisabled?: boolean;
}

/** Title, summary and the Back / Next row every step shares. */
export function StepFrame({ step, children, onBack, onNext, nextLabel, nextDisabled }: StepFrameProps) {
  const { t } = useTranslation();
  return (
    <section className="step" aria-labelledby="step-heading">
      <h1 id="step-heading" tabIndex={-1}>
        {t(`steps.${step}.title`)}
      </h1>
      <p className="step-summary">{t(`steps.${step}.summary`)}</p>
      {children}
      <div className="step-actions">
        {onBack ? (
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('app.back')}
          </button>
        ) : (
          <span />
        )}
        {onNext ? (
          <button type="button" className="button button-primary" onClick={onNext} disabled={nextDisabled}>
            {nextLabel ?? t('app.next')}
          </button>
        ) : null}
      </div>
      <DocsLinks step={step} />
    </section>
  );
}

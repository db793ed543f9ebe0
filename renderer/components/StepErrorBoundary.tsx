import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A step's code is loaded when the step opens. If that fails (the assistant was restarted or stopped while the
// page stayed open) or the step breaks while drawing, the user gets a sentence and a way out instead of a blank
// page; React keeps a failed lazy load failed, so the way out is a reload (the progress is saved).

function StepFailed() {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <p>{t('app.stepFailed.message')}</p>
      <p>{t('app.stepFailed.next')}</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('app.stepFailed.reload')}
      </button>
    </div>
  );
}

export class StepErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <StepFailed /> : this.props.children;
  }
}

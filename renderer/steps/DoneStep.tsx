import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function DoneStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="done" hideNext>
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

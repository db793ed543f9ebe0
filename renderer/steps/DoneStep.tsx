import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';
import type { StepProps } from './step-props';

export function DoneStep({ onBack }: StepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame step="done" onBack={onBack} onNext={undefined}>
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

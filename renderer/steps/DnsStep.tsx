import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';
import type { StepProps } from './step-props';

export function DnsStep({ onComplete, onBack }: StepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame step="dns" onBack={onBack} onNext={onComplete}>
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

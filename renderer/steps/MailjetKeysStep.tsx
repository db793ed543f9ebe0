import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';
import type { StepProps } from './step-props';

export function MailjetKeysStep({ onComplete, onBack }: StepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame step="mailjet-keys" onBack={onBack} onNext={onComplete}>
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

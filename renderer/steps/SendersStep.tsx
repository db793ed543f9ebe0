import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function SendersStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="senders">
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

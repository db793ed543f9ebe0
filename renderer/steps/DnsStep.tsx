import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function DnsStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="dns">
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

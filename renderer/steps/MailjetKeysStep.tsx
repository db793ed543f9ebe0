import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function MailjetKeysStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="mailjet-keys">
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

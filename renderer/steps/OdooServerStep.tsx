import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function OdooServerStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="odoo-server">
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

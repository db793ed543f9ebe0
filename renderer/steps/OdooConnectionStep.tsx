import { useTranslation } from 'react-i18next';
import { StepFrame } from '../components/StepFrame';

export function OdooConnectionStep() {
  const { t } = useTranslation();
  return (
    <StepFrame step="odoo-connection">
      <p className="notice notice-info">{t('steps.comingSoon')}</p>
    </StepFrame>
  );
}

import { useTranslation } from 'react-i18next';

interface PlanWarning {
  code: string;
  params?: Record<string, string | number> | undefined;
}

/** What the admin should know before applying: each warning is one sentence from `odoo.warnings`. */
export function PlanWarnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <div className="os-plan-warnings">
      <h3>{t('wizard.odoo-server.preview.warningsTitle')}</h3>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`}>{t(`odoo.warnings.${warning.code}`, { ...(warning.params ?? {}) })}</li>
        ))}
      </ul>
    </div>
  );
}

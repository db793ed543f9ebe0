import { useTranslation } from 'react-i18next';
import type { StepId } from '@shared/wizard';
import { useWizard } from '../../wizard-context';

/** Errors whose fix lives in an earlier step: nothing can be previewed or applied until that step is done. */
const STEP_FOR_ERROR: Record<string, StepId> = {
  'odoo.url-missing': 'odoo-connection',
  'odoo.db-missing': 'odoo-connection',
  'odoo.login-missing': 'odoo-connection',
  'odoo.password-missing': 'odoo-connection',
  'odoo.auth': 'odoo-connection',
  'odoo.mailjet-api-key-missing': 'mailjet-keys',
  'odoo.mailjet-secret-missing': 'mailjet-keys',
};

/** A way to the step that fixes this error, next to the error's own sentence; nothing for other errors. */
export function FixInStepButton({ code }: { code: string }) {
  const { t } = useTranslation();
  const { goTo } = useWizard();
  const step = STEP_FOR_ERROR[code];
  if (!step) return null;
  return (
    <button type="button" className="button button-secondary" onClick={() => goTo(step)}>
      {t('wizard.done.openStep', { step: t(`steps.${step}.title`) })}
    </button>
  );
}

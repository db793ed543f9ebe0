import { useTranslation } from 'react-i18next';
import { SessionSecretsNote } from '../../components/SessionSecretsNote';
import { StepFrame } from '../../components/StepFrame';
import { useSettings } from '../../data/queries';
import { useWizard } from '../../wizard-context';
import { AutomaticServerSetup } from './AutomaticServerSetup';
import { ManualServerGuide } from './ManualServerGuide';
import './odoo-server.css';

/** "Configuration in Odoo": the Mailjet outgoing server, set up by the assistant or by hand with its guide. */
export function OdooServerStep() {
  const { t } = useTranslation();
  const { progress } = useWizard();
  // What the core holds now (a CLI run or another window may have changed it), not what this page last saw.
  const { settings, fresh } = useSettings();

  const guided = progress.path === 'guided';
  return (
    <StepFrame step="odoo-server" {...(guided ? { nextLabel: t('wizard.odoo-server.guide.next') } : {})}>
      <SessionSecretsNote uses={guided ? 'mailjet' : 'both'} />
      {!fresh ? (
        <p role="status" className="muted">
          {t('app.loading')}
        </p>
      ) : guided ? (
        <ManualServerGuide initial={settings} />
      ) : (
        <AutomaticServerSetup initial={settings} />
      )}
    </StepFrame>
  );
}

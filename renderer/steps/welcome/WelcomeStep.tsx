import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS } from '@shared/wizard';
import { StepFrame } from '../../components/StepFrame';
import { useWizard } from '../../wizard-context';

/**
 * A standard User Timing mark, set once per page when the step first shows with its choice and its Next
 * button enabled (after React has committed them and the browser is free to take a click): `npm run bench`
 * reads it to time the start as a user gets it, without automation attached. Harmless elsewhere.
 */
export const WELCOME_INTERACTIVE = 'welcome-interactive';

export function WelcomeStep() {
  const { t } = useTranslation();
  const { progress, choosePath } = useWizard();
  useEffect(() => {
    if (performance.getEntriesByName(WELCOME_INTERACTIVE, 'mark').length === 0) performance.mark(WELCOME_INTERACTIVE);
  }, []);
  return (
    <StepFrame step="welcome">
      <h2>{t('welcome.needsTitle')}</h2>
      <ul className="checklist">
        <li>{t('welcome.needs.mailjet')}</li>
        <li>{t('welcome.needs.odoo')}</li>
        <li>{t('welcome.needs.dns')}</li>
      </ul>
      <fieldset className="choices">
        <legend>{t('welcome.pathTitle')}</legend>
        {PATHS.map((path) => (
          <label key={path} className={`choice${progress.path === path ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="path"
              value={path}
              checked={progress.path === path}
              onChange={() => choosePath(path)}
            />
            <span>
              <span className="choice-title">{t(`welcome.paths.${path}.title`)}</span>
              <span className="choice-description">{t(`welcome.paths.${path}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </StepFrame>
  );
}

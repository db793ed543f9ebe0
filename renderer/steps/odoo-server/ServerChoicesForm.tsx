import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAILJET_PORTS, PURPOSES } from '@shared/odoo/mailjet-smtp';
import { Field } from '../../components/Field';
import type { ServerChoices } from './server-choices';

interface ServerChoicesFormProps {
  choices: ServerChoices;
  onChange: (patch: Partial<ServerChoices>) => void;
  /** The automatic path can add Odoo's own server for transactional mail; the guide explains it in words. */
  offerKeepOdoo: boolean;
  disabled?: boolean;
}

/** Port and purpose, the two decisions the documentation leaves to the admin, each with its reason. */
export function ServerChoicesForm({ choices, onChange, offerKeepOdoo, disabled }: ServerChoicesFormProps) {
  const { t } = useTranslation();
  const name = useId();
  const keepId = useId();
  return (
    <div className="os-server-choices">
      <fieldset className="choices" disabled={disabled}>
        <legend>{t('wizard.odoo-server.choices.portLegend')}</legend>
        {MAILJET_PORTS.map((port) => (
          <label key={port} className={`choice${choices.port === port ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${name}-port`}
              value={port}
              checked={choices.port === port}
              onChange={() => onChange({ port })}
            />
            <span>
              <span className="choice-title">{t(`wizard.odoo-server.choices.port${port}`)}</span>
              <span className="choice-description">{t(`wizard.odoo-server.choices.port${port}Hint`)}</span>
            </span>
          </label>
        ))}
        <p className="os-server-choices-why">{t('wizard.odoo-server.choices.portWhy')}</p>
      </fieldset>

      <fieldset className="choices" disabled={disabled}>
        <legend>{t('wizard.odoo-server.choices.purposeLegend')}</legend>
        {PURPOSES.map((purpose) => (
          <label key={purpose} className={`choice${choices.purpose === purpose ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={`${name}-purpose`}
              value={purpose}
              checked={choices.purpose === purpose}
              onChange={() => onChange({ purpose })}
            />
            <span>
              <span className="choice-title">{t(`wizard.odoo-server.choices.purposes.${purpose}.title`)}</span>
              <span className="choice-description">
                {t(`wizard.odoo-server.choices.purposes.${purpose}.description`)}
              </span>
            </span>
          </label>
        ))}
        {choices.purpose === 'mass-mailing' ? (
          <p className="os-server-choices-why">{t('wizard.odoo-server.choices.priorityRule')}</p>
        ) : null}
      </fieldset>

      {offerKeepOdoo && choices.purpose === 'mass-mailing' ? (
        <Field
          id={keepId}
          label={t('wizard.odoo-server.choices.keepOdoo')}
          hint={t('wizard.odoo-server.choices.keepOdooWhy')}
          check
          className="os-keep-odoo"
          labelClassName="os-keep-odoo-label"
          hintClassName="os-keep-odoo-why"
        >
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={choices.keepOdooForTransactional}
              disabled={disabled}
              onChange={(event) => onChange({ keepOdooForTransactional: event.target.checked })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}

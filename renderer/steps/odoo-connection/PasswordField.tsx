import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { savedSecretLabel } from '../../components/saved-secret';

interface PasswordFieldProps {
  id: string;
  /** False while a saved password is simply kept: then only its last characters are named. */
  ask: boolean;
  value: string;
  onChange(value: string): void;
  savedEndsWith: string | undefined;
  refused: boolean;
  missing: boolean;
  /** The form's count of refused submits (see Field). */
  attempt: number;
  busy: boolean;
  onTypeNew(): void;
  onKeepSaved?: () => void;
  onForget(): void;
  onUseDemoPassword?: () => void;
  /** The saved password is kept in memory for this session only; `demo` says why. */
  keptForSession: boolean;
  demo: boolean;
  /** No keychain answers: a password typed now is kept for this session only. */
  sessionOnly: boolean;
}

/** The Odoo password or API key: typed into a password field, or kept in the keychain and never shown. */
export function PasswordField(props: PasswordFieldProps) {
  const { id, ask, value, onChange, savedEndsWith, refused, missing, busy } = props;
  const { t } = useTranslation();
  const problem = refused ? 'refused' : missing ? 'missing' : undefined;

  if (!ask) {
    return (
      <div className="field" role="group" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="field-label">
          {t('wizard.odoo-connection.form.password')}
        </span>
        <p className="odoo-connection-saved">
          {savedSecretLabel(t, { endsWith: savedEndsWith, keptForSession: props.keptForSession })}
        </p>
        {props.keptForSession ? (
          <p className="field-hint">{t(props.demo ? 'app.keychain.demoWhy' : 'app.keychain.sessionWhy')}</p>
        ) : null}
        <div className="odoo-connection-inline-actions">
          <button type="button" className="button button-secondary" onClick={props.onTypeNew} disabled={busy}>
            {t('wizard.odoo-connection.form.typeNewPassword')}
          </button>
          <button type="button" className="button button-secondary" onClick={props.onForget} disabled={busy}>
            {t('wizard.odoo-connection.form.forgetPassword')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <Field
      id={id}
      label={t('wizard.odoo-connection.form.password')}
      hint={`${t('wizard.odoo-connection.form.passwordHint')}${props.sessionOnly ? ` ${t('wizard.odoo-connection.form.passwordHintSession')}` : ''}`}
      problem={
        problem
          ? t(
              problem === 'refused'
                ? 'wizard.odoo-connection.form.passwordRefused'
                : 'wizard.odoo-connection.form.passwordMissing',
            )
          : undefined
      }
      attempt={props.attempt}
    >
      {(control) => (
        <div className="field-with-button">
          <input
            {...control}
            type="password"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {props.onUseDemoPassword ? (
            <button type="button" className="button button-secondary" onClick={props.onUseDemoPassword} disabled={busy}>
              {t('wizard.odoo-connection.form.demoPassword')}
            </button>
          ) : null}
          {props.onKeepSaved ? (
            <button type="button" className="button button-secondary" onClick={props.onKeepSaved} disabled={busy}>
              {t('wizard.odoo-connection.form.keepPassword')}
            </button>
          ) : null}
        </div>
      )}
    </Field>
  );
}

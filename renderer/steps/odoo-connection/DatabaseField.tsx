import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface DatabaseFieldProps {
  id: string;
  value: string;
  /** The server's own list, when it shows one; otherwise the name is typed. */
  listed: string[] | undefined;
  onChange(value: string): void;
  problem: boolean;
  /** The form's count of refused submits (see Field). */
  attempt: number;
}

/** A choice among the databases the server lists, or a text field when it keeps the list to itself. */
export function DatabaseField({ id, value, listed, onChange, problem, attempt }: DatabaseFieldProps) {
  const { t } = useTranslation();
  return (
    <Field
      id={id}
      label={t('wizard.odoo-connection.form.database')}
      hint={
        listed
          ? t('wizard.odoo-connection.form.databaseListed', { count: listed.length })
          : t('wizard.odoo-connection.form.databaseHint')
      }
      problem={problem ? t('wizard.odoo-connection.form.databaseMissing') : undefined}
      attempt={attempt}
    >
      {(control) =>
        listed ? (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            {value ? null : <option value="">{t('wizard.odoo-connection.form.databaseChoose')}</option>}
            {listed.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            type="text"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
          />
        )
      }
    </Field>
  );
}

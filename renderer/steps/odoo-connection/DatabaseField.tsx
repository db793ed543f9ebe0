import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface DatabaseFieldProps {
  id: string;
  ref: Ref<HTMLInputElement & HTMLSelectElement>;
  value: string;
  /** The server's own list, when it shows one; otherwise the name is typed. */
  listed: string[] | undefined;
  onChange(value: string): void;
  problem: boolean;
}

/** A choice among the databases the server lists, or a text field when it keeps the list to itself. */
export function DatabaseField({ id, ref, value, listed, onChange, problem }: DatabaseFieldProps) {
  const { t } = useTranslation();
  const describedBy = `${id}-hint${problem ? ` ${id}-problem` : ''}`;
  return (
    <div className="odoo-connection-field">
      <label htmlFor={id}>{t('wizard.odoo-connection.form.database')}</label>
      {listed ? (
        <select ref={ref} id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={describedBy}>
          {value ? null : <option value="">{t('wizard.odoo-connection.form.databaseChoose')}</option>}
          {listed.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={ref}
          id={id}
          type="text"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
      <p id={`${id}-hint`} className="odoo-connection-hint">
        {listed ? t('wizard.odoo-connection.form.databaseListed', { count: listed.length }) : t('wizard.odoo-connection.form.databaseHint')}
      </p>
      {problem ? (
        <p id={`${id}-problem`} className="odoo-connection-problem">
          {t('wizard.odoo-connection.form.databaseMissing')}
        </p>
      ) : null}
    </div>
  );
}

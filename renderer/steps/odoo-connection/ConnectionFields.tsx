import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { ConnectionFormState } from './useConnectionForm';

/** The classes of this step's fields (odoo-connection.css). */
/** The address of the Odoo database, with the address that will really be used once it is normalised. */
export function UrlField({ id, form }: { id: string; form: ConnectionFormState }) {
  const { t } = useTranslation();
  const { url, normalised } = form;
  const problem = form.problems.includes('url') && !normalised.ok ? normalised.problem : undefined;
  const willUse = normalised.ok && normalised.url !== url.trim() ? normalised.url : undefined;
  return (
    <Field
      id={`${id}-url`}
      label={t('wizard.odoo-connection.form.url')}
      hint={
        willUse
          ? t('wizard.odoo-connection.form.urlWillUse', { url: willUse })
          : t('wizard.odoo-connection.form.urlHint')
      }
      problem={problem ? t(`wizard.odoo-connection.form.urlProblems.${problem}`) : undefined}
      attempt={form.attempt}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="url"
          value={url}
          placeholder="https://example.odoo.com"
          onChange={(event) => form.setUrl(event.target.value)}
          onBlur={form.settleUrl}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
      )}
    </Field>
  );
}

/** The login (usually an e-mail address) of a Settings administrator. */
export function LoginField({ id, form }: { id: string; form: ConnectionFormState }) {
  const { t } = useTranslation();
  const missing = form.problems.includes('login') && !form.login.trim();
  return (
    <Field
      id={`${id}-login`}
      label={t('wizard.odoo-connection.form.login')}
      hint={t('wizard.odoo-connection.form.loginHint')}
      problem={missing ? t('wizard.odoo-connection.form.loginMissing') : undefined}
      attempt={form.attempt}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          value={form.login}
          onChange={(event) => form.setLogin(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
      )}
    </Field>
  );
}

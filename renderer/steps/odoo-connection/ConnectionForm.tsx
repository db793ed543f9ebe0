import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ConnectionFormProps } from './connection-types';
import { LoginField, UrlField } from './ConnectionFields';
import { ConnectionActions } from './ConnectionActions';
import { DatabaseField } from './DatabaseField';
import { PasswordField } from './PasswordField';
import { useConnectionForm } from './useConnectionForm';

/** Address, database, login and password; whatever is typed stays when a login is refused, except the password. */
export function ConnectionForm(props: ConnectionFormProps) {
  const { passwordSaved, passwordRefused, busy, error, onKeepCurrent, focusOnMount } = props;
  const { t } = useTranslation();
  const id = useId();
  const form = useConnectionForm({ id, ...props });
  const element = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusOnMount) document.getElementById(`${id}-url`)?.focus();
  }, [focusOnMount, id]);
  const { setTypingNewPassword } = form;
  const useDemoPassword = () => {
    setTypingNewPassword(false);
    props.onUseDemoPassword?.();
  };

  return (
    <form
      ref={element}
      className="odoo-connection-form"
      onSubmit={(event) => void form.submit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('wizard.odoo-connection.form.title')}</h2>
      <UrlField id={id} form={form} />
      <DatabaseField
        id={`${id}-db`}
        value={form.chosenDb}
        listed={form.listed}
        onChange={form.setDb}
        problem={form.problems.includes('db') && !form.chosenDb.trim()}
        attempt={form.attempt}
      />
      <LoginField id={id} form={form} />
      <PasswordField
        id={`${id}-password`}
        ask={form.askPassword}
        value={form.password}
        onChange={form.setPassword}
        savedEndsWith={passwordSaved ? props.passwordEndsWith : undefined}
        refused={passwordRefused}
        missing={form.problems.includes('password') && !form.password.trim()}
        attempt={form.attempt}
        busy={busy}
        onTypeNew={() => setTypingNewPassword(true)}
        {...(form.typingNewPassword && passwordSaved && !passwordRefused
          ? { onKeepSaved: () => setTypingNewPassword(false) }
          : {})}
        onForget={props.onForgetPassword}
        keptForSession={props.passwordKeptForSession}
        demo={props.demo}
        sessionOnly={props.sessionOnly}
        {...(props.onUseDemoPassword ? { onUseDemoPassword: useDemoPassword } : {})}
      />
      {/* A refused password must be typed again before a retry can mean anything. */}
      {error ? (
        <ErrorNotice error={error} {...(passwordRefused ? {} : { onRetry: () => element.current?.requestSubmit() })} />
      ) : null}
      <ConnectionActions
        busy={busy}
        session={!!props.sessionOnly && form.askPassword}
        {...(onKeepCurrent ? { onKeepCurrent } : {})}
      />
    </form>
  );
}

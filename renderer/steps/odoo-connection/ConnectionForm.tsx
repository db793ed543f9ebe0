import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '../../../shared/errors';
import { normaliseOdooUrl, type OdooUrlProblem } from '../../../shared/odoo/url';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DatabaseField } from './DatabaseField';
import { PasswordField } from './PasswordField';
import type { ConnectionDetails, DatabaseList } from './useOdooConnection';

type Problem = 'url' | 'db' | 'login' | 'password';

const FIELD_OF_ERROR: Record<string, Problem> = {
  'odoo.auth': 'password',
  'odoo.access-denied': 'password',
  'odoo.password-missing': 'password',
  'odoo.database-not-found': 'db',
  'odoo.db-missing': 'db',
  'odoo.login-missing': 'login',
  'odoo.not-admin': 'login',
};

interface ConnectionFormProps {
  initial: ConnectionDetails;
  databases: DatabaseList | undefined;
  onUrlSettled(url: string): void;
  passwordSaved: boolean;
  passwordEndsWith: string | undefined;
  passwordRefused: boolean;
  busy: boolean;
  error: ErrorPayload | undefined;
  /** Resolves to whether Odoo accepted the login. */
  onConnect(details: ConnectionDetails, password: string | undefined): Promise<boolean>;
  onForgetPassword(): void;
  /** Offered while changing the details of a connection that works. */
  onKeepCurrent?: () => void;
  /** Demo only: stores the demo's password without it ever reaching the page. */
  onUseDemoPassword?: () => void;
  /** The form replaces the connection summary: its first field takes the focus. */
  focusOnMount?: boolean;
  /** The saved password is kept in memory for this session only (no keychain, or the demo). */
  passwordKeptForSession: boolean;
  demo: boolean;
  /** No keychain answers: a password typed now is kept for this session only. */
  sessionOnly: boolean;
}

/** Address, database, login and password; whatever is typed stays when a login is refused, except the password. */
export function ConnectionForm(props: ConnectionFormProps) {
  const { initial, databases, onUrlSettled, passwordSaved, passwordRefused, busy, error, onConnect, onKeepCurrent, focusOnMount } = props;
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(initial.url);
  const [db, setDb] = useState(initial.db);
  const [login, setLogin] = useState(initial.login);
  const [password, setPassword] = useState('');
  const [typingNewPassword, setTypingNewPassword] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const urlInput = useRef<HTMLInputElement>(null);
  const dbInput = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const loginInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  const normalised = normaliseOdooUrl(url);
  const listed = databases && normalised.ok && databases.url === normalised.url && databases.listed && databases.databases.length ? databases.databases : undefined;
  // A server that lists a single database needs no choice; a name typed for another server does not carry over.
  const chosenDb = listed ? (listed.includes(db) ? db : listed.length === 1 ? listed[0]! : '') : db;
  const askPassword = !passwordSaved || typingNewPassword || passwordRefused;

  useEffect(() => {
    if (focusOnMount) urlInput.current?.focus();
  }, [focusOnMount]);

  // The password field replaces the saved password's buttons ("type a different one", "forget it"): it takes the focus.
  const askedBefore = useRef(askPassword);
  useEffect(() => {
    if (askPassword && !askedBefore.current) passwordInput.current?.focus();
    askedBefore.current = askPassword;
  }, [askPassword]);

  // After a refusal, focus goes to the field the error is about, so the fix is one keystroke away.
  const errorShownOnOpen = useRef(error);
  useEffect(() => {
    const code = error?.code;
    if (!code || error === errorShownOnOpen.current) return;
    const field = FIELD_OF_ERROR[code] ?? 'url';
    ({ url: urlInput, db: dbInput, login: loginInput, password: passwordInput })[field].current?.focus();
  }, [error]);

  const fillDemoPassword = () => {
    setTypingNewPassword(false);
    props.onUseDemoPassword?.();
  };

  const settleUrl = () => {
    if (!normalised.ok) return;
    if (!db && normalised.suggestedDb) setDb(normalised.suggestedDb);
    onUrlSettled(url);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details = { url: url.trim(), db: chosenDb.trim(), login: login.trim() };
    const typed = password.trim();
    const found: Problem[] = [];
    if (!normalised.ok) found.push('url');
    if (!details.db) found.push('db');
    if (!details.login) found.push('login');
    if (askPassword && !typed && !(passwordSaved && !passwordRefused)) found.push('password');
    setProblems(found);
    const first = found[0];
    if (first) {
      ({ url: urlInput, db: dbInput, login: loginInput, password: passwordInput })[first].current?.focus();
      return;
    }
    setPassword('');
    const connected = await onConnect(details, typed || undefined);
    if (connected) setTypingNewPassword(false);
  };

  const urlProblem: OdooUrlProblem | undefined = problems.includes('url') && !normalised.ok ? normalised.problem : undefined;
  const willUse = normalised.ok && normalised.url !== url.trim() ? normalised.url : undefined;

  return (
    <form ref={form} className="odoo-connection-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wizard.odoo-connection.form.title')}</h2>
      <div className="odoo-connection-field">
        <label htmlFor={`${id}-url`}>{t('wizard.odoo-connection.form.url')}</label>
        <input
          ref={urlInput}
          id={`${id}-url`}
          type="text"
          inputMode="url"
          value={url}
          placeholder="https://example.odoo.com"
          onChange={(event) => setUrl(event.target.value)}
          onBlur={settleUrl}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={urlProblem ? true : undefined}
          aria-describedby={`${id}-url-hint${urlProblem ? ` ${id}-url-problem` : ''}`}
        />
        <p id={`${id}-url-hint`} className="odoo-connection-hint">
          {willUse ? t('wizard.odoo-connection.form.urlWillUse', { url: willUse }) : t('wizard.odoo-connection.form.urlHint')}
        </p>
        {urlProblem ? (
          <p id={`${id}-url-problem`} className="odoo-connection-problem">
            {t(`wizard.odoo-connection.form.urlProblems.${urlProblem}`)}
          </p>
        ) : null}
      </div>
      <DatabaseField
        ref={dbInput}
        id={`${id}-db`}
        value={chosenDb}
        listed={listed}
        onChange={setDb}
        problem={problems.includes('db') && !chosenDb.trim()}
      />
      <div className="odoo-connection-field">
        <label htmlFor={`${id}-login`}>{t('wizard.odoo-connection.form.login')}</label>
        <input
          ref={loginInput}
          id={`${id}-login`}
          type="text"
          value={login}
          onChange={(event) => setLogin(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={problems.includes('login') && !login.trim() ? true : undefined}
          aria-describedby={`${id}-login-hint`}
        />
        <p id={`${id}-login-hint`} className="odoo-connection-hint">
          {problems.includes('login') && !login.trim() ? (
            <span className="odoo-connection-problem">{t('wizard.odoo-connection.form.loginMissing')}</span>
          ) : (
            t('wizard.odoo-connection.form.loginHint')
          )}
        </p>
      </div>
      <PasswordField
        ref={passwordInput}
        id={`${id}-password`}
        ask={askPassword}
        value={password}
        onChange={setPassword}
        savedEndsWith={passwordSaved ? props.passwordEndsWith : undefined}
        refused={passwordRefused}
        missing={problems.includes('password') && !password.trim()}
        busy={busy}
        onTypeNew={() => setTypingNewPassword(true)}
        {...(typingNewPassword && passwordSaved && !passwordRefused ? { onKeepSaved: () => setTypingNewPassword(false) } : {})}
        onForget={props.onForgetPassword}
        keptForSession={props.passwordKeptForSession}
        demo={props.demo}
        sessionOnly={props.sessionOnly}
        {...(props.onUseDemoPassword ? { onUseDemoPassword: fillDemoPassword } : {})}
      />
      {error ? (
        // A refused password must be typed again before a retry can mean anything.
        <ErrorNotice error={error} {...(passwordRefused ? {} : { onRetry: () => form.current?.requestSubmit() })} />
      ) : null}
      <div className="odoo-connection-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(props.sessionOnly && askPassword ? 'wizard.odoo-connection.form.connectSession' : 'wizard.odoo-connection.form.connect')}
        </button>
        {onKeepCurrent ? (
          <button type="button" className="button button-secondary" onClick={onKeepCurrent} disabled={busy}>
            {t('wizard.odoo-connection.form.keepCurrent')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

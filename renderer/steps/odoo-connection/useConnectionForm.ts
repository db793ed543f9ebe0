import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '@shared/errors';
import { normaliseOdooUrl } from '@shared/odoo/url';
import type { ConnectionDetails, DatabaseList } from './connection-types';

export type FormField = 'url' | 'db' | 'login' | 'password';

/** The field a refusal is about, so focus can go there. */
const FIELD_OF_ERROR: Record<string, FormField> = {
  'odoo.auth': 'password',
  'odoo.access-denied': 'password',
  'odoo.password-missing': 'password',
  'odoo.database-not-found': 'db',
  'odoo.db-missing': 'db',
  'odoo.login-missing': 'login',
  'odoo.not-admin': 'login',
};

interface Options {
  /** The form's id: each field's is `<id>-<field>`. */
  id: string;
  initial: ConnectionDetails;
  databases: DatabaseList | undefined;
  passwordSaved: boolean;
  passwordRefused: boolean;
  error: ErrorPayload | undefined;
  onConnect(details: ConnectionDetails, password: string | undefined): Promise<boolean>;
  onUrlSettled(url: string): void;
}

const focusField = (id: string, field: FormField) => document.getElementById(`${id}-${field}`)?.focus();

/** What the connection form holds and checks; whatever is typed stays when a login is refused, except the password. */
export function useConnectionForm({
  id,
  initial,
  databases,
  passwordSaved,
  passwordRefused,
  error,
  onConnect,
  onUrlSettled,
}: Options) {
  const [url, setUrl] = useState(initial.url);
  const [db, setDb] = useState(initial.db);
  const [login, setLogin] = useState(initial.login);
  const [password, setPassword] = useState('');
  const [typingNewPassword, setTypingNewPassword] = useState(false);
  const [problems, setProblems] = useState<FormField[]>([]);
  const [attempt, setAttempt] = useState(0);

  const normalised = normaliseOdooUrl(url);
  const listed =
    databases && normalised.ok && databases.url === normalised.url && databases.listed && databases.databases.length
      ? databases.databases
      : undefined;
  // A server that lists a single database needs no choice; a name typed for another server does not carry over.
  const chosenDb = listed ? (listed.includes(db) ? db : listed.length === 1 ? listed[0]! : '') : db;
  const askPassword = !passwordSaved || typingNewPassword || passwordRefused;

  // The password field replaces the saved password's buttons ("type a different one", "forget it"): it takes the focus.
  const askedBefore = useRef(askPassword);
  useEffect(() => {
    if (askPassword && !askedBefore.current) focusField(id, 'password');
    askedBefore.current = askPassword;
  }, [askPassword, id]);

  // After a refusal, focus goes to the field the error is about, so the fix is one keystroke away.
  const errorShownOnOpen = useRef(error);
  useEffect(() => {
    if (error && error !== errorShownOnOpen.current) focusField(id, FIELD_OF_ERROR[error.code] ?? 'url');
  }, [error, id]);

  const settleUrl = () => {
    if (!normalised.ok) return;
    if (!db && normalised.suggestedDb) setDb(normalised.suggestedDb);
    onUrlSettled(url);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const details = { url: url.trim(), db: chosenDb.trim(), login: login.trim() };
    const typed = password.trim();
    const found = (['url', 'db', 'login', 'password'] as const).filter((field) =>
      field === 'url'
        ? !normalised.ok
        : field === 'password'
          ? askPassword && !typed && !(passwordSaved && !passwordRefused)
          : !details[field],
    );
    setProblems(found);
    if (found.length) return setAttempt((n) => n + 1);
    setPassword('');
    if (await onConnect(details, typed || undefined)) setTypingNewPassword(false);
  };

  return {
    url,
    setUrl,
    normalised,
    settleUrl,
    chosenDb,
    setDb,
    listed,
    login,
    setLogin,
    password,
    setPassword,
    askPassword,
    typingNewPassword,
    setTypingNewPassword,
    problems,
    attempt,
    submit,
  };
}

export type ConnectionFormState = ReturnType<typeof useConnectionForm>;

import { useEffect, useId, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import { MAILJET_REGIONS } from '@shared/settings/mailjet-choices';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import type { KeysToSave, MailjetRegion } from './useMailjetKeys';

const API_KEY_SHAPE = /^[A-Za-z0-9]{8,64}$/;
const SECRET_MIN_LENGTH = 8;

type Problem = 'apiKeyInvalid' | 'secretMissing' | 'secretShort';

interface KeysFormProps {
  initialApiKey: string;
  initialRegion: MailjetRegion;
  busy: boolean;
  error: ErrorPayload | undefined;
  /** Resolves to whether Mailjet accepted the pair. */
  onSubmit(keys: KeysToSave): Promise<boolean>;
  /** Offered while replacing keys that are already saved. */
  onKeepSaved?: () => void;
  /** Demo only: stores the demo's secret key without it ever reaching the page. */
  onUseDemoSecret?: () => void;
  /** The form replaces the saved keys' card: the first field to fill takes the focus. */
  focusOnMount?: boolean;
  /** No keychain answers: the pair is checked and kept in memory for this session only. */
  sessionOnly?: boolean;
}

/** Copying from a web page often brings spaces or line breaks along; a key never contains any. */
const cleanKey = (value: string) => value.replace(/\s+/g, '');

function problemsOf(apiKey: string, secretKey: string): Problem[] {
  const problems: Problem[] = [];
  if (!API_KEY_SHAPE.test(apiKey)) problems.push('apiKeyInvalid');
  if (!secretKey) problems.push('secretMissing');
  else if (secretKey.length < SECRET_MIN_LENGTH) problems.push('secretShort');
  return problems;
}

/** The API key, the secret key and the platform; the secret leaves the page's state as soon as it is sent. */
export function KeysForm({
  initialApiKey,
  initialRegion,
  busy,
  error,
  onSubmit,
  onKeepSaved,
  onUseDemoSecret,
  focusOnMount,
  sessionOnly,
}: KeysFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [apiKey, setApiKey] = useState(initialApiKey);
  const [secretKey, setSecretKey] = useState('');
  const [region, setRegion] = useState<MailjetRegion>(initialRegion);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const apiKeyInput = useRef<HTMLInputElement>(null);
  const secretInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusOnMount) (initialApiKey ? secretInput : apiKeyInput).current?.focus();
  }, [focusOnMount, initialApiKey]);

  const check = async (typedKey: string, typedSecret: string) => {
    const key = cleanKey(typedKey);
    const secret = typedSecret.trim();
    const found = problemsOf(key, secret);
    setProblems(found);
    if (found.length) return setAttempt((n) => n + 1);
    setApiKey(key);
    setSecretKey('');
    const accepted = await onSubmit({ apiKey: key, secretKey: secret, region });
    if (!accepted) secretInput.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check(apiKey, secretKey);
  };
  /**
   * The second of the two keys pasted whole (the other one already looks right): Mailjet is asked at
   * once, without a click on Check and save. Anything else is pasted as usual and waits for the button.
   */
  const pasted = (field: 'apiKey' | 'secretKey') => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    const [key, secret] = field === 'apiKey' ? [text, secretKey] : [apiKey, text];
    if (busy || problemsOf(cleanKey(key), secret.trim()).length) return;
    event.preventDefault();
    if (field === 'apiKey') setApiKey(cleanKey(key));
    void check(key, secret);
  };

  const apiKeyProblem = problems.find((problem) => problem === 'apiKeyInvalid');
  const secretProblem = problems.find((problem) => problem !== 'apiKeyInvalid');
  return (
    <form className="mailjet-keys-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('wizard.mailjet-keys.form.title')}</h2>
      <Field
        id={`${id}-api-key`}
        label={t('wizard.mailjet-keys.form.apiKey')}
        hint={t('wizard.mailjet-keys.form.apiKeyHint')}
        problem={apiKeyProblem ? t(`wizard.mailjet-keys.form.${apiKeyProblem}`) : undefined}
        attempt={attempt}
        literal
      >
        {(control) => (
          <input
            {...control}
            ref={apiKeyInput}
            type="text"
            value={apiKey}
            onChange={(event) => setApiKey(event.target.value)}
            onPaste={pasted('apiKey')}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
          />
        )}
      </Field>
      <Field
        id={`${id}-secret`}
        label={t('wizard.mailjet-keys.form.secretKey')}
        hint={t(
          sessionOnly ? 'wizard.mailjet-keys.form.secretKeyHintSession' : 'wizard.mailjet-keys.form.secretKeyHint',
        )}
        problem={secretProblem ? t(`wizard.mailjet-keys.form.${secretProblem}`) : undefined}
        attempt={attempt}
        literal
      >
        {(control) => (
          <div className="field-with-button">
            <input
              {...control}
              ref={secretInput}
              type="password"
              value={secretKey}
              onChange={(event) => setSecretKey(event.target.value)}
              onPaste={pasted('secretKey')}
              autoComplete="off"
              spellCheck={false}
            />
            {onUseDemoSecret ? (
              <button type="button" className="button button-secondary" onClick={onUseDemoSecret} disabled={busy}>
                {t('wizard.mailjet-keys.form.demoSecret')}
              </button>
            ) : null}
          </div>
        )}
      </Field>
      <fieldset className="mailjet-keys-regions">
        <legend>{t('wizard.mailjet-keys.form.region')}</legend>
        {MAILJET_REGIONS.map((value) => (
          <label key={value} className="mailjet-keys-region">
            <input
              type="radio"
              name={`${id}-region`}
              value={value}
              checked={region === value}
              onChange={() => setRegion(value)}
            />
            <span>{t(`wizard.mailjet-keys.form.regions.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="mailjet-keys-form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(sessionOnly ? 'wizard.mailjet-keys.form.submitSession' : 'wizard.mailjet-keys.form.submit')}
        </button>
        {onKeepSaved ? (
          <button type="button" className="button button-secondary" onClick={onKeepSaved} disabled={busy}>
            {t('wizard.mailjet-keys.form.keepSaved')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

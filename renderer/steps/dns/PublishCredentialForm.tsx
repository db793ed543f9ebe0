import { useId, useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OVH_ENDPOINTS, type DnsApiProvider, type OvhEndpoint } from '@shared/contract/publish';
import { cloudflareTokenTemplateUrl } from '@shared/dns/cloudflare-token';
import type { ErrorPayload } from '@shared/errors';
import { Field } from '../../components/Field';

// The narrowest credential, step by step as the provider's screens name things, and the fields to paste
// it into. What is typed goes to the core once (which checks it on the zone before keeping it) and the
// fields are emptied once it is saved: the page never holds a saved credential.
//
// Cloudflare: "Open Cloudflare" opens its Create Token form already filled in (the template address), so
// the user only picks the zone, creates the token and copies it; pasting it checks it at once. The Zone
// ID is asked for only when the token cannot find the zone by name (a token with DNS Edit alone).

const OVH_CREATE_TOKEN_URL = 'https://eu.api.ovh.com/createToken/';

function ovhRules(domain: string): string[] {
  return [
    `GET /domain/zone/${domain}/record`,
    `GET /domain/zone/${domain}/record/*`,
    `POST /domain/zone/${domain}/record`,
    `PUT /domain/zone/${domain}/record/*`,
    `POST /domain/zone/${domain}/refresh`,
  ];
}

/** What Cloudflare's answer for a refused lookup by name asks the user to add. */
const ZONE_ID_CODES: ReadonlySet<string> = new Set(['publish.zone-id-needed', 'publish.invalid-zone-id']);
/** A paste this long with no space is a token or an id, not a stray word: it is checked without a click. */
const PASTED_KEY = /^[A-Za-z0-9_-]{20,}$/;

interface Props {
  provider: DnsApiProvider;
  domain: string;
  busy: boolean;
  demo: boolean;
  /** The last refusal of a save, which may ask for the Zone ID. */
  error?: ErrorPayload | undefined;
  /** Resolves to something when the credential was checked and saved. */
  onSave(fields: {
    token?: string;
    zoneId?: string;
    ovh?: { applicationKey: string; applicationSecret: string; consumerKey: string; endpoint: OvhEndpoint };
    sessionOnly?: boolean;
    demo?: boolean;
  }): Promise<unknown>;
}

/** A key, secret or id pasted from the provider's page: compared character by character, never corrected. */
function CredentialField(props: {
  id: string;
  label: string;
  secret?: boolean;
  value: string;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  onPaste?(event: ClipboardEvent<HTMLInputElement>): void;
}) {
  return (
    <Field id={props.id} label={props.label} literal>
      {(control) => (
        <input
          {...control}
          type={props.secret ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={props.value}
          onChange={props.onChange}
          {...(props.onPaste ? { onPaste: props.onPaste } : {})}
        />
      )}
    </Field>
  );
}

export function PublishCredentialForm({ provider, domain, busy, demo, error, onSave }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const p = 'dns.publish';
  const [fields, setFields] = useState({
    token: '',
    zoneId: '',
    applicationKey: '',
    applicationSecret: '',
    consumerKey: '',
    endpoint: 'ovh-eu' as OvhEndpoint,
  });
  const [sessionOnly, setSessionOnly] = useState(false);
  // Shown once Cloudflare refused the lookup by name, and kept from then on (dismissing the error keeps it).
  const [zoneIdAsked, setZoneIdAsked] = useState(false);
  if (provider === 'cloudflare' && !zoneIdAsked && error && ZONE_ID_CODES.has(error.code)) setZoneIdAsked(true);
  const askZoneId = zoneIdAsked || !!fields.zoneId;
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [name]: event.target.value }));
  const clear = () => setFields((previous) => ({ ...previous, token: '', applicationSecret: '', consumerKey: '' }));

  const save = async (current: typeof fields) => {
    const { token, zoneId, applicationKey, applicationSecret, consumerKey, endpoint } = current;
    const saved = await onSave(
      provider === 'cloudflare'
        ? { token, ...(zoneId.trim() ? { zoneId: zoneId.trim() } : {}), sessionOnly }
        : { ovh: { applicationKey, applicationSecret, consumerKey, endpoint }, sessionOnly },
    );
    // A refused token stays for a fix (a Zone ID to add); a saved one leaves the page.
    if (saved) clear();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(fields);
  };
  /** Cloudflare's token (or its Zone ID) pasted whole: checked at once, as the instructions promise. */
  const pasted = (name: 'token' | 'zoneId') => (event: ClipboardEvent<HTMLInputElement>) => {
    const value = event.clipboardData.getData('text').trim();
    if (busy || !PASTED_KEY.test(value)) return;
    event.preventDefault();
    const next = { ...fields, [name]: value };
    setFields(next);
    if (next.token && (!askZoneId || next.zoneId)) void save(next);
  };

  const steps = ['step1', 'step2', 'step3', 'step4'];
  const sessionOnlyField = (
    <Field id={`${id}-session-only`} label={t(`${p}.sessionOnly`)} check>
      {(control) => (
        <input
          {...control}
          type="checkbox"
          checked={sessionOnly}
          onChange={(event) => setSessionOnly(event.target.checked)}
        />
      )}
    </Field>
  );
  return (
    <form className="publish-credential" onSubmit={submit}>
      <h3>{t(`${p}.howTo`)}</h3>
      <ol>
        {steps.map((step) => (
          <li key={step}>
            {t(`${p}.${provider}.${step}`, { domain, url: OVH_CREATE_TOKEN_URL })}
            {provider === 'ovh' && step === 'step3' ? (
              <ul className="publish-rules">
                {ovhRules(domain).map((rule) => (
                  <li key={rule}>
                    <code>{rule}</code>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {provider === 'cloudflare' ? (
        <>
          <div className="button-row">
            {/* A link, not a call: the desktop face hands it to the system browser through its allow-list. */}
            <a
              className="button button-primary"
              href={cloudflareTokenTemplateUrl()}
              target="_blank"
              rel="noreferrer noopener"
            >
              {t(`${p}.cloudflare.open`)}
            </a>
          </div>
          {sessionOnlyField}
          <CredentialField
            id={`${id}-token`}
            label={t(`${p}.fields.token`)}
            secret
            value={fields.token}
            onChange={set('token')}
            onPaste={pasted('token')}
          />
          {askZoneId ? (
            <CredentialField
              id={`${id}-zone-id`}
              label={t(`${p}.fields.zoneId`)}
              value={fields.zoneId}
              onChange={set('zoneId')}
              onPaste={pasted('zoneId')}
            />
          ) : null}
          <p className="dns-help">{t(`${p}.cloudflare.narrowest`, { domain })}</p>
        </>
      ) : (
        <>
          <Field id={`${id}-endpoint`} label={t(`${p}.fields.endpoint`)}>
            {(control) => (
              <select {...control} value={fields.endpoint} onChange={set('endpoint')}>
                {OVH_ENDPOINTS.map((endpoint) => (
                  <option key={endpoint} value={endpoint}>
                    {t(`${p}.endpoints.${endpoint}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CredentialField
            id={`${id}-application-key`}
            label={t(`${p}.fields.applicationKey`)}
            value={fields.applicationKey}
            onChange={set('applicationKey')}
          />
          <CredentialField
            id={`${id}-application-secret`}
            label={t(`${p}.fields.applicationSecret`)}
            secret
            value={fields.applicationSecret}
            onChange={set('applicationSecret')}
          />
          <CredentialField
            id={`${id}-consumer-key`}
            label={t(`${p}.fields.consumerKey`)}
            secret
            value={fields.consumerKey}
            onChange={set('consumerKey')}
          />
          {sessionOnlyField}
        </>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(`${p}.save`)}
        </button>
        {demo && provider === 'cloudflare' ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void onSave({ demo: true })}
          >
            {t(`${p}.demoFill`)}
          </button>
        ) : null}
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OVH_ENDPOINTS, type DnsApiProvider, type OvhEndpoint } from '@shared/contract/publish';

// The narrowest credential, step by step as the provider's screens name things, and the fields to paste
// it into. What is typed goes to the core once (which checks it on the zone before keeping it) and the
// fields are emptied: the page never holds a saved credential.

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

interface Props {
  provider: DnsApiProvider;
  domain: string;
  busy: boolean;
  demo: boolean;
  onSave(fields: {
    token?: string;
    zoneId?: string;
    ovh?: { applicationKey: string; applicationSecret: string; consumerKey: string; endpoint: OvhEndpoint };
    sessionOnly?: boolean;
    demo?: boolean;
  }): Promise<unknown>;
}

export function PublishCredentialForm({ provider, domain, busy, demo, onSave }: Props) {
  const { t } = useTranslation();
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
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [name]: event.target.value }));
  const clear = () => setFields((previous) => ({ ...previous, token: '', applicationSecret: '', consumerKey: '' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { token, zoneId, applicationKey, applicationSecret, consumerKey, endpoint } = fields;
    await onSave(
      provider === 'cloudflare'
        ? { token, ...(zoneId.trim() ? { zoneId: zoneId.trim() } : {}), sessionOnly }
        : { ovh: { applicationKey, applicationSecret, consumerKey, endpoint }, sessionOnly },
    );
    clear();
  };

  const steps =
    provider === 'cloudflare' ? ['step1', 'step2', 'step3', 'step4', 'step5'] : ['step1', 'step2', 'step3', 'step4'];
  return (
    <form className="publish-credential" onSubmit={(event) => void submit(event)}>
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
          <label className="field">
            <span>{t(`${p}.fields.token`)}</span>
            <input type="password" autoComplete="off" spellCheck={false} value={fields.token} onChange={set('token')} />
          </label>
          <label className="field">
            <span>{t(`${p}.fields.zoneId`)}</span>
            <input type="text" autoComplete="off" spellCheck={false} value={fields.zoneId} onChange={set('zoneId')} />
          </label>
        </>
      ) : (
        <>
          <label className="field">
            <span>{t(`${p}.fields.endpoint`)}</span>
            <select value={fields.endpoint} onChange={set('endpoint')}>
              {OVH_ENDPOINTS.map((endpoint) => (
                <option key={endpoint} value={endpoint}>
                  {t(`${p}.endpoints.${endpoint}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t(`${p}.fields.applicationKey`)}</span>
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={fields.applicationKey}
              onChange={set('applicationKey')}
            />
          </label>
          <label className="field">
            <span>{t(`${p}.fields.applicationSecret`)}</span>
            <input
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={fields.applicationSecret}
              onChange={set('applicationSecret')}
            />
          </label>
          <label className="field">
            <span>{t(`${p}.fields.consumerKey`)}</span>
            <input
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={fields.consumerKey}
              onChange={set('consumerKey')}
            />
          </label>
        </>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={sessionOnly} onChange={(event) => setSessionOnly(event.target.checked)} />{' '}
        {t(`${p}.sessionOnly`)}
      </label>
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

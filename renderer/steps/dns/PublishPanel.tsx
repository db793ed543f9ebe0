import { useTranslation } from 'react-i18next';
import { DNS_API_PROVIDERS, type DnsApiProvider, type PublishChange, type PublishPlan } from '@shared/contract/publish';
import type { ProviderId } from '@shared/dns/providers';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressPanel } from '../../components/ProgressPanel';
import { useWizard } from '../../wizard-context';
import type { RecordsRequest } from './dns-request';
import { PublishCredentialForm } from './PublishCredentialForm';
import { usePublish } from './usePublish';
import './publish.css';

// "Publish the records for me" on the DNS step, where the domain's DNS provider has an API the
// assistant speaks (Cloudflare, OVHcloud): a key the user creates for it, the exact changes as a
// preview (read from the zone as soon as the key is saved), and the changes applied only when the user
// confirms; the step's check then runs by itself (onPublished). Every other provider keeps the
// copy-by-hand path above, unchanged.

/** The form's provider (shared/dns/providers) as the API the assistant speaks for it, if any. */
const API_OF: Partial<Record<ProviderId, DnsApiProvider>> = { cloudflare: 'cloudflare', ovhcloud: 'ovh' };
const apiProvider = (id: ProviderId): DnsApiProvider | undefined => {
  const api = API_OF[id];
  return api && (DNS_API_PROVIDERS as readonly string[]).includes(api) ? api : undefined;
};
const providerLabel = (id: DnsApiProvider) => (id === 'cloudflare' ? 'Cloudflare' : 'OVHcloud');

function ChangeList({ plan, changes }: { plan: PublishPlan; changes: PublishChange[] }) {
  const { t } = useTranslation();
  const p = 'dns.publish';
  const purpose = (id: string) => t(`dns.purposes.${id}.title`);
  return (
    <ul className="publish-changes">
      {changes.map((change) => (
        <li key={`${change.action}-${change.name}-${change.purpose}`}>
          <strong>
            {t(`${p}.${change.action}`, { type: change.type, name: change.name, purpose: purpose(change.purpose) })}
          </strong>
          {change.previous !== undefined ? (
            <div>
              {t(`${p}.was`)} <code>{change.previous}</code>
            </div>
          ) : null}
          <div>
            {t(`${p}.now`)} <code>{change.value}</code>
          </div>
        </li>
      ))}
      {plan.unchanged.map((record) => (
        <li key={`keep-${record.name}-${record.purpose}`}>
          {t(`${p}.unchanged`, { name: record.name, purpose: purpose(record.purpose) })}
        </li>
      ))}
      {plan.decisions.map((decision) => (
        <li key={`decide-${decision.code}-${decision.name}`} className="notice notice-info">
          {t(`${p}.decision`, { name: decision.name, count: decision.found.length })}
          <ul>
            {decision.found.map((value) => (
              <li key={value}>
                <code>{value}</code>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function PublishPanel({
  provider,
  request,
  onPublished,
}: {
  provider: ProviderId;
  request: RecordsRequest;
  onPublished(): void;
}) {
  const api = apiProvider(provider);
  if (!api || !request.domain) return null;
  return <Panel provider={api} request={request} onPublished={onPublished} />;
}

function Panel({
  provider,
  request,
  onPublished,
}: {
  provider: DnsApiProvider;
  request: RecordsRequest;
  onPublished(): void;
}) {
  const { t } = useTranslation();
  const { demo } = useWizard();
  const p = 'dns.publish';
  const publish = usePublish(provider, request);
  const { status, save, plan, apply } = publish;
  const shownPlan = apply.result ?? plan.result;
  const running = save.running || plan.running || apply.running;
  const operation = save.running ? save : plan.running ? plan : apply.running ? apply : undefined;

  return (
    <section className="dns-publish" aria-labelledby="dns-publish-title">
      <h2 id="dns-publish-title">{t(`${p}.title`)}</h2>
      <p>{t(`${p}.intro`, { domain: request.domain, provider: providerLabel(provider) })}</p>
      {status && !status.saved ? (
        <PublishCredentialForm
          provider={provider}
          domain={request.domain}
          busy={running}
          demo={demo.active}
          error={save.error}
          onSave={publish.saveCredential}
        />
      ) : null}
      {save.result ? (
        <p className="notice notice-info">
          {t(save.result.source === 'session' ? `${p}.savedSession` : `${p}.saved`, { zone: save.result.zone })}
        </p>
      ) : null}
      {save.error ? <ErrorNotice error={save.error} onRetry={save.reset} /> : null}
      {status?.saved && (plan.result || plan.error || apply.result || apply.error) ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            disabled={running}
            onClick={() => void publish.showPlan()}
          >
            {t(`${p}.plan`)}
          </button>
        </div>
      ) : null}
      {operation ? <ProgressPanel progress={operation.progress} onCancel={() => void operation.cancel()} /> : null}
      {plan.error ? <ErrorNotice error={plan.error} onRetry={() => void publish.showPlan()} /> : null}
      {shownPlan ? (
        <div className="publish-plan">
          <h3>{t(`${p}.planHeading`, { zone: shownPlan.zone })}</h3>
          <ChangeList plan={shownPlan} changes={apply.result ? apply.result.applied : shownPlan.changes} />
          {shownPlan.pending.length ? (
            <p className="dns-help">
              {t(`${p}.pending`, { purposes: shownPlan.pending.map((id) => t(`dns.purposes.${id}.title`)).join(', ') })}
            </p>
          ) : null}
          {!apply.result && !shownPlan.changes.length && !shownPlan.decisions.length ? (
            <p className="notice notice-info">{t(`${p}.nothing`)}</p>
          ) : null}
          {!apply.result && shownPlan.changes.length && !shownPlan.decisions.length ? (
            <button
              type="button"
              className="button"
              disabled={running}
              onClick={() =>
                void publish.publish().then((result) => {
                  if (result) onPublished();
                })
              }
            >
              {t(`${p}.apply`, { count: shownPlan.changes.length })}
            </button>
          ) : null}
        </div>
      ) : null}
      {apply.error ? <ErrorNotice error={apply.error} onRetry={() => void publish.publish()} /> : null}
      <p className="dns-help" role="status">
        {apply.result
          ? apply.result.writes
            ? t(`${p}.applied`, { count: apply.result.writes })
            : t(`${p}.appliedNone`)
          : ''}
      </p>
      {apply.result?.applied.some((change) => change.previous !== undefined) ? (
        <p className="dns-help">{t(`${p}.undo`)}</p>
      ) : null}
    </section>
  );
}

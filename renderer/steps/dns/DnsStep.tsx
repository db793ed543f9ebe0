import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorPayload } from '@shared/errors';
import type { SettingsPatch } from '@shared/settings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StepFrame } from '../../components/StepFrame';
import { useSettingsWrite } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useWizard } from '../../wizard-context';
import { CheckPanel } from './CheckPanel';
import { DnsDomain } from './DnsDomain';
import { DnsOptions, providerName } from './DnsOptions';
import { recordsRequest } from './dns-request';
import { ExportButtons } from './ExportButtons';
import { PastedMailjetValues } from './PastedMailjetValues';
import { PendingRecords } from './PendingRecords';
import { PublishPanel } from './PublishPanel';
import { ProviderInstructions } from './ProviderInstructions';
import { RecordCard } from './RecordCard';
import { useDnsCheck, type MailjetCheck } from './useDnsCheck';
import { useDnsRecords } from './useDnsRecords';
import { useMailjetDnsValues } from './useMailjetDnsValues';
import { useProviderDetection } from './useProviderDetection';
import { cleanDomain, effectiveAddresses, isOdooOwnedDomain, rememberedDomain } from '../senders/sender-choices';
import { useMailjetKeysSaved } from '../senders/useMailjetKeysSaved';
import './dns.css';

/** How Mailjet takes part in "Check now" on this path, with these keys, for this domain. */
function useMailjetCheck(domain: string, offline: boolean, keysSaved: boolean | undefined): MailjetCheck {
  const { progress } = useWizard();
  const { settings } = useSettings();
  return useMemo(() => {
    if (offline || keysSaved !== true || !domain) return { kind: 'none' };
    const remembered = rememberedDomain(settings, domain);
    if (progress.path === 'automatic' && remembered && remembered.senders.domain?.status !== 'active') {
      const { notifications, bounce, catchall } = remembered.senders;
      const addresses = {
        ...(notifications ? { notifications: notifications.email } : {}),
        ...(bounce ? { bounce: bounce.email } : {}),
        ...(catchall ? { catchall: catchall.email } : {}),
      };
      return { kind: 'validate', input: { domain, addresses, activationEmails: 'no' } };
    }
    const addresses = effectiveAddresses(domain, settings.mailjet?.senderChoices ?? {}, undefined);
    return { kind: 'status', input: { domain, check: true, ...(remembered ? {} : { addresses }) } };
  }, [domain, offline, keysSaved, settings, progress.path]);
}

export function DnsStep() {
  const { t } = useTranslation();
  const { progress, demo } = useWizard();
  // Read again as the step opens: what another face (or an earlier visit) saved since the wizard started.
  const { settings } = useSettings();
  const patchSettings = useSettingsWrite();
  const offline = progress.path === 'dns-only';
  const domain = cleanDomain(
    settings.dns?.domain ?? (offline ? undefined : settings.mailjet?.lastDomain) ?? demo.domain ?? '',
  );
  const [saveError, setSaveError] = useState<ErrorPayload | undefined>();
  const save = useCallback(async (patch: SettingsPatch) => setSaveError(await patchSettings(patch)), [patchSettings]);
  const changeDomain = (text: string) => {
    if (cleanDomain(text) !== domain) void save({ dns: { domain: cleanDomain(text) } });
  };
  const changeDmarcRua = (text: string) => {
    if (text.trim() !== (settings.dns?.dmarcRua ?? '')) void save({ dns: { dmarcRua: text.trim() } });
  };

  const keysSaved = useMailjetKeysSaved();
  const mailjet = useMailjetDnsValues(domain, offline, offline ? false : keysSaved);
  const { provider, detection, choose } = useProviderDetection(domain, offline);
  const request = domain && !mailjet.loading ? recordsRequest(domain, mailjet.values, settings) : undefined;
  const records = useDnsRecords(request, provider, !offline);
  const mailjetCheck = useMailjetCheck(domain, offline, keysSaved);
  const check = useDnsCheck(request, mailjetCheck, records.reload);
  // Published through the provider's API: the cards are read again, and the check follows by itself.
  const checkAfterPublishing = () => {
    records.reload();
    void check.run();
  };
  const form = records.result?.form;
  const noAccess = !offline && settings.mailjet?.senderChoices?.dnsAccess === false;
  const showPasted =
    offline || (progress.path === 'guided' && mailjet.source !== 'setup' && mailjet.source !== 'mailjet');

  return (
    <StepFrame step="dns">
      <DnsDomain key={domain} domain={domain} offline={offline} onCommit={changeDomain} />
      {isOdooOwnedDomain(domain) ? (
        <p className="notice notice-info">{t('odoo.warnings.odoo-subdomain', { domain })}</p>
      ) : null}
      {noAccess ? <p className="notice notice-info">{t('wizard.dns.noAccessNote')}</p> : null}
      <DnsOptions
        provider={provider}
        detection={detection}
        onProvider={choose}
        odooOnline={!!settings.dns?.odooOnline}
        onOdooOnline={(value) => void save({ dns: { odooOnline: value } })}
        dmarcRua={settings.dns?.dmarcRua ?? ''}
        onDmarcRua={changeDmarcRua}
      />
      {showPasted ? (
        <PastedMailjetValues
          pasted={settings.dns?.pastedMailjet ?? {}}
          onChange={(values) => void save({ dns: { pastedMailjet: values } })}
        />
      ) : null}
      {mailjet.source === 'setup' || mailjet.source === 'mailjet' ? (
        <p className="dns-help">{t(`wizard.dns.valuesFrom.${mailjet.source}`)}</p>
      ) : null}
      {saveError ? <ErrorNotice error={saveError} onRetry={() => setSaveError(undefined)} /> : null}

      {!domain ? <p className="notice notice-info">{t('wizard.dns.domainFirst')}</p> : null}
      <p className="dns-help" role="status">
        {request && records.loading && !records.result ? t('wizard.dns.preparing') : ''}
      </p>
      {records.error ? <ErrorNotice error={records.error} onRetry={records.reload} /> : null}
      {records.result && form ? (
        <>
          <section className="dns-records" aria-labelledby="dns-records-title">
            <h2 id="dns-records-title">
              {form.provider.id === 'generic'
                ? t('wizard.dns.recordsTitle')
                : t('wizard.dns.recordsTitleAt', { provider: providerName(form.provider.id, '') })}
            </h2>
            <ProviderInstructions form={form} />
            {records.result.notices.map((notice) => (
              <p key={notice.code} className="notice notice-info">
                {t(`dns.notices.${notice.code}`, notice.params ?? {})}
              </p>
            ))}
            <PendingRecords pending={records.result.pending} automatic={progress.path === 'automatic'} />
            {form.rows.map((row) => (
              <RecordCard key={`${row.purpose}-${row.fqdn}`} row={row} />
            ))}
          </section>
          {request ? <ExportButtons request={request} provider={provider} lookupExisting={!offline} /> : null}
          {request && !offline ? (
            <PublishPanel provider={provider} request={request} onPublished={checkAfterPublishing} />
          ) : null}
        </>
      ) : null}
      <CheckPanel
        check={check}
        domain={domain}
        records={records.result?.records}
        offline={offline}
        mailjetSkipped={!offline && keysSaved === false}
      />
    </StepFrame>
  );
}

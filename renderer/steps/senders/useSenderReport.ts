import { useCallback, useEffect, useRef, useState } from 'react';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import type { ErrorPayload } from '@shared/errors';
import { useDemoActivateSenders, useSettingsWrite } from '../../data/mutations';
import { useSettings } from '../../data/queries';
import { useOperation } from '../../hooks/useOperation';
import { useWizard } from '../../wizard-context';
import { rememberedDomain } from './sender-choices';
import type { SenderForm } from './useSenderForm';

export interface ShownReport {
  report: MailjetDomainReport;
  /** A setup run says what it created; a status read only where things stand. */
  from: 'setup' | 'status';
}

/**
 * The senders' state as Mailjet reports it: from a setup run, or read again ("Check again", and once
 * on opening when the domain was set up before, so a revisit shows the truth of now). `ready` says the
 * domain is settled (Odoo's alias domain, when it is being read, has arrived).
 */
export function useSenderReport(form: SenderForm, keysSaved: boolean | undefined, ready: boolean) {
  const { progress } = useWizard();
  const { settings, fresh: settingsFresh } = useSettings();
  const patchSettings = useSettingsWrite();
  const { run: activateSenders } = useDemoActivateSenders();
  const setup = useOperation('mailjetSetup');
  const status = useOperation('mailjetStatus');
  const [shown, setShown] = useState<ShownReport | undefined>();
  const [inbox, setInbox] = useState<{ activated?: number; error?: ErrorPayload }>({});
  const guided = progress.path === 'guided';

  const remember = useCallback(
    async (report: MailjetDomainReport) => {
      // The core normalises the domain (an IDN becomes its ASCII form): the next step uses that one.
      if (report.domain !== settings.dns?.domain) await patchSettings({ dns: { domain: report.domain } });
    },
    [patchSettings, settings.dns?.domain],
  );

  const runSetup = useCallback(async () => {
    await form.commitDomain();
    const report = await setup.run({
      domain: form.domain,
      addresses: form.addresses,
      emailType: form.emailType,
      activationEmails: form.dnsAccess ? 'no' : 'send',
    });
    if (!report) return;
    setShown({ report, from: 'setup' });
    await remember(report);
  }, [form, setup, remember]);

  const runStatus = useCallback(
    () =>
      status.run({ domain: form.domain, addresses: form.addresses }).then(async (report) => {
        if (!report) return;
        setShown({ report, from: 'status' });
        await remember(report);
      }),
    [form.domain, form.addresses, status, remember],
  );

  const openDemoInbox = useCallback(async () => {
    const result = await activateSenders({});
    setInbox(result.ok ? { activated: result.value.activated } : { error: result.error });
    if (result.ok) await runStatus();
  }, [activateSenders, runStatus]);

  // Once per visit: what Mailjet says now about a domain set up before (or, on the guided path, added
  // by hand). The settings are read again first: another face may have run a setup meanwhile.
  const readOnOpen = useRef(false);
  useEffect(() => {
    if (readOnOpen.current || !ready || !settingsFresh || keysSaved !== true || !form.domain) return;
    readOnOpen.current = true;
    if (rememberedDomain(settings, form.domain) || guided) void runStatus();
  }, [ready, settingsFresh, keysSaved, form.domain, settings, guided, runStatus]);

  return { setup, status, shown, runSetup, runStatus, inbox, openDemoInbox };
}

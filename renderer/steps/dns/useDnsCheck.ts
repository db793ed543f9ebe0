import { useCallback, useRef, useState } from 'react';
import type { ChannelInput } from '@shared/contract';
import type { MailjetDomainReport } from '@shared/contract/mailjet';
import { useOperation } from '../../hooks/useOperation';
import type { CheckResult, RecordsRequest } from './dns-request';

/**
 * How Mailjet is asked to look: a domain set up on the automatic path and not validated yet runs the
 * setup again (it validates the ownership record, as Mailjet's "Check Now" does, and creates nothing
 * that exists); otherwise Mailjet re-reads SPF and DKIM. None without keys, or offline.
 */
export type MailjetCheck =
  | { kind: 'none' }
  | { kind: 'validate'; input: ChannelInput<'mailjetSetup'> }
  | { kind: 'status'; input: ChannelInput<'mailjetStatus'> };

/** "Check now": our own look at the nameservers, then Mailjet's, one after the other, each cancellable. */
export function useDnsCheck(request: RecordsRequest | undefined, mailjet: MailjetCheck, onChecked: () => void) {
  const dnsCheck = useOperation('dnsCheck');
  const validate = useOperation('mailjetSetup');
  const status = useOperation('mailjetStatus');
  const [checked, setChecked] = useState<CheckResult | undefined>();
  const [mailjetReport, setMailjetReport] = useState<MailjetDomainReport | undefined>();

  const stopped = useRef(false);
  const { run: runDns } = dnsCheck;
  const { run: runValidate } = validate;
  const { run: runStatus } = status;
  const run = useCallback(async () => {
    if (!request) return;
    stopped.current = false;
    const result = await runDns(request);
    setChecked(result);
    // Stopped on purpose: Mailjet is not asked either.
    if (!stopped.current && mailjet.kind !== 'none') {
      const report = mailjet.kind === 'validate' ? await runValidate(mailjet.input) : await runStatus(mailjet.input);
      setMailjetReport(report);
    }
    // The check's date and outcome are saved by the core; the settings are read again by the data layer.
    onChecked();
  }, [request, runDns, mailjet, runValidate, runStatus, onChecked]);

  const running = dnsCheck.running ? dnsCheck : validate.running ? validate : status.running ? status : undefined;
  const cancel = useCallback(() => {
    stopped.current = true;
    void running?.cancel();
  }, [running]);
  return {
    run,
    cancel,
    running: running ? { progress: running.progress } : undefined,
    checked,
    mailjetReport,
    dnsError: dnsCheck.error,
    mailjetError: validate.error ?? status.error,
  };
}

import { useMailjetDomainStatus, useSettings } from '../../data/queries';
import { effectiveAddresses, rememberedDomain } from '../senders/sender-choices';
import { hasMailjetValues, pastedToValues, type MailjetValues } from './dns-request';

type ValuesSource = 'setup' | 'mailjet' | 'pasted' | 'none';

export interface MailjetDnsValues {
  values?: MailjetValues;
  source: ValuesSource;
  /** Still asking Mailjet: the records wait, so they do not flash without the Mailjet ones. */
  loading: boolean;
}

/**
 * The ownership and DKIM values to publish: from the last setup (saved with the settings), else from
 * Mailjet when keys exist (the guided path, where the domain was added by hand), else what the user
 * pasted from Mailjet's screens. Offline, only the pasted ones.
 */
export function useMailjetDnsValues(
  domain: string,
  offline: boolean,
  keysSaved: boolean | undefined,
): MailjetDnsValues {
  const { settings } = useSettings();
  const remembered = offline ? undefined : rememberedDomain(settings, domain);
  const fromSetup = remembered?.dns && hasMailjetValues(remembered.dns) ? remembered.dns : undefined;
  const askMailjet = !offline && !fromSetup && !!domain && keysSaved === true;
  const asked = useMailjetDomainStatus(
    askMailjet
      ? { domain, addresses: effectiveAddresses(domain, settings.mailjet?.senderChoices ?? {}, undefined) }
      : undefined,
  );

  const pasted = pastedToValues(settings.dns?.pastedMailjet);
  if (fromSetup) return { values: fromSetup, source: 'setup', loading: false };
  if (!offline && domain && keysSaved === undefined) return { source: 'none', loading: true };
  if (askMailjet && (asked.loading || (!asked.data && !asked.error))) return { source: 'none', loading: true };
  const fromMailjet = askMailjet && asked.data && hasMailjetValues(asked.data.dns) ? asked.data.dns : undefined;
  if (fromMailjet) return { values: fromMailjet, source: 'mailjet', loading: false };
  return pasted ? { values: pasted, source: 'pasted', loading: false } : { source: 'none', loading: false };
}

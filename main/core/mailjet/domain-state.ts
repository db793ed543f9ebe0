import { MAX_REMEMBERED_DOMAINS, type MailjetDomainState } from '@shared/settings/mailjet';
import type { SettingsStore } from '../../host/settings';

// What setup remembers per domain between runs: sender IDs and statuses, the DNS values, and which
// activation e-mails were already requested. Only a hint for the next run; Mailjet decides.

/** The remembered state, unless it was made with another API key (senders belong to one key). */
export function readDomainState(
  settings: SettingsStore,
  domain: string,
  apiKey: string,
): MailjetDomainState | undefined {
  const state = settings.read().mailjet?.domains?.find((entry) => entry.domain === domain);
  return state && state.apiKey === apiKey ? state : undefined;
}

export function lastDomain(settings: SettingsStore): string | undefined {
  return settings.read().mailjet?.lastDomain;
}

/** Replaces the domain's entry, newest last, dropping the oldest beyond the limit. */
export function writeDomainState(settings: SettingsStore, state: MailjetDomainState): void {
  const others = (settings.read().mailjet?.domains ?? []).filter((entry) => entry.domain !== state.domain);
  const domains = [...others, state].slice(-MAX_REMEMBERED_DOMAINS);
  settings.patch({ mailjet: { domains, lastDomain: state.domain } });
}

import type { AddressRole } from '@shared/mail-addresses';
import type { ChannelOutput } from '@shared/contract';
import { asciiHost } from '@shared/dns/host-name';
import type { Settings } from '@shared/settings';
import type { MailjetDomainState } from '@shared/settings/mailjet';

// What the senders step shows before anything runs: the domain, whether its DNS can be edited, the
// e-mail type and the three addresses, from what the user chose, what Odoo uses, or the defaults of
// the documentation (notifications@, bounce@, catchall@).

export type EmailType = 'transactional' | 'bulk';
export type SenderChoices = NonNullable<NonNullable<Settings['mailjet']>['senderChoices']>;
export type OdooAddresses = NonNullable<ChannelOutput<'odooConnect'>['addresses']>;
export type Addresses = Record<AddressRole, string>;

export const cleanDomain = (domain: string) => domain.trim().toLowerCase().replace(/\.$/, '');

/** What is typed, in ASCII (an IDN in punycode), by the shared host rule the core starts from. */
function asciiDomain(domain: string): string {
  return asciiHost(domain) ?? cleanDomain(domain);
}

/**
 * Whether a report about `reported` is about what is typed. The core reports the sending domain
 * (shared/dns/domain.ts: "https://www.example.it/" is set up as example.it), so the typed host may be under it.
 */
export function isSameDomain(reported: string, typed: string): boolean {
  const host = asciiDomain(typed);
  return host === reported || host === `www.${reported}`;
}

/** Odoo Online and Odoo.sh databases send from a domain of Odoo's, whose DNS nobody but Odoo edits. */
export function isOdooOwnedDomain(domain: string): boolean {
  return /(^|\.)odoo\.(com|sh)$/.test(cleanDomain(domain));
}

/** What the last setup of this domain, with the saved API key, left in the settings. */
export function rememberedDomain(settings: Settings, domain: string): MailjetDomainState | undefined {
  const apiKey = settings.mailjet?.apiKey;
  return settings.mailjet?.domains?.find((entry) => entry.apiKey === apiKey && isSameDomain(entry.domain, domain));
}

/** The user's own address first, then Odoo's when it uses the same domain, then the documentation's name. */
export function effectiveAddresses(domain: string, choices: SenderChoices, odoo: OdooAddresses | undefined): Addresses {
  const clean = cleanDomain(domain);
  const fromOdoo = odoo && cleanDomain(odoo.domain) === clean ? odoo : undefined;
  const pick = (role: AddressRole) => choices[role]?.trim() || fromOdoo?.[role] || `${role}@${clean}`;
  return { notifications: pick('notifications'), bounce: pick('bounce'), catchall: pick('catchall') };
}

export function defaultEmailType(
  choices: SenderChoices,
  remembered: MailjetDomainState | undefined,
  settings: Settings,
): EmailType {
  return (
    choices.emailType ?? remembered?.emailType ?? (settings.odoo?.purpose === 'mass-mailing' ? 'bulk' : 'transactional')
  );
}

/** A domain set up before through activation e-mails was set up without DNS access. */
export function defaultDnsAccess(choices: SenderChoices, remembered: MailjetDomainState | undefined): boolean {
  if (choices.dnsAccess !== undefined) return choices.dnsAccess;
  const senders = remembered ? Object.values(remembered.senders) : [];
  return !senders.some((sender) => sender?.activationRequestedAt);
}

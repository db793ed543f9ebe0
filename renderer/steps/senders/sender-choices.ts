import type { ChannelOutput } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import type { MailjetDomainState } from '../../../shared/settings/mailjet';

// What the senders step shows before anything runs: the domain, whether its DNS can be edited, the
// e-mail type and the three addresses, from what the user chose, what Odoo uses, or the defaults of
// the documentation (notifications@, bounce@, catchall@).

export const ADDRESS_ROLES = ['notifications', 'bounce', 'catchall'] as const;
export type AddressRole = (typeof ADDRESS_ROLES)[number];
export type EmailType = 'transactional' | 'bulk';
export type SenderChoices = NonNullable<NonNullable<Settings['mailjet']>['senderChoices']>;
export type OdooAddresses = NonNullable<ChannelOutput<'odooConnect'>['addresses']>;
export type Addresses = Record<AddressRole, string>;

export const cleanDomain = (domain: string) => domain.trim().toLowerCase().replace(/\.$/, '');

/** The ASCII form the core reports (an IDN in punycode), to compare a report with what is typed. */
export function asciiDomain(domain: string): string {
  const clean = cleanDomain(domain);
  try {
    return new URL(`http://${clean}`).hostname;
  } catch {
    return clean;
  }
}

/** Odoo Online and Odoo.sh databases send from a domain of Odoo's, whose DNS nobody but Odoo edits. */
export function isOdooOwnedDomain(domain: string): boolean {
  return /(^|\.)odoo\.(com|sh)$/.test(cleanDomain(domain));
}

/** What the last setup of this domain, with the saved API key, left in the settings. */
export function rememberedDomain(settings: Settings, domain: string): MailjetDomainState | undefined {
  const wanted = asciiDomain(domain);
  const apiKey = settings.mailjet?.apiKey;
  return settings.mailjet?.domains?.find((entry) => entry.domain === wanted && entry.apiKey === apiKey);
}

/** The user's own address first, then Odoo's when it uses the same domain, then the documentation's name. */
export function effectiveAddresses(domain: string, choices: SenderChoices, odoo: OdooAddresses | undefined): Addresses {
  const clean = cleanDomain(domain);
  const fromOdoo = odoo && cleanDomain(odoo.domain) === clean ? odoo : undefined;
  const pick = (role: AddressRole) => choices[role]?.trim() || fromOdoo?.[role] || `${role}@${clean}`;
  return { notifications: pick('notifications'), bounce: pick('bounce'), catchall: pick('catchall') };
}

export function defaultEmailType(choices: SenderChoices, remembered: MailjetDomainState | undefined, settings: Settings): EmailType {
  return choices.emailType ?? remembered?.emailType ?? (settings.odoo?.purpose === 'mass-mailing' ? 'bulk' : 'transactional');
}

/** A domain set up before through activation e-mails was set up without DNS access. */
export function defaultDnsAccess(choices: SenderChoices, remembered: MailjetDomainState | undefined): boolean {
  if (choices.dnsAccess !== undefined) return choices.dnsAccess;
  const senders = remembered ? Object.values(remembered.senders) : [];
  return !senders.some((sender) => sender?.activationRequestedAt);
}

/** The classes of this step's fields (senders.css), for the shared Field component. */
export const FIELD_LOOK = { className: 'senders-field', labelClassName: 'senders-label', hintClassName: 'senders-help' };

import { sendingDomain } from '@shared/dns/domain';
import { asciiHost } from '@shared/dns/host-name';
import { AppError } from '@shared/errors';
import type { AddressRole, MailAddresses } from '@shared/mail-addresses';

// What the user typed (or Odoo returned) turned into what Mailjet is asked about: ASCII domains in
// lower case, and the three addresses the Odoo documentation lists, defaulting to its own names.

// node-mailjet puts an address into the URL path without encoding it, so characters that end a path
// segment (/ ? # %) are refused even though RFC 5322 allows some of them.
const LOCAL_PART = /^[a-z0-9!$&'*+=^_`{|}~-]+(\.[a-z0-9!$&'*+=^_`{|}~-]+)*$/i;

/** The domain part of an address, in ASCII; nothing else may come with it (no link, no path, no port). */
function addressDomain(input: string): string | null {
  return /^[^\s/:@?#<>]+$/.test(input) ? asciiHost(input) : null;
}

export function normaliseAddress(input: string, role: AddressRole): string {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at > 0 ? trimmed.slice(0, at) : '';
  const domain = at > 0 ? addressDomain(trimmed.slice(at + 1)) : null;
  if (!local || local.length > 64 || !LOCAL_PART.test(local) || !domain) {
    throw new AppError('mailjet.bad-address', { role, address: trimmed.slice(0, 120) });
  }
  return `${local.toLowerCase()}@${domain}`;
}

export const domainSenderEmail = (domain: string) => `*@${domain}`;

export const domainOfAddress = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/** The documentation's defaults (notifications@, bounce@, catchall@) for whatever Odoo did not give. */
export function resolveAddresses(domainInput: string, given: Partial<Record<AddressRole, string>> = {}): MailAddresses {
  // The one domain rule every face shares (shared/dns/domain.ts): "https://www.example.it/" and
  // "info@Example.IT" are example.it; a subdomain of its own ("shop.example.net") is kept, as Mailjet takes it.
  const domain = sendingDomain(domainInput);
  const pick = (role: AddressRole) => normaliseAddress(given[role]?.trim() || `${role}@${domain}`, role);
  return { domain, notifications: pick('notifications'), bounce: pick('bounce'), catchall: pick('catchall') };
}

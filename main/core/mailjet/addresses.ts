import { domainToASCII } from 'node:url';
import { parse as parseHost } from 'tldts';
import { AppError } from '../../../shared/errors';
import type { MailAddresses } from '../../../shared/mail-addresses';

// What the user typed (or Odoo returned) turned into what Mailjet is asked about: ASCII domains in
// lower case, and the three addresses the Odoo documentation lists, defaulting to its own names.

export const ADDRESS_ROLES = ['notifications', 'bounce', 'catchall'] as const;
export type AddressRole = (typeof ADDRESS_ROLES)[number];

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// node-mailjet puts an address into the URL path without encoding it, so characters that end a path
// segment (/ ? # %) are refused even though RFC 5322 allows some of them.
const LOCAL_PART = /^[a-z0-9!$&'*+=^_`{|}~-]+(\.[a-z0-9!$&'*+=^_`{|}~-]+)*$/i;

function toAsciiDomain(input: string): string | null {
  const trimmed = input.trim().replace(/\.$/, '');
  if (!trimmed || /[\s/:@]/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed.toLowerCase());
  if (!ascii || ascii.length > 253) return null;
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) ? ascii : null;
}

/**
 * Accepts what people paste: "Example.IT", "https://www.example.it/", "*@example.it", "@example.it",
 * an Italian IDN. Refuses what Mailjet cannot validate, like a bare public suffix ("co.uk").
 */
export function normaliseDomain(input: string): string {
  const stripped = input
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/^\*?@/, '');
  const domain = toAsciiDomain(stripped);
  if (!domain) throw new AppError('mailjet.bad-domain', { domain: input.trim().slice(0, 100) });
  const parsed = parseHost(domain);
  if (parsed.isIp) throw new AppError('mailjet.bad-domain', { domain });
  if (!parsed.domain) throw new AppError('mailjet.public-suffix', { domain });
  return domain;
}

export function normaliseAddress(input: string, role: AddressRole): string {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at > 0 ? trimmed.slice(0, at) : '';
  const domain = at > 0 ? toAsciiDomain(trimmed.slice(at + 1)) : null;
  if (!local || local.length > 64 || !LOCAL_PART.test(local) || !domain) {
    throw new AppError('mailjet.bad-address', { role, address: trimmed.slice(0, 120) });
  }
  return `${local.toLowerCase()}@${domain}`;
}

export const domainSenderEmail = (domain: string) => `*@${domain}`;

export const domainOfAddress = (email: string) => email.slice(email.lastIndexOf('@') + 1);

/** The documentation's defaults (notifications@, bounce@, catchall@) for whatever Odoo did not give. */
export function resolveAddresses(domainInput: string, given: Partial<Record<AddressRole, string>> = {}): MailAddresses {
  const domain = normaliseDomain(domainInput);
  const pick = (role: AddressRole) => normaliseAddress(given[role]?.trim() || `${role}@${domain}`, role);
  return { domain, notifications: pick('notifications'), bounce: pick('bounce'), catchall: pick('catchall') };
}

// Mailjet's SMTP relay as Odoo must be told about it. The documentation pairs both ports with
// "SSL/TLS", but Odoo's `ssl` value opens implicit TLS, which only port 465 speaks: on 587 the server
// expects STARTTLS and the test fails with WRONG_VERSION_NUMBER. So the encryption follows the port.

export const MAILJET_SMTP_HOST = 'in-v3.mailjet.com';

export const MAILJET_PORTS = [465, 587] as const;
export type MailjetPort = (typeof MAILJET_PORTS)[number];

export const PURPOSES = ['all', 'mass-mailing'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Odoo 19 adds the `_strict` variants, which also check the certificate; they are preferred when offered. */
const ENCRYPTION_PREFERENCE: Record<MailjetPort, readonly string[]> = {
  465: ['ssl_strict', 'ssl'],
  587: ['starttls_strict', 'starttls'],
};

/** The `smtp_encryption` value for the port, among those this Odoo offers (read with fields_get). */
export function encryptionForPort(port: MailjetPort, offered: readonly string[]): string | undefined {
  return ENCRYPTION_PREFERENCE[port].find((value) => offered.includes(value));
}

export function isMailjetPort(value: unknown): value is MailjetPort {
  return value === 465 || value === 587;
}

export function isMailjetHost(host: unknown): boolean {
  return typeof host === 'string' && host.trim().toLowerCase() === MAILJET_SMTP_HOST;
}

/**
 * Odoo 17+ reads the From filter as a comma-separated list; 16 as one value (its `_match_from_filter`
 * compares the whole field, so "a.com,b.com" matches neither). Both compare without case.
 */
function fromFilterEntries(filter: unknown, major?: number): string[] {
  if (typeof filter !== 'string') return [];
  if (major !== undefined && major < 17) return filter.trim() ? [filter.trim().toLowerCase()] : [];
  return filter
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a server's From filter lets it send for the domain (the domain itself or an address in it). */
export function filterCoversDomain(filter: unknown, domain: string, major?: number): boolean {
  const wanted = domain.toLowerCase();
  return fromFilterEntries(filter, major).some((entry) => entry === wanted || entry.endsWith(`@${wanted}`));
}

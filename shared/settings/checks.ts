import { z } from 'zod';
import { asciiHost, parseMailbox } from '../dns/host-name';
import { normaliseOdooUrl } from '../odoo/url';

// What a settings value must be before it is stored, whichever face sends it. The checks reuse the
// normalisers the steps use later, so a value the settings accept is one the assistant can work with;
// they live on the schema so the CLI, the wizard's settingsWrite and a file edited by hand meet the same rules.

/** Control characters have no place in a single-line value: "\r\nBcc:" in an address, escapes for a terminal. */
export const hasNoControlCharacters = (value: string) => !/[\u0000-\u001f\u007f-\u009f]/.test(value); // eslint-disable-line no-control-regex

/** Link-local addresses (169.254.0.0/16, fe80::/10) hold cloud metadata services and never an Odoo or a DNS server. */
function isLinkLocalAddress(host: string): boolean {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    /^169\.254\.\d{1,3}\.\d{1,3}$/.test(bare) || /^fe[89ab][0-9a-f]?:/.test(bare) || bare === 'metadata.google.internal'
  );
}

/** The Odoo address as the connection step keeps it (scheme, host, port), or undefined when it cannot be one. */
export function storableOdooUrl(value: string): string | undefined {
  const result = normaliseOdooUrl(value);
  if (!result.ok || !hasNoControlCharacters(value)) return undefined;
  return isLinkLocalAddress(new URL(result.url).hostname) ? undefined : result.url;
}

/** A domain as people type it (a bare name, an IDN, even a pasted link): it must lead to a host name by
 * the rule every step uses (shared/dns/host-name.ts), so spaces around the dots are a slip it forgives too;
 * markup is refused even in the part of a link the domain does not come from. */
export function isDomainText(value: string): boolean {
  return hasNoControlCharacters(value) && !/[<>"'`\\]/.test(value.trim()) && asciiHost(value) !== null;
}

/** One e-mail address, as the DMARC report address and the senders are checked. */
export function isEmailAddress(value: string): boolean {
  return hasNoControlCharacters(value) && parseMailbox(value) !== null;
}

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

/** "IP", "IP:PORT" or "[IPv6]:PORT" naming a DNS server; not an unspecified or link-local address. */
export function isResolverAddress(value: string): boolean {
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  const v4WithPort = /^([\d.]+):(\d{1,5})$/.exec(text);
  const ip = bracketed?.[1] ?? v4WithPort?.[1] ?? text;
  const port = Number(bracketed?.[2] ?? v4WithPort?.[2] ?? 53);
  const isIp = ipv4.safeParse(ip).success || ipv6.safeParse(ip).success;
  return isIp && port >= 1 && port <= 65535 && !isLinkLocalAddress(ip) && ip !== '0.0.0.0' && ip !== '::';
}

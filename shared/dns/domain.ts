import punycode from 'punycode/punycode.js';
import { AppError } from '../errors';
import { hostPart, toAscii } from './host-name';
import { endsInKnownSuffix, isPublicSuffix, registrableDomain } from './registrable-domain';

// People paste what they have at hand: an address, a web link, the domain in capitals with a dot at
// the end. The assistant turns it into the domain they mean, in the ASCII form DNS needs and the
// Unicode form they recognise, or says plainly why it cannot.

export interface NormalisedDomain {
  /** For DNS: lower case, punycode, no trailing dot. */
  ascii: string;
  /** For people: the same name with IDN labels decoded. */
  unicode: string;
  /** Labels dropped to reach the registrable domain ("www", "mail"), so the UI can say so. */
  droppedSubdomain?: string;
}

/** The one parse every face shares: the ASCII host and its registrable domain, or the refusal. */
function parseDomain(raw: string): { host: string; registrable: string } {
  const shown = raw.trim().slice(0, 80);
  const host = hostPart(raw);
  const ascii = host ? toAscii(host) : null;
  if (!ascii) throw new AppError('dns.invalid-domain', { value: shown });
  const registrable = ascii.includes('.') ? registrableDomain(ascii) : null;
  if (!registrable) {
    throw new AppError(isPublicSuffix(ascii) && endsInKnownSuffix(ascii) ? 'dns.public-suffix' : 'dns.invalid-domain', {
      value: shown,
    });
  }
  return { host: ascii, registrable };
}

/** The domain whose DNS records the DNS step prepares: the registrable domain, saying which labels it left out. */
export function normaliseDomain(raw: string): NormalisedDomain {
  const { host, registrable } = parseDomain(raw);
  const dropped = host === registrable ? undefined : host.slice(0, -(registrable.length + 1));
  return {
    ascii: registrable,
    unicode: punycode.toUnicode(registrable),
    ...(dropped ? { droppedSubdomain: dropped } : {}),
  };
}

/**
 * The domain mail is sent from (Mailjet's `*@domain`, Odoo's From filter), by the same parse and the same
 * refusals: Mailjet and Odoo take a subdomain of its own ("shop.example.net"), so only the "www." of a
 * pasted web link is left out. The DNS step says when its records are for the registrable domain instead.
 */
export function sendingDomain(raw: string): string {
  const { host, registrable } = parseDomain(raw);
  return host.startsWith('www.') && host !== registrable ? host.slice(4) : host;
}

import punycode from 'punycode/punycode.js';
import { AppError } from '../errors';
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

const IDN_DOTS = /[\u3002\uff0e\uff61]/g;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ALLOWED_BEFORE_ENCODING = /^[\p{L}\p{M}\p{N}.-]+$/u;

/** The host part of whatever was pasted: link, address, "host:port" or bare name. */
function hostPart(raw: string): string {
  let text = raw.normalize('NFC').trim().replace(/^[<"'(]+|[>"')]+$/g, '');
  text = text.replace(/^mailto:/i, '');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) text = text.slice(scheme[0].length).split(/[/?#]/)[0] ?? '';
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  text = text.replace(/:\d*$/, '');
  // Spaces around the dots are a typing slip; a space inside a label makes it no domain at all.
  return text.replace(IDN_DOTS, '.').replace(/\s*\.\s*/g, '.').toLowerCase().replace(/^\.+|\.+$/g, '');
}

function toAscii(host: string): string | null {
  if (!ALLOWED_BEFORE_ENCODING.test(host)) return null;
  let ascii: string;
  try {
    ascii = punycode.toASCII(host);
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (ascii.length > 253) return null;
  if (!labels.every((label) => LABEL.test(label) && punycodeLabelIsSound(label))) return null;
  // A numeric top-level label means an IP address or a typo, never a domain.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  return ascii;
}

/** "xn--" labels pasted by hand must decode, or the user would publish records for a name nobody uses. */
function punycodeLabelIsSound(label: string): boolean {
  if (!label.startsWith('xn--')) return true;
  try {
    const decoded = punycode.toUnicode(label);
    return decoded !== label && ALLOWED_BEFORE_ENCODING.test(decoded) && punycode.toASCII(decoded) === label;
  } catch {
    return false;
  }
}

/** The whole host of what was pasted, in ASCII, without reducing it to the registrable domain. */
export function asciiHost(raw: string): string | null {
  const host = hostPart(raw);
  const ascii = host ? toAscii(host) : null;
  return ascii?.includes('.') ? ascii : null;
}

export function normaliseDomain(raw: string): NormalisedDomain {
  const shown = raw.trim().slice(0, 80);
  const host = hostPart(raw);
  const ascii = host ? toAscii(host) : null;
  if (!ascii) throw new AppError('dns.invalid-domain', { value: shown });
  const registrable = ascii.includes('.') ? registrableDomain(ascii) : null;
  if (!registrable) {
    throw new AppError(isPublicSuffix(ascii) && endsInKnownSuffix(ascii) ? 'dns.public-suffix' : 'dns.invalid-domain', { value: shown });
  }
  const dropped = ascii === registrable ? undefined : ascii.slice(0, -(registrable.length + 1));
  return { ascii: registrable, unicode: punycode.toUnicode(registrable), ...(dropped ? { droppedSubdomain: dropped } : {}) };
}

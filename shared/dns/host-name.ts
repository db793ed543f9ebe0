import punycode from 'punycode/punycode.js';

// Host names as people paste them, without the Public Suffix List: the settings schema checks names with
// this at every start, and the list (tldts) is loaded only where a registrable domain is really needed.

const IDN_DOTS = /[\u3002\uff0e\uff61]/g;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ALLOWED_BEFORE_ENCODING = /^[\p{L}\p{M}\p{N}.-]+$/u;

/** The host part of whatever was pasted: link, address, "host:port" or bare name. */
export function hostPart(raw: string): string {
  let text = raw
    .normalize('NFC')
    .trim()
    .replace(/^[<"'(]+|[>"')]+$/g, '');
  text = text.replace(/^mailto:/i, '');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) text = text.slice(scheme[0].length).split(/[/?#]/)[0] ?? '';
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  text = text.replace(/:\d*$/, '');
  // Spaces around the dots are a typing slip; a space inside a label makes it no domain at all.
  return text
    .replace(IDN_DOTS, '.')
    .replace(/\s*\.\s*/g, '.')
    .toLowerCase()
    .replace(/^\.+|\.+$/g, '');
}

export function toAscii(host: string): string | null {
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

// No "," or "!" in the local part: in DMARC's rua they separate URIs and introduce a size limit.
const LOCAL_PART = /^[A-Za-z0-9.#$%&'*+/=?^_`{|}~-]{1,64}$/;

/** One mailbox (local part and ASCII host) from what was typed, with or without "mailto:"; null if it is none. */
export function parseMailbox(raw: string): { local: string; host: string } | null {
  const text = raw.trim().replace(/^mailto:/i, '');
  const at = text.lastIndexOf('@');
  const local = text.slice(0, Math.max(at, 0));
  const host = at > 0 ? asciiHost(text.slice(at + 1)) : null;
  if (!host || !LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return null;
  return { local, host };
}

import { getDomain, getPublicSuffix, parse } from 'tldts';

// The one place that knows the Public Suffix List, so it can be swapped for a smaller entry
// (tldts-icann) without touching the callers. Only ICANN suffixes count: a private suffix such as
// blogspot.com is not a zone the user's DNS provider would hand them.

const OPTIONS = { allowPrivateDomains: false, extractHostname: false } as const;

/** The name a registrar sells ("example.co.uk" for "www.example.co.uk"), or null for a bare suffix. */
export function registrableDomain(asciiHost: string): string | null {
  return getDomain(asciiHost, OPTIONS);
}

export function isPublicSuffix(asciiHost: string): boolean {
  return getPublicSuffix(asciiHost, OPTIONS) === asciiHost;
}

/** True when the host ends in a real top-level domain, so "mailjet._x.other.it" is a name in another
 * zone, while "mailjet._x" is a label relative to ours. */
export function endsInKnownSuffix(asciiHost: string): boolean {
  return parse(asciiHost, OPTIONS).isIcann === true;
}

// What the user types as "the Odoo address" comes in many shapes: a bare host, a link copied from the
// browser with /odoo/action-123 or /web#... behind it, a trailing slash. The external API lives at the
// root of the host, so only scheme, host and port are kept.

type OdooUrlProblem = 'empty' | 'invalid' | 'https-required' | 'unsupported-scheme';

export type OdooUrl =
  | { ok: true; url: string; host: string; loopback: boolean; suggestedDb?: string }
  | { ok: false; problem: OdooUrlProblem };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Loopback only: the stand-in, a local development server, a tunnel the user opened on purpose. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function normaliseOdooUrl(input: string): OdooUrl {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  const bareHost = text.split(/[/?#]/)[0]!.replace(/:\d+$/, '');
  const withScheme = SCHEME.test(text) ? text : `${isLoopbackHost(bareHost) ? 'http' : 'https'}://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, problem: 'unsupported-scheme' };
  // Credentials inside a URL end up in shell history and logs; the password has its own field.
  if (parsed.username || parsed.password || !parsed.hostname || /\s/.test(parsed.hostname))
    return { ok: false, problem: 'invalid' };
  const loopback = isLoopbackHost(parsed.hostname);
  // The password or API key travels in the body of every XML-RPC call: over plain http anyone on the
  // path could read it. Loopback never leaves the machine, so it may stay http.
  if (parsed.protocol === 'http:' && !loopback) return { ok: false, problem: 'https-required' };
  const url = `${parsed.protocol}//${parsed.host}`;
  const suggestedDb = onlineDatabaseName(parsed.hostname);
  return { ok: true, url, host: parsed.host, loopback, ...(suggestedDb ? { suggestedDb } : {}) };
}

/** On Odoo Online the database is named after the subdomain of <name>.odoo.com. */
export function onlineDatabaseName(hostname: string): string | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)\.odoo\.com$/i.exec(hostname);
  return match && match[1]!.toLowerCase() !== 'www' ? match[1]!.toLowerCase() : undefined;
}

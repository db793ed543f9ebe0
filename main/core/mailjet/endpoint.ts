import { AppError } from '@shared/errors';

export type MailjetRegion = 'default' | 'us';

const MAILJET_REGION_URLS: Record<MailjetRegion, string> = {
  default: 'https://api.mailjet.com',
  // US-architecture accounts use their own host with the same paths; nothing in the keys tells which.
  us: 'https://api.us.mailjet.com',
};

/** Where the REST calls go, split the way node-mailjet wants it: a scheme and a host (port included). */
export interface MailjetEndpoint {
  protocol: 'https://' | 'http://';
  host: string;
  /** Host name only, for messages ("api.mailjet.com"). */
  hostname: string;
}

export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * The configured base URL (demo, tests, MAILJET_API_URL) wins over the region. Plain http is refused
 * except on loopback: Basic auth puts the key pair in every request, so over plain http anyone on the
 * path could read the secret key; traffic to 127.0.0.1 never leaves the machine (the stand-ins).
 */
export function resolveMailjetEndpoint(
  configuredUrl: string | undefined,
  region: MailjetRegion = 'default',
): MailjetEndpoint {
  const raw = configuredUrl?.trim() || MAILJET_REGION_URLS[region];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('mailjet.bad-url', { url: raw.slice(0, 200) });
  }
  const shown = `${url.protocol}//${url.host}`;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new AppError('mailjet.bad-url', { url: shown });
  }
  if (url.protocol === 'https:') return { protocol: 'https://', host: url.host, hostname: url.hostname };
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) throw new AppError('mailjet.insecure-url', { url: shown });
    return { protocol: 'http://', host: url.host, hostname: url.hostname };
  }
  throw new AppError('mailjet.bad-url', { url: shown });
}

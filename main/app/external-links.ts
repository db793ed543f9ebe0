import { shell } from 'electron';

// Links the wizard may open in the system browser: Mailjet's app and help, Odoo's documentation, the
// user's own Odoo, and Cloudflare's dashboard (the DNS step's token form). Anything else is dropped: the renderer must never be able to launch arbitrary URLs.
const ALLOWED_HOSTS = new Set([
  'app.mailjet.com',
  'www.mailjet.com',
  'mailjet.com',
  'documentation.mailjet.com',
  'dev.mailjet.com',
  'www.odoo.com',
  'odoo.com',
  'dash.cloudflare.com',
]);

/** Odoo Online databases live on <name>.odoo.com; Odoo.sh on <name>.odoo.sh (and dev.odoo.sh branches). */
const ALLOWED_SUFFIXES = ['.odoo.com', '.odoo.sh'];

export function isAllowedExternalUrl(url: string, extraOrigins: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return (
    ALLOWED_HOSTS.has(host) ||
    ALLOWED_SUFFIXES.some((suffix) => host.endsWith(suffix)) ||
    extraOrigins.includes(parsed.origin)
  );
}

/** The only door to the system browser: the allow-list is checked right here, whoever asks. */
export function openAllowedLink(url: string, extraOrigins: readonly string[] = []): boolean {
  if (!isAllowedExternalUrl(url, extraOrigins)) return false;
  void shell.openExternal(url);
  return true;
}

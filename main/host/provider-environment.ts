import { rememberSecret } from '../core/redaction';

// For scripts driving the CLI: a DNS provider's credential from the environment, in the same shape the
// keychain keeps it (JSON), so the rest of the core does not care where it came from. Each part is
// remembered as a secret on its own, so it is scrubbed from every error and log line.

export function providerCredentialFromEnvironment(
  provider: 'cloudflare' | 'ovh',
  env: NodeJS.ProcessEnv,
): string | null {
  if (provider === 'cloudflare') {
    const token = env.CLOUDFLARE_API_TOKEN?.trim();
    if (!token) return null;
    rememberSecret(token);
    const zoneId = env.CLOUDFLARE_ZONE_ID?.trim();
    return JSON.stringify({ token, ...(zoneId ? { zoneId } : {}) });
  }
  const applicationKey = env.OVH_APPLICATION_KEY?.trim();
  const applicationSecret = env.OVH_APPLICATION_SECRET?.trim();
  const consumerKey = env.OVH_CONSUMER_KEY?.trim();
  if (!applicationKey || !applicationSecret || !consumerKey) return null;
  for (const part of [applicationKey, applicationSecret, consumerKey]) rememberSecret(part);
  const endpoint = env.OVH_ENDPOINT?.trim();
  return JSON.stringify({ applicationKey, applicationSecret, consumerKey, ...(endpoint ? { endpoint } : {}) });
}

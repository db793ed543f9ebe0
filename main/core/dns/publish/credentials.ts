import { OVH_ENDPOINTS, type DnsApiProvider, type OvhEndpoint } from '@shared/contract/publish';
import { AppError } from '@shared/errors';
import type { Keychain } from '@main/host/keychain';
import { rememberSecret } from '../../redaction';

// A provider credential as the keychain keeps it: one JSON value per provider, with the zone it was
// checked on. Every secret part is remembered for scrubbing as soon as it is read.

interface CloudflareCredential {
  provider: 'cloudflare';
  token: string;
  zoneId?: string | undefined;
  zone?: string | undefined;
}

interface OvhCredentialRecord {
  provider: 'ovh';
  applicationKey: string;
  applicationSecret: string;
  consumerKey: string;
  endpoint?: OvhEndpoint | undefined;
  zone?: string | undefined;
}

export type ProviderCredential = CloudflareCredential | OvhCredentialRecord;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function parseCredential(provider: DnsApiProvider, stored: string): ProviderCredential {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(stored) as Record<string, unknown>;
  } catch {
    throw new AppError('publish.invalid-credential', { provider: providerName(provider) });
  }
  const zone = text(raw.zone);
  if (provider === 'cloudflare') {
    const token = text(raw.token);
    if (!token) throw new AppError('publish.invalid-credential', { provider: 'Cloudflare' });
    rememberSecret(token);
    return { provider, token, zoneId: text(raw.zoneId), zone };
  }
  const [applicationKey, applicationSecret, consumerKey] = [
    text(raw.applicationKey),
    text(raw.applicationSecret),
    text(raw.consumerKey),
  ];
  if (!applicationKey || !applicationSecret || !consumerKey)
    throw new AppError('publish.invalid-credential', { provider: 'OVHcloud' });
  for (const part of [applicationKey, applicationSecret, consumerKey]) rememberSecret(part);
  const endpoint = text(raw.endpoint);
  if (endpoint && !(OVH_ENDPOINTS as readonly string[]).includes(endpoint))
    throw new AppError('publish.invalid-credential', { provider: 'OVHcloud' });
  return {
    provider,
    applicationKey,
    applicationSecret,
    consumerKey,
    endpoint: endpoint as OvhEndpoint | undefined,
    zone,
  };
}

export function serialiseCredential(credential: ProviderCredential): string {
  const { provider: _provider, ...rest } = credential;
  return JSON.stringify(rest);
}

export async function readCredential(keychain: Keychain, provider: DnsApiProvider): Promise<ProviderCredential | null> {
  const stored = await keychain.get(provider);
  return stored === null ? null : parseCredential(provider, stored);
}

export const providerName = (provider: DnsApiProvider) => (provider === 'cloudflare' ? 'Cloudflare' : 'OVHcloud');

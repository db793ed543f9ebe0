import type { DnsApiProvider, publishChannels } from '@shared/contract/publish';
import { normaliseDomain } from '@shared/dns/domain';
import { AppError } from '@shared/errors';
import type { CallContext, CoreDeps, HandlerTable } from '../../context';
import { storedIn } from '../../secret-hint';
import { rememberSecret } from '../../redaction';
import { openCloudflare } from './cloudflare';
import {
  parseCredential,
  providerName,
  readCredential,
  serialiseCredential,
  type ProviderCredential,
} from './credentials';
import { apiBase } from './endpoint';
import { openOvh } from './ovh';
import { applyPlan, planPublication, type PublishRequest } from './planner';
import type { ProviderSession } from './provider';
import type { RetryOptions } from './retry';

// The publish channels: save a provider credential once it has read the zone, plan, apply.

const CLOUDFLARE_ZONE_ID = /^[0-9a-f]{32}$/;

export interface PublishTuning {
  retry?: RetryOptions;
}

export function createPublishHandlers(
  deps: CoreDeps,
  tuning: PublishTuning = {},
): HandlerTable<keyof typeof publishChannels> {
  const open = async (
    credential: ProviderCredential,
    zone: string,
    zoneId: string | undefined,
    signal: AbortSignal,
  ): Promise<ProviderSession> => {
    if (credential.provider === 'cloudflare') {
      const id = zoneId?.trim().toLowerCase() || (credential.zone === zone ? credential.zoneId : undefined);
      if (id !== undefined && !CLOUDFLARE_ZONE_ID.test(id)) throw new AppError('publish.invalid-zone-id');
      const base = deps.endpoints.cloudflareApiUrl
        ? apiBase(deps.endpoints.cloudflareApiUrl, 'CLOUDFLARE_API_URL').href.replace(/\/$/, '')
        : undefined;
      return openCloudflare(
        {
          token: credential.token,
          zone,
          zoneId: id,
          ...(base ? { baseUrl: base } : {}),
          ...(tuning.retry ? { retry: tuning.retry } : {}),
        },
        signal,
      );
    }
    const base = deps.endpoints.ovhApiUrl
      ? apiBase(deps.endpoints.ovhApiUrl, 'OVH_API_URL').href.replace(/\/$/, '')
      : undefined;
    return openOvh(
      { ...credential, zone, ...(base ? { baseUrl: base } : {}), ...(tuning.retry ? { retry: tuning.retry } : {}) },
      signal,
    );
  };

  const session = async (provider: DnsApiProvider, zone: string, zoneId: string | undefined, signal: AbortSignal) => {
    const credential = await readCredential(deps.keychain, provider);
    // A credential checked on another zone is not used on this one: it was never shown to work here.
    if (!credential || (credential.zone && credential.zone !== zone))
      throw new AppError('publish.no-credential', { provider: providerName(provider), zone });
    return open(credential, zone, zoneId, signal);
  };

  const requestOf = (input: {
    domain: string;
    mailjet?: PublishRequest['mailjet'];
    odooOnline?: boolean | undefined;
    dmarcRua?: string | undefined;
  }): PublishRequest => ({
    domain: input.domain,
    ...(input.mailjet ? { mailjet: input.mailjet } : {}),
    ...(input.odooOnline ? { odooOnline: true } : {}),
    ...(input.dmarcRua ? { dmarcRua: input.dmarcRua } : {}),
  });

  const plan = async (
    input: Parameters<typeof requestOf>[0] & { provider: DnsApiProvider; zoneId?: string | undefined },
    context: CallContext,
  ) => {
    const zone = normaliseDomain(input.domain).ascii;
    context.progress('dns.publish.progress.reading', { provider: providerName(input.provider), zone });
    const opened = await session(input.provider, zone, input.zoneId, context.signal);
    return { opened, plan: await planPublication(requestOf(input), opened, context.signal) };
  };

  return {
    dnsPublishSaveCredential: async (input, { signal }) => {
      for (const secret of [
        input.token,
        input.ovh?.applicationSecret,
        input.ovh?.consumerKey,
        input.ovh?.applicationKey,
      ])
        rememberSecret(secret);
      const zone = normaliseDomain(input.domain).ascii;
      const demo = input.demo && deps.demo ? deps.demoControls?.cloudflare : undefined;
      if (input.demo && !demo)
        throw new AppError('publish.no-credential', { provider: providerName(input.provider), zone });
      // The demo's token finds its zone by name, as a token made from the wizard's template does.
      const credential: ProviderCredential = demo
        ? { provider: 'cloudflare', token: demo.token, zone }
        : input.provider === 'cloudflare'
          ? {
              provider: 'cloudflare',
              token: input.token?.trim() ?? '',
              zoneId: input.zoneId?.trim().toLowerCase() || undefined,
              zone,
            }
          : {
              provider: 'ovh',
              applicationKey: input.ovh?.applicationKey.trim() ?? '',
              applicationSecret: input.ovh?.applicationSecret.trim() ?? '',
              consumerKey: input.ovh?.consumerKey.trim() ?? '',
              endpoint: input.ovh?.endpoint,
              zone,
            };
      // Refused early with our own message when a part is missing; parseCredential says which provider.
      parseCredential(input.provider, serialiseCredential(credential));
      // The provider first: a credential that cannot read this zone never reaches the keychain.
      const opened = await open(
        credential,
        zone,
        credential.provider === 'cloudflare' ? credential.zoneId : undefined,
        signal,
      );
      await opened.read([zone], signal);
      // The zone's id found by name is kept: later plans and publications go straight to the zone.
      if (credential.provider === 'cloudflare' && !credential.zoneId && opened.zoneId)
        credential.zoneId = opened.zoneId;
      await deps.keychain.set(
        credential.provider,
        serialiseCredential(credential),
        input.sessionOnly ? 'session' : 'keychain',
      );
      return {
        saved: true as const,
        provider: credential.provider,
        zone,
        source: await storedIn(deps.keychain, credential.provider, input.sessionOnly),
      };
    },

    dnsPublishStatus: async ({ provider }) => {
      const credential = await readCredential(deps.keychain, provider).catch(() => null);
      if (!credential) return { saved: false };
      const source = await deps.keychain.source(provider);
      return { saved: true, ...(source ? { source } : {}), ...(credential.zone ? { zone: credential.zone } : {}) };
    },

    dnsPublishPlan: async (input, context) => {
      const { plan: computed } = await plan(input, context);
      return { ...computed, changes: computed.changes.map(({ target: _target, ...change }) => change) };
    },

    dnsPublishApply: async (input, context) => {
      const { opened, plan: computed } = await plan(input, context);
      context.progress('dns.publish.progress.writing', { count: computed.changes.length });
      const { applied, refreshed } = await applyPlan(computed, opened, context.signal);
      if (applied.length) {
        try {
          const changes = applied.map(({ purpose, action, type, name, value, previous }) => ({
            purpose,
            action,
            type,
            name,
            value,
            ...(previous !== undefined ? { previous } : {}),
          }));
          deps.settings.patch({
            dns: {
              published: { at: new Date().toISOString(), provider: computed.provider, zone: computed.zone, changes },
            },
          });
        } catch (error) {
          // Published all the same: failing to remember it for the report must not hide that from the user.
          deps.log.log('warn', 'dnsPublishApply: could not save what was published', error);
        }
      }
      return {
        ...computed,
        changes: computed.changes.map(({ target: _target, ...change }) => change),
        applied,
        writes: applied.length,
        refreshed,
        requests: opened.requests(),
      };
    },
  };
}

import { z } from 'zod';
import { PURPOSES } from '../dns/vocabulary';
import { channel, type ChannelMap, type ErrorKindMap } from './channel';
import { mailjetDnsValuesSchema as mailjetValuesSchema } from '../dns/mailjet-values';
import { SECRET_STORAGES } from './app';

// Publishing the records through a DNS provider's API (Cloudflare, OVHcloud): a credential checked
// before it is stored, a plan read from the zone, then the changes applied on confirmation.

export const DNS_API_PROVIDERS = ['cloudflare', 'ovh'] as const;
export type DnsApiProvider = (typeof DNS_API_PROVIDERS)[number];

/** OVHcloud's API regions, as node-ovh names them (lib/endpoints.js). */
export const OVH_ENDPOINTS = ['ovh-eu', 'ovh-ca', 'ovh-us'] as const;
export type OvhEndpoint = (typeof OVH_ENDPOINTS)[number];

const providerSchema = z.enum(DNS_API_PROVIDERS);
/** Cloudflare zone ids are 32 hex digits; checked by the core with its own message. */
const zoneIdSchema = z.string().max(64).optional();

const publishRequestSchema = z
  .object({
    domain: z.string().max(2048),
    provider: providerSchema,
    zoneId: zoneIdSchema,
    mailjet: mailjetValuesSchema.optional(),
    odooOnline: z.boolean().optional(),
    dmarcRua: z.string().max(320).optional(),
  })
  .strict();

const changeSchema = z.object({
  purpose: z.enum(PURPOSES),
  action: z.enum(['create', 'update']),
  type: z.enum(['TXT', 'CNAME']),
  name: z.string(),
  value: z.string(),
  ttl: z.number().int(),
  /** What the record held before an update, so the user can put it back by hand. */
  previous: z.string().optional(),
});

const decisionSchema = z.object({
  code: z.enum(['spf-multiple', 'dmarc-multiple', 'dkim-multiple', 'cname-conflict']),
  name: z.string(),
  found: z.array(z.string()),
});

const planSchema = z.object({
  provider: providerSchema,
  zone: z.string(),
  changes: z.array(changeSchema),
  unchanged: z.array(
    z.object({ purpose: z.enum(PURPOSES), type: z.enum(['TXT', 'CNAME']), name: z.string(), value: z.string() }),
  ),
  pending: z.array(z.enum(PURPOSES)),
  /** Something the assistant must not decide alone (two SPF records…): nothing is written while one is open. */
  decisions: z.array(decisionSchema),
  /** HTTP requests the plan took, retries included. */
  requests: z.number().int().nonnegative(),
});

export type PublishChange = z.infer<typeof changeSchema>;
export type PublishDecision = z.infer<typeof decisionSchema>;
export type PublishPlan = z.infer<typeof planSchema>;

export const publishChannels = {
  /** Checks a provider credential on the zone (read-only), then keeps it in the keychain or for this session. */
  dnsPublishSaveCredential: channel(
    z
      .object({
        provider: providerSchema,
        domain: z.string().max(2048),
        zoneId: zoneIdSchema,
        token: z.string().max(512).optional(),
        ovh: z
          .object({
            applicationKey: z.string().max(128),
            applicationSecret: z.string().max(128),
            consumerKey: z.string().max(128),
            endpoint: z.enum(OVH_ENDPOINTS).optional(),
          })
          .strict()
          .optional(),
        sessionOnly: z.boolean().optional(),
        /** Demo only: the demo's own Cloudflare token and zone, which the page never sees. */
        demo: z.boolean().optional(),
      })
      .strict(),
    z.object({ saved: z.literal(true), provider: providerSchema, zone: z.string(), source: z.enum(SECRET_STORAGES) }),
    { secretInput: ['token', 'ovh'] },
  ),
  /** Whether a credential for the provider is at hand (keychain, session or environment); never the credential. */
  dnsPublishStatus: channel(
    z.object({ provider: providerSchema }).strict(),
    z.object({
      saved: z.boolean(),
      source: z.enum([...SECRET_STORAGES, 'environment']).optional(),
      zone: z.string().optional(),
    }),
  ),
  /** Reads the zone and says exactly what publishing would change; writes nothing. */
  dnsPublishPlan: channel(publishRequestSchema, planSchema, { long: true }),
  /** Plans again and applies the changes; stops before writing if the plan needs a decision. */
  dnsPublishApply: channel(
    publishRequestSchema,
    planSchema.extend({
      applied: z.array(changeSchema.extend({ id: z.string() })),
      writes: z.number().int().nonnegative(),
      refreshed: z.boolean(),
    }),
    { long: true },
  ),
} satisfies ChannelMap;

export const publishErrors = {
  'publish.no-credential': 'input',
  'publish.invalid-credential': 'input',
  'publish.invalid-zone-id': 'input',
  'publish.zone-id-needed': 'input',
  'publish.token-refused': 'input',
  'publish.token-scope': 'input',
  'publish.ovh-not-granted': 'input',
  'publish.zone-not-found': 'input',
  'publish.decision-needed': 'check',
  'publish.rate-limited': 'service',
  'publish.failed': 'service',
  'publish.unreachable': 'service',
  'publish.insecure-url': 'input',
} satisfies ErrorKindMap;

import { z } from 'zod';
import { MAILJET_PORTS, PURPOSES } from '../odoo/mailjet-smtp';
import { channel, type ChannelMap, type ErrorKindMap } from './channel';

// The Odoo step: connect and read (version, rights, addresses, servers), preview the exact changes,
// apply them, test the connection, and the guided path for databases without API access.

const connectionInput = z
  .object({
    /** Left out: the address saved by an earlier connect. */
    url: z.string().trim().min(1).max(2048).optional(),
    db: z.string().trim().min(1).max(256).optional(),
    login: z.string().trim().min(1).max(256).optional(),
  })
  .strict();

/** The sending domain for the From filter, as typed: the core turns it into the domain by the one rule
 * of shared/dns/domain.ts (and its error codes), so the contract only bounds its size. */
const sendingDomainSchema = z.string().max(2048);

const portSchema = z.union(MAILJET_PORTS.map((port) => z.literal(port)) as [z.ZodLiteral<465>, z.ZodLiteral<587>]);

export const odooSetupInputSchema = connectionInput
  .extend({
    port: portSchema.default(465),
    purpose: z.enum(PURPOSES).default('all'),
    /** The sending domain for the From filter; by default the alias domain Odoo reports. */
    domain: sendingDomainSchema.optional(),
    /** The Mailjet API key (public half); by default the one in the settings. */
    apiKey: z.string().regex(/^[A-Za-z0-9]{8,64}$/).optional(),
    /** Mass mailing only: keep transactional mail on Odoo's own servers with a "Command Line Interface" server. */
    keepOdooForTransactional: z.boolean().default(false),
    /** Run "Test Connection" before the server is put to work. */
    test: z.boolean().default(true),
  })
  .strict();

const versionSchema = z.object({ major: z.number().int(), minor: z.number().int(), saas: z.boolean(), label: z.string() });

const addressesSchema = z.object({ domain: z.string(), notifications: z.string(), bounce: z.string(), catchall: z.string() });

const serverSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  encryption: z.string(),
  fromFilter: z.string(),
  sequence: z.number().int(),
  active: z.boolean(),
  kind: z.enum(['mailjet-ours', 'mailjet-other', 'odoo-fallback', 'personal', 'other']),
});

const warningSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const fieldValue = z.union([z.string(), z.number(), z.boolean()]);

/** One field of a server record; a secret field carries no value either way, only that it changes. */
const fieldChangeSchema = z.object({
  field: z.string(),
  from: fieldValue.optional(),
  to: fieldValue.optional(),
  secret: z.literal('mailjet').optional(),
});

const serverRole = z.enum(['mailjet', 'odoo-fallback', 'duplicate']);

export const odooChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create-server'), role: serverRole, fields: z.array(fieldChangeSchema) }),
  z.object({ action: z.literal('update-server'), role: serverRole, serverId: z.number().int(), name: z.string(), fields: z.array(fieldChangeSchema) }),
  z.object({ action: z.literal('archive-server'), role: serverRole, serverId: z.number().int(), name: z.string() }),
  /** `toServer`: the value is the id of the Mailjet server this run creates (unknown before it exists). */
  z.object({ action: z.literal('set-parameter'), key: z.string(), from: z.string().optional(), to: z.string().optional(), toServer: z.literal('mailjet').optional() }),
  z.object({ action: z.literal('test-connection') }),
]);

export type OdooChange = z.infer<typeof odooChangeSchema>;

const connectionResult = {
  url: z.string(),
  db: z.string(),
  login: z.string(),
  version: versionSchema,
  /** The protocol this connection spoke: JSON-2 on Odoo 19+ with an API key, XML-RPC otherwise. */
  transport: z.enum(['json-2', 'xml-rpc']),
};

export const odooInfoSchema = z.object({
  ...connectionResult,
  support: z.enum(['supported', 'newer']),
  /** About the connection itself, e.g. a password sent over XML-RPC because JSON-2 takes API keys only. */
  notices: z.array(warningSchema),
  neutralized: z.boolean(),
  addresses: addressesSchema.nullable(),
  servers: z.array(serverSchema),
  massMailing: z.object({ installed: z.boolean(), dedicated: z.boolean(), serverId: z.number().int().optional() }),
  features: z.object({ encryptionChoices: z.array(z.string()), commandLineServer: z.boolean() }),
});

export const odooPlanSchema = z.object({
  ...connectionResult,
  domain: z.string(),
  port: portSchema,
  purpose: z.enum(PURPOSES),
  serverId: z.number().int().optional(),
  changes: z.array(odooChangeSchema),
  upToDate: z.boolean(),
  warnings: z.array(warningSchema),
});

export const odooSetupResultSchema = odooPlanSchema.extend({
  serverId: z.number().int(),
  applied: z.number().int(),
  tested: z.boolean(),
});

const guideValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('label'), key: z.string() }),
  z.object({ kind: z.literal('keychain'), secret: z.literal('mailjet') }),
  z.object({ kind: z.literal('unknown') }),
]);

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const odooGuideSchema = z.object({
  version: z.union([z.literal(16), z.literal(17), z.literal(18), z.literal(19)]).optional(),
  port: portSchema,
  purpose: z.enum(PURPOSES),
  steps: z.array(
    z.object({
      id: z.string(),
      titleKey: z.string(),
      bodyKey: z.string(),
      params: paramsSchema.optional(),
      fields: z
        .array(
          z.object({
            id: z.string(),
            labelKey: z.string(),
            value: guideValueSchema,
            noteKey: z.string().optional(),
            noteParams: paramsSchema.optional(),
          }),
        )
        .optional(),
    }),
  ),
});

export const odooChannels = {
  /** The databases on a server, when the server lists them (many hide the list: then the user types it). */
  odooDatabases: channel(
    z.object({ url: z.string().trim().min(1).max(2048) }).strict(),
    z.object({ url: z.string(), listed: z.boolean(), databases: z.array(z.string()) }),
  ),
  /** Logs in and reads what the wizard shows: version, addresses, existing servers. Saves url/db/login. */
  odooConnect: channel(connectionInput, odooInfoSchema, { long: true }),
  /** The dry run: exactly what setup would change, nothing written. */
  odooPlan: channel(odooSetupInputSchema, odooPlanSchema),
  odooSetup: channel(odooSetupInputSchema, odooSetupResultSchema, { long: true }),
  /** Odoo's "Test Connection" on the Mailjet server (it can take up to a minute on Odoo's side). */
  odooTest: channel(
    connectionInput.extend({ serverId: z.number().int().positive().optional(), apiKey: z.string().regex(/^[A-Za-z0-9]{8,64}$/).optional() }).strict(),
    z.object({ serverId: z.number().int(), passed: z.literal(true) }),
    { long: true },
  ),
  /** The guided path: what to click and type in Odoo, without API access. */
  odooGuide: channel(
    z
      .object({
        port: portSchema.default(465),
        purpose: z.enum(PURPOSES).default('all'),
        major: z.number().int().min(10).max(40).optional(),
        domain: sendingDomainSchema.optional(),
      })
      .strict(),
    odooGuideSchema,
  ),
} satisfies ChannelMap;

export const odooErrors = {
  'odoo.url-missing': 'input',
  'odoo.url-invalid': 'input',
  'odoo.https-required': 'input',
  'odoo.db-missing': 'input',
  'odoo.login-missing': 'input',
  'odoo.password-missing': 'input',
  'odoo.redirect': 'input',
  'odoo.database-not-found': 'input',
  'odoo.auth': 'input',
  'odoo.api-key-required': 'input',
  'odoo.access-denied': 'input',
  'odoo.not-admin': 'input',
  'odoo.unsupported-version': 'input',
  'odoo.domain-missing': 'input',
  'odoo.mailjet-api-key-missing': 'input',
  'odoo.mailjet-secret-missing': 'input',
  'odoo.fallback-unavailable': 'input',
  'odoo.neutralized': 'check',
  'odoo.server-missing': 'check',
  'odoo.smtp-auth': 'check',
  'odoo.smtp-sender': 'check',
  'odoo.smtp-tls': 'check',
  'odoo.smtp-unreachable': 'check',
  'odoo.smtp-failed': 'check',
  'odoo.unreachable': 'service',
  'odoo.timeout': 'service',
  'odoo.tls': 'service',
  'odoo.not-odoo': 'service',
  'odoo.unavailable': 'service',
  'odoo.user-error': 'service',
  'odoo.server-error': 'service',
  'odoo.encryption-unavailable': 'service',
} satisfies ErrorKindMap;

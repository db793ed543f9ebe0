import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { MAILJET_PORTS, PURPOSES } from '../odoo/mailjet-smtp';
import { hasNoControlCharacters } from '../settings/checks';
import { odooUrl } from '../settings/fields';
import { SECRET_STORAGES } from './app';
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
    apiKey: z
      .string()
      .regex(/^[A-Za-z0-9]{8,64}$/)
      .optional(),
    /** Mass mailing only: keep transactional mail on Odoo's own servers with a "Command Line Interface" server. */
    keepOdooForTransactional: z.boolean().default(false),
    /** Run "Test Connection" before the server is put to work. */
    test: z.boolean().default(true),
  })
  .strict();

const versionSchema = z.object({
  major: z.number().int(),
  minor: z.number().int(),
  saas: z.boolean(),
  label: z.string(),
});

const addressesSchema = z.object({
  domain: z.string(),
  notifications: z.string(),
  bounce: z.string(),
  catchall: z.string(),
});

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

const odooChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create-server'), role: serverRole, fields: z.array(fieldChangeSchema) }),
  z.object({
    action: z.literal('update-server'),
    role: serverRole,
    serverId: z.number().int(),
    name: z.string(),
    fields: z.array(fieldChangeSchema),
  }),
  z.object({ action: z.literal('archive-server'), role: serverRole, serverId: z.number().int(), name: z.string() }),
  /** `toServer`: the value is the id of the Mailjet server this run creates (unknown before it exists). */
  z.object({
    action: z.literal('set-parameter'),
    key: z.string(),
    from: z.string().optional(),
    to: z.string().optional(),
    toServer: z.literal('mailjet').optional(),
  }),
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

const odooInfoSchema = z.object({
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

/**
 * A login to check and keep. Address, database and login get the settings' own rules here, so a value the
 * settings would refuse (a link-local address, a line break) is refused before Odoo is asked; the password
 * is kept exactly as typed (it may start or end with a space) and as long as the CLI reads one.
 */
const saveLoginInput = z
  .object({
    url: odooUrl.optional(),
    db: z.string().trim().min(1).max(256).refine(hasNoControlCharacters, 'settings.invalid').optional(),
    login: z.string().trim().min(1).max(256).refine(hasNoControlCharacters, 'settings.invalid').optional(),
    password: z.string().min(1).max(4096),
    /** No keychain answers: keep the password in memory for this session only, never written anywhere. */
    sessionOnly: z.boolean().optional(),
  })
  .strict();

const odooPlanSchema = z.object({
  ...connectionResult,
  domain: z.string(),
  port: portSchema,
  purpose: z.enum(PURPOSES),
  serverId: z.number().int().optional(),
  changes: z.array(odooChangeSchema),
  upToDate: z.boolean(),
  warnings: z.array(warningSchema),
});

const odooSetupResultSchema = odooPlanSchema.extend({
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

const odooGuideSchema = z.object({
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

/** One address, no name part, no line break: it goes into a mail header. */
const mailboxSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@<>,;"'()]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);

export const odooSendTestInputSchema = connectionInput
  .extend({
    to: mailboxSchema,
    /** Default: Odoo's notifications address. */
    from: mailboxSchema.optional(),
    /** How long to follow the message at Mailjet. */
    waitSeconds: z.number().int().min(0).max(600).default(120),
    /** The language of the test e-mail's subject and body; default: the assistant's. */
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

/** Mailjet's `Status` words (mailjet-apiv3-nodejs lib/types/api/Message.ts), plus ours: never seen, never sent. */
export const MAILJET_MESSAGE_STATUSES = [
  'queued',
  'sent',
  'opened',
  'clicked',
  'bounce',
  'spam',
  'unsub',
  'blocked',
  'hardbounced',
  'softbounced',
  'deferred',
  'unknown',
  'not-seen',
  'not-sent',
] as const;

/** What the journey comes to, one sentence each in the locales (odoo.sendTest.outcome.*). */
const SEND_TEST_OUTCOMES = [
  'delivered',
  'odoo-failed',
  'password-refused',
  'other-server',
  'sender-not-validated',
  'blocked',
  'bounced',
  'deferred',
  'not-seen',
] as const;

export const odooSendTestResultSchema = z.object({
  reference: z.string(),
  from: z.string(),
  to: z.string(),
  odoo: z.object({
    state: z.string(),
    failureReason: z.string().optional(),
    /** The server Odoo's rule picks for this sender (Odoo does not record it on the message). */
    mailServerId: z.number().int().optional(),
    mailServerName: z.string().optional(),
    /** Whether that server is the Mailjet server for the saved API key. */
    mailServerIsOurs: z.boolean(),
  }),
  mailjet: z.object({
    status: z.enum(MAILJET_MESSAGE_STATUSES),
    messageId: z.string().optional(),
    arrivedAt: z.string().optional(),
    reason: z.string().optional(),
  }),
  outcome: z.enum(SEND_TEST_OUTCOMES),
  /** Reads of Mailjet's message API this run made. */
  polls: z.number().int(),
  /**
   * When the From came from the assistant's settings (the Senders and domain step) and Odoo's own
   * notifications address is another one, or Odoo has none (odoo.sendTest.notice.*).
   */
  notices: z
    .array(
      z.object({
        code: z.enum(['from-not-odoo-notifications', 'odoo-no-notifications']),
        params: z.record(z.string(), z.string()),
      }),
    )
    .optional(),
});

export const odooChannels = {
  /** The databases on a server, when the server lists them (many hide the list: then the user types it). */
  odooDatabases: channel(
    z.object({ url: z.string().trim().min(1).max(2048) }).strict(),
    z.object({ url: z.string(), listed: z.boolean(), databases: z.array(z.string()) }),
  ),
  /** Logs in and reads what the wizard shows: version, addresses, existing servers. Saves url/db/login. */
  odooConnect: channel(connectionInput, odooInfoSchema, { long: true }),
  /**
   * Checks a password or API key typed now: logs in and reads what `odooConnect` reads. Only then are the
   * address, database and login saved and the password kept (keychain, or this session only); a login Odoo
   * refuses, or a user who is not a Settings administrator, leaves nothing behind. Like `mailjetSaveKeys`.
   */
  odooSaveLogin: channel(
    saveLoginInput,
    odooInfoSchema.extend({
      saved: z.literal(true),
      source: z.enum(SECRET_STORAGES),
      endsWith: z.string().max(4).optional(),
    }),
    // Long so that the wizard can cancel it, as a connect; the password is remembered for scrubbing by dispatch.
    { long: true, secretInput: 'password' },
  ),
  /** The dry run: exactly what setup would change, nothing written. */
  odooPlan: channel(odooSetupInputSchema, odooPlanSchema),
  odooSetup: channel(odooSetupInputSchema, odooSetupResultSchema, { long: true }),
  /** Odoo's "Test Connection" on the Mailjet server (it can take up to a minute on Odoo's side). */
  odooTest: channel(
    connectionInput
      .extend({
        serverId: z.number().int().positive().optional(),
        apiKey: z
          .string()
          .regex(/^[A-Za-z0-9]{8,64}$/)
          .optional(),
      })
      .strict(),
    z.object({ serverId: z.number().int(), passed: z.literal(true) }),
    { long: true },
  ),
  /** One real e-mail through Odoo's own sending code, followed at Mailjet until a final state or the wait runs out. */
  odooSendTest: channel(odooSendTestInputSchema, odooSendTestResultSchema, { long: true }),
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
  'odoo.send-from-missing': 'input',
} satisfies ErrorKindMap;

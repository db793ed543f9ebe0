import { z } from 'zod';
import { mailjetDnsValuesSchema } from '../dns/mailjet-values';
import { channel, noInput, type ErrorKindMap } from './channel';
import { MAILJET_EMAIL_TYPES, MAILJET_REGIONS, mailjetIdSchema } from '../settings/mailjet';
import { SECRET_STORAGES } from './app';

// What the wizard and the CLI may ask of the Mailjet automation. Mailjet's own words (Active,
// Inactive, "Not checked") are mapped to these stable lower-case values in main/core/mailjet, so the
// faces only ever translate a closed set.

const SENDER_ROLES = ['domain', 'notifications', 'bounce', 'catchall'] as const;
export type SenderRole = (typeof SENDER_ROLES)[number];

/** `covered`: an address on the domain with no sender of its own, which the active `*@domain` covers. */
const SENDER_STATUSES = ['active', 'inactive', 'deleted', 'missing', 'covered'] as const;

/** What is still needed before a sender may send; `none` once it is active. */
const SENDER_WAITING_FOR = ['none', 'dns-record', 'domain', 'activation-email', 'setup'] as const;

/** What a setup run did to a sender; a second run reports `found` everywhere. */
const SENDER_ACTIONS = ['created', 'found', 'found-deleted', 'none'] as const;

const DNS_CHECK_STATUSES = ['ok', 'error', 'not-found', 'not-checked', 'unknown'] as const;

/** Activation e-mails go to each address; `send` never repeats one already requested, `resend` does. */
export const ACTIVATION_EMAIL_CHOICES = ['no', 'send', 'resend'] as const;

const shortText = z.string().max(1000);

const senderSchema = z.object({
  role: z.enum(SENDER_ROLES),
  email: z.string().max(254),
  id: mailjetIdSchema.optional(),
  status: z.enum(SENDER_STATUSES),
  waitingFor: z.enum(SENDER_WAITING_FOR),
  action: z.enum(SENDER_ACTIONS).optional(),
  /** Mailjet's own explanation when a validation attempt failed, in English as Mailjet wrote it. */
  validationError: shortText.optional(),
  /** When an activation e-mail was last requested for this address (ISO 8601). */
  activationRequestedAt: z.string().max(40).optional(),
});

const authenticationCheckSchema = z.object({
  status: z.enum(DNS_CHECK_STATUSES),
  errors: z.array(shortText).max(20),
  /** What Mailjet found published (SPF: every SPF record; DKIM: the record at the DKIM name). */
  current: z.array(z.string().max(4096)).max(20),
});

const mailjetDomainReportSchema = z.object({
  domain: z.string().max(253),
  emailType: z.enum(MAILJET_EMAIL_TYPES),
  senders: z.array(senderSchema).max(SENDER_ROLES.length),
  /** The records to publish, as Mailjet returns them: the hand-over to the DNS record builder. */
  dns: mailjetDnsValuesSchema,
  /** The `*@domain` sender is active: the ownership record was found. */
  domainValidated: z.boolean(),
  spf: authenticationCheckSchema,
  dkim: authenticationCheckSchema,
  checkInProgress: z.boolean(),
  lastCheckAt: z.string().max(40).optional(),
  /** Every sender active, SPF and DKIM OK: nothing left to do on the Mailjet side. */
  complete: z.boolean(),
  /** Calls made to Mailjet by this run, retries included. */
  requestCount: z.number().int().nonnegative(),
});

export type MailjetDomainReport = z.infer<typeof mailjetDomainReportSchema>;

const apiKeyInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{8,64}$/);
/** The domain as typed or pasted: the core turns it into the domain by the one rule of shared/dns/domain.ts
 * (and its error codes, also for an empty one), so the contract only bounds its size. */
const domainInput = z.string().max(2048);
const addressInput = z.string().trim().min(1).max(254);
const addressesInput = z
  .object({
    notifications: addressInput.optional(),
    bounce: addressInput.optional(),
    catchall: addressInput.optional(),
  })
  .strict()
  .optional();

const accountSchema = z.object({
  apiKey: z.string(),
  region: z.enum(MAILJET_REGIONS),
  /** Host the calls went to, e.g. api.mailjet.com. */
  host: z.string(),
  /** Senders (addresses and domains) the key already has, whatever their status. */
  senderCount: z.number().int().nonnegative(),
  endsWith: z.string().max(4).optional(),
});

export const mailjetChannels = {
  /** Checks the pair with Mailjet first; only a pair Mailjet accepts is stored. */
  mailjetSaveKeys: channel(
    z
      .object({
        apiKey: apiKeyInput,
        secretKey: z.string().trim().min(8).max(256),
        region: z.enum(MAILJET_REGIONS).optional(),
        /** No keychain answers: keep the secret key in memory for this session only, never written anywhere. */
        sessionOnly: z.boolean().optional(),
      })
      .strict(),
    accountSchema.extend({ saved: z.literal(true), source: z.enum(SECRET_STORAGES) }),
    // Long so that the wizard can cancel it: with retries, an unreachable Mailjet takes up to a minute.
    { secretInput: 'secretKey', long: true },
  ),
  /** Checks the stored pair without reading any secret back from Mailjet. */
  mailjetVerify: channel(noInput, accountSchema, { long: true }),
  mailjetSetup: channel(
    z
      .object({
        domain: domainInput,
        /** From Odoo when it is connected; each one left out defaults to <role>@domain. */
        addresses: addressesInput,
        emailType: z.enum(MAILJET_EMAIL_TYPES).optional(),
        activationEmails: z.enum(ACTIVATION_EMAIL_CHOICES).optional(),
      })
      .strict(),
    mailjetDomainReportSchema,
    { long: true },
  ),
  /** Reads where the domain stands; `check: true` also asks Mailjet to look at the DNS again. */
  mailjetStatus: channel(
    z
      .object({
        domain: domainInput.optional(),
        check: z.boolean().optional(),
        /** The addresses to look for, when they were added by hand (guided path); by default those the last setup used. */
        addresses: addressesInput,
      })
      .strict(),
    mailjetDomainReportSchema,
    { long: true },
  ),
};

export const mailjetErrors = {
  'mailjet.no-api-key': 'input',
  'mailjet.no-secret-key': 'input',
  'mailjet.auth': 'input',
  'mailjet.forbidden': 'service',
  'mailjet.not-found': 'service',
  'mailjet.rate-limited': 'service',
  'mailjet.unavailable': 'service',
  'mailjet.timeout': 'service',
  'mailjet.unreachable': 'service',
  'mailjet.tls': 'service',
  'mailjet.invalid': 'service',
  'mailjet.unexpected-response': 'service',
  'mailjet.insecure-url': 'input',
  'mailjet.bad-url': 'input',
  'mailjet.bad-address': 'input',
  'mailjet.no-domain': 'input',
} satisfies ErrorKindMap;

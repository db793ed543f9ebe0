import { z } from 'zod';
import { mailjetDnsValuesSchema } from '../dns/mailjet-values';
import { domainText, email } from './fields';
import { MAILJET_EMAIL_TYPES, MAILJET_REGIONS } from './mailjet-choices';

// The API key is the public half of the pair (it is also the SMTP user name Odoo shows); the secret key
// lives only in the keychain. What setup did is remembered per domain so a restart continues instead
// of repeating; Mailjet stays the source of truth (senders are found again by address on every run).

export { MAILJET_EMAIL_TYPES, MAILJET_REGIONS };

/** Mailjet IDs are JSON numbers; node-mailjet hands over the ones beyond 2^53 as digit strings. */
export const mailjetIdSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,30}$/)]);

const checkStatus = z.enum(['ok', 'error', 'not-found', 'not-checked', 'unknown']);

const senderStateSchema = z
  .object({
    email: z.string().max(254),
    id: mailjetIdSchema,
    status: z.enum(['active', 'inactive', 'deleted']),
    /** Set when an activation e-mail was requested, so a rerun does not send another one. */
    activationRequestedAt: z.string().max(40).optional(),
  })
  .strict();

const domainStateSchema = z
  .object({
    domain: domainText,
    /** The key the senders belong to: senders are per API key, so another key starts afresh. */
    apiKey: z.string().max(64),
    emailType: z.enum(MAILJET_EMAIL_TYPES),
    dnsId: mailjetIdSchema.optional(),
    senders: z
      .object({
        domain: senderStateSchema.optional(),
        notifications: senderStateSchema.optional(),
        bounce: senderStateSchema.optional(),
        catchall: senderStateSchema.optional(),
      })
      .strict(),
    /** The addresses asked for, those not added to Mailjet included (the validated domain covers them). */
    addresses: z
      .object({ notifications: z.string().max(254), bounce: z.string().max(254), catchall: z.string().max(254) })
      .strict()
      .optional(),
    /** Public DNS values (the ownership value is published in DNS, it is no secret). */
    dns: mailjetDnsValuesSchema.strict(),
    spfStatus: checkStatus.optional(),
    dkimStatus: checkStatus.optional(),
    lastCheckAt: z.string().max(40).optional(),
    updatedAt: z.string().max(40),
  })
  .strict();

export type MailjetDomainState = z.infer<typeof domainStateSchema>;
export type MailjetSenderState = z.infer<typeof senderStateSchema>;

const senderChoicesSchema = z
  .object({
    /** The user can edit the domain's DNS (or knows who can): the whole domain is validated first. */
    dnsAccess: z.boolean().optional(),
    emailType: z.enum(MAILJET_EMAIL_TYPES).optional(),
    /** Only the addresses the user typed; the others follow the domain (or Odoo). */
    notifications: email.optional(),
    bounce: email.optional(),
    catchall: email.optional(),
  })
  .strict();

/** Partners set up many databases from one machine; the oldest entries make room for new ones. */
export const MAX_REMEMBERED_DOMAINS = 50;

export const mailjetSettingsSchema = z
  .object({
    apiKey: z
      .string()
      .regex(/^[A-Za-z0-9]{8,64}$/)
      .optional(),
    region: z.enum(MAILJET_REGIONS).optional(),
    /** The domain set up last, for a status read that names none. */
    lastDomain: domainText.optional(),
    /** A list, not a map keyed by domain: a domain such as "secret-garden.it" would trip the store's
     * refusal of secret-looking field names. */
    domains: z.array(domainStateSchema).max(MAX_REMEMBERED_DOMAINS).optional(),
    /** What the wizard's senders step was told before any setup ran, so a restart keeps it. */
    senderChoices: senderChoicesSchema.optional(),
  })
  .strict();

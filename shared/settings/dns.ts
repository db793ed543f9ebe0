import { z } from 'zod';
import { pastedMailjetDnsValuesSchema } from '../dns/mailjet-values';
import { PURPOSES } from '../dns/vocabulary';
import { domainOrEmpty, domainText, emailOrEmpty, resolverAddress } from './fields';

// What the user told us about the domain and its DNS panel, and how the last publication check went
// (for the wizard's summary). Record values are not kept: they are re-created from Mailjet and Odoo,
// except those pasted by hand when the assistant cannot ask Mailjet, which nothing could re-create.
export const dnsSettingsSchema = z
  .object({
    domain: domainOrEmpty.optional(),
    provider: z.string().max(64).optional(),
    /** A DNS server to ask instead of the domain's nameservers, "IP[:PORT]". */
    resolver: resolverAddress.optional(),
    /** Odoo's own servers still send part of the mail (Odoo Online / Odoo.sh). */
    odooOnline: z.boolean().optional(),
    /** Where DMARC aggregate reports go. */
    dmarcRua: emailOrEmpty.optional(),
    /** Values copied from Mailjet's screens by hand (offline or guided): public, they are published in DNS. */
    pastedMailjet: pastedMailjetDnsValuesSchema.strict().optional(),
    lastCheck: z
      .object({
        at: z.string().max(40),
        domain: domainText,
        ok: z.boolean(),
        /** Purposes whose record was not right yet. */
        failing: z.array(z.enum(PURPOSES)).max(PURPOSES.length),
      })
      .strict()
      .optional(),
    /** What "publish for me" changed last (issue 14), with each record's value before, for the Done report. */
    published: z
      .object({
        at: z.string().max(40),
        provider: z.enum(['cloudflare', 'ovh']),
        zone: domainText,
        changes: z
          .array(
            z
              .object({
                purpose: z.enum(PURPOSES),
                action: z.enum(['create', 'update']),
                type: z.enum(['TXT', 'CNAME']),
                name: z.string().max(300),
                value: z.string().max(8192),
                previous: z.string().max(8192).optional(),
              })
              .strict(),
          )
          .max(16),
      })
      .strict()
      .optional(),
  })
  .strict();

import { z } from 'zod';
import { MAILJET_PORTS, PURPOSES } from '../odoo/mailjet-smtp';
import { odooUrl, singleLine } from './fields';

// Where the database is and who logs in; the password or API key lives only in the keychain.
// After a connect: the version seen; after a setup: which record is ours, how it was set and when it
// last passed Odoo's connection test.
export const odooSettingsSchema = z
  .object({
    /** Stored as the connection step uses it: scheme, host and port only. */
    url: odooUrl.optional(),
    db: singleLine(256).optional(),
    login: singleLine(256).optional(),
    version: z.string().max(32).optional(),
    serverId: z.number().int().positive().optional(),
    port: z.union(MAILJET_PORTS.map((port) => z.literal(port)) as [z.ZodLiteral<465>, z.ZodLiteral<587>]).optional(),
    purpose: z.enum(PURPOSES).optional(),
    /** Mass mailing only: transactional mail stays on Odoo's own service (a "Command Line Interface" server). */
    keepOdooForTransactional: z.boolean().optional(),
    /** When Odoo's "Test Connection" last passed on `serverId`; cleared when another database is connected. */
    testedAt: z.string().max(40).optional(),
  })
  .strict();

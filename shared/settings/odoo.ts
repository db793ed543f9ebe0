import { z } from 'zod';
import { MAILJET_PORTS, PURPOSES } from '../odoo/mailjet-smtp';

// Where the database is and who logs in; the password or API key lives only in the keychain.
// After a connect: the version seen; after a setup: which record is ours and how it was set.
export const odooSettingsSchema = z
  .object({
    url: z.string().max(2048).optional(),
    db: z.string().max(256).optional(),
    login: z.string().max(256).optional(),
    version: z.string().max(32).optional(),
    serverId: z.number().int().positive().optional(),
    port: z.union(MAILJET_PORTS.map((port) => z.literal(port)) as [z.ZodLiteral<465>, z.ZodLiteral<587>]).optional(),
    purpose: z.enum(PURPOSES).optional(),
  })
  .strict();

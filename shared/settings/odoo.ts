import { z } from 'zod';

// Where the database is and who logs in; the password or API key lives only in the keychain.
// The Odoo issue extends this section with what setup has done.
export const odooSettingsSchema = z
  .object({
    url: z.string().max(2048).optional(),
    db: z.string().max(256).optional(),
    login: z.string().max(256).optional(),
  })
  .strict();

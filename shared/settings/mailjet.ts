import { z } from 'zod';

// The API key is the public half of the pair (it is also the SMTP user name Odoo shows); the secret key
// lives only in the keychain. The Mailjet issue extends this section with what setup has done.
export const mailjetSettingsSchema = z
  .object({
    apiKey: z.string().regex(/^[A-Za-z0-9]{8,64}$/).optional(),
    region: z.enum(['default', 'us']).optional(),
  })
  .strict();

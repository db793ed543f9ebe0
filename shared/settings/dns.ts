import { z } from 'zod';

// What the user told us about the domain and its DNS panel. The DNS issue extends this section.
export const dnsSettingsSchema = z
  .object({
    domain: z.string().max(253).optional(),
    provider: z.string().max(64).optional(),
    resolver: z.string().max(64).optional(),
  })
  .strict();

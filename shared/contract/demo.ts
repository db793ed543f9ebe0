import { z } from 'zod';
import { SECRET_NAMES } from './app';
import { channel, noInput, type ErrorKindMap } from './channel';

// The demo's stand-ins play the parts of the outside world the user would otherwise act in: the DNS
// panel ("publish these records"), the inbox ("click the activation e-mail"), and the places the keys
// come from. These channels answer only in demo mode.

const publishableRecord = z
  .object({ type: z.enum(['TXT', 'CNAME']), name: z.string().min(1).max(300), value: z.string().min(1).max(8192) })
  .strict();

export const demoChannels = {
  /** What the demo accepts, to prefill the forms; never a secret. */
  demoInfo: channel(
    noInput,
    z.object({
      active: z.boolean(),
      mailjetApiKey: z.string().optional(),
      odoo: z.object({ url: z.string(), db: z.string(), login: z.string() }).optional(),
      domain: z.string().optional(),
    }),
  ),
  /** Stores the demo's own secret in the demo keychain, as if the user had pasted it. */
  demoFillSecret: channel(z.object({ name: z.enum(SECRET_NAMES) }).strict(), z.object({ saved: z.literal(true) })),
  /** The demo DNS panel: publishes records in the loopback DNS server. */
  demoPublishDns: channel(
    z.object({ records: z.array(publishableRecord).min(1).max(20) }).strict(),
    z.object({ published: z.number().int() }),
  ),
  /** The demo inbox: clicks every pending activation e-mail. */
  demoActivateSenders: channel(noInput, z.object({ activated: z.number().int() })),
};

export const demoErrors = {
  'demo.not-demo': 'input',
} satisfies ErrorKindMap;

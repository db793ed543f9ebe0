import { z } from 'zod';
import { LANGUAGES } from './languages';
import { dnsSettingsSchema } from './settings/dns';
import { mailjetSettingsSchema } from './settings/mailjet';
import { odooSettingsSchema } from './settings/odoo';
import { wizardSettingsSchema } from './settings/wizard';

// Non-secret state only. Every object is strict, so a field nobody declared (say `secretKey`) makes
// the whole file invalid instead of being carried along; `findSecretLookingKeys` is a second net
// for fields someone might declare by mistake.
export const settingsSchema = z
  .object({
    language: z.enum(LANGUAGES).optional(),
    wizard: wizardSettingsSchema.optional(),
    mailjet: mailjetSettingsSchema.optional(),
    odoo: odooSettingsSchema.optional(),
    dns: dnsSettingsSchema.optional(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change: everything but the wizard progress, which has its own channel. */
export const settingsPatchSchema = z
  .object({
    mailjet: mailjetSettingsSchema.optional(),
    odoo: odooSettingsSchema.optional(),
    dns: dnsSettingsSchema.optional(),
  })
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const SECRET_LOOKING_KEY = /secret|passw|pwd|token|private|credential|apikey_?secret/i;

/** Paths of keys whose names say they hold a secret, at any depth. */
export function findSecretLookingKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => findSecretLookingKeys(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    return [...(SECRET_LOOKING_KEY.test(key) ? [here] : []), ...findSecretLookingKeys(child, here)];
  });
}

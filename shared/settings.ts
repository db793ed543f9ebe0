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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * What is still usable in settings the schema refuses: every section that is valid, and in a section that
 * is not, every field that is valid on its own (when the section as a whole then is). A wrong-typed field
 * or an unknown key costs that field, never the rest of the file.
 */
export function salvageSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return {};
  const shape = settingsSchema.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(shape, key)) continue;
    const section = shape[key as keyof typeof shape];
    const whole = section.safeParse(value);
    if (whole.success) {
      if (whole.data !== undefined) kept[key] = whole.data;
      continue;
    }
    if (!isRecord(value)) continue;
    const fields = Object.fromEntries(
      Object.entries(value).filter(([field, fieldValue]) => section.safeParse({ [field]: fieldValue }).success),
    );
    const partial = section.safeParse(fields);
    if (partial.success && Object.keys(fields).length) kept[key] = partial.data;
  }
  return settingsSchema.parse(kept);
}

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

// The fields where a key could be pasted by mistake: Mailjet's API key (the secret key looks just like it)
// and the DNS values copied from Mailjet's screens. Addresses, database names and logins are not among
// them: "admin" is both the login and the password of many an Odoo database, and that is no reason to
// refuse saving the login.
const SECRET_CAPABLE_KEYS = new Set(['apiKey', 'ownershipName', 'ownershipValue', 'dkimName', 'dkimValue', 'spfValue']);

/** Every string held by a field where a secret could be pasted by mistake, with its path. */
export function secretCapableValues(value: unknown, path = ''): Array<{ path: string; value: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => secretCapableValues(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    if (typeof child === 'string') return SECRET_CAPABLE_KEYS.has(key) ? [{ path: here, value: child }] : [];
    return secretCapableValues(child, here);
  });
}

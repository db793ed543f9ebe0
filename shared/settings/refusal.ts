import type { z } from 'zod';
import { AppError } from '../errors';

// A value the settings schema refuses is reported with the message of the step that would use it, for the
// settings store (main/host/settings.ts) and for `dispatch`, which parses the settingsWrite channel's input.

/** What the user typed, quoted back without the control characters that may be why it was refused. */
const shown = (value: unknown) =>
  typeof value === 'string'
    ? value
        // eslint-disable-next-line no-control-regex -- the control characters are what is being removed
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD')
        .trim()
        .slice(0, 120)
    : '';

/**
 * A refusal by the settings schema as the error the step using the value would give (the refinements in
 * shared/settings/fields.ts carry its code); `root` is what the issue's path starts from. Undefined for
 * any other issue.
 */
export function settingsRefusal(issue: z.core.$ZodIssue | undefined, root: unknown): AppError | undefined {
  const code = issue?.code === 'custom' ? issue.message : '';
  if (!code) return undefined;
  const path = issue!.path;
  const value = shown(
    path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], root),
  );
  if (code === 'mailjet.bad-address')
    return new AppError(code, { role: String(path[path.length - 1] ?? ''), address: value });
  if (code === 'dns.invalid-domain' || code === 'dns.invalid-email' || code === 'dns.invalid-resolver')
    return new AppError(code, { value });
  if (code === 'odoo.url-invalid' || code === 'odoo.https-required') return new AppError(code);
  return undefined;
}

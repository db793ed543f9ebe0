import { z } from 'zod';
import { normaliseOdooUrl } from '../odoo/url';
import { hasNoControlCharacters, isDomainText, isEmailAddress, isResolverAddress, storableOdooUrl } from './checks';

// The field types the settings sections share. The stores are given no schema of their own: this zod
// schema is the one that decides, for every face (main/host/settings.ts). A refusal's
// message is the error code the user is shown, the same one the step that uses the value would give.

export const singleLine = (max: number) => z.string().max(max).refine(hasNoControlCharacters, 'settings.invalid');

export const odooUrl = z
  .string()
  .max(2048)
  .superRefine((value, context) => {
    if (storableOdooUrl(value) !== undefined) return;
    const problem = normaliseOdooUrl(value);
    context.addIssue({
      code: 'custom',
      message: !problem.ok && problem.problem === 'https-required' ? 'odoo.https-required' : 'odoo.url-invalid',
    });
  })
  .overwrite((value) => storableOdooUrl(value) ?? value);

export const domainText = z.string().max(253).refine(isDomainText, 'dns.invalid-domain');

/** The wizard saves an emptied domain field as "". */
export const domainOrEmpty = z
  .string()
  .max(253)
  .refine((value) => value === '' || isDomainText(value), 'dns.invalid-domain');

export const email = z.string().max(254).refine(isEmailAddress, 'mailjet.bad-address');

/** The wizard saves an emptied field as "". */
export const emailOrEmpty = z
  .string()
  .max(320)
  .refine((value) => value.trim() === '' || isEmailAddress(value), 'dns.invalid-email');

export const resolverAddress = z.string().max(64).refine(isResolverAddress, 'dns.invalid-resolver');

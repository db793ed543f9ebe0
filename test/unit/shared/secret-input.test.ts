import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, type ChannelSpec } from '@shared/contract';

// `secretInput` names the input field that carries a secret typed now; dispatch remembers its value for
// scrubbing before the handler runs (test/integration/odoo/save-login.test.ts shows an Odoo fault that
// quotes it coming back as [secret]). A channel that takes a secret and forgets the flag fails here.

const fieldsOf = (spec: ChannelSpec): string[] =>
  spec.input instanceof z.ZodObject ? Object.keys(spec.input.shape) : [];

describe('secretInput', () => {
  it('is declared by every channel that takes a password or secret key, and names a real field', () => {
    const declared = Object.fromEntries(
      Object.entries(CHANNELS as Record<string, ChannelSpec>).flatMap(([name, spec]) =>
        spec.secretInput ? [[name, spec.secretInput]] : [],
      ),
    );
    const takingSecrets = Object.entries(CHANNELS as Record<string, ChannelSpec>).flatMap(([name, spec]) =>
      fieldsOf(spec)
        .filter((field) => /secret|passw/i.test(field))
        .map((field) => [name, field]),
    );
    for (const [name, field] of takingSecrets) expect(declared[name!], name).toContain(field);
    for (const [name, fields] of Object.entries(declared))
      for (const field of fields) expect(fieldsOf((CHANNELS as Record<string, ChannelSpec>)[name]!)).toContain(field);
    expect(declared).toEqual({
      keychainSave: ['value'],
      mailjetSaveKeys: ['secretKey'],
      odooSaveLogin: ['password'],
      dnsPublishSaveCredential: ['token', 'ovh'],
    });
  });
});

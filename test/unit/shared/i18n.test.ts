import { describe, expect, it } from 'vitest';
import { createTranslator, describeError } from '@shared/i18n';
import type { ErrorCode } from '@shared/contract';

describe('describeError', () => {
  it('phrases a known code in Italian with its parameters and next step', async () => {
    const i18n = await createTranslator('it');
    const { message, next } = describeError(i18n.t.bind(i18n), {
      code: 'cli.missing-option',
      params: { option: 'domain' },
    });
    expect(message).toBe("Qui serve l'opzione --domain.");
    expect(next).toContain('--domain');
  });

  it('falls back to the generic sentence for an unknown code instead of showing the code', async () => {
    const i18n = await createTranslator('en');
    const { message } = describeError(i18n.t.bind(i18n), { code: 'nobody.knows' as ErrorCode });
    expect(message).toBe('Something went wrong inside the assistant.');
    expect(message).not.toContain('nobody.knows');
  });
});

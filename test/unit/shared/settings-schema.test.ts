import { describe, expect, it } from 'vitest';
import { findSecretLookingKeys, settingsSchema } from '../../../shared/settings';

describe('the settings schema', () => {
  it('refuses a field nobody declared, such as a secret key', () => {
    expect(settingsSchema.safeParse({ mailjet: { apiKey: 'abcdef123456', secretKey: 'x' } }).success).toBe(false);
  });

  it('finds secret-looking names at any depth', () => {
    expect(findSecretLookingKeys({ a: { b: [{ odooPassword: 1 }] }, token: 2, domain: 'x' })).toEqual(['a.b[0].odooPassword', 'token']);
  });

  it('accepts ordinary progress and choices', () => {
    expect(settingsSchema.safeParse({ language: 'it', wizard: { path: 'guided', current: 'dns', completed: ['welcome'] } }).success).toBe(true);
  });
});

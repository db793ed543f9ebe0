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

  it("keeps the wizard's sender choices and the values pasted from Mailjet, none of them looking secret", () => {
    const settings = {
      mailjet: { senderChoices: { dnsAccess: false, emailType: 'bulk', catchall: 'risposte@example.it' } },
      dns: { pastedMailjet: { ownershipName: 'mailjet._1a2b3c4d', ownershipValue: 'abcdef0123456789', dkimValue: 'k=rsa; p=MIIB' } },
    };
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(findSecretLookingKeys(settings)).toEqual([]);
  });
});

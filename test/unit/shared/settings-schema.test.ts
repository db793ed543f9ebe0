import { describe, expect, it } from 'vitest';
import { findSecretLookingKeys, salvageSettings, settingsSchema } from '@shared/settings';

describe('the settings schema', () => {
  it('refuses a field nobody declared, such as a secret key', () => {
    expect(settingsSchema.safeParse({ mailjet: { apiKey: 'abcdef123456', secretKey: 'x' } }).success).toBe(false);
  });

  it('finds secret-looking names at any depth', () => {
    expect(findSecretLookingKeys({ a: { b: [{ odooPassword: 1 }] }, token: 2, domain: 'x' })).toEqual([
      'a.b[0].odooPassword',
      'token',
    ]);
  });

  it('accepts ordinary progress and choices', () => {
    expect(
      settingsSchema.safeParse({ language: 'it', wizard: { path: 'guided', current: 'dns', completed: ['welcome'] } })
        .success,
    ).toBe(true);
  });

  it("keeps the wizard's sender choices and the values pasted from Mailjet, none of them looking secret", () => {
    const settings = {
      mailjet: { senderChoices: { dnsAccess: false, emailType: 'bulk', catchall: 'risposte@example.it' } },
      dns: {
        pastedMailjet: {
          ownershipName: 'mailjet._1a2b3c4d',
          ownershipValue: 'abcdef0123456789',
          dkimValue: 'k=rsa; p=MIIB',
        },
      },
    };
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(findSecretLookingKeys(settings)).toEqual([]);
  });

  it.each([
    ['a javascript: link as the Odoo address', { odoo: { url: 'javascript:alert(1)' } }, 'odoo.url-invalid'],
    ['a file: address', { odoo: { url: 'file:///etc/passwd' } }, 'odoo.url-invalid'],
    ['the cloud metadata service over http', { odoo: { url: 'http://169.254.169.254' } }, 'odoo.https-required'],
    [
      'the cloud metadata service over https',
      { odoo: { url: 'https://169.254.169.254/latest/meta-data' } },
      'odoo.url-invalid',
    ],
    ['a link-local IPv6 Odoo', { odoo: { url: 'https://[fe80::1]:8069' } }, 'odoo.url-invalid'],
    ['a login with a line break', { odoo: { login: 'admin\r\nX-Injected: 1' } }, 'settings.invalid'],
    ['markup as the domain', { dns: { domain: '<script>alert(1)</script>' } }, 'dns.invalid-domain'],
    ['markup as the last Mailjet domain', { mailjet: { lastDomain: '<img src=x>.example.com' } }, 'dns.invalid-domain'],
    ['the metadata address as DNS resolver', { dns: { resolver: '169.254.169.254' } }, 'dns.invalid-resolver'],
    ['a host name as DNS resolver', { dns: { resolver: 'dns.example.com' } }, 'dns.invalid-resolver'],
    [
      'a sender address carrying a Bcc header',
      { mailjet: { senderChoices: { bounce: 'bounce@example.it\r\nBcc: all@evil.example' } } },
      'mailjet.bad-address',
    ],
    [
      'a DMARC address carrying a Bcc header',
      { dns: { dmarcRua: 'dmarc@example.it\nBcc: all@evil.example' } },
      'dns.invalid-email',
    ],
  ])('refuses %s', (_what, settings, message) => {
    const parsed = settingsSchema.safeParse(settings);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('accepts what people type for each of those fields, and keeps only the server part of an Odoo link', () => {
    const parsed = settingsSchema.parse({
      odoo: { url: 'https://Esempio.odoo.com/odoo/action-123?debug=1', db: 'esempio', login: 'admin@esempio.it' },
      dns: {
        domain: 'perché.it',
        resolver: '[2001:db8::53]:5353',
        dmarcRua: 'mailto:dmarc@esempio.it',
        lastCheck: { at: '2026-01-01T00:00:00Z', domain: 'esempio.it', ok: true, failing: [] },
      },
      mailjet: { lastDomain: 'esempio.it', senderChoices: { notifications: 'notifiche@esempio.it' } },
    });
    expect(parsed.odoo?.url).toBe('https://esempio.odoo.com');
    expect(
      settingsSchema.parse({
        odoo: { url: 'http://127.0.0.1:8069/web' },
        dns: { domain: '', dmarcRua: '', resolver: '127.0.0.1:5353' },
      }),
    ).toMatchObject({
      odoo: { url: 'http://127.0.0.1:8069' },
    });
  });

  it('salvages every valid section, and the valid fields of a section that is not', () => {
    expect(
      salvageSettings({
        language: 'fr',
        wizard: { path: 'guided', current: 'dns', completed: ['welcome'] },
        odoo: { url: 'javascript:alert(1)', db: 'esempio', port: 'x' },
        dns: 'not an object',
        extra: { secretKey: 'x' },
      }),
    ).toEqual({ wizard: { path: 'guided', current: 'dns', completed: ['welcome'] }, odoo: { db: 'esempio' } });
    expect(salvageSettings('[1,2')).toEqual({});
    expect(salvageSettings(null)).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { absoluteName, relativeName, sameName } from '@shared/dns/names';
import { appErrorOf } from './expect-app-error';

describe('absoluteName', () => {
  it.each([
    ['mailjet._1a2b3c4d.example.it.', 'mailjet._1a2b3c4d.example.it'],
    ['mailjet._1a2b3c4d.example.it', 'mailjet._1a2b3c4d.example.it'],
    ['mailjet._1a2b3c4d', 'mailjet._1a2b3c4d.example.it'],
    ['Mailjet._DomainKey', 'mailjet._domainkey.example.it'],
    ['@', 'example.it'],
    ['', 'example.it'],
    ['example.it.', 'example.it'],
    ['mailjet._domainkey.example.it.example.it', 'mailjet._domainkey.example.it'],
  ])('reads the vendor name %j as %j', (raw, absolute) => {
    expect(absoluteName(raw, 'example.it', 'dkim-name')).toBe(absolute);
  });

  it('refuses a name that belongs to another domain', () => {
    const error = appErrorOf(() => absoluteName('mailjet._1a2b3c4d.other.it.', 'example.it', 'ownership-name'));
    expect(error.code).toBe('dns.foreign-name');
    expect(error.params).toMatchObject({ field: 'ownership-name', domain: 'example.it' });
  });

  it.each(['mailjet domainkey', 'mail"jet', `${'a'.repeat(64)}`, 'a..b'])('refuses the malformed name %j', (raw) => {
    expect(appErrorOf(() => absoluteName(raw, 'example.it', 'dkim-name')).code).toBe('dns.invalid-name');
  });
});

describe('relativeName and sameName', () => {
  it('gives the label a relative panel wants, and @ for the apex', () => {
    expect(relativeName('mailjet._domainkey.example.it', 'example.it')).toBe('mailjet._domainkey');
    expect(relativeName('example.it', 'example.it')).toBe('@');
  });

  it('compares names as DNS does: case and final dot do not matter', () => {
    expect(sameName('Odoo._DomainKey.odoo.com.', 'odoo._domainkey.odoo.com')).toBe(true);
    expect(sameName('odoo._domainkey.odoo.com', 'odoo._domainkey.example.it')).toBe(false);
  });
});

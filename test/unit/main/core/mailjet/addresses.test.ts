import { describe, expect, it } from 'vitest';
import { normaliseAddress, normaliseDomain, resolveAddresses } from '../../../../../main/core/mailjet/addresses';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('normaliseDomain', () => {
  it('accepts what people paste and keeps only the domain, in lower-case ASCII', () => {
    expect(normaliseDomain(' Example.IT ')).toBe('example.it');
    expect(normaliseDomain('https://Example.it/contatti')).toBe('example.it');
    expect(normaliseDomain('*@example.it')).toBe('example.it');
    expect(normaliseDomain('@example.it')).toBe('example.it');
    expect(normaliseDomain('example.it.')).toBe('example.it');
    expect(normaliseDomain('caffè.it')).toBe('xn--caff-8oa.it');
    expect(normaliseDomain('mail.example.co.uk')).toBe('mail.example.co.uk');
  });

  it("refuses what is not a domain of the user's own", () => {
    expect(codeOf(() => normaliseDomain('example'))).toBe('mailjet.bad-domain');
    expect(codeOf(() => normaliseDomain('exa mple.it'))).toBe('mailjet.bad-domain');
    expect(codeOf(() => normaliseDomain('-bad.it'))).toBe('mailjet.bad-domain');
    expect(codeOf(() => normaliseDomain('192.168.1.10'))).toBe('mailjet.bad-domain');
    expect(codeOf(() => normaliseDomain('co.uk'))).toBe('mailjet.public-suffix');
  });
});

describe('normaliseAddress', () => {
  it('lower-cases and converts the domain part', () => {
    expect(normaliseAddress('Notifications@Caffè.IT', 'notifications')).toBe('notifications@xn--caff-8oa.it');
    expect(normaliseAddress('bounce+odoo@example.it', 'bounce')).toBe('bounce+odoo@example.it');
  });

  it('refuses characters that would change the API path, and malformed addresses', () => {
    for (const bad of ['no-at-sign', '@example.it', 'a/b@example.it', 'a?b@example.it', 'a#b@example.it', 'a%b@example.it', 'a..b@example.it', 'a b@example.it']) {
      expect(codeOf(() => normaliseAddress(bad, 'catchall')), bad).toBe('mailjet.bad-address');
    }
  });
});

describe('resolveAddresses', () => {
  it("uses the documentation's defaults for what Odoo did not give", () => {
    expect(resolveAddresses('Example.it')).toEqual({
      domain: 'example.it',
      notifications: 'notifications@example.it',
      bounce: 'bounce@example.it',
      catchall: 'catchall@example.it',
    });
  });

  it('keeps the addresses Odoo gave, even on another domain', () => {
    expect(resolveAddresses('example.it', { catchall: 'Catchall@Odoo.example.com', bounce: '  ' })).toMatchObject({
      bounce: 'bounce@example.it',
      catchall: 'catchall@odoo.example.com',
    });
  });
});

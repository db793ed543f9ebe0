import { describe, expect, it } from 'vitest';
import { normaliseAddress, resolveAddresses } from '@main/core/mailjet/addresses';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('normaliseAddress', () => {
  it('lower-cases and converts the domain part', () => {
    expect(normaliseAddress('Notifications@Caffè.IT', 'notifications')).toBe('notifications@xn--caff-8oa.it');
    expect(normaliseAddress('bounce+odoo@example.it', 'bounce')).toBe('bounce+odoo@example.it');
  });

  it('refuses characters that would change the API path, and malformed addresses', () => {
    for (const bad of [
      'no-at-sign',
      '@example.it',
      'a@https://example.it/',
      'a@example.it:25',
      'a@exa mple.it',
      'a/b@example.it',
      'a?b@example.it',
      'a#b@example.it',
      'a%b@example.it',
      'a..b@example.it',
      'a b@example.it',
    ]) {
      expect(
        codeOf(() => normaliseAddress(bad, 'catchall')),
        bad,
      ).toBe('mailjet.bad-address');
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

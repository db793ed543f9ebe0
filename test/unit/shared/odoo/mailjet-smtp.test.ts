import { describe, expect, it } from 'vitest';
import { encryptionForPort, filterCoversDomain } from '@shared/odoo/mailjet-smtp';

const CLASSIC = ['none', 'starttls', 'ssl'];
const ODOO_19 = ['none', 'starttls_strict', 'starttls', 'ssl_strict', 'ssl'];

describe('encryptionForPort', () => {
  it('pairs 465 with implicit TLS and 587 with STARTTLS, never "SSL/TLS" on 587', () => {
    expect(encryptionForPort(465, CLASSIC)).toBe('ssl');
    expect(encryptionForPort(587, CLASSIC)).toBe('starttls');
  });

  it('prefers the certificate-checking variants Odoo 19 offers', () => {
    expect(encryptionForPort(465, ODOO_19)).toBe('ssl_strict');
    expect(encryptionForPort(587, ODOO_19)).toBe('starttls_strict');
  });

  it('gives nothing when the Odoo offers no matching value', () => {
    expect(encryptionForPort(587, ['none', 'ssl'])).toBeUndefined();
  });
});

describe('filterCoversDomain', () => {
  it('matches the domain or an address in it, in a comma-separated list, ignoring case', () => {
    expect(filterCoversDomain('Example.com', 'example.com')).toBe(true);
    expect(filterCoversDomain('other.org, notifications@example.com', 'example.com')).toBe(true);
    expect(filterCoversDomain('sub.example.com', 'example.com')).toBe(false);
    expect(filterCoversDomain(false, 'example.com')).toBe(false);
  });
});

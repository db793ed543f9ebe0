import { describe, expect, it } from 'vitest';
import { normaliseDomain } from '@shared/dns/domain';
import { appErrorOf } from './expect-app-error';

describe('normaliseDomain', () => {
  it.each([
    ['Example.IT', 'example.it'],
    ['  example.it  ', 'example.it'],
    ['example.it.', 'example.it'],
    ['https://www.example.it/', 'example.it'],
    ['http://user:pw@www.example.it:8080/contact?x=1#top', 'example.it'],
    ['info@example.it', 'example.it'],
    ['mailto:Info@Example.it', 'example.it'],
    ['*@example.it', 'example.it'],
    ['<info@example.it>', 'example.it'],
    ['example . it', 'example.it'],
    ['www.example.co.uk', 'example.co.uk'],
  ])('turns the pasted %j into the domain %j', (pasted, domain) => {
    expect(normaliseDomain(pasted).ascii).toBe(domain);
  });

  it('says which part it dropped to reach the registrable domain', () => {
    expect(normaliseDomain('mail.example.it').droppedSubdomain).toBe('mail');
    expect(normaliseDomain('example.it').droppedSubdomain).toBeUndefined();
  });

  it('converts an IDN to punycode for DNS and keeps Unicode for display', () => {
    const domain = normaliseDomain('Caffè-Rossi.IT');
    expect(domain).toEqual({ ascii: 'xn--caff-rossi-26a.it', unicode: 'caffè-rossi.it' });
  });

  it('reads a pasted punycode name back as Unicode, and accepts ideographic full stops', () => {
    expect(normaliseDomain('xn--caff-rossi-26a.it').unicode).toBe('caffè-rossi.it');
    expect(normaliseDomain('münchen。de').ascii).toBe('xn--mnchen-3ya.de');
  });

  it.each([
    '',
    '   ',
    'not a domain',
    'my company.it',
    'localhost',
    '192.168.1.10',
    'exa_mple.it',
    '-bad.it',
    'bad-.it',
    `${'a'.repeat(64)}.it`,
    'xn--a.it',
    'xn--zzzzzzzzzzzzzz.it',
    'https://',
  ])('refuses %j as not a domain, naming what was typed', (pasted) => {
    const error = appErrorOf(() => normaliseDomain(pasted));
    expect(error.code).toBe('dns.invalid-domain');
    expect(error.params.value).toBe(pasted.trim().slice(0, 80));
  });

  it.each(['it', 'co.uk', '.com'])('refuses the public suffix %j with its own message', (pasted) => {
    expect(appErrorOf(() => normaliseDomain(pasted)).code).toBe('dns.public-suffix');
  });
});

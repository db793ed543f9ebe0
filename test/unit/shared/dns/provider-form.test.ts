import { describe, expect, it } from 'vitest';
import { providerForm } from '@shared/dns/provider-form';
import { prepareRecords } from '@shared/dns/records';
import { byteLength } from '@shared/dns/txt';
import { dkimValue } from './keys';

const dkim = dkimValue(2048);
const prepared = prepareRecords({ domain: 'example.it', mailjet: { dkimValue: dkim }, odooOnline: true });
const row = (provider: Parameters<typeof providerForm>[1], purpose: string) =>
  providerForm(prepared, provider).rows.find((r) => r.purpose === purpose)!;

describe('providerForm', () => {
  it('gives relative hosts and @ for the apex in the generic form, with the full name as the alternative', () => {
    expect(row('generic', 'dkim')).toMatchObject({ host: 'mailjet._domainkey', fqdn: 'mailjet._domainkey.example.it' });
    expect(row('generic', 'spf').host).toBe('@');
    expect(row('generic', 'dkim').hostAlternative).toBe('mailjet._domainkey.example.it');
    expect(row('register-it', 'dkim').hostAlternative).toBe('mailjet._domainkey.example.it');
    expect(row('cloudflare', 'dkim').hostAlternative).toBeUndefined();
  });

  it('gives Aruba the full name without the final dot, and OVHcloud an empty apex', () => {
    expect(row('aruba', 'dkim').host).toBe('mailjet._domainkey.example.it');
    expect(row('aruba', 'spf').host).toBe('example.it');
    expect(row('ovhcloud', 'spf').host).toBe('');
    expect(row('ovhcloud', 'dmarc').host).toBe('_dmarc');
  });

  it('quotes and splits a 2048-bit key for Route 53, whose strings must stay under 255', () => {
    const value = row('route53', 'dkim').value;
    const strings = [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(strings.length).toBe(2);
    expect(strings.every((s) => byteLength(s) <= 255)).toBe(true);
    expect(strings.join('')).toBe(dkim);
    expect(row('route53', 'spf').value).toBe('"v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all"');
  });

  it('lets Cloudflare split by itself, and offers parts to panels that may refuse a long value', () => {
    expect(row('cloudflare', 'dkim')).toMatchObject({ value: dkim, notes: [{ code: 'value-auto-split' }] });
    expect(row('cloudflare', 'dkim').valueParts).toBeUndefined();
    const generic = row('generic', 'dkim');
    expect(generic.value).toBe(dkim);
    expect(generic.valueParts!.join('')).toBe(dkim);
    expect(generic.valueParts!.every((part) => byteLength(part) <= 255)).toBe(true);
  });

  it('writes the CNAME target with the final dot, offering the plain form where unconfirmed', () => {
    expect(row('generic', 'odoo-dkim')).toMatchObject({
      value: 'odoo._domainkey.odoo.com.',
      valueAlternative: 'odoo._domainkey.odoo.com',
    });
    expect(row('hetzner', 'odoo-dkim')).toMatchObject({ value: 'odoo._domainkey.odoo.com.' });
    expect(row('hetzner', 'odoo-dkim').valueAlternative).toBeUndefined();
  });

  it("warns when a value is longer than the panel's documented limit", () => {
    const spf = `v=spf1 ${'ip4:192.0.2.1 '.repeat(80)}~all`;
    const tooLong = providerForm(
      { domain: prepared.domain, records: [{ ...prepared.records[0]!, value: spf }] },
      'godaddy',
    );
    expect(tooLong.rows[0]!.notes).toContainEqual({ code: 'value-over-limit', params: { limit: 1024 } });
    expect(row('godaddy', 'dkim').notes.map((note) => note.code)).not.toContain('value-over-limit');
  });

  it('tells the user to edit an existing SPF rather than add one', () => {
    const edited = providerForm(prepareRecords({ domain: 'example.it', existingSpf: 'v=spf1 mx ~all' }), 'generic')
      .rows[0]!;
    expect(edited).toMatchObject({ action: 'replace', previous: 'v=spf1 mx ~all' });
    expect(edited.notes[0]).toEqual({ code: 'edit-existing-spf' });
  });

  it('describes the form, and owns up to unconfirmed rules', () => {
    const codes = (id: Parameters<typeof providerForm>[1]) =>
      providerForm(prepared, id).instructions.map((item) => item.code);
    expect(codes('aruba')).toEqual([
      'host-fqdn',
      'apex-domain',
      'quotes-none',
      'long-single',
      'extra-aruba-underscore',
      'unverified',
    ]);
    expect(codes('hetzner')).toEqual([
      'host-relative',
      'apex-at',
      'quotes-none',
      'long-single',
      'zone-import',
      'unverified',
    ]);
    expect(codes('generic')).toEqual(['host-relative', 'apex-at', 'quotes-none', 'long-single']);
  });
});

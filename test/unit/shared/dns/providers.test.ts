import { describe, expect, it } from 'vitest';
import { detectProvider, isProviderId, PROVIDER_IDS, resolveProvider } from '@shared/dns/providers';

describe('DNS providers', () => {
  it('covers the providers the wizard offers', () => {
    for (const id of [
      'aruba',
      'register-it',
      'ovhcloud',
      'ionos',
      'godaddy',
      'cloudflare',
      'namecheap',
      'google-cloud-dns',
      'squarespace',
      'route53',
      'hetzner',
      'generic',
    ]) {
      expect(isProviderId(id), id).toBe(true);
    }
    expect(isProviderId('aruba.it')).toBe(false);
  });

  it('falls back to the generic form for every rule not confirmed, and says which', () => {
    expect(resolveProvider('register-it')).toMatchObject({
      rules: resolveProvider('generic').rules,
      unverified: ['host', 'apex', 'quotes', 'longValues', 'cnameTarget'],
    });
    expect(resolveProvider('generic').unverified).toEqual([]);
    expect(resolveProvider('cloudflare').unverified).toEqual(['cnameTarget']);
  });

  it('knows the confirmed rules: Aruba wants the full name, Route 53 quotes and splits, OVH leaves the apex empty', () => {
    expect(resolveProvider('aruba').rules).toMatchObject({ host: 'fqdn', apex: 'domain' });
    expect(resolveProvider('route53').rules).toMatchObject({ quotes: 'required', longValues: 'split-quoted' });
    expect(resolveProvider('ovhcloud').rules.apex).toBe('empty');
    expect(resolveProvider('godaddy').rules.maxValueLength).toBe(1024);
  });

  it.each([
    [['dns.technorail.com', 'dns2.technorail.com', 'dns3.arubadns.net', 'dns4.arubadns.cz'], 'aruba'],
    [['ns1045.ui-dns.com', 'ns1045.ui-dns.de'], 'ionos'],
    [['ada.ns.cloudflare.com.', 'bob.ns.cloudflare.com.'], 'cloudflare'],
    [['hydrogen.ns.hetzner.com', 'helium.ns.hetzner.de'], 'hetzner'],
    [['ns-123.awsdns-45.com', 'ns-678.awsdns-01.co.uk'], 'route53'],
  ])('recognises %j as %s', (nameservers, id) => {
    expect(detectProvider(nameservers)).toBe(id);
  });

  it('guesses nothing from unknown or mixed nameservers', () => {
    expect(detectProvider(['ns1.example.net'])).toBeNull();
    expect(detectProvider(['ada.ns.cloudflare.com', 'dns.technorail.com'])).toBeNull();
    expect(detectProvider([])).toBeNull();
  });

  it('lists every id exactly once', () => {
    expect(new Set(PROVIDER_IDS).size).toBe(PROVIDER_IDS.length);
  });
});

import { describe, expect, it } from 'vitest';
import { CLOUDFLARE_TOKEN_NAME, cloudflareTokenTemplateUrl } from '@shared/dns/cloudflare-token';

describe("Cloudflare's token template address", () => {
  const url = new URL(cloudflareTokenTemplateUrl());

  it("opens the Create Token form of the user's profile on Cloudflare's dashboard, over https", () => {
    expect(url.origin).toBe('https://dash.cloudflare.com');
    expect(url.pathname).toBe('/profile/api-tokens');
  });

  it('asks for DNS Edit and Zone Read only, nothing account-wide', () => {
    const permissions = JSON.parse(url.searchParams.get('permissionGroupKeys')!) as unknown;
    expect(permissions).toEqual([
      { key: 'zone_dns', type: 'edit' },
      { key: 'zone', type: 'read' },
    ]);
    // The query is encoded: the JSON's brackets and quotes never appear raw in the address.
    expect(url.search).not.toMatch(/[[\]"{}]/);
  });

  it('carries the parameters the page calls required, and names the token after the assistant', () => {
    expect(url.searchParams.get('accountId')).toBe('*');
    expect(url.searchParams.get('zoneId')).toBe('all');
    expect(url.searchParams.get('name')).toBe(CLOUDFLARE_TOKEN_NAME);
  });
});

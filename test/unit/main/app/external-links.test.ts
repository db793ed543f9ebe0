import { describe, expect, it, vi } from 'vitest';
import { cloudflareTokenTemplateUrl } from '@shared/dns/cloudflare-token';
import { allDocsLinks } from '@shared/docs-links';

const openExternal = vi.fn(async () => {});
vi.mock('electron', () => ({ shell: { openExternal } }));

const { isAllowedExternalUrl, openAllowedLink } = await import('@main/app/external-links');

describe('external links', () => {
  it.each([
    'https://app.mailjet.com/account/apikeys',
    'https://documentation.mailjet.com/hc/it/articles/360042412734',
    'https://www.odoo.com/documentation/17.0/it/applications/general/email_communication/mailjet_api.html',
    'https://mycompany.odoo.com/odoo/settings',
    cloudflareTokenTemplateUrl(),
  ])('opens %s in the system browser', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each(allDocsLinks())('opens the documentation link %s that a step or the Help menu shows', (url) =>
    expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://app.mailjet.com/',
    'https://evil.example/',
    'https://app.mailjet.com.evil.example/',
    'https://odoo.com.evil.example/',
    'https://dash.cloudflare.com.evil.example/',
    'https://cloudflare.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user:pass@app.mailjet.com/',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it("allows the user's own self-hosted Odoo only when named", () => {
    expect(isAllowedExternalUrl('https://erp.example.it/web')).toBe(false);
    expect(isAllowedExternalUrl('https://erp.example.it/web', ['https://erp.example.it'])).toBe(true);
  });
});

describe('opening a link', () => {
  it('reaches the system browser only for allowed links', () => {
    expect(openAllowedLink('https://evil.example/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(openAllowedLink('https://app.mailjet.com/account/sender')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://app.mailjet.com/account/sender');
  });
});

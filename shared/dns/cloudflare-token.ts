// The address that opens Cloudflare's "Create Custom Token" form already filled in for the assistant,
// so the user does not pick a template or permissions by hand. Cloudflare documents these "API token
// template URLs" (developers.cloudflare.com/fundamentals/api/how-to/account-owned-token-template/):
// `https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=<URL-encoded JSON>&accountId=*
// &zoneId=all&name=<name>`, permissions as `[{key, type}]`, `zone_dns` being "DNS records" and `zone`
// "Zone management" in its permission reference table, with the types read and edit.
// - `zone_dns` edit = Zone ▸ DNS ▸ Edit: writes the records.
// - `zone` read = Zone ▸ Zone ▸ Read: lets the assistant find the zone by its name (GET /zones?name=),
//   so the user copies no Zone ID. That `zone`+read shows as Zone ▸ Zone ▸ Read in the form: UNVERIFIED.
// - `zoneId=all` is the only value the page documents; the user narrows Zone Resources to the one zone.
//   A zone id in that parameter, which would spare that choice, is UNVERIFIED (and the id is what the
//   user does not have yet), so it is not used.

const CLOUDFLARE_TOKEN_PERMISSIONS = [
  { key: 'zone_dns', type: 'edit' },
  { key: 'zone', type: 'read' },
] as const;

/** The name the token gets in Cloudflare's list, so the user knows later what it is for. */
export const CLOUDFLARE_TOKEN_NAME = 'Mailjet for Odoo';

export function cloudflareTokenTemplateUrl(): string {
  const query = [
    `permissionGroupKeys=${encodeURIComponent(JSON.stringify(CLOUDFLARE_TOKEN_PERMISSIONS))}`,
    'accountId=*',
    'zoneId=all',
    `name=${encodeURIComponent(CLOUDFLARE_TOKEN_NAME)}`,
  ].join('&');
  return `https://dash.cloudflare.com/profile/api-tokens?${query}`;
}

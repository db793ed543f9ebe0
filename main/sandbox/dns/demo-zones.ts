import type { ZoneSeed } from './zone-table';

// What the demo's DNS looks like before the user does anything: the Odoo demo's domain already has
// an SPF record for another sender (so the merge shows) and mail servers, but nothing for Mailjet.
// The senders' own SPF records use documentation address ranges: they only need to exist and be
// countable, their real contents are not the point.
//
// The demo domain's DNS is at Cloudflare (the demo's Cloudflare API stand-in holds the zone), so its NS
// records name two Cloudflare nameservers, as a real zone there does: Cloudflare gives each zone a pair
// of <name>.ns.cloudflare.com hosts (the detection rule in shared/dns/providers.ts reads exactly that),
// and the DNS step then offers "Publish the records for me" by itself. The demo's checker asks the
// stand-in directly (a named resolver), so these hosts need no address of their own.

export const DEMO_DOMAIN = 'example.com';

export const DEMO_DNS_ZONES: Record<string, ZoneSeed> = {
  [DEMO_DOMAIN]: {
    nameservers: ['ada.ns.cloudflare.com', 'rob.ns.cloudflare.com'],
    records: {
      '@': ['v=spf1 include:_spf.google.com ~all', { type: 'MX', priority: 10, exchange: 'mx.example.com' }],
      mx: [{ type: 'A', address: '192.0.2.25' }],
    },
  },
  'mailjet.com': { records: { spf: ['v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 ~all'] } },
  'odoo.com': { records: { _spf: ['v=spf1 ip4:203.0.113.0/24 ~all'] } },
  'google.com': { records: { _spf: ['v=spf1 ip4:198.51.100.128/25 ~all'] } },
};

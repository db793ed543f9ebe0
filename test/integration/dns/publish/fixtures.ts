import { startCloudflareStandIn, type CloudflareStandIn } from '@main/sandbox/cloudflare/server';
import { startDnsStandIn, type DnsStandIn } from '@main/sandbox/dns/server';
import { startOvhStandIn, type OvhStandIn } from '@main/sandbox/ovh/server';
import type { ZoneSeed } from '@main/sandbox/dns/zone-table';

// One authoritative DNS stand-in and both DNS API stand-ins writing into it: what the API publishes,
// the checker reads.

export const CF_TOKEN = 'cfTokenDnsEditOnlyForThisZone-0123456789'.slice(0, 40);
export const CF_READ_ONLY = 'cfTokenDnsReadOnlyForThisZone-0123456789'.slice(0, 40);
export const CF_OTHER_ZONE = 'cfTokenForAnotherZoneEntirely-0123456789'.slice(0, 40);
export const CF_ZONE_READ = 'cfTokenZoneReadAndDnsEditHere-0123456789'.slice(0, 40);
export const OVH_APP = {
  applicationKey: 'ovhAppKey7Hq2',
  applicationSecret: 'ovhAppSecretZ9k4mP1xLq8Tw3Rb',
  consumerKey: 'ovhConsumerKeyN5v8Cx2Jd7Fg1Hs4',
};
export const OVH_NOT_GRANTED = { ...OVH_APP, consumerKey: 'ovhConsumerKeyOnlyReadsR3c0rds' };
export const DKIM = `k=rsa; p=${'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.padEnd(392, 'Q')}`;
export const MAILJET = { ownershipName: 'mailjet._1a2b3c4d', ownershipValue: '1a2b3c4d5e6f7a8b', dkimValue: DKIM };

const ZONES: Record<string, ZoneSeed> = {
  'fresh.test': { records: { '@': [{ type: 'MX', priority: 10, exchange: 'mx.fresh.test' }] } },
  'merge.test': {
    records: {
      '@': [
        'v=spf1 include:_spf.google.com -all',
        'google-site-verification=keep-me',
        { type: 'MX', priority: 10, exchange: 'mx.merge.test' },
      ],
      www: [{ type: 'CNAME', target: 'merge.test' }],
    },
  },
  'twospf.test': {
    records: { '@': ['v=spf1 include:_spf.google.com ~all', 'v=spf1 include:spf.protection.outlook.com ~all'] },
  },
  'other.test': {},
};

export interface Services {
  dns: DnsStandIn;
  cloudflare: CloudflareStandIn;
  ovh: OvhStandIn;
  stop(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const dns = await startDnsStandIn({ zones: ZONES });
  const zones = Object.keys(ZONES);
  const cloudflare = await startCloudflareStandIn({
    table: dns.table,
    zones,
    // Two records a page, so a zone with a few records already spans pages.
    maxPerPage: 2,
    tokens: [
      { token: CF_TOKEN, zones: ['fresh.test', 'merge.test', 'twospf.test'], permissions: ['dns:edit'] },
      { token: CF_READ_ONLY, zones: ['fresh.test', 'merge.test'], permissions: ['dns:read'] },
      { token: CF_OTHER_ZONE, zones: ['other.test'], permissions: ['dns:edit'] },
      { token: CF_ZONE_READ, zones: ['fresh.test', 'merge.test'], permissions: ['dns:edit', 'zone:read'] },
    ],
  });
  const ovh = await startOvhStandIn({
    table: dns.table,
    zones,
    applications: [{ applicationKey: OVH_APP.applicationKey, applicationSecret: OVH_APP.applicationSecret }],
    consumers: [
      { consumerKey: OVH_APP.consumerKey, applicationKey: OVH_APP.applicationKey, rules: zones.flatMap(zoneRules) },
      {
        consumerKey: OVH_NOT_GRANTED.consumerKey,
        applicationKey: OVH_APP.applicationKey,
        rules: zones.map((zone) => ({ method: 'GET', path: `/domain/zone/${zone}/*` })),
      },
    ],
  });
  return {
    dns,
    cloudflare,
    ovh,
    stop: async () => {
      await Promise.all([dns.stop(), cloudflare.stop(), ovh.stop()]);
    },
  };
}

/** The narrowest rules the instructions ask for: this zone's records and its refresh. */
function zoneRules(zone: string) {
  return [
    { method: 'GET', path: `/domain/zone/${zone}/record` },
    { method: 'GET', path: `/domain/zone/${zone}/record/*` },
    { method: 'POST', path: `/domain/zone/${zone}/record` },
    { method: 'PUT', path: `/domain/zone/${zone}/record/*` },
    { method: 'POST', path: `/domain/zone/${zone}/refresh` },
  ];
}

import { startDnsStandIn, type DnsStandIn } from '@main/sandbox/dns/server';
import { ZoneTable, type ZoneSeed } from '@main/sandbox/dns/zone-table';
import { splitTxt } from '@shared/dns/txt';
import { dkimValue } from '../../unit/shared/dns/keys';

// Zones for the publication check, one domain per situation, all served by real DNS servers on
// loopback: 127.0.0.1 answers for everything, 127.0.0.2 is a dead nameserver (it never answers), and
// 127.0.0.3 is a second nameserver that has not caught up yet.

export const DKIM = dkimValue(2048);
export const OTHER_DKIM = dkimValue(1024);
export const OWNERSHIP = { ownershipName: 'mailjet._1a2b3c4d.', ownershipValue: '1a2b3c4d5e6f7a8b' };
export const MAILJET_VALUES = { ...OWNERSHIP, dkimValue: DKIM };

const spfZones: Record<string, ZoneSeed> = {
  'mailjet.com': { records: { spf: ['v=spf1 ip4:192.0.2.0/24 ~all'] } },
  'odoo.com': { records: { _spf: ['v=spf1 ip4:203.0.113.0/24 ~all'] } },
  'senders.example': {
    records: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`s${i}`, [`v=spf1 ip4:198.51.100.${i} -all`]])),
  },
};

const ns = (
  zone: string,
  ...hosts: Array<[string, string]>
): Pick<ZoneSeed, 'nameservers'> & { records: NonNullable<ZoneSeed['records']> } => ({
  nameservers: hosts.map(([host]) => `${host}.${zone}`),
  records: Object.fromEntries(hosts.map(([host, address]) => [host, [{ type: 'A' as const, address }]])),
});

function zones(): Record<string, ZoneSeed> {
  const good = (zone: string): NonNullable<ZoneSeed['records']> => ({
    '@': ['v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all'],
    'mailjet._1a2b3c4d': [OWNERSHIP.ownershipValue],
    // Published the way panels store a long key: two character-strings.
    'mailjet._domainkey': [splitTxt(DKIM)],
    'odoo._domainkey': [{ type: 'CNAME', target: 'odoo._domainkey.odoo.com' }],
    _dmarc: [`v=DMARC1; p=quarantine; rua=mailto:dmarc@${zone}`],
  });
  return {
    ...spfZones,
    // The parent zone, so a name nobody registered is an honest NXDOMAIN rather than a refusal.
    it: {},
    'allgood.it': { records: good('allgood.it') },
    'broken.it': {
      records: {
        '@': ['v=spf1 include:_spf.google.com ~all', 'google-site-verification=abc'],
        // The FQDN typed into a field that appends the domain.
        'mailjet._domainkey.broken.it.broken.it': [DKIM],
        'odoo._domainkey': [DKIM],
        _dmarc: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'],
      },
    },
    'twospf.it': {
      records: { '@': ['v=spf1 include:spf.mailjet.com ~all', 'v=spf1 mx -all'], 'mailjet._domainkey': [OTHER_DKIM] },
    },
    'afterall.it': {
      records: { '@': ['v=spf1 ~all include:spf.mailjet.com'], 'mailjet._domainkey': [splitTxt(DKIM)[0]!] },
    },
    'cnamed.it': {
      records: {
        '@': ['"v=spf1 include:spf.mailjet.com ~all"'],
        'mailjet._domainkey': [{ type: 'CNAME', target: 'keys.elsewhere.example' }],
      },
    },
    // Pasted from a document that turned the straight quotes into typographic ones; the DMARC policy's
    // report address has an accented letter (UTF-8 on the wire, as any panel stores it).
    'curly.it': {
      records: {
        '@': ['\u201Cv=spf1 include:spf.mailjet.com ~all\u201D'],
        _dmarc: ['v=DMARC1; p=none; rua=mailto:pec@posta-città.it'],
      },
    },
    'lookups.it': {
      records: {
        '@': [
          `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:s${i}.senders.example`).join(' ')} include:spf.mailjet.com ~all`,
        ],
      },
    },
    'partial.it': { records: { '@': ['v=spf1 include:spf.mailjet.com ~all'] } },
    'cf.it': { nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'], records: { '@': ['v=spf1 mx ~all'] } },
    'deleg.it': {
      ...ns('deleg.it', ['ns1', '127.0.0.1'], ['ns2', '127.0.0.2']),
      records: { ...ns('deleg.it', ['ns1', '127.0.0.1'], ['ns2', '127.0.0.2']).records, ...good('deleg.it') },
    },
    'moving.it': {
      ...ns('moving.it', ['ns1', '127.0.0.1'], ['ns3', '127.0.0.3']),
      records: { ...ns('moving.it', ['ns1', '127.0.0.1'], ['ns3', '127.0.0.3']).records, ...good('moving.it') },
    },
    'lame.it': {
      ...ns('lame.it', ['ns2', '127.0.0.2']),
      records: { ...ns('lame.it', ['ns2', '127.0.0.2']).records, ...good('lame.it') },
    },
  };
}

export interface Servers {
  main: DnsStandIn;
  dead: DnsStandIn;
  late: DnsStandIn;
  stop(): Promise<void>;
}

export async function startServers(): Promise<Servers> {
  const main = await startDnsStandIn({ zones: zones() });
  main.setFault('_dmarc.partial.it', { mode: 'servfail' });
  const dead = await startDnsStandIn({ host: '127.0.0.2', port: main.port });
  dead.setFault('*', { mode: 'silent' });
  // The late nameserver has the zone, but not yet the DKIM key the user just added.
  const lateTable = new ZoneTable();
  lateTable.addZone('moving.it', zones()['moving.it']);
  lateTable.unpublish('mailjet._domainkey.moving.it');
  const late = await startDnsStandIn({ host: '127.0.0.3', port: main.port, table: lateTable });
  return { main, dead, late, stop: async () => void (await Promise.all([main.stop(), dead.stop(), late.stop()])) };
}

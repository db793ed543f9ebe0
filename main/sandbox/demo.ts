import { rmSync } from 'node:fs';
import type { DemoControls, ServiceEndpoints } from '../core/context';
import { demoDataDir } from '../host/paths';
import type { DnsStandIn } from './dns/server';
import type { MailjetStandIn } from './mailjet/server';
import type { OdooStandIn } from './odoo/server';

// The demo runs every step against local stand-ins of Mailjet, Odoo and DNS, all on loopback.
// Each stand-in starts in its own block below and adds what the faces need to reach it.

export interface Demo {
  dataDir: string;
  endpoints: ServiceEndpoints;
  /** The DNS stand-in: the demo's "publish" button adds records through it. */
  dns?: DnsStandIn;
  /** The Mailjet and Odoo stand-ins, for tests that inject faults into them. */
  mailjet?: MailjetStandIn;
  odoo?: OdooStandIn;
  /** What the wizard's demo buttons drive: the DNS panel, the inbox, the demo credentials. */
  controls: DemoControls;
  stop(): Promise<void>;
}

/** A token for the demo's Cloudflare stand-in, limited to the demo zone; it opens nothing real. */
const DEMO_CLOUDFLARE_TOKEN = 'demo-cloudflare-token-dns-edit-example00';

/** `dataDir`: the demo's settings folder, as the composition root decided it (main/compose.ts). */
export async function startDemo(env: NodeJS.ProcessEnv = process.env, dataDir = demoDataDir(env)): Promise<Demo> {
  // The stand-ins keep everything in memory, so each launch of the demo starts from the first step:
  // progress saved by an earlier demo would describe a Mailjet and an Odoo that no longer exist.
  rmSync(dataDir, { recursive: true, force: true });
  const stops: Array<() => Promise<void>> = [];
  const endpoints: ServiceEndpoints = {};
  let activateSenders = (): number => 0;
  let odooLogin: DemoControls['odoo'];

  // --- DNS stand-in (issue 3) ---
  let dns: DnsStandIn | undefined;
  let mailjetStandIn: MailjetStandIn | undefined;
  let odooStandIn: OdooStandIn | undefined;
  {
    const { startDnsStandIn } = await import('./dns/server');
    const { DEMO_DNS_ZONES } = await import('./dns/demo-zones');
    // Any domain typed in the demo gets an (empty) zone, so the check always has a server to ask.
    const standIn = await startDnsStandIn({ zones: DEMO_DNS_ZONES, autoZones: true });
    dns = standIn;
    endpoints.dnsResolver = standIn.address;
    stops.push(() => standIn.stop());
  }

  // --- Cloudflare API stand-in (issue 14): "publish for me" on the demo zone, into the DNS stand-in ---
  let cloudflare: DemoControls['cloudflare'];
  if (dns) {
    const { startCloudflareStandIn } = await import('./cloudflare/server');
    const { DEMO_DOMAIN } = await import('./dns/demo-zones');
    const token = DEMO_CLOUDFLARE_TOKEN;
    const standIn = await startCloudflareStandIn({
      table: dns.table,
      zones: [DEMO_DOMAIN],
      // What the wizard's token template asks for (shared/dns/cloudflare-token.ts): the zone is found by name.
      tokens: [{ token, zones: [DEMO_DOMAIN], permissions: ['dns:edit', 'zone:read'] }],
      latencyMs: 60,
    });
    endpoints.cloudflareApiUrl = standIn.url;
    cloudflare = { token };
    stops.push(() => standIn.stop());
  }

  // --- Mailjet stand-in (issue 4) ---
  {
    // Imported here so this block stays self-contained next to the other stand-ins' blocks.
    const { startMailjetStandIn } = await import('./mailjet/server');
    const { resolverLookup } = await import('./mailjet/published-records');
    const { DEMO_MAILJET_ACCOUNT } = await import('./mailjet/demo-account');
    const mailjet = await startMailjetStandIn({
      accounts: [DEMO_MAILJET_ACCOUNT],
      // Enough delay to watch the progress of a setup, not enough to bore.
      latencyMs: 120,
      // Mailjet reads the records the demo's "publish" button put in the DNS stand-in. Without a DNS
      // stand-in, the first failed domain validation counts as "the user published them", so the demo
      // still shows "pending" once and then "validated".
      ...(endpoints.dnsResolver
        ? { lookupTxt: resolverLookup(endpoints.dnsResolver) }
        : { publishAfterFailedValidation: true }),
      // Mailjet's SMTP relay too, so the test e-mail travels from Odoo's stand-in through real SMTP.
      smtp: true,
    });
    endpoints.mailjetApiUrl = mailjet.url;
    mailjetStandIn = mailjet;
    stops.push(() => mailjet.stop());
    activateSenders = () =>
      mailjet.control
        .account(DEMO_MAILJET_ACCOUNT.apiKey)
        .senders.filter((sender) => sender.Status === 'Inactive')
        .filter((sender) => mailjet.control.clickActivation(sender.Email, DEMO_MAILJET_ACCOUNT.apiKey)).length;
  }

  // --- Odoo stand-in (issue 5) ---
  {
    const { startOdooStandIn } = await import('./odoo/server');
    const { mailjetLikeCheck } = await import('./odoo/smtp-check');
    const { relayDirectory } = await import('./mailjet/smtp-relay');
    const { DEMO_ODOO_USERS } = await import('./odoo/database');
    const { DEMO_MAILJET_ACCOUNT } = await import('./mailjet/demo-account');
    const odoo = await startOdooStandIn({
      version: 17,
      db: 'demo',
      users: DEMO_ODOO_USERS,
      aliasDomain: 'example.com',
      // in-v3.mailjet.com leads to the Mailjet stand-in's relay on loopback: "Test Connection" is a real SMTP
      // login there and mail.mail goes out through it. Without the relay, the old simulated check stays.
      ...(mailjetStandIn?.smtp
        ? { smtpDirectory: relayDirectory(mailjetStandIn.smtp) }
        : {
            smtpCheck: mailjetLikeCheck({
              user: DEMO_MAILJET_ACCOUNT.apiKey,
              password: DEMO_MAILJET_ACCOUNT.secretKey,
            }),
          }),
      latencyMs: 80,
    });
    endpoints.odooUrl = odoo.url;
    odooStandIn = odoo;
    stops.push(() => odoo.close());
    odooLogin = { url: odoo.url, db: 'demo', login: DEMO_ODOO_USERS[0]!.login, password: DEMO_ODOO_USERS[0]!.password };
  }

  const { DEMO_MAILJET_ACCOUNT } = await import('./mailjet/demo-account');
  const { DEMO_DOMAIN } = await import('./dns/demo-zones');
  const controls: DemoControls = {
    mailjet: { apiKey: DEMO_MAILJET_ACCOUNT.apiKey, secretKey: DEMO_MAILJET_ACCOUNT.secretKey },
    odoo: odooLogin,
    domain: DEMO_DOMAIN,
    publishDns: (records) => {
      if (!dns) return 0;
      for (const record of records) {
        const name = record.name.replace(/\.$/, '');
        if (record.type === 'CNAME')
          dns.replace(name, 'CNAME', [{ type: 'CNAME', target: record.value.replace(/\.$/, '') }]);
        else if (/^v=spf1\b/i.test(record.value)) {
          // A DNS panel edits the SPF record in place: the other TXT records at the name stay.
          const others = dns.table
            .recordsAt(name)
            .filter((r) => r.type === 'TXT' && !/^v=spf1\b/i.test(r.strings.join('')));
          dns.replace(name, 'TXT', [...others, record.value]);
        } else dns.publish(name, record.value);
      }
      return records.length;
    },
    activateSenders: () => activateSenders(),
    ...(cloudflare ? { cloudflare } : {}),
  };

  return {
    dataDir,
    endpoints,
    ...(dns ? { dns } : {}),
    ...(mailjetStandIn ? { mailjet: mailjetStandIn } : {}),
    ...(odooStandIn ? { odoo: odooStandIn } : {}),
    controls,
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

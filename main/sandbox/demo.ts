import type { ServiceEndpoints } from '../core/context';
import { demoDataDir } from '../core/node-deps';
import type { DnsStandIn } from './dns/server';

// The demo runs every step against local stand-ins of Mailjet, Odoo and DNS, all on loopback.
// Each stand-in starts in its own block below and adds what the faces need to reach it.

export interface Demo {
  dataDir: string;
  endpoints: ServiceEndpoints;
  /** The DNS stand-in: the demo's "publish" button adds records through it. */
  dns?: DnsStandIn;
  stop(): Promise<void>;
}

export async function startDemo(env: NodeJS.ProcessEnv = process.env): Promise<Demo> {
  const stops: Array<() => Promise<void>> = [];
  const endpoints: ServiceEndpoints = {};

  // --- DNS stand-in (issue 3) ---
  let dns: DnsStandIn | undefined;
  {
    const { startDnsStandIn } = await import('./dns/server');
    const { DEMO_DNS_ZONES } = await import('./dns/demo-zones');
    // Any domain typed in the demo gets an (empty) zone, so the check always has a server to ask.
    const standIn = await startDnsStandIn({ zones: DEMO_DNS_ZONES, autoZones: true });
    dns = standIn;
    endpoints.dnsResolver = standIn.address;
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
      ...(endpoints.dnsResolver ? { lookupTxt: resolverLookup(endpoints.dnsResolver) } : { publishAfterFailedValidation: true }),
    });
    endpoints.mailjetApiUrl = mailjet.url;
    stops.push(() => mailjet.stop());
  }

  // --- Odoo stand-in (issue 5) ---
  {
    const { startOdooStandIn } = await import('./odoo/server');
    const { mailjetLikeCheck } = await import('./odoo/smtp-check');
    const { DEMO_ODOO_USERS } = await import('./odoo/database');
    const { DEMO_MAILJET_ACCOUNT } = await import('./mailjet/demo-account');
    const odoo = await startOdooStandIn({
      version: 17,
      db: 'demo',
      users: DEMO_ODOO_USERS,
      aliasDomain: 'example.com',
      // Odoo's "Test Connection" accepts the demo Mailjet pair with Mailjet's documented host, ports and encryption.
      smtpCheck: mailjetLikeCheck({ user: DEMO_MAILJET_ACCOUNT.apiKey, password: DEMO_MAILJET_ACCOUNT.secretKey }),
      latencyMs: 80,
    });
    endpoints.odooUrl = odoo.url;
    stops.push(() => odoo.close());
  }

  return {
    dataDir: demoDataDir(env),
    endpoints,
    ...(dns ? { dns } : {}),
    stop: async () => {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

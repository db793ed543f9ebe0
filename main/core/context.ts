import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Channels } from '@shared/contract';
import type { ErrorParams } from '@shared/errors';
import type { Host } from '../host/host';

/**
 * Everything the work needs from the outside world: the host's parts (keychain, settings, log, clipboard,
 * version, locale; see main/host/host.ts) and what this run is. Assembled once, by main/compose.ts.
 */
export interface CoreDeps extends Host {
  face: 'desktop' | 'web' | 'cli';
  demo: boolean;
  /** Only in demo mode. */
  demoControls?: DemoControls;
  /** Where the remote services are; the demo and the tests point them at the loopback stand-ins. */
  endpoints: ServiceEndpoints;
}

/** What the demo's stand-ins let the wizard do in place of the user's DNS panel and inbox. */
export interface DemoControls {
  mailjet: { apiKey: string; secretKey: string };
  odoo: { url: string; db: string; login: string; password: string };
  /** A domain whose zone the demo DNS server serves. */
  domain: string;
  publishDns(records: Array<{ type: 'TXT' | 'CNAME'; name: string; value: string }>): number;
  /** The demo's Cloudflare stand-in: a token limited to the demo zone (DNS Edit and Zone Read, as the wizard's template asks). */
  cloudflare?: { token: string };
  activateSenders(): number;
}

export interface ServiceEndpoints {
  /** Mailjet REST base, e.g. https://api.mailjet.com */
  mailjetApiUrl?: string;
  /** Mailjet API key (the public half) from MAILJET_API_KEY; it wins over the settings, for the CLI only. */
  mailjetApiKey?: string;
  /** A DNS server to ask instead of the domain's own nameservers, as IP or IP:PORT. */
  dnsResolver?: string;
  /** Recursive servers (comma-separated IP[:PORT]) that find the domain's nameservers; default: the system's. */
  dnsBootstrap?: string;
  /** The port the domain's nameservers are asked on: 53, except against test servers. */
  dnsNameserverPort?: number;
  /** An Odoo address to offer when none is saved yet (the demo's stand-in, or ODOO_URL). */
  odooUrl?: string;
  /** Cloudflare's API base with its version path (CLOUDFLARE_API_URL, or the demo's stand-in). */
  cloudflareApiUrl?: string;
  /** OVHcloud's API base with its version path (OVH_API_URL, or a stand-in). */
  ovhApiUrl?: string;
}

export interface CallContext {
  signal: AbortSignal;
  /** Reports a step of a long operation; `key` is a locale key. */
  progress(key: string, params?: ErrorParams, done?: number, total?: number): void;
}

export type Handler<K extends ChannelName> = (
  input: z.output<Channels[K]['input']>,
  context: CallContext,
) => Promise<ChannelOutput<K>>;

export type HandlerTable<Names extends ChannelName> = { [K in Names]: Handler<K> };

export type Handlers = HandlerTable<ChannelName>;

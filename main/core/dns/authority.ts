import type { LookupOutcome } from '@shared/dns/vocabulary';
import { NameserverClient, type Answer, type ClientOptions, type QueryType } from './nameserver-client';
import { formatServer } from './server-address';

// Finds the domain's own nameservers so the check asks them directly: a record added a minute ago is
// visible there at once, while a recursive resolver may still hold a cached "does not exist" for up
// to the zone's negative TTL (RFC 2308). The port is injectable because the test servers are not on 53.

export type Authority =
  | { kind: 'found'; nameservers: string[]; clients: NameserverClient[] }
  | { kind: 'nxdomain' }
  | { kind: 'failed'; outcome: LookupOutcome };

const ANSWERED: ReadonlySet<LookupOutcome> = new Set(['answer', 'nxdomain', 'nodata']);

/** Asks the servers in turn; the first real answer (data, NXDOMAIN or no data) wins. */
export async function askUntilAnswered(
  servers: NameserverClient[],
  name: string,
  type: QueryType,
  signal?: AbortSignal,
): Promise<Answer> {
  let last: Answer = { outcome: 'failed', values: [] };
  for (const server of servers) {
    last = await server.ask(name, type, signal);
    if (ANSWERED.has(last.outcome)) return last;
  }
  return last;
}

export async function findAuthority(
  domain: string,
  recursive: NameserverClient[],
  options: ClientOptions & { port: number; signal?: AbortSignal },
): Promise<Authority> {
  const ns = await askUntilAnswered(recursive, domain, 'NS', options.signal);
  if (ns.outcome === 'nxdomain') return { kind: 'nxdomain' };
  if (ns.outcome !== 'answer' || ns.values.length === 0)
    return { kind: 'failed', outcome: ns.outcome === 'answer' ? 'nodata' : ns.outcome };
  const nameservers = [...new Set(ns.values.map((host) => host.toLowerCase().replace(/\.+$/, '')))].sort();

  const addresses = await Promise.all(
    nameservers.map(async (host) => {
      const v4 = await askUntilAnswered(recursive, host, 'A', options.signal);
      if (v4.values.length) return { host, ips: v4.values };
      // IPv6 only when the server has no IPv4 address: many networks cannot reach v6 at all.
      const v6 = await askUntilAnswered(recursive, host, 'AAAA', options.signal);
      return { host, ips: v6.values };
    }),
  );
  const seen = new Set<string>();
  const clients: NameserverClient[] = [];
  for (const { host, ips } of addresses) {
    for (const ip of ips) {
      const spec = formatServer(ip, options.port);
      if (seen.has(spec)) continue;
      seen.add(spec);
      clients.push(new NameserverClient(host, spec, options));
    }
  }
  return clients.length ? { kind: 'found', nameservers, clients } : { kind: 'failed', outcome: 'nxdomain' };
}

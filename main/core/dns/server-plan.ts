import type { ProviderId } from '@shared/dns/providers';
import { detectProvider } from '@shared/dns/providers';
import type { CheckSource, LookupOutcome } from '@shared/dns/vocabulary';
import { AppError, type ErrorParams } from '@shared/errors';
import { findAuthority } from './authority';
import { NameserverClient, type QueryCounter } from './nameserver-client';
import { parseServerAddress } from './server-address';

// Decides whom to ask: the server the user named, else the domain's own nameservers (found through the
// system's resolver), else — when those cannot be reached, e.g. port 53 blocked on a company network —
// the system's resolver itself, saying so in the result.

export interface LookupOptions {
  /** Ask only this server ("IP[:PORT]") instead of the domain's nameservers. */
  resolver?: string;
  /** Recursive servers that find the nameservers and follow includes and CNAMEs; default: the system's. */
  bootstrap?: string[];
  /** Where the nameservers listen: 53, except in tests. */
  nameserverPort?: number;
  timeoutMs?: number;
  tries?: number;
  signal?: AbortSignal;
  progress?: (key: string, params?: ErrorParams, done?: number, total?: number) => void;
}

export interface ServerPlan {
  source: CheckSource;
  /** Who answers the questions about the records. */
  servers: NameserverClient[];
  /** Who follows names outside the zone (includes, CNAME targets). */
  recursive: NameserverClient[];
  nameservers: string[];
  detectedProvider: ProviderId | null;
  /** Fills in the nameservers (and the provider they reveal) when asking a named server; run it alongside the records. */
  identify(): Promise<void>;
  counter: QueryCounter;
  /** Falls back to the recursive servers when the nameservers gave nothing at all. */
  fallBack(): boolean;
  /** Cancels whatever is still in flight. */
  dispose(): void;
}

const DEFAULT_TIMEOUT_MS = 1200;

export async function planServers(
  domain: string,
  options: LookupOptions,
  counter: QueryCounter = { queries: 0 },
): Promise<ServerPlan> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const created: NameserverClient[] = [];
  const client = (name: string, spec: string | null, tries: number) => {
    const made = new NameserverClient(name, spec, { timeoutMs, tries, counter });
    created.push(made);
    return made;
  };
  const onAbort = () => created.forEach((made) => made.cancel());
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const dispose = () => {
    options.signal?.removeEventListener('abort', onAbort);
    created.forEach((made) => made.cancel());
  };
  // One try per authoritative server (there are several, and a fallback); two for a lone resolver.
  const tries = options.tries;
  try {
    if (options.resolver) {
      const { spec } = parseServerAddress(options.resolver);
      const only = client(spec, spec, tries ?? 2);
      let identified: Promise<void> | undefined;
      const plan: ServerPlan = {
        source: 'resolver',
        servers: [only],
        recursive: [only],
        nameservers: [],
        detectedProvider: null,
        identify: () =>
          (identified ??= only.ask(domain, 'NS', options.signal).then((ns) => {
            plan.nameservers = ns.values.map((host) => host.toLowerCase().replace(/\.+$/, ''));
            plan.detectedProvider = detectProvider(plan.nameservers);
          })),
        counter,
        fallBack: () => false,
        dispose,
      };
      return plan;
    }
    const specs = options.bootstrap?.length ? options.bootstrap.map((raw) => parseServerAddress(raw).spec) : [null];
    const recursive = specs.map((spec) => client(spec ?? 'system', spec, tries ?? 2));
    options.progress?.('dns.progress.nameservers', { domain });
    const authority = await findAuthority(domain, recursive, {
      timeoutMs,
      tries: tries ?? 1,
      counter,
      port: options.nameserverPort ?? 53,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (authority.kind === 'nxdomain') throw new AppError('dns.domain-not-found', { domain });
    if (authority.kind === 'failed') {
      const failed = authority.outcome;
      if (failed !== 'nodata' && failed !== 'nxdomain' && failed !== 'answer') throw serviceError([failed], recursive);
      return {
        source: 'system',
        servers: recursive,
        recursive,
        nameservers: [],
        detectedProvider: null,
        identify: async () => {},
        counter,
        fallBack: () => false,
        dispose,
      };
    }
    created.push(...authority.clients);
    const plan: ServerPlan = {
      source: 'authoritative',
      servers: authority.clients,
      recursive,
      nameservers: authority.nameservers,
      detectedProvider: detectProvider(authority.nameservers),
      identify: async () => {},
      counter,
      fallBack: () => {
        if (plan.source !== 'authoritative') return false;
        plan.source = 'system';
        plan.servers = recursive;
        options.progress?.('dns.progress.fallback', { domain });
        return true;
      },
      dispose,
    };
    return plan;
  } catch (error) {
    dispose();
    throw error;
  }
}

/** The error for "nobody answered", named after the most telling failure. */
export function serviceError(outcomes: LookupOutcome[], servers: NameserverClient[]): AppError {
  const params = { server: servers.map((server) => server.address).join(', ') };
  if (outcomes.includes('refused')) return new AppError('dns.refused', params);
  if (outcomes.includes('servfail')) return new AppError('dns.servfail', params);
  if (outcomes.length && outcomes.every((outcome) => outcome === 'timeout')) return new AppError('dns.timeout', params);
  return new AppError('dns.unreachable', params);
}

export const ANSWERED: ReadonlySet<LookupOutcome> = new Set(['answer', 'nxdomain', 'nodata']);

// How each DNS panel wants a record typed. Only rules the reference backs with a vendor page or a
// trustworthy second source are set per provider (the source is named beside each); everything else
// falls back to the generic form most panels accept, and the aspect is reported as unverified so the
// assistant can say so and offer the alternative.

import { AppError } from '../errors';

type HostStyle = 'relative' | 'fqdn';
type ApexStyle = '@' | 'empty' | 'domain';
type QuoteStyle = 'none' | 'required';
type LongValueStyle = 'single' | 'split-quoted' | 'auto-split';
type CnameTargetStyle = 'trailing-dot' | 'plain';

interface FormRules {
  /** relative: "mailjet._domainkey" (the panel appends the domain); fqdn: "mailjet._domainkey.example.it". */
  host: HostStyle;
  apex: ApexStyle;
  quotes: QuoteStyle;
  /** single: one unbroken value; split-quoted: "part1" "part2"; auto-split: the panel splits by itself. */
  longValues: LongValueStyle;
  cnameTarget: CnameTargetStyle;
  /** Longest value the panel accepts, where documented. */
  maxValueLength?: number;
}

export type FormAspect = 'host' | 'apex' | 'quotes' | 'longValues' | 'cnameTarget';
const ASPECTS: FormAspect[] = ['host', 'apex', 'quotes', 'longValues', 'cnameTarget'];

export const PROVIDER_IDS = [
  'aruba',
  'register-it',
  'ovhcloud',
  'ionos',
  'godaddy',
  'cloudflare',
  'namecheap',
  'google-cloud-dns',
  'squarespace',
  'route53',
  'hetzner',
  'generic',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

interface ProviderSpec {
  /** The brand as the provider writes it; not translated. */
  name: string;
  verified: Partial<FormRules>;
  /** Host names of the provider's nameservers, to recognise it from the NS records. */
  nameservers: RegExp[];
  /** The panel imports a BIND zone file. */
  zoneImport?: boolean;
  /** Extra advice, a key under dns.form.extra. */
  extra?: string;
}

const PROVIDERS: Record<ProviderId, ProviderSpec> = {
  // Aruba KB a2773 [S]: host names need two dots and no leading or trailing dot, so the full name.
  // That rule cannot hold for the apex ("example.it" has one dot), so the reference is unsure there:
  // the apex form is left unverified. Whether the panel accepts "_" and how it stores long values is
  // unverified too.
  aruba: {
    name: 'Aruba',
    verified: { host: 'fqdn' },
    nameservers: [/(^|\.)technorail\.com$/, /(^|\.)arubadns\.(net|cz)$/],
    extra: 'aruba-underscore',
  },
  // Nothing about Register.it's form is confirmed: generic form throughout; NS pattern unverified.
  'register-it': { name: 'Register.it', verified: {}, nameservers: [/(^|\.)register\.it$/] },
  // DNSControl's OVH provider [S]: relative "Sous-domaine", empty for the apex, values without quotes.
  ovhcloud: {
    name: 'OVHcloud',
    verified: { host: 'relative', apex: 'empty', quotes: 'none' },
    nameservers: [/(^|\.)ovh\.net$/],
  },
  // IONOS's own DKIM help [P] uses the relative host name; apex and quoting unverified.
  ionos: { name: 'IONOS', verified: { host: 'relative' }, nameservers: [/\.ui-dns\.(com|de|org|biz)$/] },
  // GoDaddy help 19232 [P]: Name without the domain, "@" for the apex, value up to 1024 characters.
  godaddy: {
    name: 'GoDaddy',
    verified: { host: 'relative', apex: '@', longValues: 'single', maxValueLength: 1024 },
    nameservers: [/\.domaincontrol\.com$/],
  },
  // Cloudflare docs [P]: relative or "@"; the dashboard adds quotes and splits long values itself.
  cloudflare: {
    name: 'Cloudflare',
    verified: { host: 'relative', apex: '@', quotes: 'none', longValues: 'auto-split' },
    nameservers: [/\.ns\.cloudflare\.com$/],
  },
  // Namecheap KB 1262 [P] and DNSControl [S]: relative Host, "@", no double quotes in TXT values.
  namecheap: {
    name: 'Namecheap',
    verified: { host: 'relative', apex: '@', quotes: 'none' },
    nameservers: [/\.registrar-servers\.com$/],
  },
  // Believed: a record-set name with the zone suffix shown, quoted strings split at 255 — all unverified.
  'google-cloud-dns': {
    name: 'Google Cloud DNS',
    verified: {},
    nameservers: [/^ns-cloud-[a-z]\d+\.googledomains\.com$/],
  },
  // Squarespace Domains (formerly Google Domains) [S]: relative Host, the panel appends the domain.
  squarespace: {
    name: 'Squarespace Domains',
    verified: { host: 'relative', apex: '@' },
    nameservers: [/\.squarespace-dns\.com$/],
  },
  // AWS TXT format [S]: each string quoted, at most 255 characters, long values as "part1" "part2".
  // How the console's Record name field behaves is unverified.
  route53: {
    name: 'Amazon Route 53',
    verified: { quotes: 'required', longValues: 'split-quoted' },
    nameservers: [/^ns-\d+\.awsdns-\d+\.(com|net|org|co\.uk)$/],
    zoneImport: true,
  },
  // Hetzner docs [P]: relative names, "@", targets without a final dot get the zone appended, BIND import.
  hetzner: {
    name: 'Hetzner DNS',
    verified: { host: 'relative', apex: '@', cnameTarget: 'trailing-dot' },
    nameservers: [/\.ns\.hetzner\.(com|de)$/],
    zoneImport: true,
  },
  generic: { name: '', verified: {}, nameservers: [] },
};

const GENERIC: FormRules = {
  host: 'relative',
  apex: '@',
  quotes: 'none',
  longValues: 'single',
  cnameTarget: 'trailing-dot',
};

export interface ResolvedProvider {
  id: ProviderId;
  /** Empty for the generic form: the faces name it in the user's language. */
  name: string;
  rules: FormRules;
  /** Aspects shown in the generic form because the provider's own rule is not confirmed. */
  unverified: FormAspect[];
  zoneImport: boolean;
  extra?: string;
}

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** The provider a face was given (the CLI's --provider, the wizard's choice); none means the generic form. */
export function providerIdFrom(raw: string | undefined): ProviderId {
  const id = raw?.trim().toLowerCase() || 'generic';
  if (!isProviderId(id)) throw new AppError('dns.unknown-provider', { value: id.slice(0, 64) });
  return id;
}

export function resolveProvider(id: ProviderId): ResolvedProvider {
  const spec = PROVIDERS[id];
  const rules: FormRules = {
    ...GENERIC,
    ...(spec.verified.host === 'fqdn' ? { apex: 'domain' as const } : {}),
    ...spec.verified,
  };
  const unverified = id === 'generic' ? [] : ASPECTS.filter((aspect) => spec.verified[aspect] === undefined);
  return {
    id,
    name: spec.name,
    rules,
    unverified,
    zoneImport: spec.zoneImport ?? false,
    ...(spec.extra ? { extra: spec.extra } : {}),
  };
}

/** The provider whose nameservers these are, when one pattern matches them all (a guess, shown as such). */
export function detectProvider(nameservers: string[]): ProviderId | null {
  const names = nameservers.map((ns) => ns.toLowerCase().replace(/\.+$/, '')).filter(Boolean);
  if (!names.length) return null;
  for (const id of PROVIDER_IDS) {
    const patterns = PROVIDERS[id].nameservers;
    if (patterns.length && names.every((ns) => patterns.some((pattern) => pattern.test(ns)))) return id;
  }
  return null;
}

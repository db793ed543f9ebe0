// The words the DNS code, the contract and the faces share. Kept free of imports so the contract (and
// with it the preload script) does not pull in the record builder and its Public Suffix List.

/** Why a record exists; each has a title and a "why" under dns.purposes in the locale catalogs. */
export const PURPOSES = ['ownership', 'spf', 'dkim', 'odoo-dkim', 'dmarc'] as const;
export type Purpose = (typeof PURPOSES)[number];
export type RecordType = 'TXT' | 'CNAME';
export type RecordAction = 'add' | 'replace' | 'keep';

/** Outcomes of the publication check, labelled under dns.status. */
export const CHECK_STATUSES = [
  'ok',
  'missing',
  'mismatch',
  'multiple',
  'doubled-domain',
  'wrong-type',
  'include-after-all',
  'truncated',
  'too-many-lookups',
  'propagating',
  'lookup-failed',
] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What a nameserver said: data, NXDOMAIN, no data of that type, or why it said nothing useful. */
export const LOOKUP_OUTCOMES = [
  'answer',
  'nxdomain',
  'nodata',
  'servfail',
  'refused',
  'timeout',
  'unreachable',
  'failed',
] as const;
export type LookupOutcome = (typeof LOOKUP_OUTCOMES)[number];

/** Where the answers came from: the domain's own nameservers, a server the user named, or the system's. */
export const CHECK_SOURCES = ['authoritative', 'resolver', 'system'] as const;
export type CheckSource = (typeof CHECK_SOURCES)[number];

// SPF records as RFC 7208 reads them: a version tag, then terms separated by spaces. The parser keeps
// every term as written (an unknown term stays where it was) so a merge changes only what it must.

type SpfQualifier = '+' | '-' | '~' | '?';

export interface SpfTerm {
  /** The term exactly as written. */
  raw: string;
  kind: 'mechanism' | 'modifier' | 'unknown';
  /** Lower-case mechanism or modifier name: all, include, a, mx, ptr, ip4, ip6, exists, redirect, exp, ... */
  name: string;
  qualifier?: SpfQualifier;
  /** What follows ":" or "=" (or "/" for a bare a/mx with a prefix length). */
  value?: string;
}

export interface SpfRecord {
  terms: SpfTerm[];
}

const VERSION = /^v=spf1$/i;
const MECHANISM = /^([+\-~?]?)(all|include|a|mx|ptr|ip4|ip6|exists)(?:[:/](.*))?$/i;
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/i;

/** A TXT value is an SPF record when it starts with "v=spf1" followed by a space or nothing (§4.5). */
export function isSpfRecord(value: string): boolean {
  return /^v=spf1( |$)/i.test(value);
}

/** Words glued together by a panel that split the unquoted value on spaces ("v=spf1include:..."). */
export function looksLikeGluedSpf(value: string): boolean {
  return /^v=spf1[^ ]/i.test(value);
}

/** How many "v=spf1" versions a pasted text holds (two records pasted on one line count as two). */
export function countSpfVersions(value: string): number {
  return [...value.matchAll(/(^|\s)v=spf1(?=\s|$)/gi)].length;
}

export function parseSpf(value: string): SpfRecord | null {
  const words = value.trim().split(/\s+/);
  if (!VERSION.test(words[0] ?? '')) return null;
  return { terms: words.slice(1).map(parseTerm) };
}

function parseTerm(raw: string): SpfTerm {
  const mechanism = MECHANISM.exec(raw);
  if (mechanism) {
    const [, qualifier, name, value] = mechanism;
    return {
      raw,
      kind: 'mechanism',
      name: name!.toLowerCase(),
      qualifier: (qualifier || '+') as SpfQualifier,
      ...(value !== undefined ? { value } : {}),
    };
  }
  const modifier = MODIFIER.exec(raw);
  if (modifier) return { raw, kind: 'modifier', name: modifier[1]!.toLowerCase(), value: modifier[2]! };
  return { raw, kind: 'unknown', name: raw.toLowerCase() };
}

export function formatSpf(record: SpfRecord): string {
  return ['v=spf1', ...record.terms.map((term) => term.raw)].join(' ');
}

export function includeTerm(target: string): SpfTerm {
  return { raw: `include:${target}`, kind: 'mechanism', name: 'include', qualifier: '+', value: target };
}

export function allIndex(record: SpfRecord): number {
  return record.terms.findIndex((term) => term.kind === 'mechanism' && term.name === 'all');
}

const normaliseTarget = (target: string) => target.toLowerCase().replace(/\.+$/, '');

/** Where an include for `target` sits: its index, or -1. */
export function includeIndex(record: SpfRecord, target: string): number {
  const wanted = normaliseTarget(target);
  return record.terms.findIndex(
    (term) => term.kind === 'mechanism' && term.name === 'include' && normaliseTarget(term.value ?? '') === wanted,
  );
}

/** Terms a receiver never evaluates because they follow "all" (§5.1). */
export function termsAfterAll(record: SpfRecord): SpfTerm[] {
  const index = allIndex(record);
  return index < 0 ? [] : record.terms.slice(index + 1).filter((term) => term.kind === 'mechanism');
}

const QUERYING_MECHANISMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

export interface SpfLookupCount {
  /** DNS-querying terms counted so far (RFC 7208 §4.6.4 allows 10). */
  count: number;
  /** Included domains whose own lookups could not be counted (offline): each counted as one. */
  assumed: string[];
  limit: number;
}

/**
 * Counts the DNS-querying terms a receiver may evaluate, statically (worst case), since receivers stop
 * at different points. `nested` gives the count for an included domain when it is known (online).
 */
export function countSpfLookups(
  record: SpfRecord,
  nested: (target: string) => Pick<SpfLookupCount, 'count' | 'assumed'> | undefined = () => undefined,
): SpfLookupCount {
  let count = 0;
  const assumed: string[] = [];
  const hasAll = allIndex(record) >= 0;
  for (const term of record.terms) {
    const queries =
      term.kind === 'mechanism' ? QUERYING_MECHANISMS.has(term.name) : term.name === 'redirect' && !hasAll;
    if (!queries) continue;
    count += 1;
    if (term.name === 'include' || term.name === 'redirect') {
      const target = normaliseTarget(term.value ?? '');
      const inner = nested(target);
      if (inner === undefined) assumed.push(target);
      else {
        count += inner.count;
        assumed.push(...inner.assumed);
      }
    }
  }
  return { count, assumed, limit: 10 };
}

/** Problems worth telling the user about in a record that otherwise parses. */
export function spfConcerns(record: SpfRecord): Array<{ code: string; params?: Record<string, string | number> }> {
  const concerns: Array<{ code: string; params?: Record<string, string | number> }> = [];
  const all = record.terms[allIndex(record)];
  if (all && all.qualifier === '+') concerns.push({ code: 'spf-plus-all' });
  if (record.terms.some((term) => term.kind === 'mechanism' && term.name === 'ptr')) concerns.push({ code: 'spf-ptr' });
  if (all && record.terms.some((term) => term.kind === 'modifier' && term.name === 'redirect'))
    concerns.push({ code: 'spf-redirect-ignored' });
  for (const name of ['redirect', 'exp']) {
    if (record.terms.filter((term) => term.kind === 'modifier' && term.name === name).length > 1)
      concerns.push({ code: 'spf-modifier-twice', params: { modifier: name } });
  }
  const unknown = record.terms.filter((term) => term.kind === 'unknown');
  if (unknown.length)
    concerns.push({ code: 'spf-unknown-terms', params: { terms: unknown.map((term) => term.raw).join(' ') } });
  return concerns;
}

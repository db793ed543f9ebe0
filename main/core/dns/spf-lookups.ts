import { countSpfLookups, isSpfRecord, parseSpf, type SpfLookupCount, type SpfRecord } from '@shared/dns/spf';
import type { Answer } from './nameserver-client';

// Online, the includes can be followed: each included domain's own record is fetched (level by level,
// in parallel) and its lookups added, so "10 lookups" is counted the way a receiver will count it.
// Domains that cannot be fetched stay "assumed", as offline.

const MAX_DOMAINS = 25;

export async function countSpfLookupsOnline(
  value: string,
  askTxt: (name: string) => Promise<Answer>,
): Promise<SpfLookupCount> {
  const root = parseSpf(value);
  if (!root) return { count: 0, assumed: [], limit: 10 };
  const records = new Map<string, SpfRecord | null>();
  let level = includedDomains(root);
  while (level.length && records.size < MAX_DOMAINS) {
    const batch = level.filter((name) => !records.has(name)).slice(0, MAX_DOMAINS - records.size);
    const answers = await Promise.all(batch.map(async (name) => [name, await askTxt(name)] as const));
    const next: string[] = [];
    for (const [name, answer] of answers) {
      const spf = answer.outcome === 'answer' ? answer.values.find(isSpfRecord) : undefined;
      const record = spf ? parseSpf(spf) : null;
      records.set(name, record);
      if (record) next.push(...includedDomains(record));
    }
    level = [...new Set(next)];
  }

  const nested = (target: string, trail: ReadonlySet<string>): SpfLookupCount | undefined => {
    const record = records.get(target);
    // A loop of includes is a permanent error for receivers; counting stops rather than spinning.
    if (!record || trail.has(target)) return undefined;
    const deeper = new Set([...trail, target]);
    return countSpfLookups(record, (inner) => nested(inner, deeper));
  };
  return countSpfLookups(root, (target) => nested(target, new Set()));
}

function includedDomains(record: SpfRecord): string[] {
  return record.terms
    .filter(
      (term) =>
        (term.name === 'include' && term.kind === 'mechanism') ||
        (term.name === 'redirect' && term.kind === 'modifier'),
    )
    .map((term) => (term.value ?? '').toLowerCase().replace(/\.+$/, ''))
    .filter(Boolean);
}

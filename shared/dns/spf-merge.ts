import { AppError } from '../errors';
import type { Notice } from './notice';
import {
  allIndex,
  countSpfLookups,
  countSpfVersions,
  formatSpf,
  includeIndex,
  includeTerm,
  isSpfRecord,
  looksLikeGluedSpf,
  parseSpf,
  spfConcerns,
  termsAfterAll,
  type SpfLookupCount,
  type SpfRecord,
} from './spf';
import { readPastedTxt } from './txt';

// One SPF record per name: the senders the domain already has stay, Mailjet's (and Odoo's) includes
// go in front of the final "all", whose qualifier is kept so an existing "-all" is never weakened.

const MAILJET_SPF_INCLUDE = 'spf.mailjet.com';
export const ODOO_SPF_INCLUDE = '_spf.odoo.com';
/** Mailjet's API suggests "?all", its help centre and Odoo "~all"; a new record takes the latter. */
const NEW_RECORD_ALL = '~all';

export interface SpfMergeResult {
  value: string;
  /** add: no SPF yet; replace: edit the existing record; keep: it already has everything. */
  action: 'add' | 'replace' | 'keep';
  previous?: string;
  added: string[];
  lookups: SpfLookupCount;
  notices: Notice[];
}

/**
 * The one SPF record among pasted TXT values (the user may paste every TXT record of the apex).
 * Two or more SPF records are a permanent error for every receiver (§4.5), so they are refused.
 */
export function readExistingSpf(text: string | undefined): string | undefined {
  if (!text || !text.trim()) return undefined;
  const values = readPastedTxt(text);
  const versions = values.reduce((sum, value) => sum + countSpfVersions(value), 0);
  if (versions > 1) throw new AppError('dns.spf-multiple', { count: versions });
  const spf = values.find(isSpfRecord);
  if (spf) return spf.trim();
  if (values.some(looksLikeGluedSpf)) throw new AppError('dns.spf-glued');
  throw new AppError('dns.spf-invalid', { value: values[0]!.slice(0, 80) });
}

/** Mailjet's includes, taken from the SPF value its API suggests when there is one. */
export function mailjetIncludes(suggested: string | undefined): string[] {
  const record = suggested ? parseSpf(suggested.trim()) : null;
  const includes =
    record?.terms
      .filter((term) => term.kind === 'mechanism' && term.name === 'include' && term.value)
      .map((term) => term.value!.toLowerCase()) ?? [];
  return includes.length ? includes : [MAILJET_SPF_INCLUDE];
}

export function mergeSpf(existing: string | undefined, includes: string[]): SpfMergeResult {
  if (existing === undefined) {
    const value = ['v=spf1', ...includes.map((target) => `include:${target}`), NEW_RECORD_ALL].join(' ');
    const lookups = countSpfLookups(parseSpf(value)!);
    return { value, action: 'add', added: [...includes], lookups, notices: lookupNotices(lookups) };
  }
  const record = parseSpf(existing);
  if (!record) throw new AppError('dns.spf-invalid', { value: existing.slice(0, 80) });
  const notices: Notice[] = spfConcerns(record);
  const merged: SpfRecord = { terms: [...record.terms] };

  const stranded = termsAfterAll(merged);
  if (stranded.length) {
    // Terms after "all" are never evaluated: the user surely meant them to count.
    merged.terms = merged.terms.filter((term) => !stranded.includes(term));
    merged.terms.splice(allIndex(merged), 0, ...stranded);
    notices.push({ code: 'spf-moved-before-all', params: { terms: stranded.map((term) => term.raw).join(' ') } });
  }

  const added: string[] = [];
  for (const target of includes) {
    if (includeIndex(merged, target) >= 0) continue;
    merged.terms.splice(insertionPoint(merged), 0, includeTerm(target));
    added.push(target);
  }
  const value = formatSpf(merged);
  const lookups = countSpfLookups(merged);
  notices.push(...lookupNotices(lookups));
  const changed = value !== existing.trim();
  return {
    value,
    action: changed ? 'replace' : 'keep',
    ...(changed ? { previous: existing.trim() } : {}),
    added,
    lookups,
    notices,
  };
}

/** Before "all"; without one, after the last mechanism so modifiers such as redirect= stay last. */
function insertionPoint(record: SpfRecord): number {
  const all = allIndex(record);
  if (all >= 0) return all;
  let lastMechanism = -1;
  record.terms.forEach((term, i) => {
    if (term.kind === 'mechanism') lastMechanism = i;
  });
  return lastMechanism + 1;
}

function lookupNotices(lookups: SpfLookupCount): Notice[] {
  if (lookups.count > lookups.limit)
    return [{ code: 'spf-too-many-lookups', params: { count: lookups.count, limit: lookups.limit } }];
  if (lookups.assumed.length) {
    return [
      {
        code: 'spf-lookups-assumed',
        params: { count: lookups.count, limit: lookups.limit, includes: lookups.assumed.join(', ') },
      },
    ];
  }
  return [];
}

import { parseDkim, dkimKeyIsWhole, sameDkimKey } from '@shared/dns/dkim';
import { isDmarcRecord, parseDmarc } from '@shared/dns/dmarc';
import { relativeName, sameName } from '@shared/dns/names';
import type { Notice } from '@shared/dns/notice';
import { allIndex, includeIndex, isSpfRecord, looksLikeGluedSpf, parseSpf, type SpfLookupCount } from '@shared/dns/spf';
import { mergeSpf } from '@shared/dns/spf-merge';
import type { CheckStatus, LookupOutcome, Purpose, RecordType } from '@shared/dns/vocabulary';
import type { Answer } from './nameserver-client';

// Reads what a nameserver returned the way a receiver would (strings joined, case ignored where DNS
// ignores it, tags parsed rather than bytes compared) and names the usual mistake when it is one.
// Pure: the check feeds it answers, the tests feed it the same shapes.

export interface Expectation {
  purpose: Purpose;
  type: RecordType;
  name: string;
  /** The value to find; null when any well-formed record will do (a DKIM key before Mailjet gave it). */
  expected: string | null;
  /** SPF: the includes the one record must carry before "all". */
  includes?: string[];
}

export interface Verdict {
  status: CheckStatus;
  found: string[];
  /** Where the record was found instead of its own name (doubled domain, a CNAME's target). */
  foundAt?: string;
  expected: string | null;
  hint: Notice | null;
}

export interface Probes {
  /** The same question at "<name>.<domain>", where a panel that appends the domain puts an FQDN. */
  doubled?: Answer;
  /** A CNAME where a TXT is expected, or a TXT where a CNAME is expected. */
  otherType?: Answer;
  /** The TXT found by following that CNAME, through a recursive resolver. */
  cnameTargetTxt?: Answer;
  /** SPF lookups counted through the includes, online. */
  spfLookups?: SpfLookupCount;
}

const FAILURES: ReadonlySet<LookupOutcome> = new Set(['servfail', 'refused', 'timeout', 'unreachable', 'failed']);

const verdict = (
  status: CheckStatus,
  found: string[],
  expected: string | null,
  hint: Notice | null = null,
): Verdict => ({ status, found, expected, hint });

/**
 * Literal quotes stored as part of the value: a panel that adds its own got a quoted paste. Typographic
 * ones (“ ” „ ‘ ’ « ») come from a word processor or a mail program that "corrected" the straight ones on
 * the way; they get their own hint, since pasting the same text again would bring them back.
 */
const QUOTE = `"\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB`;
const TYPOGRAPHIC_QUOTE = /[\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]/;
const QUOTE_AT_START = new RegExp(`^\\s*[${QUOTE}]`);
const QUOTE_AT_END = new RegExp(`[${QUOTE}]\\s*$`);
const QUOTES_AROUND = new RegExp(`^[${QUOTE}]+|[${QUOTE}]+$`, 'g');
const hasStoredQuotes = (value: string) => QUOTE_AT_START.test(value) || QUOTE_AT_END.test(value);
const withoutQuotes = (value: string) => value.trim().replace(QUOTES_AROUND, '').trim();
const storedQuotes = (value: string): Notice => ({
  code: TYPOGRAPHIC_QUOTE.test(value) ? 'typographic-quotes' : 'quotes-stored',
});
/** A record of this kind with a quote stored before its tag (`"v=spf1 …`), which a receiver does not recognise. */
const quotedRecord = (tag: string) => new RegExp(`^\\s*[${QUOTE}]\\s*${tag}`, 'i');
const QUOTED_SPF = quotedRecord('v=spf1');
const QUOTED_DMARC = quotedRecord('v=DMARC1');

function judgeOwnership(expected: string, values: string[]): Verdict {
  if (values.some((value) => value.trim() === expected)) return verdict('ok', values, expected);
  const quoted = values.find((value) => hasStoredQuotes(value) && withoutQuotes(value) === expected);
  if (quoted) return verdict('mismatch', values, expected, storedQuotes(quoted));
  const cut = values.find((value) => value.trim() !== '' && expected.startsWith(value.trim()));
  if (cut)
    return verdict('truncated', values, expected, {
      code: 'value-truncated',
      params: { found: cut.length, expected: expected.length },
    });
  return verdict('mismatch', values, expected, { code: 'value-differs' });
}

function judgeSpf(expectation: Expectation, values: string[]): Verdict | null {
  const includes = expectation.includes ?? [];
  const records = values.filter(isSpfRecord);
  if (records.length > 1)
    return verdict('multiple', records, null, { code: 'spf-multiple', params: { count: records.length } });
  if (records.length === 0) {
    const glued = values.find(looksLikeGluedSpf);
    if (glued) return verdict('mismatch', [glued], expectation.expected, { code: 'spf-glued' });
    const quoted = values.find((value) => QUOTED_SPF.test(value));
    if (quoted) return verdict('mismatch', [quoted], expectation.expected, storedQuotes(quoted));
    return null;
  }
  const found = records[0]!;
  const record = parseSpf(found)!;
  const wanted = mergeSpf(found, includes).value;
  const missing = includes.filter((target) => includeIndex(record, target) < 0);
  if (missing.length)
    return verdict('mismatch', records, wanted, {
      code: 'spf-include-missing',
      params: { includes: missing.join(' ') },
    });
  const all = allIndex(record);
  const late = all < 0 ? [] : includes.filter((target) => includeIndex(record, target) > all);
  if (late.length)
    return verdict('include-after-all', records, wanted, {
      code: 'spf-include-after-all',
      params: { includes: late.join(' ') },
    });
  return verdict('ok', records, found);
}

function judgeDkim(expectation: Expectation, values: string[]): Verdict | null {
  const keys = values.flatMap((value) => {
    const key = parseDkim(value);
    return key && key.publicKey ? [{ value, key }] : [];
  });
  if (keys.length > 1)
    return verdict(
      'multiple',
      keys.map((k) => k.value),
      expectation.expected,
      { code: 'dkim-multiple', params: { count: keys.length } },
    );
  if (keys.length === 0) {
    const quoted = values.find(hasStoredQuotes);
    if (quoted) return verdict('mismatch', values, expectation.expected, storedQuotes(quoted));
    return values.length ? verdict('mismatch', values, expectation.expected, { code: 'dkim-not-a-key' }) : null;
  }
  const { value, key } = keys[0]!;
  // A stored quote breaks the tag list or the key's base64, whatever else is right.
  if (hasStoredQuotes(value)) return verdict('mismatch', [value], expectation.expected, storedQuotes(value));
  const wanted = expectation.expected ? parseDkim(expectation.expected) : null;
  if (!wanted) {
    return dkimKeyIsWhole(key)
      ? verdict('ok', [value], null, { code: 'dkim-not-compared' })
      : verdict('truncated', [value], null, { code: 'dkim-key-cut', params: { found: key.publicKey.length } });
  }
  if (sameDkimKey(key, wanted)) return verdict('ok', [value], expectation.expected);
  if (wanted.publicKey.startsWith(key.publicKey)) {
    return verdict('truncated', [value], expectation.expected, {
      code: 'value-truncated',
      params: { found: key.publicKey.length, expected: wanted.publicKey.length },
    });
  }
  return verdict('mismatch', [value], expectation.expected, { code: 'dkim-other-key' });
}

function judgeDmarc(expectation: Expectation, values: string[]): Verdict | null {
  const records = values.filter(isDmarcRecord);
  if (records.length > 1)
    return verdict('multiple', records, expectation.expected, {
      code: 'dmarc-multiple',
      params: { count: records.length },
    });
  if (records.length === 0) {
    const quoted = values.find((value) => QUOTED_DMARC.test(value));
    return quoted ? verdict('mismatch', [quoted], expectation.expected, storedQuotes(quoted)) : null;
  }
  const found = records[0]!;
  const policy = parseDmarc(found);
  if (!policy) return verdict('mismatch', [found], expectation.expected, { code: 'dmarc-invalid' });
  // Any valid policy is kept, a stricter one above all: the check does not ask for p=none.
  const hint: Notice | null =
    policy.reportTo.length === 0
      ? { code: 'dmarc-no-report' }
      : policy.policy === 'none'
        ? { code: 'dmarc-monitoring' }
        : null;
  return verdict('ok', [found], found, hint);
}

function judgeCname(expectation: Expectation, values: string[]): Verdict {
  const target = values[0]!;
  return sameName(target, expectation.expected ?? '')
    ? verdict('ok', values, expectation.expected)
    : verdict('mismatch', values, expectation.expected, { code: 'cname-differs' });
}

/** The verdict on the values found at the record's own name; null when none of them is the record. */
function judgeValues(expectation: Expectation, values: string[]): Verdict | null {
  if (values.length === 0) return null;
  switch (expectation.purpose) {
    case 'ownership':
      return judgeOwnership(expectation.expected ?? '', values);
    case 'spf':
      return judgeSpf(expectation, values);
    case 'dkim':
      return judgeDkim(expectation, values);
    case 'dmarc':
      return judgeDmarc(expectation, values);
    case 'odoo-dkim':
      return judgeCname(expectation, values);
  }
}

export const doubledName = (name: string, domain: string) => `${name}.${domain}`;

/** Which follow-up questions could explain a record that is not where it should be. */
export function probesNeeded(
  expectation: Expectation,
  answer: Answer,
): { doubled: boolean; otherType: RecordType | null } {
  if (FAILURES.has(answer.outcome)) return { doubled: false, otherType: null };
  const first = answer.outcome === 'answer' ? judgeValues(expectation, answer.values) : null;
  if (first) return { doubled: false, otherType: null };
  // An empty TXT answer is what c-ares returns when the name holds a CNAME into another zone.
  const emptyAnswer = answer.outcome === 'answer' && answer.values.length === 0;
  const otherType =
    expectation.type === 'TXT' ? (emptyAnswer ? 'CNAME' : null) : answer.outcome === 'nodata' ? 'TXT' : null;
  return { doubled: true, otherType };
}

export function judge(expectation: Expectation, answer: Answer, domain: string, probes: Probes = {}): Verdict {
  const wanted = expectation.expected;
  if (FAILURES.has(answer.outcome)) return verdict('lookup-failed', [], wanted, { code: `lookup-${answer.outcome}` });
  const direct = answer.outcome === 'answer' ? judgeValues(expectation, answer.values) : null;
  if (direct) {
    const lookups = probes.spfLookups;
    if (direct.status !== 'ok' || expectation.purpose !== 'spf' || !lookups) return direct;
    if (lookups.count > lookups.limit)
      return {
        ...direct,
        status: 'too-many-lookups',
        hint: { code: 'spf-too-many-lookups', params: { count: lookups.count, limit: lookups.limit } },
      };
    if (lookups.count >= lookups.limit - 1)
      return { ...direct, hint: { code: 'spf-lookups-near', params: { count: lookups.count, limit: lookups.limit } } };
    return direct;
  }

  const other = probes.otherType;
  if (other?.outcome === 'answer' && other.values.length) {
    if (expectation.type === 'CNAME')
      return verdict('wrong-type', other.values, wanted, { code: 'txt-instead-of-cname' });
    const target = other.values[0]!;
    const followed =
      probes.cnameTargetTxt?.outcome === 'answer' ? judgeValues(expectation, probes.cnameTargetTxt.values) : null;
    if (followed?.status === 'ok')
      return { ...followed, foundAt: target, hint: { code: 'via-cname', params: { target } } };
    return {
      ...verdict('wrong-type', other.values, wanted, { code: 'cname-instead-of-txt', params: { target } }),
      foundAt: expectation.name,
    };
  }

  const doubled = probes.doubled;
  const atDoubled = doubled?.outcome === 'answer' ? judgeValues(expectation, doubled.values) : null;
  if (atDoubled) {
    const at = doubledName(expectation.name, domain);
    const host = relativeName(expectation.name, domain);
    return {
      ...verdict('doubled-domain', atDoubled.found, wanted, {
        code: 'doubled-domain',
        params: { name: at, host: host === '@' ? '@' : host },
      }),
      foundAt: at,
    };
  }
  return verdict('missing', [], wanted, {
    code: answer.outcome === 'nxdomain' ? 'missing-name' : 'missing-record',
    params: { name: expectation.name },
  });
}

/** One verdict from several nameservers: agreement is the answer; a mix of ok and not ok is propagation. */
export function mergeServerVerdicts(perServer: Array<{ server: string; verdict: Verdict }>): Verdict {
  const first = perServer[0]!.verdict;
  const statuses = new Set(perServer.map((entry) => entry.verdict.status));
  if (statuses.size === 1 || !statuses.has('ok')) return first;
  const lagging = perServer.filter((entry) => entry.verdict.status !== 'ok').map((entry) => entry.server);
  const ok = perServer.find((entry) => entry.verdict.status === 'ok')!.verdict;
  const found = [...new Set(perServer.flatMap((entry) => entry.verdict.found))];
  return {
    ...ok,
    status: 'propagating',
    found,
    hint: { code: 'propagating', params: { servers: [...new Set(lagging)].join(', ') } },
  };
}

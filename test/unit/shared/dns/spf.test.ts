import { describe, expect, it } from 'vitest';
import {
  countSpfLookups,
  countSpfVersions,
  isSpfRecord,
  looksLikeGluedSpf,
  parseSpf,
  spfConcerns,
} from '@shared/dns/spf';

describe('recognising an SPF record', () => {
  it('takes "v=spf1" followed by a space or nothing, in any case', () => {
    expect(isSpfRecord('v=spf1 include:spf.mailjet.com ~all')).toBe(true);
    expect(isSpfRecord('V=SPF1 -all')).toBe(true);
    expect(isSpfRecord('v=spf1')).toBe(true);
    expect(isSpfRecord('v=spf10 -all')).toBe(false);
    expect(isSpfRecord('spf2.0/pra include:x')).toBe(false);
  });

  it('spots words a panel glued together by splitting the value at its spaces', () => {
    expect(looksLikeGluedSpf('v=spf1include:spf.mailjet.com~all')).toBe(true);
    expect(looksLikeGluedSpf('v=spf1 include:spf.mailjet.com ~all')).toBe(false);
  });

  it('counts two records pasted on one line as two', () => {
    expect(countSpfVersions('v=spf1 include:a.example ~all v=spf1 include:b.example -all')).toBe(2);
    expect(countSpfVersions('v=spf1 include:a.example ~all')).toBe(1);
  });
});

describe('parseSpf', () => {
  it('keeps every term as written, with its qualifier and value', () => {
    const record = parseSpf('v=spf1 ip4:192.0.2.0/24 -include:bad.example a/24 ~all exp=explain.example foo')!;
    expect(record.terms.map((term) => [term.kind, term.name, term.qualifier, term.value])).toEqual([
      ['mechanism', 'ip4', '+', '192.0.2.0/24'],
      ['mechanism', 'include', '-', 'bad.example'],
      ['mechanism', 'a', '+', '24'],
      ['mechanism', 'all', '~', undefined],
      ['modifier', 'exp', undefined, 'explain.example'],
      ['unknown', 'foo', undefined, undefined],
    ]);
  });

  it('returns null for anything that is not SPF', () => {
    expect(parseSpf('google-site-verification=abc')).toBeNull();
  });
});

describe('countSpfLookups', () => {
  it('counts include, a, mx, ptr, exists and redirect, but not ip4, ip6 or all', () => {
    const record = parseSpf(
      'v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 a mx ptr exists:%{i}.x.example include:a.example redirect=b.example',
    )!;
    const count = countSpfLookups(record);
    expect(count.count).toBe(6);
    expect(count.assumed).toEqual(['a.example', 'b.example']);
  });

  it('does not count redirect= when an "all" term makes it unreachable', () => {
    expect(countSpfLookups(parseSpf('v=spf1 mx ~all redirect=b.example')!).count).toBe(1);
  });

  it('adds what an included domain needs when that is known', () => {
    const record = parseSpf('v=spf1 include:a.example include:b.example ~all')!;
    const count = countSpfLookups(record, (target) =>
      target === 'a.example' ? { count: 3, assumed: ['c.example'] } : undefined,
    );
    expect(count).toEqual({ count: 5, assumed: ['c.example', 'b.example'], limit: 10 });
  });
});

describe('spfConcerns', () => {
  it('flags +all, ptr, redirect beside all, a repeated modifier and unknown words', () => {
    const codes = spfConcerns(parseSpf('v=spf1 ptr +all redirect=a.example redirect=b.example junk')!).map(
      (concern) => concern.code,
    );
    expect(codes).toEqual([
      'spf-plus-all',
      'spf-ptr',
      'spf-redirect-ignored',
      'spf-modifier-twice',
      'spf-unknown-terms',
    ]);
  });

  it('has nothing to say about an ordinary record', () => {
    expect(spfConcerns(parseSpf('v=spf1 include:_spf.google.com ~all')!)).toEqual([]);
  });
});

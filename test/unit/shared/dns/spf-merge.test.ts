import { describe, expect, it } from 'vitest';
import { allIndex, includeIndex, parseSpf } from '@shared/dns/spf';
import { mailjetIncludes, mergeSpf, readExistingSpf } from '@shared/dns/spf-merge';
import { appErrorOf } from './expect-app-error';

const MAILJET = ['spf.mailjet.com'];
const BOTH = ['_spf.odoo.com', 'spf.mailjet.com'];

describe('mergeSpf', () => {
  it('creates a record with ~all when the domain has none', () => {
    expect(mergeSpf(undefined, MAILJET)).toMatchObject({
      value: 'v=spf1 include:spf.mailjet.com ~all',
      action: 'add',
      added: ['spf.mailjet.com'],
    });
    expect(mergeSpf(undefined, BOTH).value).toBe('v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all');
  });

  it('adds Mailjet before "all" and keeps a strict -all strict', () => {
    const merged = mergeSpf('v=spf1 include:_spf.google.com -all', MAILJET);
    expect(merged).toMatchObject({
      value: 'v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
      action: 'replace',
      previous: 'v=spf1 include:_spf.google.com -all',
    });
  });

  it('keeps whatever qualifier "all" had', () => {
    expect(mergeSpf('v=spf1 mx ?all', MAILJET).value).toBe('v=spf1 mx include:spf.mailjet.com ?all');
  });

  it('keeps the Odoo include the domain already has and adds Mailjet beside it', () => {
    expect(mergeSpf('v=spf1 include:_spf.odoo.com ~all', BOTH).value).toBe(
      'v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all',
    );
  });

  it('without "all", adds after the last mechanism so redirect= stays last', () => {
    expect(mergeSpf('v=spf1 mx redirect=_spf.example.net', MAILJET).value).toBe(
      'v=spf1 mx include:spf.mailjet.com redirect=_spf.example.net',
    );
  });

  it('changes nothing when Mailjet is already included (re-running creates no duplicate)', () => {
    const once = mergeSpf('v=spf1 include:_spf.google.com ~all', MAILJET).value;
    const twice = mergeSpf(once, MAILJET);
    expect(twice).toMatchObject({ value: once, action: 'keep', added: [] });
    expect(twice.previous).toBeUndefined();
  });

  it('moves mechanisms stranded after "all" in front of it, and says so', () => {
    const merged = mergeSpf('v=spf1 ~all include:spf.mailjet.com', MAILJET);
    expect(merged.value).toBe('v=spf1 include:spf.mailjet.com ~all');
    expect(merged.notices.map((notice) => notice.code)).toContain('spf-moved-before-all');
  });

  it('never leaves an include after "all", whatever it started from', () => {
    for (const existing of [
      'v=spf1 -all',
      'v=spf1 a ~all mx',
      'v=spf1 ~all include:_spf.odoo.com',
      'v=spf1 ip4:192.0.2.1',
      'v=spf1 ?all exp=x.example',
    ]) {
      const record = parseSpf(mergeSpf(existing, BOTH).value)!;
      const all = allIndex(record);
      for (const target of BOTH) {
        expect(includeIndex(record, target), `${existing} → ${target}`).toBeGreaterThanOrEqual(0);
        if (all >= 0) expect(includeIndex(record, target), existing).toBeLessThan(all);
      }
    }
  });

  it('counts lookups offline and says which includes it could only assume', () => {
    const merged = mergeSpf('v=spf1 mx include:_spf.google.com ~all', MAILJET);
    expect(merged.lookups).toEqual({ count: 3, assumed: ['_spf.google.com', 'spf.mailjet.com'], limit: 10 });
    expect(merged.notices).toContainEqual({
      code: 'spf-lookups-assumed',
      params: { count: 3, limit: 10, includes: '_spf.google.com, spf.mailjet.com' },
    });
  });

  it('warns past 10 lookups', () => {
    const crowded = `v=spf1 ${Array.from({ length: 10 }, (_, i) => `include:s${i}.example`).join(' ')} ~all`;
    const merged = mergeSpf(crowded, MAILJET);
    expect(merged.lookups.count).toBe(11);
    expect(merged.notices).toContainEqual({ code: 'spf-too-many-lookups', params: { count: 11, limit: 10 } });
  });
});

describe('readExistingSpf', () => {
  it('picks the SPF record out of every TXT record the user pasted', () => {
    expect(readExistingSpf('google-site-verification=abc\n"v=spf1 include:_spf.google.com " "~all"')).toBe(
      'v=spf1 include:_spf.google.com ~all',
    );
  });

  it('treats an empty paste as "no SPF yet"', () => {
    expect(readExistingSpf('  ')).toBeUndefined();
    expect(readExistingSpf(undefined)).toBeUndefined();
  });

  it('reports two SPF records as the error they are, on two lines or on one', () => {
    for (const pasted of [
      'v=spf1 include:a.example ~all\nv=spf1 include:b.example ~all',
      'v=spf1 include:a.example ~all v=spf1 mx -all',
    ]) {
      const error = appErrorOf(() => readExistingSpf(pasted));
      expect(error.code).toBe('dns.spf-multiple');
      expect(error.params.count).toBe(2);
    }
  });

  it('refuses a paste with no SPF in it, and names the glued-words mistake', () => {
    expect(appErrorOf(() => readExistingSpf('google-site-verification=abc')).code).toBe('dns.spf-invalid');
    expect(appErrorOf(() => readExistingSpf('v=spf1include:spf.mailjet.com~all')).code).toBe('dns.spf-glued');
  });
});

describe('mailjetIncludes', () => {
  it("takes the includes from the SPF value Mailjet suggests, whatever its 'all'", () => {
    expect(mailjetIncludes('v=spf1 include:spf.mailjet.com ?all')).toEqual(['spf.mailjet.com']);
    expect(mailjetIncludes(undefined)).toEqual(['spf.mailjet.com']);
    expect(mailjetIncludes('not spf')).toEqual(['spf.mailjet.com']);
  });
});

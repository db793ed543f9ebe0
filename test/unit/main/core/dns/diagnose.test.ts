import { afterAll, describe, expect, it } from 'vitest';
import {
  doubledName,
  judge,
  mergeServerVerdicts,
  probesNeeded,
  type Expectation,
  type Verdict,
} from '@main/core/dns/diagnose';
import type { Answer } from '@main/core/dns/nameserver-client';
import { splitTxt } from '@shared/dns/txt';
import en from '@shared/locales/en.json';
import it_ from '@shared/locales/it.json';
import { dkimValue } from '@test/unit/shared/dns/keys';

const DOMAIN = 'example.it';
const dkim = dkimValue(2048);
const answer = (...values: string[]): Answer => ({ outcome: 'answer', values });
const none = (outcome: Answer['outcome']): Answer => ({ outcome, values: [] });

const spf: Expectation = {
  purpose: 'spf',
  type: 'TXT',
  name: DOMAIN,
  expected: 'v=spf1 include:spf.mailjet.com ~all',
  includes: ['spf.mailjet.com'],
};
const dkimExpected: Expectation = {
  purpose: 'dkim',
  type: 'TXT',
  name: `mailjet._domainkey.${DOMAIN}`,
  expected: dkim,
};
const dkimAny: Expectation = { ...dkimExpected, expected: null };
const ownership: Expectation = {
  purpose: 'ownership',
  type: 'TXT',
  name: `mailjet._1a2b3c4d.${DOMAIN}`,
  expected: '1a2b3c4d5e6f',
};
const dmarc: Expectation = {
  purpose: 'dmarc',
  type: 'TXT',
  name: `_dmarc.${DOMAIN}`,
  expected: 'v=DMARC1; p=none; rua=mailto:dmarc@example.it',
};
const odoo: Expectation = {
  purpose: 'odoo-dkim',
  type: 'CNAME',
  name: `odoo._domainkey.${DOMAIN}`,
  expected: 'odoo._domainkey.odoo.com',
};

// Every hint the diagnosis gives must exist as a sentence in both catalogs.
const hintsSeen = new Set<string>();
const seen = (verdict: Verdict) => {
  if (verdict.hint) hintsSeen.add(verdict.hint.code);
  return verdict;
};
const check = (expectation: Expectation, given: Answer, probes = {}) => seen(judge(expectation, given, DOMAIN, probes));

afterAll(() => {
  const hints = [en.dns.hints, it_.dns.hints] as Array<Record<string, string>>;
  for (const code of hintsSeen) for (const catalog of hints) expect(catalog[code], code).toBeTruthy();
});

describe('judge: records that are right', () => {
  it('accepts the SPF when it has the include before "all", whatever else it has', () => {
    expect(check(spf, answer('google-site-verification=x', 'v=spf1 mx include:SPF.Mailjet.com. -all')).status).toBe(
      'ok',
    );
  });

  it('accepts the DKIM key split in two strings and compared by meaning', () => {
    expect(check(dkimExpected, answer(`v=DKIM1; ${dkim}`)).status).toBe('ok');
  });

  it('accepts any valid DMARC policy, never asking to weaken a stricter one', () => {
    const verdict = check(dmarc, answer('v=DMARC1; p=reject; rua=mailto:x@example.it'));
    expect(verdict).toMatchObject({
      status: 'ok',
      expected: 'v=DMARC1; p=reject; rua=mailto:x@example.it',
      hint: null,
    });
    expect(check(dmarc, answer('v=DMARC1; p=none')).hint).toEqual({ code: 'dmarc-no-report' });
  });

  it('accepts the Odoo alias whatever its case and final dot', () => {
    expect(check(odoo, answer('Odoo._domainkey.Odoo.com.')).status).toBe('ok');
  });

  it("accepts a whole DKIM key when Mailjet's value is not known, saying it was not compared", () => {
    expect(check(dkimAny, answer(dkim))).toMatchObject({ status: 'ok', hint: { code: 'dkim-not-compared' } });
  });

  it('accepts a TXT reached through a CNAME, as receivers follow it', () => {
    const verdict = check(dkimExpected, answer(), {
      otherType: answer('key.esp.example.net'),
      cnameTargetTxt: answer(dkim),
    });
    expect(verdict).toMatchObject({ status: 'ok', foundAt: 'key.esp.example.net', hint: { code: 'via-cname' } });
  });
});

describe('judge: the usual mistakes', () => {
  it('missing: nothing at the name, or the name holds no such record', () => {
    expect(check(dkimExpected, none('nxdomain'))).toMatchObject({
      status: 'missing',
      found: [],
      hint: { code: 'missing-name' },
    });
    expect(check(spf, answer('google-site-verification=x'))).toMatchObject({
      status: 'missing',
      hint: { code: 'missing-record' },
    });
  });

  it('mismatch: shows what was found and what is expected', () => {
    const verdict = check(spf, answer('v=spf1 include:_spf.google.com ~all'));
    expect(verdict).toMatchObject({
      status: 'mismatch',
      found: ['v=spf1 include:_spf.google.com ~all'],
      expected: 'v=spf1 include:_spf.google.com include:spf.mailjet.com ~all',
      hint: { code: 'spf-include-missing', params: { includes: 'spf.mailjet.com' } },
    });
    expect(check(dkimExpected, answer(dkimValue(1024))).hint?.code).toBe('dkim-other-key');
    expect(check(ownership, answer('something-else')).hint?.code).toBe('value-differs');
    expect(check(odoo, answer('odoo._domainkey.example.it')).hint?.code).toBe('cname-differs');
    expect(check(dmarc, answer('v=DMARC1; p=maybe')).hint?.code).toBe('dmarc-invalid');
  });

  it('multiple: two SPF records, two DKIM keys, two DMARC records', () => {
    expect(check(spf, answer('v=spf1 include:spf.mailjet.com ~all', 'v=spf1 mx -all'))).toMatchObject({
      status: 'multiple',
      hint: { code: 'spf-multiple', params: { count: 2 } },
    });
    expect(check(dkimExpected, answer(dkim, dkimValue(1024))).status).toBe('multiple');
    expect(check(dmarc, answer('v=DMARC1; p=none', 'v=DMARC1; p=reject')).status).toBe('multiple');
  });

  it('doubled-domain: the record sits at name.example.it.example.it', () => {
    const verdict = check(dkimExpected, none('nxdomain'), { doubled: answer(dkim) });
    expect(verdict).toMatchObject({
      status: 'doubled-domain',
      foundAt: 'mailjet._domainkey.example.it.example.it',
      hint: {
        code: 'doubled-domain',
        params: { name: 'mailjet._domainkey.example.it.example.it', host: 'mailjet._domainkey' },
      },
    });
    expect(
      check(spf, answer('google-site-verification=x'), { doubled: answer('v=spf1 include:spf.mailjet.com ~all') }).hint
        ?.params?.host,
    ).toBe('@');
  });

  it('wrong-type: a CNAME where a TXT belongs, and a TXT where the CNAME belongs', () => {
    expect(
      check(dkimExpected, answer(), { otherType: answer('elsewhere.example.net'), cnameTargetTxt: none('nxdomain') }),
    ).toMatchObject({
      status: 'wrong-type',
      hint: { code: 'cname-instead-of-txt', params: { target: 'elsewhere.example.net' } },
    });
    expect(check(odoo, none('nodata'), { otherType: answer('k=rsa; p=AAAA') })).toMatchObject({
      status: 'wrong-type',
      hint: { code: 'txt-instead-of-cname' },
    });
  });

  it('include-after-all: the include is there but never read', () => {
    expect(check(spf, answer('v=spf1 ~all include:spf.mailjet.com'))).toMatchObject({
      status: 'include-after-all',
      expected: 'v=spf1 include:spf.mailjet.com ~all',
      hint: { code: 'spf-include-after-all' },
    });
  });

  it('truncated: a key or a token cut by the panel', () => {
    const cut = splitTxt(dkim)[0]!;
    expect(check(dkimExpected, answer(cut))).toMatchObject({ status: 'truncated', hint: { code: 'value-truncated' } });
    expect(check(dkimAny, answer(cut))).toMatchObject({ status: 'truncated', hint: { code: 'dkim-key-cut' } });
    expect(check(ownership, answer('1a2b3c'))).toMatchObject({ status: 'truncated' });
  });

  it('too-many-lookups, counted online; near the limit is still ok but said', () => {
    expect(check(spf, answer(spf.expected!), { spfLookups: { count: 12, assumed: [], limit: 10 } })).toMatchObject({
      status: 'too-many-lookups',
      hint: { params: { count: 12 } },
    });
    expect(check(spf, answer(spf.expected!), { spfLookups: { count: 9, assumed: [], limit: 10 } })).toMatchObject({
      status: 'ok',
      hint: { code: 'spf-lookups-near' },
    });
  });

  it('names quotes stored with the value and SPF words glued together', () => {
    expect(check(ownership, answer('"1a2b3c4d5e6f"')).hint?.code).toBe('quotes-stored');
    expect(check(spf, answer('"v=spf1 include:spf.mailjet.com ~all"')).hint?.code).toBe('quotes-stored');
    expect(check(dmarc, answer('"v=DMARC1; p=none"')).hint?.code).toBe('quotes-stored');
    expect(check(spf, answer('v=spf1include:spf.mailjet.com~all'))).toMatchObject({
      status: 'mismatch',
      hint: { code: 'spf-glued' },
    });
    expect(check(dkimExpected, answer(`"${dkim}"`)).hint?.code).toBe('quotes-stored');
    expect(check(dkimExpected, answer('"k=rsa; p=AAA')).hint?.code).toBe('quotes-stored');
    expect(check(dkimExpected, answer('hello')).hint?.code).toBe('dkim-not-a-key');
  });

  it('tells typographic quotes (from a word processor) from straight ones, wherever the record expects a value', () => {
    expect(check(ownership, answer('\u201C1a2b3c4d5e6f\u201D')).hint?.code).toBe('typographic-quotes');
    expect(check(spf, answer('\u201Cv=spf1 include:spf.mailjet.com ~all\u201D')).hint?.code).toBe('typographic-quotes');
    expect(check(dmarc, answer('\u00ABv=DMARC1; p=none\u00BB')).hint?.code).toBe('typographic-quotes');
    expect(check(dkimExpected, answer(`\u201E${dkim}\u201C`)).hint?.code).toBe('typographic-quotes');
  });

  it.each(['servfail', 'refused', 'timeout', 'unreachable', 'failed'] as const)(
    'lookup-failed: %s is told apart',
    (outcome) => {
      expect(check(spf, none(outcome))).toMatchObject({ status: 'lookup-failed', hint: { code: `lookup-${outcome}` } });
    },
  );
});

describe('probesNeeded', () => {
  it('asks about the doubled name only when the record is not where it belongs', () => {
    expect(probesNeeded(dkimExpected, none('nxdomain'))).toEqual({ doubled: true, otherType: null });
    expect(probesNeeded(dkimExpected, answer(dkim))).toEqual({ doubled: false, otherType: null });
    expect(probesNeeded(dkimExpected, none('timeout'))).toEqual({ doubled: false, otherType: null });
  });

  it('asks for the CNAME behind an empty TXT answer, and for a TXT where a CNAME has no data', () => {
    expect(probesNeeded(dkimExpected, answer())).toEqual({ doubled: true, otherType: 'CNAME' });
    expect(probesNeeded(odoo, none('nodata'))).toEqual({ doubled: true, otherType: 'TXT' });
  });

  it('builds the doubled name the way a panel does', () => {
    expect(doubledName('_dmarc.example.it', DOMAIN)).toBe('_dmarc.example.it.example.it');
  });
});

describe('mergeServerVerdicts', () => {
  const ok = judge(spf, answer(spf.expected!), DOMAIN);
  const missing = judge(spf, answer('google-site-verification=x'), DOMAIN);

  it('reports agreement as it is', () => {
    expect(
      mergeServerVerdicts([
        { server: 'ns1', verdict: ok },
        { server: 'ns2', verdict: ok },
      ]),
    ).toEqual(ok);
    expect(
      mergeServerVerdicts([
        { server: 'ns1', verdict: missing },
        { server: 'ns2', verdict: missing },
      ]).status,
    ).toBe('missing');
  });

  it('reports ok on some nameservers only as propagating, naming the late ones', () => {
    const merged = seen(
      mergeServerVerdicts([
        { server: 'ns1', verdict: ok },
        { server: 'ns2', verdict: missing },
      ]),
    );
    expect(merged).toMatchObject({ status: 'propagating', hint: { code: 'propagating', params: { servers: 'ns2' } } });
  });
});

import { describe, expect, it } from 'vitest';
import { parseDmarc, planDmarc, readReportAddress } from '@shared/dns/dmarc';
import { appErrorOf } from './expect-app-error';

describe('parseDmarc', () => {
  it('reads the policy and the report addresses', () => {
    expect(parseDmarc('v=DMARC1; p=reject; rua=mailto:a@example.it,mailto:b@example.it')).toEqual({
      policy: 'reject',
      reportTo: ['mailto:a@example.it', 'mailto:b@example.it'],
    });
  });

  it('refuses a record without v=DMARC1 first or without a valid p=', () => {
    expect(parseDmarc('p=none; v=DMARC1')).toBeNull();
    expect(parseDmarc('v=DMARC1; rua=mailto:a@example.it')).toBeNull();
    expect(parseDmarc('v=DMARC1; p=monitor')).toBeNull();
  });
});

describe('readReportAddress', () => {
  it('accepts an address with or without mailto:, converting an IDN domain', () => {
    expect(readReportAddress('dmarc@example.it')).toEqual({ uri: 'mailto:dmarc@example.it', domain: 'example.it' });
    expect(readReportAddress('mailto:dmarc@caffè-rossi.it').uri).toBe('mailto:dmarc@xn--caff-rossi-26a.it');
    expect(readReportAddress('reports@mail.example.it').domain).toBe('example.it');
  });

  it.each(['dmarc', '@example.it', 'a,b@example.it', 'dm arc@example.it', 'dmarc@', 'dmarc@localhost'])(
    'refuses %j',
    (raw) => {
      expect(appErrorOf(() => readReportAddress(raw)).code).toBe('dns.invalid-email');
    },
  );
});

describe('planDmarc', () => {
  it('proposes a monitoring policy with the given report address when none exists', () => {
    expect(planDmarc(undefined, 'example.it', 'dmarc@example.it')).toEqual({
      value: 'v=DMARC1; p=none; rua=mailto:dmarc@example.it',
      action: 'add',
      notices: [],
    });
  });

  it('never replaces an existing policy, a stricter one above all', () => {
    const plan = planDmarc('v=DMARC1; p=reject; rua=mailto:x@example.it', 'example.it', 'dmarc@example.it');
    expect(plan).toMatchObject({ value: 'v=DMARC1; p=reject; rua=mailto:x@example.it', action: 'keep' });
    expect(plan.notices).toContainEqual({ code: 'dmarc-kept', params: { policy: 'reject' } });
  });

  it('replaces a record receivers would ignore, showing what was there', () => {
    expect(planDmarc('v=DMARC1; p=maybe', 'example.it', undefined)).toMatchObject({
      action: 'replace',
      previous: 'v=DMARC1; p=maybe',
      value: 'v=DMARC1; p=none',
    });
  });

  it('warns about reports sent to another domain and about having no report address', () => {
    expect(planDmarc(undefined, 'example.it', 'dmarc@reports.example.net').notices).toContainEqual({
      code: 'dmarc-external-report',
      params: { domain: 'example.net', own: 'example.it' },
    });
    expect(planDmarc(undefined, 'example.it', undefined).notices).toContainEqual({ code: 'dmarc-no-report' });
  });
});

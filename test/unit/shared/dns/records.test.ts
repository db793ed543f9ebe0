import { describe, expect, it } from 'vitest';
import { prepareRecords } from '@shared/dns/records';
import { appErrorOf } from './expect-app-error';
import { dkimValue } from './keys';

const dkim = dkimValue(2048);
const mailjet = {
  ownershipName: 'mailjet._1a2b3c4d.example.it.',
  ownershipValue: '1a2b3c4d5e6f7a8b9c0d',
  dkimValue: dkim,
};

describe('prepareRecords', () => {
  it('prepares every record, each named absolutely without the final dot', () => {
    const prepared = prepareRecords({
      domain: 'https://www.Example.it/',
      mailjet,
      odooOnline: true,
      dmarcRua: 'dmarc@example.it',
    });
    expect(
      prepared.records.map(({ purpose, type, name, value, action }) => ({ purpose, type, name, value, action })),
    ).toEqual([
      {
        purpose: 'ownership',
        type: 'TXT',
        name: 'mailjet._1a2b3c4d.example.it',
        value: '1a2b3c4d5e6f7a8b9c0d',
        action: 'add',
      },
      {
        purpose: 'spf',
        type: 'TXT',
        name: 'example.it',
        value: 'v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all',
        action: 'add',
      },
      { purpose: 'dkim', type: 'TXT', name: 'mailjet._domainkey.example.it', value: dkim, action: 'add' },
      {
        purpose: 'odoo-dkim',
        type: 'CNAME',
        name: 'odoo._domainkey.example.it',
        value: 'odoo._domainkey.odoo.com',
        action: 'add',
      },
      {
        purpose: 'dmarc',
        type: 'TXT',
        name: '_dmarc.example.it',
        value: 'v=DMARC1; p=none; rua=mailto:dmarc@example.it',
        action: 'add',
      },
    ]);
    expect(prepared.pending).toEqual([]);
  });

  it('accepts the ownership host in its short form too', () => {
    const prepared = prepareRecords({
      domain: 'example.it',
      mailjet: { ownershipName: 'mailjet._1a2b3c4d', ownershipValue: 'abcd1234' },
    });
    expect(prepared.records[0]).toMatchObject({ purpose: 'ownership', name: 'mailjet._1a2b3c4d.example.it' });
  });

  it('lists what only Mailjet can give while those values are missing', () => {
    const prepared = prepareRecords({ domain: 'example.it' });
    expect(prepared.records.map((record) => record.purpose)).toEqual(['spf', 'dmarc']);
    expect(prepared.pending).toEqual(['ownership', 'dkim']);
  });

  it('leaves out Odoo records unless Odoo still sends', () => {
    const purposes = prepareRecords({ domain: 'example.it', mailjet }).records.map((record) => record.purpose);
    expect(purposes).not.toContain('odoo-dkim');
    expect(prepareRecords({ domain: 'example.it' }).records[0]!.value).toBe('v=spf1 include:spf.mailjet.com ~all');
  });

  it('edits the existing SPF and keeps an existing DMARC', () => {
    const prepared = prepareRecords({
      domain: 'example.it',
      existingSpf: 'v=spf1 mx -all',
      existingDmarc: 'v=DMARC1; p=quarantine',
    });
    const spf = prepared.records.find((record) => record.purpose === 'spf')!;
    const dmarc = prepared.records.find((record) => record.purpose === 'dmarc')!;
    expect(spf).toMatchObject({
      action: 'replace',
      value: 'v=spf1 mx include:spf.mailjet.com -all',
      previous: 'v=spf1 mx -all',
    });
    expect(dmarc).toMatchObject({ action: 'keep', value: 'v=DMARC1; p=quarantine' });
  });

  it('is stable: the same request twice gives the same records, and feeding the result back changes nothing', () => {
    const first = prepareRecords({ domain: 'example.it', existingSpf: 'v=spf1 mx ~all', mailjet });
    expect(prepareRecords({ domain: 'example.it', existingSpf: 'v=spf1 mx ~all', mailjet })).toEqual(first);
    const spf = first.records.find((record) => record.purpose === 'spf')!.value;
    expect(
      prepareRecords({ domain: 'example.it', existingSpf: spf, mailjet }).records.find(
        (record) => record.purpose === 'spf',
      )!.action,
    ).toBe('keep');
  });

  it('mentions a dropped subdomain other than www', () => {
    expect(prepareRecords({ domain: 'mail.example.it' }).notices).toEqual([
      { code: 'subdomain-dropped', params: { dropped: 'mail', domain: 'example.it' } },
    ]);
    expect(prepareRecords({ domain: 'www.example.it' }).notices).toEqual([]);
  });

  it('works for an IDN domain, in ASCII', () => {
    const prepared = prepareRecords({ domain: 'caffè-rossi.it', odooOnline: true });
    expect(prepared.domain.unicode).toBe('caffè-rossi.it');
    expect(prepared.records.map((record) => record.name)).toEqual([
      'xn--caff-rossi-26a.it',
      'odoo._domainkey.xn--caff-rossi-26a.it',
      '_dmarc.xn--caff-rossi-26a.it',
    ]);
  });

  it('refuses half an ownership record and a token with spaces or quotes', () => {
    expect(
      appErrorOf(() => prepareRecords({ domain: 'example.it', mailjet: { ownershipValue: 'abcd1234' } })).params,
    ).toEqual({ missing: 'ownership-name' });
    expect(
      appErrorOf(() => prepareRecords({ domain: 'example.it', mailjet: { ownershipName: 'mailjet._ab12' } })).params,
    ).toEqual({ missing: 'ownership-value' });
    expect(
      appErrorOf(() =>
        prepareRecords({
          domain: 'example.it',
          mailjet: { ownershipName: 'mailjet._ab12', ownershipValue: 'ab cd 12' },
        }),
      ).code,
    ).toBe('dns.invalid-value');
  });

  it('refuses an ownership host of another domain, naming the field', () => {
    const error = appErrorOf(() =>
      prepareRecords({
        domain: 'example.it',
        mailjet: { ownershipName: 'mailjet._ab12.other.com.', ownershipValue: 'abcd1234' },
      }),
    );
    expect(error).toMatchObject({
      code: 'dns.foreign-name',
      params: { field: 'ownership-name', domain: 'example.it' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { zoneFragment } from '../../../../../shared/dns/formats/zone';
import { prepareRecords } from '../../../../../shared/dns/records';
import { readPastedTxt } from '../../../../../shared/dns/txt';
import { dkimValue } from '../keys';

const dkim = dkimValue(2048);
const prepared = prepareRecords({
  domain: 'example.it',
  mailjet: { ownershipName: 'mailjet._1a2b3c4d', ownershipValue: '1a2b3c4d5e6f', dkimValue: dkim },
  odooOnline: true,
  dmarcRua: 'dmarc@example.it',
});

describe('zoneFragment', () => {
  const zone = zoneFragment(prepared.records, { comment: 'first line\nsecond line' });
  const lines = zone.trim().split('\n');

  it('writes comments first and one record per line with an absolute owner name', () => {
    expect(lines.slice(0, 2)).toEqual(['; first line', '; second line']);
    const owners = lines.slice(2).map((line) => line.split(' ')[0]);
    expect(owners).toEqual(['mailjet._1a2b3c4d.example.it.', 'example.it.', 'mailjet._domainkey.example.it.', 'odoo._domainkey.example.it.', '_dmarc.example.it.']);
  });

  it('quotes TXT values in strings of at most 255 bytes that join back to the value', () => {
    const dkimLine = lines.find((line) => line.startsWith('mailjet._domainkey'))!;
    const strings = [...dkimLine.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(strings.map((s) => s.length)).toEqual([255, dkim.length - 255]);
    expect(readPastedTxt(dkimLine)).toEqual([dkim]);
    expect(lines).toContain('_dmarc.example.it. 3600 IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.it"');
  });

  it('gives the CNAME target its final dot', () => {
    expect(lines).toContain('odoo._domainkey.example.it. 3600 IN CNAME odoo._domainkey.odoo.com.');
  });
});

import { describe, expect, it } from 'vitest';
import { zoneFragment } from '@shared/dns/formats/zone';
import { prepareRecords } from '@shared/dns/records';
import { readPastedTxt } from '@shared/dns/txt';
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
    expect(owners).toEqual([
      'mailjet._1a2b3c4d.example.it.',
      'example.it.',
      'mailjet._domainkey.example.it.',
      'odoo._domainkey.example.it.',
      '_dmarc.example.it.',
    ]);
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

describe('zoneFragment with control characters in a value', () => {
  // What a hostile or careless paste can carry into an existing record: ESC (terminal commands), BEL, VT, CR.
  const hostile = prepareRecords({
    domain: 'example.it',
    existingSpf: 'v=spf1 include:x.example\x1b]0;owned\x07 -all',
    existingDmarc: 'v=DMARC1; p=reject;\x0b\x1b[2J rua=mailto:dmarc@example.it',
  });
  const carriageReturn = { ...hostile.records[0]!, value: 'v=spf1 -all\rexample.it. 60 IN A 192.0.2.1' };
  const zone = zoneFragment([...hostile.records, carriageReturn]);

  it('writes them as \\DDD escapes (RFC 1035 §5.1), so no raw control byte is left', () => {
    expect([...zone].filter((char) => char !== '\n' && (char < ' ' || char === '\x7f'))).toEqual([]);
    expect(zone).toContain('"v=spf1 include:x.example\\027]0;owned\\007 include:spf.mailjet.com -all"');
    expect(zone).toContain('"v=DMARC1; p=reject;\\011\\027[2J rua=mailto:dmarc@example.it"');
  });

  it('keeps one record per line, so a CR cannot start a record of its own', () => {
    expect(zone.trim().split('\n')).toHaveLength(3);
    expect(zone).toContain('"v=spf1 -all\\013example.it. 60 IN A 192.0.2.1"');
  });

  it('reads back to the same value', () => {
    const line = zone.split('\n').find((l) => l.startsWith('_dmarc'))!;
    expect(readPastedTxt(line)).toEqual([hostile.records[1]!.value]);
  });
});

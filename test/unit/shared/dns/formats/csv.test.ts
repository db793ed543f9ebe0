import { describe, expect, it } from 'vitest';
import { recordsCsv } from '@shared/dns/formats/csv';
import type { DnsRecord } from '@shared/dns/records';

const record = (value: string): DnsRecord => ({
  purpose: 'ownership',
  type: 'TXT',
  name: 'mailjet._ab.example.it',
  value,
  ttl: 3600,
  action: 'add',
  notes: [],
});

describe('recordsCsv', () => {
  it('writes a header and one row per record, quoting only what needs it', () => {
    const csv = recordsCsv([record('v=DMARC1; p=none'), record('a,b "c"')]);
    expect(csv.split('\r\n')).toEqual([
      'purpose,type,name,value,ttl,action',
      'ownership,TXT,mailjet._ab.example.it,v=DMARC1; p=none,3600,add',
      'ownership,TXT,mailjet._ab.example.it,"a,b ""c""",3600,add',
      '',
    ]);
  });

  it('keeps a spreadsheet from running a value as a formula', () => {
    expect(recordsCsv([record('=HYPERLINK("x")')])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

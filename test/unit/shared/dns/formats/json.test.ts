import { describe, expect, it } from 'vitest';
import { recordsJson } from '@shared/dns/formats/json';
import { prepareRecords } from '@shared/dns/records';

describe('recordsJson', () => {
  it('gives exactly purpose, type, name (no final dot) and the whole value', () => {
    const json = recordsJson(
      prepareRecords({ domain: 'Example.it.', odooOnline: true, existingSpf: 'v=spf1 mx ~all' }).records,
    );
    expect(json).toEqual([
      {
        purpose: 'spf',
        type: 'TXT',
        name: 'example.it',
        value: 'v=spf1 mx include:_spf.odoo.com include:spf.mailjet.com ~all',
      },
      { purpose: 'odoo-dkim', type: 'CNAME', name: 'odoo._domainkey.example.it', value: 'odoo._domainkey.odoo.com' },
      { purpose: 'dmarc', type: 'TXT', name: '_dmarc.example.it', value: 'v=DMARC1; p=none' },
    ]);
  });
});

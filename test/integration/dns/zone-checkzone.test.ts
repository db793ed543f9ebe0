import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zoneFragment } from '@shared/dns/formats/zone';
import { prepareRecords } from '@shared/dns/records';
import { dkimValue } from '../../unit/shared/dns/keys';

// BIND's own checker is the strictest reader of zone files (it rejects a string over 255 bytes that
// Knot would silently split), so the exported fragment must pass it. CI installs bind9-utils.

const hasBind = spawnSync('named-checkzone', ['-v']).status === 0;

function checkZone(domain: string, fragment: string): { status: number | null; output: string; canonical: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zone-'));
  const file = join(dir, 'zone.db');
  const header = `$TTL 3600\n@ IN SOA ns1.${domain}. hostmaster.${domain}. 1 3600 600 604800 300\n@ IN NS ns1.${domain}.\nns1 IN A 192.0.2.53\n`;
  writeFileSync(file, header + fragment);
  const result = spawnSync('named-checkzone', ['-k', 'fail', '-n', 'fail', domain, file], { encoding: 'utf8' });
  const canonical =
    result.status === 0 ? execFileSync('named-compilezone', ['-q', '-o', '-', domain, file], { encoding: 'utf8' }) : '';
  return { status: result.status, output: `${result.stdout}${result.stderr}`, canonical };
}

describe.skipIf(!hasBind)('the zone fragment, read by named-checkzone (bind9-utils)', () => {
  it('passes with every record, a 2048-bit DKIM key and the Odoo alias', () => {
    const prepared = prepareRecords({
      domain: 'example.it',
      mailjet: {
        ownershipName: 'mailjet._1a2b3c4d.example.it.',
        ownershipValue: '1a2b3c4d5e6f',
        dkimValue: dkimValue(2048),
      },
      existingSpf: 'v=spf1 include:_spf.google.com -all',
      odooOnline: true,
      dmarcRua: 'dmarc@example.it',
    });
    const { status, output, canonical } = checkZone(
      'example.it',
      zoneFragment(prepared.records, { comment: 'test "quoted" comment' }),
    );
    expect(status, output).toBe(0);
    // Absolute names stay where they belong: nothing ends up under example.it.example.it.
    expect(canonical).not.toContain('example.it.example.it');
    expect(canonical).toMatch(/^mailjet\._domainkey\.example\.it\.\s+3600\s+IN\s+TXT\s+"k=rsa; p=/m);
  });

  it('passes for an IDN domain in punycode', () => {
    const prepared = prepareRecords({ domain: 'caffè-rossi.it', odooOnline: true });
    const { status, output } = checkZone(prepared.domain.ascii, zoneFragment(prepared.records));
    expect(status, output).toBe(0);
  });

  it('passes with control characters in a value, written as \\DDD, and reads back the same bytes', () => {
    const prepared = prepareRecords({
      domain: 'example.it',
      existingDmarc: 'v=DMARC1; p=reject;\x0b\x1b[2J rua=mailto:dmarc@example.it',
    });
    const withCr = { ...prepared.records[0]!, name: 'cr.example.it', value: 'v=spf1 -all\r\x1b[0m' };
    const { status, output, canonical } = checkZone('example.it', zoneFragment([...prepared.records, withCr]));
    expect(status, output).toBe(0);
    // BIND writes non-printables back as \DDD too: the same three bytes survived the round trip.
    expect(canonical).toMatch(
      /^_dmarc\.example\.it\.\s+3600\s+IN\s+TXT\s+"v=DMARC1; p=reject;\\011\\027\[2J rua=mailto:dmarc@example\.it"$/m,
    );
    expect(canonical).toMatch(/^cr\.example\.it\.\s+3600\s+IN\s+TXT\s+"v=spf1 -all\\013\\027\[0m"$/m);
  });

  it('is the strict reader it is said to be: a single string over 255 bytes fails', () => {
    const { status } = checkZone('example.it', `too-long 3600 IN TXT "${'x'.repeat(300)}"\n`);
    expect(status).not.toBe(0);
  });
});

describe.runIf(!hasBind)('without bind9-utils', () => {
  it.skip('named-checkzone is not installed here (apt-get install bind9-utils); CI installs it', () => {});
});

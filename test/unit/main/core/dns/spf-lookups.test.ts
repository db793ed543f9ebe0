import { describe, expect, it } from 'vitest';
import type { Answer } from '@main/core/dns/nameserver-client';
import { countSpfLookupsOnline } from '@main/core/dns/spf-lookups';

const zone: Record<string, string[]> = {
  'spf.mailjet.com': ['v=spf1 ip4:192.0.2.0/24 ~all'],
  '_spf.google.com': ['v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all'],
  '_netblocks.google.com': ['v=spf1 ip4:198.51.100.0/24 ~all'],
  '_netblocks2.google.com': ['v=spf1 a mx ~all'],
  'loop-a.example': ['v=spf1 include:loop-b.example ~all'],
  'loop-b.example': ['v=spf1 include:loop-a.example ~all'],
};

const asked: string[] = [];
const askTxt = async (name: string): Promise<Answer> => {
  asked.push(name);
  return zone[name] ? { outcome: 'answer', values: zone[name]! } : { outcome: 'nxdomain', values: [] };
};

describe('countSpfLookupsOnline', () => {
  it('follows includes down and counts what each level needs', async () => {
    const count = await countSpfLookupsOnline('v=spf1 mx include:_spf.google.com include:spf.mailjet.com ~all', askTxt);
    // mx + 2 includes, +2 nested includes of google, +a +mx of the second netblock
    expect(count).toEqual({ count: 7, assumed: [], limit: 10 });
  });

  it('keeps an include that cannot be read as "assumed"', async () => {
    const count = await countSpfLookupsOnline('v=spf1 include:gone.example ~all', askTxt);
    expect(count).toEqual({ count: 1, assumed: ['gone.example'], limit: 10 });
  });

  it('stops on an include loop instead of spinning', async () => {
    asked.length = 0;
    const count = await countSpfLookupsOnline('v=spf1 include:loop-a.example ~all', askTxt);
    expect(count.count).toBeGreaterThanOrEqual(2);
    expect(asked.filter((name) => name === 'loop-a.example')).toHaveLength(1);
  });
});

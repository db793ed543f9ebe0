import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsStandIn, type DnsStandIn } from '@main/sandbox/dns/server';
import { txt } from '@main/sandbox/dns/zone-table';

let dns: DnsStandIn;
let resolver: Resolver;

beforeAll(async () => {
  dns = await startDnsStandIn({
    zones: {
      'example.it': { records: { '@': ['v=spf1 -all'], www: [{ type: 'A', address: '192.0.2.1' }], 'a.b': ['deep'] } },
    },
  });
  resolver = new Resolver({ timeout: 400, tries: 1 });
  resolver.setServers([dns.address]);
});

afterAll(async () => {
  resolver.cancel();
  await dns.stop();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: NodeJS.ErrnoException) => error.code,
  );

describe('the DNS stand-in', () => {
  it('listens on loopback only', async () => {
    await expect(startDnsStandIn({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('answers like an authoritative server: data, NXDOMAIN, no data, empty non-terminal, refusal outside its zones', async () => {
    expect(await resolver.resolveTxt('example.it')).toEqual([['v=spf1 -all']]);
    expect(await codeOf(resolver.resolveTxt('nothing.example.it'))).toBe('ENOTFOUND');
    expect(await codeOf(resolver.resolveTxt('www.example.it'))).toBe('ENODATA');
    expect(await codeOf(resolver.resolveTxt('b.example.it'))).toBe('ENODATA');
    expect(await codeOf(resolver.resolveTxt('example.org'))).toBe('EREFUSED');
    expect(await resolver.resolveNs('example.it')).toEqual(['ns1.example.it']);
  });

  it('keeps multi-string TXT records as several strings, and splits a long value at 255 bytes', async () => {
    dns.publish('multi.example.it', ['part one ', 'part two']);
    dns.publish('long.example.it', 'x'.repeat(300));
    expect(await resolver.resolveTxt('multi.example.it')).toEqual([['part one ', 'part two']]);
    expect((await resolver.resolveTxt('long.example.it'))[0]!.map((s) => s.length)).toEqual([255, 45]);
  });

  it('sends an answer too long for UDP over TCP, on the same port', async () => {
    for (let i = 0; i < 8; i += 1) dns.publish('big.example.it', txt(`${i}${'y'.repeat(250)}`));
    const records = await resolver.resolveTxt('big.example.it');
    expect(records).toHaveLength(8);
  });

  it('publishes idempotently, replaces and unpublishes', async () => {
    dns.publish('_dmarc.example.it', 'v=DMARC1; p=none');
    dns.publish('_dmarc.example.it', 'v=DMARC1; p=none');
    expect(await resolver.resolveTxt('_dmarc.example.it')).toHaveLength(1);
    dns.replace('_dmarc.example.it', 'TXT', ['v=DMARC1; p=reject']);
    expect(await resolver.resolveTxt('_dmarc.example.it')).toEqual([['v=DMARC1; p=reject']]);
    dns.unpublish('_dmarc.example.it');
    expect(await codeOf(resolver.resolveTxt('_dmarc.example.it'))).toBe('ENOTFOUND');
  });

  it('answers a CNAME to a TXT question with the alias', async () => {
    dns.publish('alias.example.it', { type: 'CNAME', target: 'target.example.org' });
    expect(await resolver.resolveCname('alias.example.it')).toEqual(['target.example.org']);
    expect(await resolver.resolveTxt('alias.example.it')).toEqual([]);
  });

  it('plays the faults: SERVFAIL, REFUSED, silence, slowness; and counts what it was asked', async () => {
    dns.resetQueries();
    dns.setFault('sick.example.it', { mode: 'servfail' });
    dns.setFault('shy.example.it', { mode: 'refused' });
    dns.setFault('mute.example.it', { mode: 'silent' });
    dns.setFault('slow.example.it', { mode: 'slow', delayMs: 50 });
    dns.publish('slow.example.it', 'eventually');
    expect(await codeOf(resolver.resolveTxt('sick.example.it'))).toBe('ESERVFAIL');
    expect(await codeOf(resolver.resolveTxt('shy.example.it'))).toBe('EREFUSED');
    expect(await codeOf(resolver.resolveTxt('mute.example.it'))).toBe('ETIMEOUT');
    expect(await resolver.resolveTxt('slow.example.it')).toEqual([['eventually']]);
    expect(dns.queries).toBeGreaterThanOrEqual(4);
  });

  it('creates a zone for any domain when asked to (the demo)', async () => {
    const open = await startDnsStandIn({ autoZones: true });
    const client = new Resolver({ timeout: 400, tries: 1 });
    client.setServers([open.address]);
    try {
      expect(await codeOf(client.resolveTxt('_dmarc.whatever-you-type.it'))).toBe('ENOTFOUND');
      open.publish('_dmarc.whatever-you-type.it', 'v=DMARC1; p=none');
      expect(await client.resolveTxt('_dmarc.whatever-you-type.it')).toEqual([['v=DMARC1; p=none']]);
    } finally {
      client.cancel();
      await open.stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import type { Keychain } from '@main/host/keychain';
import type { ProgressEvent } from '@shared/contract';
import { testCore } from '../../support/core';
import { DKIM, MAILJET_VALUES, startServers, type Servers } from './fixtures';

// The DNS channels as every face calls them: through dispatch, with the contract's schemas on the way
// in and out, against the loopback DNS servers.

let servers: Servers;

beforeAll(async () => {
  servers = await startServers();
});

afterAll(async () => {
  await servers.stop();
});

/** DNS needs no secret: a keychain that fails the test if anything reaches for it. */
const untouchable: Keychain = {
  get: async () => {
    throw new Error('the DNS channels must not read the keychain');
  },
  set: async () => {
    throw new Error('the DNS channels must not write the keychain');
  },
  forget: async () => {
    throw new Error('the DNS channels must not touch the keychain');
  },
  source: async () => {
    throw new Error('the DNS channels must not touch the keychain');
  },
  probe: async () => {
    throw new Error('the DNS channels must not touch the keychain');
  },
};

const core = () => testCore({ keychain: untouchable, endpoints: { dnsResolver: servers.main.address } });

describe('dnsRecords', () => {
  it("prepares the records offline in the chosen provider's form", async () => {
    const { core: c } = testCore({ keychain: untouchable });
    const result = await dispatch(c, 'dnsRecords', {
      domain: 'Example.IT',
      mailjet: { dkimValue: DKIM },
      provider: 'aruba',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      form: { provider: { id: string }; rows: Array<{ purpose: string; host: string }> };
      pending: string[];
      existing: object;
    };
    expect(value.form.provider.id).toBe('aruba');
    expect(value.form.rows.find((row) => row.purpose === 'dkim')!.host).toBe('mailjet._domainkey.example.it');
    expect(value.pending).toEqual(['ownership']);
    expect(value.existing).toEqual({ spf: 'none', dmarc: 'none' });
  });

  it('reads the published SPF and DMARC when asked, and merges into them', async () => {
    const result = await dispatch(core().core, 'dnsRecords', { domain: 'broken.it', lookupExisting: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as {
      records: Array<{ purpose: string; value: string; action: string; notes: Array<{ code: string }> }>;
      existing: object;
    };
    expect(value.existing).toEqual({ spf: 'dns', dmarc: 'dns' });
    expect(value.records.find((record) => record.purpose === 'spf')).toMatchObject({
      value: 'v=spf1 include:_spf.google.com include:spf.mailjet.com ~all',
      action: 'replace',
    });
    const dmarc = value.records.find((record) => record.purpose === 'dmarc')!;
    expect(dmarc.action).toBe('keep');
    expect(dmarc.notes.map((note) => note.code)).toContain('dmarc-multiple');
  });

  it('answers bad input with the DNS code that explains it, never a generic one', async () => {
    const { core: c } = testCore({ keychain: untouchable });
    expect(await dispatch(c, 'dnsRecords', { domain: 'co.uk' })).toEqual({
      ok: false,
      error: { code: 'dns.public-suffix', params: { value: 'co.uk' } },
    });
    expect(await dispatch(c, 'dnsRecords', { domain: 'example.it', provider: 'aruba-cloud' })).toEqual({
      ok: false,
      error: { code: 'dns.unknown-provider', params: { value: 'aruba-cloud' } },
    });
    expect(
      await dispatch(c, 'dnsRecords', { domain: 'example.it', existingSpf: 'v=spf1 a ~all\nv=spf1 mx ~all' }),
    ).toEqual({ ok: false, error: { code: 'dns.spf-multiple', params: { count: 2 } } });
  });

  it('reports two published SPF records as something to fix', async () => {
    expect(await dispatch(core().core, 'dnsRecords', { domain: 'twospf.it', lookupExisting: true })).toEqual({
      ok: false,
      error: { code: 'dns.spf-multiple-published', params: { count: 2 } },
    });
  });
});

describe('dnsExport', () => {
  it('gives each format as a named file', async () => {
    const { core: c } = testCore({ keychain: untouchable });
    const request = { domain: 'example.it', mailjet: MAILJET_VALUES };
    const files = Object.fromEntries(
      await Promise.all(
        (['zone', 'csv', 'json', 'text', 'html'] as const).map(async (format) => {
          const result = await dispatch(c, 'dnsExport', { ...request, format, language: 'it' });
          if (!result.ok) throw new Error(JSON.stringify(result.error));
          return [format, result.value as { fileName: string; mimeType: string; content: string }];
        }),
      ),
    );
    expect(files.zone!.fileName).toBe('dns-example.it.zone');
    expect(files.zone!.content).toContain('mailjet._domainkey.example.it. 3600 IN TXT');
    expect(files.csv!.content.startsWith('purpose,type,name,value,ttl,action\r\n')).toBe(true);
    expect(JSON.parse(files.json!.content)).toHaveLength(4);
    expect(files.text!.content).toContain('Record DNS per example.it');
    expect(files.html!).toMatchObject({ fileName: 'dns-example.it.html', mimeType: 'text/html' });
    expect(files.html!.content).toContain('<html lang="it">');
  });

  it('uses the saved language when none is asked for', async () => {
    const { core: c, deps } = testCore({ keychain: untouchable });
    deps.settings.setLanguage('en');
    const result = await dispatch(c, 'dnsExport', { domain: 'example.it', format: 'text' });
    expect(result.ok && (result.value as { content: string }).content).toContain('DNS records for example.it');
  });
});

describe('dnsCheck', () => {
  it('runs as a long operation with progress, and remembers how it went', async () => {
    const { core: c, deps } = core();
    const events: ProgressEvent[] = [];
    const result = await dispatch(
      c,
      'dnsCheck',
      { domain: 'allgood.it', mailjet: MAILJET_VALUES, odooOnline: true },
      { operationId: 'check-0001', onProgress: (event) => events.push(event) },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ ok: true, source: 'resolver', domain: { ascii: 'allgood.it' } });
    expect(events.every((event) => event.operationId === 'check-0001')).toBe(true);
    expect(events.some((event) => event.key === 'dns.progress.records' && event.done === event.total)).toBe(true);
    expect(deps.settings.read().dns).toMatchObject({
      domain: 'allgood.it',
      lastCheck: { domain: 'allgood.it', ok: true, failing: [] },
    });
  });

  it('can be run again safely: the same answer, one remembered result', async () => {
    const { core: c, deps } = core();
    const first = await dispatch(c, 'dnsCheck', { domain: 'broken.it' });
    const second = await dispatch(c, 'dnsCheck', { domain: 'broken.it' });
    const strip = (result: typeof first) => (result.ok ? { ...(result.value as object), checkedAt: '' } : result);
    expect(strip(second)).toEqual(strip(first));
    expect(deps.settings.read().dns?.lastCheck).toMatchObject({ ok: false, failing: ['spf', 'dkim', 'dmarc'] });
  });

  it('uses the resolver from the settings, and an input resolver before it', async () => {
    const { core: c, deps } = testCore({ keychain: untouchable });
    deps.settings.patch({ dns: { resolver: servers.main.address } });
    expect((await dispatch(c, 'dnsCheck', { domain: 'allgood.it' })).ok).toBe(true);
    expect(await dispatch(c, 'dnsCheck', { domain: 'allgood.it', resolver: 'nameserver.example' })).toEqual({
      ok: false,
      error: { code: 'dns.invalid-resolver', params: { value: 'nameserver.example' } },
    });
  });

  it('finds the nameservers itself when told where the recursive server is (environment)', async () => {
    const { core: c } = testCore({
      keychain: untouchable,
      endpoints: { dnsBootstrap: servers.main.address, dnsNameserverPort: servers.main.port },
    });
    const result = await dispatch(c, 'dnsCheck', { domain: 'deleg.it' });
    expect(result.ok && result.value).toMatchObject({ source: 'authoritative', ok: true });
  });
});

describe('dnsDetectProvider', () => {
  it('recognises the provider from the nameservers', async () => {
    expect(await dispatch(core().core, 'dnsDetectProvider', { domain: 'www.cf.it' })).toEqual({
      ok: true,
      value: {
        domain: 'cf.it',
        nameservers: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
        provider: 'cloudflare',
      },
    });
  });
});

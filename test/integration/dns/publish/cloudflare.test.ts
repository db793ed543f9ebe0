import { describe, expect, it } from 'vitest';
import { errorKind } from '@shared/contract';
import type { PublishPlan } from '@shared/contract/publish';
import { CF_OTHER_ZONE, CF_READ_ONLY, CF_TOKEN, CF_ZONE_READ, DKIM, MAILJET, type Services } from './fixtures';
import { publishCore, servedTxt, useServices, writesOf, type Applied } from './harness';

// Publishing through the Cloudflare stand-in with the official SDK, as every face calls it (dispatch).

let services: Services;
useServices((started) => (services = started), 'cloudflare');

async function withToken(domain: string, token = CF_TOKEN, zoneId: string | null = services.cloudflare.zoneId(domain)) {
  const core = publishCore(services);
  const saved = await core.call('dnsPublishSaveCredential', {
    provider: 'cloudflare',
    domain,
    token,
    ...(zoneId ? { zoneId } : {}),
  });
  return { core, saved };
}

const request = (domain: string) => ({ provider: 'cloudflare', domain, mailjet: MAILJET });

describe('Cloudflare: publishing the records', () => {
  it('publishes every record on a fresh zone, the DNS serves them, and a second run writes nothing', async () => {
    const { core, saved } = await withToken('fresh.test');
    expect(saved).toMatchObject({
      ok: true,
      value: { provider: 'cloudflare', zone: 'fresh.test', source: 'keychain' },
    });

    const plan = await core.call<PublishPlan>('dnsPublishPlan', request('fresh.test'));
    expect(plan.ok && plan.value.changes.map((change) => `${change.action} ${change.purpose}`)).toEqual([
      'create ownership',
      'create spf',
      'create dkim',
      'create dmarc',
    ]);
    expect(writesOf(services.cloudflare.requests)).toBe(0);

    const applied = await core.call<Applied>('dnsPublishApply', request('fresh.test'));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.writes).toBe(4);
    expect(writesOf(services.cloudflare.requests)).toBe(4);
    expect(servedTxt(services, 'fresh.test')).toEqual(['v=spf1 include:spf.mailjet.com ~all']);
    expect(servedTxt(services, 'mailjet._domainkey.fresh.test')).toEqual([DKIM]);
    expect(servedTxt(services, 'mailjet._1a2b3c4d.fresh.test')).toEqual([MAILJET.ownershipValue]);
    // The MX record the zone had is still there.
    expect(services.dns.table.recordsAt('fresh.test').filter((record) => record.type === 'MX')).toHaveLength(1);

    services.cloudflare.requests.length = 0;
    const again = await core.call<Applied>('dnsPublishApply', request('fresh.test'));
    expect(again.ok && again.value.changes).toEqual([]);
    expect(again.ok && again.value.unchanged).toHaveLength(4);
    expect(writesOf(services.cloudflare.requests)).toBe(0);
  });

  it('merges Mailjet into the one SPF record, keeping -all, and leaves every other record as it was', async () => {
    const { core } = await withToken('merge.test');
    const before = services.cloudflare.records('merge.test').filter((record) => !record.content.includes('v=spf1'));
    const applied = await core.call<Applied>('dnsPublishApply', request('merge.test'));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const spf = applied.value.applied.find((change) => change.purpose === 'spf')!;
    expect(spf).toMatchObject({
      action: 'update',
      previous: 'v=spf1 include:_spf.google.com -all',
      value: 'v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
    });
    const served = servedTxt(services, 'merge.test');
    expect(served.filter((value) => value.startsWith('v=spf1'))).toEqual([
      'v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
    ]);
    expect(served).toContain('google-site-verification=keep-me');
    const after = services.cloudflare.records('merge.test');
    for (const record of before) expect(after).toContainEqual(record);
    expect(services.dns.table.recordsAt('www.merge.test')).toEqual([{ type: 'CNAME', target: 'merge.test' }]);
    // Remembered for the Done report, with the value before, so the user can undo it by hand.
    expect(core.deps.settings.read().dns?.published).toMatchObject({
      provider: 'cloudflare',
      zone: 'merge.test',
      changes: expect.arrayContaining([
        {
          purpose: 'spf',
          action: 'update',
          type: 'TXT',
          name: 'merge.test',
          value: spf.value,
          previous: 'v=spf1 include:_spf.google.com -all',
        },
      ]),
    });
  });

  it('stops before writing anything when the zone has two SPF records, and says the user must choose', async () => {
    const { core } = await withToken('twospf.test');
    const plan = await core.call<PublishPlan>('dnsPublishPlan', request('twospf.test'));
    expect(plan.ok && plan.value.decisions).toEqual([
      {
        code: 'spf-multiple',
        name: 'twospf.test',
        found: ['v=spf1 include:_spf.google.com ~all', 'v=spf1 include:spf.protection.outlook.com ~all'],
      },
    ]);
    const applied = await core.call('dnsPublishApply', request('twospf.test'));
    expect(applied).toMatchObject({ ok: false, error: { code: 'publish.decision-needed' } });
    if (!applied.ok) expect(errorKind(applied.error.code)).toBe('check');
    expect(writesOf(services.cloudflare.requests)).toBe(0);
    expect(servedTxt(services, 'twospf.test')).toHaveLength(2);
  });

  it('refuses a token for another zone before storing it, and a malformed one with its own message', async () => {
    const other = await withToken('fresh.test', CF_OTHER_ZONE);
    expect(other.saved).toMatchObject({
      ok: false,
      error: { code: 'publish.token-scope', params: { provider: 'Cloudflare' } },
    });
    expect(await other.core.deps.keychain.get('cloudflare')).toBeNull();
    const malformed = await withToken('fresh.test', 'not a token');
    expect(malformed.saved).toMatchObject({ ok: false, error: { code: 'publish.token-refused' } });
  });

  it('says the token may not edit the zone when it can only read it, and writes nothing', async () => {
    const { core, saved } = await withToken('merge.test', CF_READ_ONLY);
    expect(saved.ok).toBe(true);
    const applied = await core.call('dnsPublishApply', {
      ...request('merge.test'),
      mailjet: { dkimValue: DKIM.replace('QQQQ', 'SSSS') },
    });
    expect(applied).toMatchObject({ ok: false, error: { code: 'publish.token-scope' } });
    expect(services.cloudflare.requests.filter((r) => r.method !== 'GET' && r.status < 300)).toHaveLength(0);
  });

  it('asks for the zone id when the token cannot look the zone up by name, and finds it when it can', async () => {
    const narrow = await withToken('fresh.test', CF_TOKEN, null);
    expect(narrow.saved).toMatchObject({
      ok: false,
      error: { code: 'publish.zone-id-needed', params: { zone: 'fresh.test' } },
    });
    const wider = await withToken('fresh.test', CF_ZONE_READ, null);
    expect(wider.saved).toMatchObject({ ok: true });
  });

  it("keeps the zone's id found by name with the token, so planning and publishing go straight to the zone", async () => {
    // The token the wizard's template creates: DNS Edit and Zone Read, no Zone ID typed.
    const { core, saved } = await withToken('merge.test', CF_ZONE_READ, null);
    expect(saved).toMatchObject({ ok: true });
    const lookups = () => services.cloudflare.requests.filter((r) => r.path === '/zones').length;
    expect(lookups()).toBe(1);
    const planned = await core.call<PublishPlan>('dnsPublishPlan', request('merge.test'));
    expect(planned).toMatchObject({ ok: true });
    const applied = await core.call<Applied>('dnsPublishApply', request('merge.test'));
    expect(applied).toMatchObject({ ok: true, value: { zone: 'merge.test' } });
    expect(lookups()).toBe(1);
    // The id stays in the keychain entry, never in an answer.
    expect(JSON.stringify(core.seen)).not.toContain(services.cloudflare.zoneId('merge.test'));
  });

  it('retries a 429 and a 5xx, and a create answered 500 after it was done is not sent again', async () => {
    const { core } = await withToken('fresh.test');
    // The first test published this zone: a new DKIM key (an update) and a new ownership record (a create).
    const dkim2 = DKIM.replace('QQQQ', 'RRRR');
    services.cloudflare.faults.add({ method: 'GET', path: /dns_records$/, status: 429, retryAfterSeconds: 0 });
    services.cloudflare.faults.add({ method: 'PUT', path: /dns_records\//, status: 502, afterWork: true });
    services.cloudflare.faults.add({ method: 'POST', path: /dns_records$/, status: 500, afterWork: true });
    const applied = await core.call<Applied>('dnsPublishApply', {
      provider: 'cloudflare',
      domain: 'fresh.test',
      mailjet: { ...MAILJET, dkimValue: dkim2, ownershipName: 'mailjet._99aa88bb', ownershipValue: '99aa88bb77cc66dd' },
    });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.applied.map((change) => `${change.action} ${change.purpose}`).sort()).toEqual([
      'create ownership',
      'update dkim',
    ]);
    expect(servedTxt(services, 'mailjet._99aa88bb.fresh.test')).toEqual(['99aa88bb77cc66dd']);
    expect(
      services.cloudflare.records('fresh.test').filter((record) => record.name === 'mailjet._99aa88bb.fresh.test'),
    ).toHaveLength(1);
    expect(servedTxt(services, 'mailjet._domainkey.fresh.test')).toEqual([dkim2]);
    expect(services.cloudflare.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('never lets the token out: not in answers, errors, settings or the log', async () => {
    const { core } = await withToken('fresh.test');
    await core.call('dnsPublishPlan', request('fresh.test'));
    await core.call('dnsPublishStatus', { provider: 'cloudflare' });
    await withToken('fresh.test', CF_OTHER_ZONE).then(({ core: other }) => core.seen.push(...other.seen));
    const everything = JSON.stringify(core.seen) + JSON.stringify(core.deps.settings.read()) + JSON.stringify(core.log);
    for (const token of [CF_TOKEN, CF_OTHER_ZONE]) expect(everything).not.toContain(token);
  });
});

import { describe, expect, it } from 'vitest';
import type { PublishPlan } from '@shared/contract/publish';
import { DKIM, MAILJET, OVH_APP, OVH_NOT_GRANTED, type Services } from './fixtures';
import { publishCore, servedTxt, useServices, writesOf, type Applied } from './harness';

// Publishing through the OVHcloud stand-in, which checks every request's signature with OVHcloud's
// algorithm and serves the changes only after the zone's refresh.

let services: Services;
useServices((started) => (services = started), 'ovh');

async function withKeys(domain: string, keys: typeof OVH_APP = OVH_APP) {
  const core = publishCore(services);
  const saved = await core.call('dnsPublishSaveCredential', { provider: 'ovh', domain, ovh: keys });
  return { core, saved };
}

const request = (domain: string) => ({ provider: 'ovh', domain, mailjet: MAILJET });

describe('OVHcloud: publishing the records', () => {
  it('publishes on a fresh zone with signed requests, refreshes the zone once, and a rerun writes nothing', async () => {
    const { core, saved } = await withKeys('fresh.test');
    expect(saved).toMatchObject({ ok: true, value: { provider: 'ovh', zone: 'fresh.test' } });
    const applied = await core.call<Applied>('dnsPublishApply', request('fresh.test'));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value).toMatchObject({ writes: 4, refreshed: true });
    expect(services.ovh.refreshes('fresh.test')).toBe(1);
    expect(servedTxt(services, 'fresh.test')).toEqual(['v=spf1 include:spf.mailjet.com ~all']);
    expect(servedTxt(services, 'mailjet._domainkey.fresh.test')).toEqual([DKIM]);
    // Every request the stand-in accepted was signed correctly (a bad signature is a 400).
    expect(services.ovh.requests.filter((r) => r.status >= 400)).toEqual([]);

    services.ovh.requests.length = 0;
    const again = await core.call<Applied>('dnsPublishApply', request('fresh.test'));
    expect(again.ok && again.value.changes).toEqual([]);
    expect(writesOf(services.ovh.requests)).toBe(0);
    expect(services.ovh.refreshes('fresh.test')).toBe(1);
  });

  it('merges the existing SPF record in place and leaves the other records alone', async () => {
    const { core } = await withKeys('merge.test');
    const applied = await core.call<Applied>('dnsPublishApply', request('merge.test'));
    expect(applied.ok && applied.value.applied.find((change) => change.purpose === 'spf')).toMatchObject({
      action: 'update',
      previous: 'v=spf1 include:_spf.google.com -all',
    });
    const served = servedTxt(services, 'merge.test');
    expect(served.filter((value) => value.startsWith('v=spf1'))).toEqual([
      'v=spf1 include:_spf.google.com include:spf.mailjet.com -all',
    ]);
    expect(served).toContain('google-site-verification=keep-me');
  });

  it('stops on two SPF records with nothing written and no refresh', async () => {
    const { core } = await withKeys('twospf.test');
    const applied = await core.call('dnsPublishApply', request('twospf.test'));
    expect(applied).toMatchObject({ ok: false, error: { code: 'publish.decision-needed' } });
    expect(writesOf(services.ovh.requests)).toBe(0);
  });

  it('names the missing right when the consumer key may only read the zone', async () => {
    const { core, saved } = await withKeys('merge.test', OVH_NOT_GRANTED);
    expect(saved.ok).toBe(true);
    const applied = await core.call('dnsPublishApply', {
      ...request('merge.test'),
      mailjet: { dkimValue: DKIM.replace('QQQQ', 'TTTT') },
    });
    expect(applied).toMatchObject({ ok: false, error: { code: 'publish.ovh-not-granted' } });
  });

  it('refuses a wrong application secret before storing anything', async () => {
    const { core, saved } = await withKeys('fresh.test', {
      ...OVH_APP,
      applicationSecret: 'wrongSecretWrongSecretWrong1',
    });
    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'publish.token-refused', params: { provider: 'OVHcloud' } },
    });
    expect(await core.deps.keychain.get('ovh')).toBeNull();
  });

  it('retries a 503 on the refresh and a create answered 500 after it was done is not repeated', async () => {
    const { core } = await withKeys('fresh.test');
    services.ovh.faults.add({ method: 'POST', path: /\/record$/, status: 500, afterWork: true });
    services.ovh.faults.add({ method: 'POST', path: /\/refresh$/, status: 503 });
    const applied = await core.call<Applied>('dnsPublishApply', {
      provider: 'ovh',
      domain: 'fresh.test',
      mailjet: { ...MAILJET, ownershipName: 'mailjet._77ee66ff', ownershipValue: '77ee66ff55aa44bb' },
    });
    expect(applied.ok).toBe(true);
    expect(
      services.ovh.records('fresh.test').filter((record) => record.subDomain === 'mailjet._77ee66ff'),
    ).toHaveLength(1);
    expect(servedTxt(services, 'mailjet._77ee66ff.fresh.test')).toEqual(['77ee66ff55aa44bb']);
  });

  it('never lets the keys out', async () => {
    const { core } = await withKeys('fresh.test');
    await core.call<PublishPlan>('dnsPublishPlan', request('fresh.test'));
    const bad = await withKeys('fresh.test', { ...OVH_APP, applicationSecret: 'wrongSecretWrongSecretWrong1' });
    const everything = JSON.stringify([...core.seen, ...bad.core.seen]) + JSON.stringify(core.log);
    for (const secret of [OVH_APP.applicationSecret, OVH_APP.consumerKey, 'wrongSecretWrongSecretWrong1'])
      expect(everything).not.toContain(secret);
  });
});

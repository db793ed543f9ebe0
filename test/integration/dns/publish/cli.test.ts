import { describe, expect, it } from 'vitest';
import { createMemoryKeychain } from '@main/host/keychain';
import { cli } from '@test/support/cli';
import { CF_OTHER_ZONE, CF_TOKEN, CF_ZONE_READ, DKIM, MAILJET, OVH_APP, type Services } from './fixtures';
import { servedTxt, useServices, writesOf } from './harness';

// `mailjet-odoo dns publish` against the stand-ins, with the credentials in the environment as a script
// gives them: exit codes 0 (published or nothing to do), 1 (a decision is needed), 2 (bad input),
// 3 (the service failed), and never a secret in what it prints.

let services: Services;
useServices((started) => (services = started));

const cloudflareEnv = (token = CF_TOKEN) => ({
  CLOUDFLARE_API_URL: services.cloudflare.url,
  CLOUDFLARE_API_TOKEN: token,
});
const mailjetArgs = [
  '--ownership-name',
  MAILJET.ownershipName,
  '--ownership-value',
  MAILJET.ownershipValue,
  '--dkim-value',
  DKIM,
];

describe('mailjet-odoo dns publish', () => {
  it('prints the plan with --dry-run and writes nothing, then publishes, then finds nothing to do', async () => {
    const zoneId = services.cloudflare.zoneId('fresh.test');
    const args = [
      'dns',
      'publish',
      '--domain',
      'fresh.test',
      '--provider',
      'cloudflare',
      '--zone-id',
      zoneId,
      ...mailjetArgs,
    ];
    const dry = await cli([...args, '--dry-run'], { env: cloudflareEnv(), keychain: createMemoryKeychain() });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+ add TXT fresh.test (SPF');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(writesOf(services.cloudflare.requests)).toBe(0);

    const run = await cli(args, { env: cloudflareEnv(), keychain: createMemoryKeychain() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Published 4 changes.');
    expect(servedTxt(services, 'fresh.test')).toEqual(['v=spf1 include:spf.mailjet.com ~all']);

    const again = await cli([...args, '--json', '--lang', 'it'], {
      env: cloudflareEnv(),
      keychain: createMemoryKeychain(),
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ changes: [], writes: 0 });
    for (const output of [dry, run, again]) expect(output.stdout + output.stderr).not.toContain(CF_TOKEN);
  });

  it('exits 1 with the two SPF records shown when the zone needs a decision, and writes nothing', async () => {
    const before = writesOf(services.cloudflare.requests);
    const run = await cli(
      [
        'dns',
        'publish',
        '--domain',
        'twospf.test',
        '--provider',
        'cloudflare',
        '--zone-id',
        services.cloudflare.zoneId('twospf.test'),
        '--lang',
        'it',
      ],
      {
        env: cloudflareEnv(),
        keychain: createMemoryKeychain(),
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('twospf.test ha 2 record SPF');
    expect(run.stdout).toContain('v=spf1 include:spf.protection.outlook.com ~all');
    expect(writesOf(services.cloudflare.requests)).toBe(before);
  });

  it('exits 2 on a provider it does not know and when no credential is given, naming the variables', async () => {
    const unknown = await cli(['dns', 'publish', '--domain', 'fresh.test', '--provider', 'aruba'], {
      keychain: createMemoryKeychain(),
    });
    expect(unknown.code).toBe(2);
    const none = await cli(['dns', 'publish', '--domain', 'fresh.test', '--provider', 'ovh'], {
      env: { OVH_API_URL: services.ovh.url },
      keychain: createMemoryKeychain(),
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('OVH_APPLICATION_KEY');
  });

  it('exits 2 with a clear sentence for a token limited to another zone, without echoing it', async () => {
    const run = await cli(
      [
        'dns',
        'publish',
        '--domain',
        'fresh.test',
        '--provider',
        'cloudflare',
        '--zone-id',
        services.cloudflare.zoneId('fresh.test'),
      ],
      {
        env: cloudflareEnv(CF_OTHER_ZONE),
        keychain: createMemoryKeychain(),
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cloudflare does not let this key read or change the DNS of this domain.');
    expect(run.stdout + run.stderr).not.toContain(CF_OTHER_ZONE);
  });

  it('needs no Zone ID when the token may read the zone, and says how to give one when it may not', async () => {
    const args = ['dns', 'publish', '--domain', 'merge.test', '--provider', 'cloudflare', '--dry-run'];
    const found = await cli(args, { env: cloudflareEnv(CF_ZONE_READ), keychain: createMemoryKeychain() });
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('Dry run: nothing was written.');

    const narrow = await cli(args, { env: cloudflareEnv(CF_TOKEN), keychain: createMemoryKeychain() });
    expect(narrow.code).toBe(2);
    expect(narrow.stderr).toContain('it has no Zone ▸ Zone ▸ Read permission');
    expect(narrow.stderr).toContain('--zone-id or CLOUDFLARE_ZONE_ID');
    expect(narrow.stderr).not.toContain('field');
    for (const output of [found, narrow]) expect(output.stdout + output.stderr).not.toMatch(/cfToken/);
  });

  it('exits 3 when the provider keeps failing', async () => {
    services.ovh.faults.add({ method: 'GET', path: /\/record$/, status: 503, times: 10 });
    const run = await cli(['dns', 'publish', '--domain', 'merge.test', '--provider', 'ovh'], {
      env: {
        OVH_API_URL: services.ovh.url,
        OVH_APPLICATION_KEY: OVH_APP.applicationKey,
        OVH_APPLICATION_SECRET: OVH_APP.applicationSecret,
        OVH_CONSUMER_KEY: OVH_APP.consumerKey,
      },
      keychain: createMemoryKeychain(),
    });
    services.ovh.faults.clear();
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).not.toContain(OVH_APP.applicationSecret);
    expect(run.stdout + run.stderr).not.toContain(OVH_APP.consumerKey);
  });
});

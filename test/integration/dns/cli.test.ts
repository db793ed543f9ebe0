import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { DKIM, OWNERSHIP, startServers, type Servers } from './fixtures';

// mailjet-odoo dns records | check | providers, run in-process with captured output.

let servers: Servers;

beforeAll(async () => {
  servers = await startServers();
});

afterAll(async () => {
  await servers.stop();
});

describe('mailjet-odoo dns records', () => {
  it('prints the JSON array of records, and touches no settings while offline', async () => {
    const home = mkdtempSync(join(tmpdir(), 'dns-cli-'));
    const run = await cli(['dns', 'records', '--domain', 'info@Example.it', '--odoo-online', '--format', 'json'], {
      home,
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        purpose: 'spf',
        type: 'TXT',
        name: 'example.it',
        value: 'v=spf1 include:_spf.odoo.com include:spf.mailjet.com ~all',
      },
      { purpose: 'odoo-dkim', type: 'CNAME', name: 'odoo._domainkey.example.it', value: 'odoo._domainkey.odoo.com' },
      { purpose: 'dmarc', type: 'TXT', name: '_dmarc.example.it', value: 'v=DMARC1; p=none' },
    ]);
    expect(readdirSync(home)).toEqual([]);
  });

  it('takes --json as --format json, and the Mailjet values as options', async () => {
    const run = await cli([
      'dns',
      'records',
      '--domain',
      'example.it',
      '--ownership-name',
      OWNERSHIP.ownershipName,
      '--ownership-value',
      OWNERSHIP.ownershipValue,
      '--dkim-value',
      DKIM,
      '--json',
    ]);
    const records = JSON.parse(run.stdout) as Array<{ purpose: string; name: string; value: string }>;
    expect(records.map((record) => record.purpose)).toEqual(['ownership', 'spf', 'dkim', 'dmarc']);
    expect(records[0]).toMatchObject({ name: 'mailjet._1a2b3c4d.example.it', value: OWNERSHIP.ownershipValue });
    expect(records[2]!.value).toBe(DKIM);
  });

  it("merges the existing SPF and writes the provider's form in the user's language", async () => {
    const run = await cli([
      'dns',
      'records',
      '--domain',
      'example.it',
      '--existing-spf',
      '"v=spf1 include:_spf.google.com -all"',
      '--provider',
      'ovhcloud',
      '--lang',
      'it',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Scritti per: OVHcloud');
    expect(run.stdout).toContain('v=spf1 include:_spf.google.com include:spf.mailjet.com -all');
    expect(run.stdout).toContain('Modifica il record SPF che hai già');
  });

  it('writes a zone fragment, a CSV and a printable sheet', async () => {
    expect((await cli(['dns', 'records', '--domain', 'example.it', '--format', 'zone'])).stdout).toContain(
      '_dmarc.example.it. 3600 IN TXT "v=DMARC1; p=none"',
    );
    expect((await cli(['dns', 'records', '--domain', 'example.it', '--format', 'csv'])).stdout).toContain(
      'spf,TXT,example.it,v=spf1 include:spf.mailjet.com ~all,3600,add',
    );
    expect(
      (await cli(['dns', 'records', '--domain', 'example.it', '--format', 'html', '--lang', 'it'])).stdout,
    ).toContain('Come verificare che funziona');
  });

  it('exits 2 with a clear message and a next step for bad input, in English and Italian', async () => {
    const en = await cli(['dns', 'records', '--domain', 'not a domain']);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toBe(
      'Error: “not a domain” is not a domain name.\nWhat to do: Type the domain your addresses use, e.g. example.com (an address such as info@example.com or a web link works too).\n',
    );
    const it_ = await cli([
      'dns',
      'records',
      '--domain',
      'example.it',
      '--existing-spf',
      'v=spf1 a ~all\nv=spf1 mx ~all',
      '--lang',
      'it',
    ]);
    expect(it_.code).toBe(2);
    expect(it_.stderr).toContain('contiene 2 record SPF');
    expect((await cli(['dns', 'records', '--domain', 'example.it', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['dns', 'records', '--domain', 'example.it', '--provider', 'nowhere'])).stderr).toContain(
      'mailjet-odoo dns providers',
    );
    expect((await cli(['dns', 'records'])).stderr).toContain('--domain');
  });

  it('reads the published SPF with --lookup', async () => {
    const run = await cli([
      'dns',
      'records',
      '--domain',
      'broken.it',
      '--lookup',
      '--resolver',
      servers.main.address,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].value).toBe('v=spf1 include:_spf.google.com include:spf.mailjet.com ~all');
  });
});

describe('mailjet-odoo dns check', () => {
  it('prints {domain, ok, records} and exits 0 when everything is published', async () => {
    const run = await cli([
      'dns',
      'check',
      '--domain',
      'allgood.it',
      '--resolver',
      servers.main.address,
      '--dkim-value',
      DKIM,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ domain: 'allgood.it', ok: true });
    expect(
      report.records.map((record: { purpose: string; status: string }) => [record.purpose, record.status]),
    ).toEqual([
      ['spf', 'ok'],
      ['dkim', 'ok'],
      ['dmarc', 'ok'],
    ]);
    expect(Object.keys(report.records[0])).toEqual(['purpose', 'type', 'name', 'status', 'found', 'expected', 'hint']);
  });

  it('exits 1 and says what to fix when something is wrong', async () => {
    const run = await cli([
      'dns',
      'check',
      '--domain',
      'broken.it',
      '--resolver',
      servers.main.address,
      '--dkim-value',
      DKIM,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ Mailjet DKIM key — Domain typed twice');
    expect(run.stdout).toContain('In the host field type just mailjet._domainkey.');
    expect(run.stdout).toContain('expected: v=spf1 include:_spf.google.com include:spf.mailjet.com ~all');
  });

  it('gives the hint as a sentence in the JSON, in the chosen language', async () => {
    const run = await cli([
      'dns',
      'check',
      '--domain',
      'broken.it',
      '--resolver',
      servers.main.address,
      '--json',
      '--lang',
      'it',
    ]);
    const dkim = JSON.parse(run.stdout).records.find((record: { purpose: string }) => record.purpose === 'dkim');
    expect(dkim).toMatchObject({
      status: 'doubled-domain',
      hint: expect.stringContaining('Nel campo host scrivi solo mailjet._domainkey'),
    });
  });

  it('exits 3 when DNS cannot be asked', async () => {
    const run = await cli(['dns', 'check', '--domain', 'example.org', '--resolver', servers.main.address]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('refused to answer');
  });

  it('exits 2 for a resolver that is not an address', async () => {
    expect((await cli(['dns', 'check', '--domain', 'example.it', '--resolver', 'dns.google'])).code).toBe(2);
  });

  it("asks the nameservers it finds, through the environment's recursive server", async () => {
    const env = {
      MAILJET_ODOO_DNS_BOOTSTRAP: servers.main.address,
      MAILJET_ODOO_DNS_NS_PORT: String(servers.main.port),
    };
    const run = await cli(['dns', 'check', '--domain', 'moving.it', '--dkim-value', DKIM], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Asked the domain's own nameservers: ns1.moving.it");
    expect(run.stdout).toContain('Not yet on every nameserver');
  });
});

describe('mailjet-odoo dns providers', () => {
  it('lists the providers, and explains each command with --help', async () => {
    const list = JSON.parse((await cli(['dns', 'providers', '--json'])).stdout) as Array<{ id: string }>;
    expect(list.map((provider) => provider.id)).toContain('aruba');
    expect(list).toHaveLength(12);
    const help = await cli(['dns', 'records', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--existing-spf <value>');
    const main = (await cli(['--help'])).stdout;
    for (const line of ['dns records', 'dns check', 'dns providers'])
      expect(main).toMatch(new RegExp(`${line} +[a-z]`));
    expect(main).not.toContain('cli.commands.dns');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPublication, type CheckOptions, type CheckReport } from '@main/core/dns/check';
import { AppError } from '@shared/errors';
import { DKIM, MAILJET_VALUES, OTHER_DKIM, OWNERSHIP, startServers, type Servers } from './fixtures';

// The publication check against real DNS servers on loopback: every status, the dead nameserver,
// nameservers out of step, the fallback, and the failures that stop a check altogether.

let servers: Servers;
const fast = { timeoutMs: 250, tries: 1 };
let viaResolver: CheckOptions;
let viaNameservers: CheckOptions;

beforeAll(async () => {
  servers = await startServers();
  viaResolver = { resolver: servers.main.address, ...fast };
  viaNameservers = { bootstrap: [servers.main.address], nameserverPort: servers.main.port, ...fast };
});

afterAll(async () => {
  await servers.stop();
});

const byPurpose = (report: CheckReport) => Object.fromEntries(report.records.map((record) => [record.purpose, record]));

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('checkPublication against a named server', () => {
  it('finds every record of a correct domain, a two-string DKIM key and a stricter DMARC included', async () => {
    const report = await checkPublication(
      { domain: 'allgood.it', mailjet: MAILJET_VALUES, odooOnline: true, dmarcRua: 'dmarc@allgood.it' },
      viaResolver,
    );
    expect(report.records.map((record) => [record.purpose, record.status])).toEqual([
      ['ownership', 'ok'],
      ['spf', 'ok'],
      ['dkim', 'ok'],
      ['odoo-dkim', 'ok'],
      ['dmarc', 'ok'],
    ]);
    expect(report).toMatchObject({
      ok: true,
      source: 'resolver',
      servers: [{ address: servers.main.address, answered: true }],
    });
    expect(byPurpose(report).dkim!.found).toEqual([DKIM]);
  });

  it('names each mistake on a broken domain: mismatch, doubled domain, wrong type, multiple, missing', async () => {
    const report = await checkPublication(
      {
        domain: 'broken.it',
        mailjet: { ...OWNERSHIP, ownershipName: 'mailjet._1a2b3c4d.broken.it.', dkimValue: DKIM },
        odooOnline: true,
      },
      viaResolver,
    );
    const records = byPurpose(report);
    expect(report.ok).toBe(false);
    expect(records.ownership).toMatchObject({ status: 'missing', lookup: 'nxdomain' });
    expect(records.spf).toMatchObject({
      status: 'mismatch',
      found: ['v=spf1 include:_spf.google.com ~all'],
      expected: 'v=spf1 include:_spf.google.com include:_spf.odoo.com include:spf.mailjet.com ~all',
    });
    expect(records.dkim).toMatchObject({
      status: 'doubled-domain',
      foundAt: 'mailjet._domainkey.broken.it.broken.it',
      hint: { params: { host: 'mailjet._domainkey' } },
    });
    expect(records['odoo-dkim']).toMatchObject({ status: 'wrong-type', hint: { code: 'txt-instead-of-cname' } });
    expect(records.dmarc).toMatchObject({ status: 'multiple', found: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] });
  });

  it('reports two SPF records, another DKIM key, an include after all, a cut key, a CNAME and quotes', async () => {
    const two = byPurpose(await checkPublication({ domain: 'twospf.it', mailjet: { dkimValue: DKIM } }, viaResolver));
    expect(two.spf!.status).toBe('multiple');
    expect(two.dkim).toMatchObject({ status: 'mismatch', found: [OTHER_DKIM], hint: { code: 'dkim-other-key' } });

    const late = byPurpose(
      await checkPublication({ domain: 'afterall.it', mailjet: { dkimValue: DKIM } }, viaResolver),
    );
    expect(late.spf).toMatchObject({ status: 'include-after-all', expected: 'v=spf1 include:spf.mailjet.com ~all' });
    expect(late.dkim).toMatchObject({ status: 'truncated', hint: { code: 'value-truncated' } });

    const aliased = byPurpose(
      await checkPublication({ domain: 'cnamed.it', mailjet: { dkimValue: DKIM } }, viaResolver),
    );
    expect(aliased.dkim).toMatchObject({
      status: 'wrong-type',
      hint: { code: 'cname-instead-of-txt', params: { target: 'keys.elsewhere.example' } },
    });
    expect(aliased.spf).toMatchObject({ status: 'mismatch', hint: { code: 'quotes-stored' } });
  });

  it('reads the published text as UTF-8 and names typographic quotes as such', async () => {
    const curly = byPurpose(await checkPublication({ domain: 'curly.it' }, viaResolver));
    expect(curly.spf).toMatchObject({
      status: 'mismatch',
      found: ['\u201Cv=spf1 include:spf.mailjet.com ~all\u201D'],
      hint: { code: 'typographic-quotes' },
    });
    expect(curly.dmarc!.found).toEqual(['v=DMARC1; p=none; rua=mailto:pec@posta-città.it']);
  });

  it('counts SPF lookups through the includes and flags more than 10', async () => {
    const report = byPurpose(await checkPublication({ domain: 'lookups.it' }, viaResolver));
    expect(report.spf).toMatchObject({
      status: 'too-many-lookups',
      hint: { code: 'spf-too-many-lookups', params: { count: 12, limit: 10 } },
    });
  });

  it('tells a SERVFAIL on one name apart from the records that answered', async () => {
    const report = byPurpose(await checkPublication({ domain: 'partial.it' }, viaResolver));
    expect(report.spf!.status).toBe('ok');
    expect(report.dmarc).toMatchObject({
      status: 'lookup-failed',
      lookup: 'servfail',
      hint: { code: 'lookup-servfail' },
    });
  });

  it("checks a DKIM key without Mailjet's value by its completeness", async () => {
    expect(byPurpose(await checkPublication({ domain: 'allgood.it' }, viaResolver)).dkim).toMatchObject({
      status: 'ok',
      expected: null,
    });
    expect(byPurpose(await checkPublication({ domain: 'afterall.it' }, viaResolver)).dkim).toMatchObject({
      status: 'truncated',
      hint: { code: 'dkim-key-cut' },
    });
  });

  it('stops with the reason when DNS cannot be asked at all', async () => {
    expect((await failure(checkPublication({ domain: 'nowhere.it' }, viaResolver))).code).toBe('dns.domain-not-found');
    expect((await failure(checkPublication({ domain: 'example.org' }, viaResolver))).code).toBe('dns.refused');
    expect(
      (await failure(checkPublication({ domain: 'allgood.it' }, { resolver: servers.dead.address, ...fast }))).code,
    ).toBe('dns.timeout');
    expect((await failure(checkPublication({ domain: 'not a domain' }, viaResolver))).code).toBe('dns.invalid-domain');
  });
});

describe("checkPublication through the domain's own nameservers", () => {
  it('finds the nameservers, asks them directly and gets the same verdicts', async () => {
    const report = await checkPublication({ domain: 'moving.it', mailjet: MAILJET_VALUES }, { ...viaNameservers });
    expect(report.source).toBe('authoritative');
    expect(report.servers.map((server) => server.name)).toEqual(['ns1.moving.it', 'ns3.moving.it']);
    expect(byPurpose(report).ownership!.status).toBe('ok');
  });

  it('reports a record only some nameservers have as propagating, naming the late one', async () => {
    const report = byPurpose(await checkPublication({ domain: 'moving.it', mailjet: MAILJET_VALUES }, viaNameservers));
    expect(report.dkim).toMatchObject({
      status: 'propagating',
      hint: { code: 'propagating', params: { servers: 'ns3.moving.it' } },
    });
  });

  it('finishes despite a dead nameserver, waits for it once, and says it did not answer', async () => {
    const report = await checkPublication(
      { domain: 'deleg.it', mailjet: MAILJET_VALUES, odooOnline: true },
      viaNameservers,
    );
    expect(report.ok).toBe(true);
    expect(report.servers).toEqual([
      { name: 'ns1.deleg.it', address: servers.main.address, answered: true },
      { name: 'ns2.deleg.it', address: `127.0.0.2:${servers.main.port}`, answered: false, failure: 'timeout' },
    ]);
  });

  it('falls back to the recursive server when no nameserver answers, and says so', async () => {
    const report = await checkPublication({ domain: 'lame.it', mailjet: MAILJET_VALUES }, viaNameservers);
    expect(report).toMatchObject({ source: 'system', ok: true });
  });

  it('reports progress and can be cancelled while it waits', async () => {
    const events: Array<{ key: string; done?: number | undefined; total?: number | undefined }> = [];
    const finished = await checkPublication(
      { domain: 'allgood.it' },
      { ...viaResolver, progress: (key, _params, done, total) => events.push({ key, done, total }) },
    );
    expect(finished.ok).toBe(true);
    const records = events.filter((event) => event.key === 'dns.progress.records');
    expect(records.at(-1)).toEqual({ key: 'dns.progress.records', done: records.length, total: records.length });

    servers.main.setFault('_dmarc.allgood.it', { mode: 'slow', delayMs: 5_000 });
    const controller = new AbortController();
    try {
      const running = checkPublication(
        { domain: 'allgood.it' },
        { ...viaResolver, timeoutMs: 10_000, signal: controller.signal },
      );
      setTimeout(() => controller.abort(), 50);
      expect((await failure(running)).code).toBe('app.cancelled');
    } finally {
      servers.main.setFault('_dmarc.allgood.it', null);
    }
  });

  it('asks every record in one parallel wave, far fewer questions than records times retries', async () => {
    servers.main.resetQueries();
    const report = await checkPublication(
      { domain: 'allgood.it', mailjet: MAILJET_VALUES, odooOnline: true },
      viaResolver,
    );
    // NS + 5 records + the includes of the SPF record: nothing asked twice.
    expect(report.queries).toBe(servers.main.queries);
    expect(report.queries).toBe(1 + 5 + 2);
  });
});

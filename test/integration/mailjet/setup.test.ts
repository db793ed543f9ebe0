import { afterEach, describe, expect, it } from 'vitest';
import { failureOf, type Harness, startHarness } from './harness';

// The Mailjet setup end to end against the stand-in: what a user sees on the first run, after
// publishing the records, on reruns, and when things go wrong halfway.

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const setup = (input: Parameters<Harness['handlers']['mailjetSetup']>[0], signal?: AbortSignal) =>
  h.handlers.mailjetSetup(input, h.context(signal));
const writes = () =>
  h.standIn.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/validate') && !r.path.endsWith('/check'));
const senderEmails = () =>
  h.standIn.control
    .account()
    .senders.map((s) => s.Email)
    .sort();
const saved = () => h.deps.settings.read().mailjet?.domains?.find((d) => d.domain === 'example.it');

const FOUR = ['*@example.it', 'bounce@example.it', 'catchall@example.it', 'notifications@example.it'];
const DOMAIN_ONLY = ['*@example.it'];
/** The activation e-mails Mailjet sent, to whom: one goes out each time an address is created. */
const emailed = () =>
  h.standIn.control
    .account()
    .outbox.map((mail) => mail.to)
    .sort();

describe('first run', () => {
  it('adds only the domain on the whole-domain path, so no address gets an activation e-mail, and hands over the records', async () => {
    h = await startHarness();
    const report = await setup({ domain: 'Example.IT' });
    // Creating an address is what makes Mailjet e-mail it (review M4): the addresses wait for the domain.
    expect(senderEmails()).toEqual(DOMAIN_ONLY);
    expect(emailed()).toEqual([]);
    expect(report.senders.map((s) => [s.role, s.status, s.waitingFor, s.action])).toEqual([
      ['domain', 'inactive', 'dns-record', 'created'],
      ['notifications', 'missing', 'domain', 'none'],
      ['bounce', 'missing', 'domain', 'none'],
      ['catchall', 'missing', 'domain', 'none'],
    ]);
    const dns = h.standIn.control.account().findDns('example.it')!;
    expect(report.dns).toEqual({
      ownershipName: dns.OwnerShipTokenRecordName,
      ownershipValue: dns.OwnerShipToken,
      dkimName: dns.DKIMRecordName,
      dkimValue: dns.DKIMRecordValue,
      spfValue: dns.SPFRecordValue,
    });
    expect(report).toMatchObject({
      domainValidated: false,
      complete: false,
      spf: { status: 'error' },
      dkim: { status: 'error', errors: ['no DKIM record'] },
    });
    expect(report.senders[0]!.validationError).toMatch(/TXT record/);
    expect(h.standIn.control.account().senders.every((s) => s.EmailType === 'transactional')).toBe(true);
    expect(saved()?.senders.notifications).toBeUndefined();
    expect(saved()?.addresses).toEqual({
      notifications: 'notifications@example.it',
      bounce: 'bounce@example.it',
      catchall: 'catchall@example.it',
    });
  });

  it('on the per-address path adds each address, and its creation is its one activation e-mail', async () => {
    h = await startHarness();
    const report = await setup({ domain: 'example.it', activationEmails: 'send' });
    expect(senderEmails()).toEqual(FOUR);
    expect(emailed()).toEqual(['bounce@example.it', 'catchall@example.it', 'notifications@example.it']);
    // No validate call on a sender just created: that would be a second e-mail.
    expect(h.standIn.requests.filter((r) => r.path.endsWith('/validate'))).toHaveLength(1);
    expect(
      report.senders.filter((s) => s.waitingFor === 'activation-email' && s.activationRequestedAt).map((s) => s.role),
    ).toEqual(['notifications', 'bounce', 'catchall']);
    expect(saved()?.senders.notifications).toMatchObject({
      email: 'notifications@example.it',
      status: 'inactive',
      activationRequestedAt: expect.any(String),
    });
  });

  it('checks the input before it asks the keychain or Mailjet anything', async () => {
    h = await startHarness();
    expect(await failureOf(setup({ domain: 'not a domain' }))).toMatchObject({ code: 'dns.invalid-domain' });
    expect(
      await failureOf(setup({ domain: 'example.it', addresses: { bounce: 'bounce?x@example.it' } })),
    ).toMatchObject({
      code: 'mailjet.bad-address',
      params: { role: 'bounce' },
    });
    expect(h.standIn.requests).toEqual([]);
  });

  it('tells which key is missing', async () => {
    h = await startHarness({ storeKeys: false });
    expect(await failureOf(setup({ domain: 'example.it' }))).toMatchObject({ code: 'mailjet.no-api-key' });
    h.deps.settings.patch({ mailjet: { apiKey: h.account.apiKey } });
    expect(await failureOf(setup({ domain: 'example.it' }))).toMatchObject({ code: 'mailjet.no-secret-key' });
  });
});

describe('after the records are published', () => {
  it('validates the domain, which covers the addresses without adding or e-mailing them, and completes', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it' });
    h.standIn.control.publishDns('example.it');
    h.standIn.control.resetRequests();
    const report = await setup({ domain: 'example.it' });
    expect(report.senders.map((s) => [s.role, s.status, s.waitingFor])).toEqual([
      ['domain', 'active', 'none'],
      ['notifications', 'covered', 'none'],
      ['bounce', 'covered', 'none'],
      ['catchall', 'covered', 'none'],
    ]);
    expect(report).toMatchObject({
      domainValidated: true,
      complete: true,
      spf: { status: 'ok' },
      dkim: { status: 'ok' },
    });
    expect(senderEmails()).toEqual(DOMAIN_ONLY);
    expect(emailed()).toEqual([]);
    // The addresses were read again, not validated one by one into "already active" refusals.
    expect(h.standIn.requests.filter((r) => r.status === 400)).toEqual([]);
  });

  it('lets Mailjet switch on the addresses added earlier one by one', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it', activationEmails: 'send' });
    h.standIn.control.publishDns('example.it');
    h.standIn.control.resetRequests();
    const report = await setup({ domain: 'example.it' });
    expect(report.senders.every((s) => s.status === 'active' && s.waitingFor === 'none' && s.action === 'found')).toBe(
      true,
    );
    expect(report.complete).toBe(true);
    // The addresses were read again, not validated one by one into "already active" refusals.
    expect(h.standIn.requests.filter((r) => r.status === 400)).toEqual([]);
  });

  it('validates, through the domain, an address Mailjet does not switch on by itself', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it', activationEmails: 'send' });
    h.standIn.control.deleteSender('notifications@example.it');
    h.standIn.control.publishDns('example.it');
    const report = await setup({ domain: 'example.it' });
    expect(report.senders.find((s) => s.role === 'notifications')).toMatchObject({
      action: 'found-deleted',
      status: 'active',
    });
    expect(senderEmails()).toEqual(FOUR);
    expect(report.complete).toBe(true);
  });
});

describe('reruns', () => {
  it('leave one set of senders after three runs, and the third only reads', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it' });
    h.standIn.control.publishDns('example.it');
    await setup({ domain: 'example.it' });
    h.standIn.control.resetRequests();
    const third = await setup({ domain: 'example.it' });
    expect(senderEmails()).toEqual(DOMAIN_ONLY);
    expect(h.standIn.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(third.requestCount).toBe(2);
    expect(third.complete).toBe(true);
  });

  it('reuse a sender deleted in Mailjet instead of failing on "already exists"', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it', activationEmails: 'send' });
    h.standIn.control.deleteSender('bounce@example.it');
    const report = await setup({ domain: 'example.it' });
    expect(report.senders.find((s) => s.role === 'bounce')).toMatchObject({
      action: 'found-deleted',
      status: 'deleted',
    });
    expect(senderEmails()).toEqual(FOUR);
  });

  it('change the e-mail type of existing senders only when asked to', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it', activationEmails: 'send' });
    h.standIn.control.resetRequests();
    expect((await setup({ domain: 'example.it', emailType: 'bulk' })).emailType).toBe('bulk');
    expect(writes().map((r) => r.method)).toEqual(['PUT', 'PUT', 'PUT', 'PUT']);
    expect(h.standIn.control.account().senders.every((s) => s.EmailType === 'bulk')).toBe(true);
    h.standIn.control.resetRequests();
    expect((await setup({ domain: 'example.it' })).emailType).toBe('bulk');
    expect(writes()).toEqual([]);
  });

  it('send activation e-mails only when asked, one per address, never twice unless asked to resend', async () => {
    h = await startHarness();
    const validations = () => h.standIn.requests.filter((r) => r.path.endsWith('/validate')).length;
    await setup({ domain: 'example.it' });
    expect(validations()).toBe(1);
    expect(emailed()).toEqual([]);
    h.standIn.control.resetRequests();
    const sent = await setup({ domain: 'example.it', activationEmails: 'send' });
    // Adding the addresses sent their e-mails; the domain alone was validated.
    expect(validations()).toBe(1);
    expect(emailed()).toHaveLength(3);
    expect(sent.senders.filter((s) => s.waitingFor === 'activation-email').map((s) => s.role)).toEqual([
      'notifications',
      'bounce',
      'catchall',
    ]);
    h.standIn.control.resetRequests();
    await setup({ domain: 'example.it', activationEmails: 'send' });
    expect(validations()).toBe(1);
    expect(emailed()).toHaveLength(3);
    h.standIn.control.resetRequests();
    await setup({ domain: 'example.it', activationEmails: 'resend' });
    expect(validations()).toBe(4);
    expect(emailed()).toHaveLength(6);
    h.standIn.control.clickActivation('notifications@example.it');
    const after = await setup({ domain: 'example.it' });
    expect(after.senders.find((s) => s.role === 'notifications')).toMatchObject({
      status: 'active',
      waitingFor: 'none',
    });
  });

  it('use the addresses Odoo gave, on whatever domain they are', async () => {
    h = await startHarness();
    const report = await setup({
      domain: 'example.it',
      addresses: { catchall: 'catchall@mail.example.com', notifications: 'Odoo@Example.it' },
    });
    expect(report.senders.map((s) => s.email)).toEqual([
      '*@example.it',
      'odoo@example.it',
      'bounce@example.it',
      'catchall@mail.example.com',
    ]);
    expect(
      h.standIn.requests.filter((r) => r.method === 'GET' && r.path === '/v3/REST/sender').map((r) => r.query),
    ).toEqual([
      '?Domain=example.it&ShowDeleted=true&Limit=1000',
      '?Domain=mail.example.com&ShowDeleted=true&Limit=1000',
    ]);
  });

  it('add an address on another domain, which *@domain cannot cover, only once the domain is active: its one e-mail', async () => {
    h = await startHarness();
    const addresses = { catchall: 'catchall@mail.example.com' };
    const first = await setup({ domain: 'example.it', addresses });
    expect(first.senders.find((s) => s.role === 'catchall')).toMatchObject({ status: 'missing', waitingFor: 'setup' });
    expect(emailed()).toEqual([]);
    h.standIn.control.publishDns('example.it');
    const report = await setup({ domain: 'example.it', addresses });
    const catchall = report.senders.find((s) => s.role === 'catchall')!;
    expect(catchall).toMatchObject({ status: 'inactive', waitingFor: 'activation-email', action: 'created' });
    expect(emailed()).toEqual(['catchall@mail.example.com']);
    expect(senderEmails()).toEqual(['*@example.it', 'catchall@mail.example.com']);
    await setup({ domain: 'example.it', addresses, activationEmails: 'send' });
    expect(h.standIn.requests.some((r) => r.path === `/v3/REST/sender/${catchall.id}/validate`)).toBe(false);
    await setup({ domain: 'example.it', addresses, activationEmails: 'resend' });
    expect(h.standIn.requests.filter((r) => r.path === `/v3/REST/sender/${catchall.id}/validate`)).toHaveLength(1);
  });

  it('do not start a DNS check while Mailjet is running one', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it' });
    h.standIn.control.setCheckInProgress('example.it', true);
    h.standIn.control.resetRequests();
    const report = await setup({ domain: 'example.it' });
    expect(report.checkInProgress).toBe(true);
    expect(h.standIn.requests.some((r) => r.path.endsWith('/check'))).toBe(false);
  });

  it('forget what was done with another API key: senders belong to one key', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it' });
    const other = { apiKey: 'otherkey1234567890', secretKey: 'other-secret-0987654321' };
    h.deps.settings.patch({ mailjet: { apiKey: other.apiKey } });
    expect(await failureOf(setup({ domain: 'example.it' }))).toMatchObject({ code: 'mailjet.auth' });
    expect(saved()?.apiKey).toBe(h.account.apiKey);
  });
});

describe('interrupted runs', () => {
  it('survive a connection reset after Mailjet created a sender: the retry finds it', async () => {
    h = await startHarness();
    h.standIn.control.fail({ method: 'POST', path: '/v3/REST/sender', fault: { kind: 'drop-after' }, times: 2 });
    const report = await setup({ domain: 'example.it', activationEmails: 'send' });
    expect(senderEmails()).toEqual(FOUR);
    expect(emailed()).toHaveLength(3);
    expect(report.senders.every((s) => s.id !== undefined)).toBe(true);
  });

  it('resume after the connection kept dropping mid-setup, without duplicates', async () => {
    h = await startHarness({ tuning: { retry: { attempts: 2, baseDelayMs: 1 } } });
    h.standIn.control.fail({ method: 'POST', path: /\/validate$/, fault: { kind: 'drop' }, times: 100 });
    h.standIn.control.fail({ method: 'POST', path: '/v3/REST/sender', fault: { kind: 'drop-after' }, times: 100 });
    expect(await failureOf(setup({ domain: 'example.it', activationEmails: 'send' }))).toMatchObject({
      code: 'mailjet.unreachable',
    });
    expect(senderEmails()).toEqual(FOUR);
    h.standIn.control.clearFaults();
    h.standIn.control.publishDns('example.it');
    const report = await setup({ domain: 'example.it', activationEmails: 'send' });
    expect(report.complete).toBe(true);
    expect(senderEmails()).toEqual(FOUR);
  });

  it('keep going through 429s and 500s with Retry-After honoured', async () => {
    h = await startHarness();
    h.standIn.control.fail({ nth: 1, fault: { kind: 'status', status: 429, retryAfter: 0 } });
    h.standIn.control.fail({ method: 'POST', fault: { kind: 'status', status: 500 }, times: 2 });
    h.standIn.control.fail({ path: '/v3/REST/dns', fault: { kind: 'status', status: 503 } });
    const report = await setup({ domain: 'example.it', activationEmails: 'send' });
    expect(senderEmails()).toEqual(FOUR);
    expect(report.dns.dkimName).toBe('mailjet._domainkey.example.it');
  });

  it('stop when cancelled, keep what was done, and a rerun finishes the job', async () => {
    h = await startHarness({ standIn: { latencyMs: 80 } });
    const controller = new AbortController();
    const run = failureOf(setup({ domain: 'example.it' }, controller.signal));
    while (!h.standIn.requests.some((r) => r.method === 'POST')) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await run).toMatchObject({ code: 'app.cancelled' });
    expect(h.progress.map((p) => p.key)).not.toContain('mailjet.progress.validating-domain');
    h.standIn.control.setLatency(0);
    await setup({ domain: 'example.it' });
    h.standIn.control.publishDns('example.it');
    const report = await setup({ domain: 'example.it' });
    expect(report.complete).toBe(true);
    expect(senderEmails()).toEqual(DOMAIN_ONLY);
  });
});

describe('progress', () => {
  it('reports each phase in order, with done and total', async () => {
    h = await startHarness();
    await setup({ domain: 'example.it' });
    expect(h.progress.map((p) => [p.key, p.done, p.total])).toEqual([
      ['mailjet.progress.reading', 0, 4],
      ['mailjet.progress.creating', 1, 4],
      ['mailjet.progress.validating-domain', 2, 4],
      ['mailjet.progress.checking', 3, 4],
      ['mailjet.progress.done', 4, 4],
    ]);
    expect(h.progress.every((p) => p.params?.domain === 'example.it')).toBe(true);
  });
});

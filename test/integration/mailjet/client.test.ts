import Mailjet from 'node-mailjet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MailjetClient, type MailjetClientTuning } from '@main/core/mailjet/client';
import { resolveMailjetEndpoint } from '@main/core/mailjet/endpoint';
import { MailjetResources } from '@main/core/mailjet/resources';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { failureOf, newAccount } from './harness';

// Every call the app makes, and every way it can fail, against the stand-in through node-mailjet.

let standIn: MailjetStandIn;
const account = newAccount();
const signal = () => AbortSignal.timeout(10_000);

/** Records what the client asked to wait instead of waiting. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

function resources(tuning: MailjetClientTuning = {}, pair = account) {
  const client = new MailjetClient({
    endpoint: resolveMailjetEndpoint(standIn.url),
    ...pair,
    timeoutMs: 1500,
    ...tuning,
  });
  return { client, api: new MailjetResources(client) };
}

beforeEach(async () => {
  standIn = await startMailjetStandIn({ accounts: [account] });
});
afterEach(async () => {
  await standIn.stop();
});

describe('the calls', () => {
  it('checks the key with one small read that counts every sender, never reading /apikey', async () => {
    const { api } = resources();
    for (const email of ['a@example.it', 'b@example.it', '*@example.it'])
      await api.createSender(email, 'transactional', signal());
    expect(await api.countSenders(signal())).toBe(3);
    expect(standIn.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v3/REST/sender', query: '?countOnly=1' });
    expect(standIn.requests.some((r) => r.path.includes('apikey'))).toBe(false);
  });

  it('lists a domain with deleted senders included, and finds one by address or ID', async () => {
    const { api } = resources();
    const created = await api.createSender('bounce@example.it', 'bulk', signal());
    if (!created.created) throw new Error('not created');
    standIn.control.deleteSender('bounce@example.it');
    expect((await api.listDomainSenders('example.it', signal())).map((s) => [s.email, s.status])).toEqual([
      ['bounce@example.it', 'deleted'],
    ]);
    expect(await api.findSender('bounce@example.it', signal())).toMatchObject({
      id: created.sender.id,
      status: 'deleted',
    });
    expect(await api.findSender(created.sender.id, signal())).toMatchObject({ email: 'bounce@example.it' });
    expect(await api.findSender('nobody@example.it', signal())).toBeNull();
  });

  it('reports "already exists" as not created, without an error', async () => {
    const { api } = resources();
    await api.createSender('a@example.it', 'transactional', signal());
    expect(await api.createSender('a@example.it', 'transactional', signal())).toEqual({ created: false });
  });

  it('reads a 304 on PUT as "unchanged" although node-mailjet rejects it', async () => {
    const { api } = resources();
    const created = await api.createSender('a@example.it', 'transactional', signal());
    if (!created.created) throw new Error('not created');
    expect(await api.setEmailType(created.sender.id, 'transactional', signal())).toBe('unchanged');
    expect(await api.setEmailType(created.sender.id, 'bulk', signal())).toBe('changed');
  });

  it('validates by sender ID and reads "already active" as success', async () => {
    const { api } = resources();
    const created = await api.createSender('*@example.it', 'transactional', signal());
    if (!created.created) throw new Error('not created');
    expect(await api.validateSender(created.sender.id, signal())).toMatchObject({
      method: 'none',
      errors: expect.arrayContaining([expect.stringContaining('Neither the file')]),
    });
    standIn.control.publishDns('example.it');
    expect(await api.validateSender(created.sender.id, signal())).toMatchObject({ method: 'dns' });
    expect(await api.validateSender(created.sender.id, signal())).toEqual({ method: 'already-active', errors: [] });
  });

  it('reads the dns values, null before any sender exists, and runs a check', async () => {
    const { api } = resources();
    expect(await api.getDns('example.it', signal())).toBeNull();
    await api.createSender('*@example.it', 'transactional', signal());
    expect(await api.getDns('example.it', signal())).toMatchObject({
      domain: 'example.it',
      dkimName: 'mailjet._domainkey.example.it',
      spfStatus: 'not-checked',
    });
    standIn.control.publishDns('example.it', ['dkim']);
    expect(await api.checkDns('example.it', signal())).toMatchObject({
      dkimStatus: 'ok',
      spfStatus: 'error',
      spfErrors: ['no SPF record'],
    });
  });

  it('reads the singular SPF field some SDKs name', async () => {
    await standIn.stop();
    standIn = await startMailjetStandIn({ accounts: [account], spfValuesField: 'singular' });
    const { api } = resources();
    await api.createSender('*@example.it', 'transactional', signal());
    standIn.control.publishDns('example.it');
    expect((await api.checkDns('example.it', signal())).spfCurrent).toEqual(['v=spf1 include:spf.mailjet.com ?all']);
  });

  it('goes back to https for every other client once a loopback call is built', async () => {
    await resources().api.countSenders(signal());
    expect((Mailjet.Request as unknown as { protocol: string }).protocol).toBe('https://');
  });
});

describe('errors', () => {
  it('maps a refused pair to mailjet.auth, naming the host, without retrying', async () => {
    const { api, client } = resources({}, { apiKey: account.apiKey, secretKey: 'not-the-secret' });
    const error = await failureOf(api.countSenders(signal()));
    expect(error).toMatchObject({ code: 'mailjet.auth', params: { host: '127.0.0.1' } });
    expect(client.requestCount).toBe(1);
  });

  it('maps 403 and 404 and other 4xx without retrying them', async () => {
    const { api, client } = resources();
    standIn.control.fail({ fault: { kind: 'status', status: 403, message: 'Forbidden for sub-account' } });
    expect(await failureOf(api.countSenders(signal()))).toMatchObject({
      code: 'mailjet.forbidden',
      params: { detail: 'Forbidden for sub-account' },
    });
    await api.createSender('*@example.it', 'transactional', signal());
    expect(await failureOf(api.checkDns('other.it', signal()))).toMatchObject({ code: 'mailjet.not-found' });
    expect(await failureOf(api.createSender('not-an-address', 'transactional', signal()))).toMatchObject({
      code: 'mailjet.invalid',
      params: { status: 400 },
    });
    expect(client.requestCount).toBe(4);
  });

  it('waits what Retry-After asks on a 429, then succeeds', async () => {
    const { sleep, waits } = recordingSleep();
    standIn.control.fail({ fault: { kind: 'status', status: 429, retryAfter: 2 }, times: 2 });
    const { api, client } = resources({ sleep });
    expect(await api.countSenders(signal())).toBe(0);
    expect(client.requestCount).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits.every((ms) => ms >= 2000)).toBe(true);
  });

  it('gives up at once on a Retry-After longer than it may wait', async () => {
    const { sleep, waits } = recordingSleep();
    standIn.control.fail({ fault: { kind: 'status', status: 429, retryAfter: 3600 } });
    const { api } = resources({ sleep });
    expect(await failureOf(api.countSenders(signal()))).toMatchObject({ code: 'mailjet.rate-limited' });
    expect(waits).toEqual([]);
  });

  it('retries a 500 with growing waits, and reports the reference when it lasts', async () => {
    const { sleep, waits } = recordingSleep();
    standIn.control.fail({ fault: { kind: 'status', status: 500 }, times: 10 });
    const { api, client } = resources({ sleep, retry: { attempts: 3, baseDelayMs: 100 }, random: () => 1 });
    expect(await failureOf(api.countSenders(signal()))).toMatchObject({
      code: 'mailjet.unavailable',
      params: { status: 500, reference: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    expect(client.requestCount).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('recovers from a 503 and from a dropped connection', async () => {
    standIn.control.fail({ nth: 1, fault: { kind: 'status', status: 503 } });
    standIn.control.fail({ nth: 2, fault: { kind: 'drop' } });
    const { api, client } = resources({ retry: { baseDelayMs: 1 } });
    expect(await api.countSenders(signal())).toBe(0);
    expect(client.requestCount).toBe(3);
  });

  it('times out a request that gets no answer, retries, then says Mailjet did not answer', async () => {
    standIn.control.fail({ fault: { kind: 'hang' }, times: 5 });
    const { api, client } = resources({ timeoutMs: 200, retry: { attempts: 2, baseDelayMs: 1 } });
    expect(await failureOf(api.countSenders(signal()))).toMatchObject({
      code: 'mailjet.timeout',
      params: { host: '127.0.0.1', seconds: 1 },
    });
    expect(client.requestCount).toBe(2);
  });

  it('says Mailjet cannot be reached when nothing listens', async () => {
    const url = standIn.url;
    await standIn.stop();
    const client = new MailjetClient({
      endpoint: resolveMailjetEndpoint(url),
      ...account,
      timeoutMs: 500,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    expect(await failureOf(new MailjetResources(client).countSenders(signal()))).toMatchObject({
      code: 'mailjet.unreachable',
      params: { detail: 'ECONNREFUSED' },
    });
    standIn = await startMailjetStandIn({ accounts: [account] });
  });

  it('stops waiting and retrying as soon as the call is cancelled', async () => {
    standIn.control.fail({ fault: { kind: 'status', status: 500 }, times: 10 });
    const controller = new AbortController();
    const { api, client } = resources({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const pending = failureOf(api.countSenders(controller.signal));
    while (client.requestCount === 0 || standIn.requests.length === 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await pending).toMatchObject({ code: 'app.cancelled' });
    expect(client.requestCount).toBe(1);
  });
});

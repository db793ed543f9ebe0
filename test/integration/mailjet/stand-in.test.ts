import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { readDkimValue } from '@shared/dns/dkim';
import { newAccount } from './harness';

// The stand-in answers as Mailjet does, quirks included: these are the facts the client is built on.

let standIn: MailjetStandIn;
const account = newAccount();
const auth = (pair = account) => `Basic ${Buffer.from(`${pair.apiKey}:${pair.secretKey}`).toString('base64')}`;

async function api(method: string, path: string, body?: unknown, pair = account) {
  const response = await fetch(`${standIn.url}/v3/REST/${path}`, {
    method,
    headers: { authorization: auth(pair), 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

const data = (reply: { json?: Record<string, unknown> }) =>
  (reply.json as { Data: Array<Record<string, unknown>> }).Data;

beforeEach(async () => {
  standIn = await startMailjetStandIn({ accounts: [account] });
});
afterEach(async () => {
  await standIn.stop();
});

describe('authentication', () => {
  it('answers a wrong pair with 401, an empty text/html body and the Basic realm', async () => {
    const reply = await api('GET', 'sender?Limit=1', undefined, { apiKey: account.apiKey, secretKey: 'wrong' });
    expect(reply.status).toBe(401);
    expect(reply.text).toBe('');
    expect(reply.headers.get('content-type')).toBe('text/html');
    expect(reply.headers.get('www-authenticate')).toBe('Basic realm="Provide an apiKey and secretKey"');
  });

  it('keeps no credentials in its request log', async () => {
    await api('GET', 'sender?Limit=1');
    expect(JSON.stringify(standIn.requests)).not.toContain(account.secretKey);
  });
});

describe('sender', () => {
  it('creates an inactive sender in the envelope, with a dns object for its domain', async () => {
    const created = await api('POST', 'sender', { Email: 'Notifications@Example.it', EmailType: 'transactional' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ Count: 1, Total: 1 });
    expect(data(created)[0]).toMatchObject({
      Email: 'notifications@example.it',
      Status: 'Inactive',
      EmailType: 'transactional',
    });
    const dns = await api('GET', 'dns/example.it');
    expect(data(dns)[0]).toMatchObject({
      ID: data(created)[0]!.DNSID,
      Domain: 'example.it',
      DKIMStatus: 'Not checked',
      SPFStatus: 'Not checked',
    });
    expect(String(data(dns)[0]!.OwnerShipTokenRecordName)).toMatch(/^mailjet\._[0-9a-f]{8}\.example\.it\.$/);
  });

  it('e-mails an address its activation link when it is created, as Mailjet does since 2015 (review M4); a domain has no mailbox', async () => {
    await api('POST', 'sender', { Email: '*@example.it' });
    await api('POST', 'sender', { Email: 'info@example.it' });
    expect(standIn.control.account().outbox.map((mail) => mail.to)).toEqual(['info@example.it']);
  });

  it('refuses a second sender with the same address, deleted ones included', async () => {
    const first = await api('POST', 'sender', { Email: 'bounce@example.it' });
    expect((await api('POST', 'sender', { Email: 'bounce@example.it' })).json?.ErrorMessage).toMatch(
      /already existing .*sender with the same email/,
    );
    expect((await api('DELETE', `sender/${data(first)[0]!.ID}`)).status).toBe(204);
    const again = await api('POST', 'sender', { Email: 'bounce@example.it' });
    expect(again.status).toBe(400);
    expect(again.json).toMatchObject({ ErrorInfo: '', StatusCode: 400 });
  });

  it('lists ten by default, hides deleted senders unless asked, and finds any sender by address', async () => {
    for (let i = 0; i < 12; i += 1) await api('POST', 'sender', { Email: `user${i}@example.it` });
    await api('DELETE', 'sender/user0@example.it');
    const firstPage = await api('GET', 'sender?Domain=example.it');
    expect(data(firstPage)).toHaveLength(10);
    // Total is the size of the page, as Mailjet's guide says; only countOnly counts them all (review M1).
    expect(firstPage.json).toMatchObject({ Count: 10, Total: 10 });
    expect((await api('GET', 'sender?Limit=1')).json).toMatchObject({ Count: 1, Total: 1 });
    expect((await api('GET', 'sender?Domain=example.it&ShowDeleted=true&Limit=1000')).json?.Total).toBe(12);
    expect((await api('GET', 'sender?countOnly=1')).json).toMatchObject({ Data: [], Total: 11 });
    expect(data(await api('GET', 'sender/user0@example.it'))[0]).toMatchObject({ Status: 'Deleted' });
  });

  it("answers 404 with Mailjet's error body for an unknown sender", async () => {
    const reply = await api('GET', 'sender/nobody@example.it');
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ ErrorInfo: '', ErrorMessage: 'Object not found', StatusCode: 404 });
  });

  it('answers 304 to a PUT that changes nothing, and refuses to set Status', async () => {
    const id = data(await api('POST', 'sender', { Email: 'catchall@example.it', EmailType: 'bulk' }))[0]!.ID;
    expect((await api('PUT', `sender/${id}`, { EmailType: 'bulk' })).status).toBe(304);
    expect((await api('PUT', `sender/${id}`, { EmailType: 'transactional' })).status).toBe(200);
    expect((await api('PUT', `sender/${id}`, { Status: 'Active' })).json?.ErrorMessage).toMatch(/Status.*not allowed/);
  });
});

describe('validate', () => {
  it('answers 200 with a GlobalError while the ownership record is missing, then DNS once published', async () => {
    const id = data(await api('POST', 'sender', { Email: '*@example.it' }))[0]!.ID;
    const failed = await api('POST', `sender/${id}/validate`, {});
    expect(failed.status).toBe(200);
    expect(failed.json).toMatchObject({ ValidationMethod: '', Errors: { DNSValidationError: expect.any(String) } });
    expect(String(failed.json?.GlobalError)).not.toBe('');
    standIn.control.publishDns('example.it', ['ownership']);
    expect((await api('POST', `sender/${id}/validate`, {})).json).toMatchObject({
      ValidationMethod: 'DNS',
      GlobalError: '',
    });
    expect((await api('POST', `sender/${id}/validate`, {})).json).toMatchObject({
      StatusCode: 400,
      ErrorMessage: 'The sender is already active',
    });
  });

  it('validates an address through its validated domain, else sends an activation e-mail', async () => {
    const address = data(await api('POST', 'sender', { Email: 'notifications@example.it' }))[0]!.ID;
    expect((await api('POST', `sender/${address}/validate`, {})).json).toMatchObject({
      ValidationMethod: 'ActivationEmail',
    });
    expect(standIn.control.account().outbox.map((mail) => mail.to)).toContain('notifications@example.it');
    const domain = data(await api('POST', 'sender', { Email: '*@example.it' }))[0]!.ID;
    standIn.control.publishDns('example.it');
    await api('POST', `sender/${domain}/validate`, {});
    // Pending addresses switch on with their domain.
    expect(data(await api('GET', `sender/${address}`))[0]).toMatchObject({ Status: 'Active' });
  });

  it('leaves an address deleted once to its own validate call, which the domain then covers', async () => {
    const id = data(await api('POST', 'sender', { Email: 'bounce@example.it' }))[0]!.ID;
    await api('DELETE', `sender/${id}`);
    await api('POST', 'sender', { Email: '*@example.it' });
    standIn.control.publishDns('example.it');
    await api('POST', 'sender/*@example.it/validate', {});
    expect(data(await api('GET', `sender/${id}`))[0]).toMatchObject({ Status: 'Deleted' });
    expect((await api('POST', `sender/${id}/validate`, {})).json).toMatchObject({ ValidationMethod: 'Domain' });
    expect(data(await api('GET', `sender/${id}`))[0]).toMatchObject({ Status: 'Active' });
  });

  it('can wrap the answer in the envelope, as the guide shows it', async () => {
    await standIn.stop();
    standIn = await startMailjetStandIn({ accounts: [account], validateEnvelope: 'envelope' });
    const id = data(await api('POST', 'sender', { Email: 'a@example.it' }))[0]!.ID;
    expect((await api('POST', `sender/${id}/validate`, {})).json).toMatchObject({
      Count: 1,
      Data: [{ ValidationMethod: 'ActivationEmail' }],
    });
  });
});

describe('dns check', () => {
  it('reports each missing record, then OK once they are published', async () => {
    await api('POST', 'sender', { Email: '*@example.it' });
    const before = data(await api('POST', 'dns/example.it/check', {}))[0];
    expect(before).toMatchObject({
      DKIMStatus: 'Error',
      DKIMErrors: ['no DKIM record'],
      SPFStatus: 'Error',
      SPFRecordsCurrentValues: [],
    });
    standIn.control.publishDns('example.it');
    const after = data(await api('POST', 'dns/example.it/check', {}))[0];
    expect(after).toMatchObject({
      DKIMStatus: 'OK',
      DKIMErrors: [],
      SPFStatus: 'OK',
      SPFRecordsCurrentValues: ['v=spf1 include:spf.mailjet.com ?all'],
    });
    expect(data(await api('GET', 'dns/example.it'))[0]).toMatchObject({ DKIMStatus: 'OK', SPFStatus: 'OK' });
  });

  it('merges into an existing SPF record, and calls two SPF records an error', async () => {
    await api('POST', 'sender', { Email: '*@example.it' });
    standIn.control.setTxt('example.it', ['v=spf1 include:_spf.odoo.com ~all', 'google-site-verification=x']);
    standIn.control.publishDns('example.it', ['spf']);
    expect(data(await api('POST', 'dns/example.it/check', {}))[0]).toMatchObject({
      SPFStatus: 'OK',
      SPFRecordsCurrentValues: ['v=spf1 include:spf.mailjet.com include:_spf.odoo.com ~all'],
    });
    standIn.control.setTxt('example.it', ['v=spf1 include:_spf.odoo.com ~all', 'v=spf1 include:spf.mailjet.com ~all']);
    expect(data(await api('POST', 'dns/example.it/check', {}))[0]).toMatchObject({ SPFStatus: 'Error' });
  });

  it('hands out a DKIM key the record builder takes as whole, as a real one would be', async () => {
    await api('POST', 'sender', { Email: '*@example.it' });
    const value = String(data(await api('GET', 'dns/example.it'))[0]!.DKIMRecordValue);
    expect(readDkimValue(value)).toBe(value);
  });

  it('has no POST on dns, and 404 for a domain without senders', async () => {
    expect((await api('POST', 'dns', { Domain: 'example.it' })).status).toBe(405);
    expect((await api('GET', 'dns/nothing.it')).status).toBe(404);
  });
});

describe('control API over HTTP', () => {
  it('publishes records and clicks activation links', async () => {
    await api('POST', 'sender', { Email: 'notifications@example.it' });
    const post = (path: string, body: unknown) =>
      fetch(`${standIn.url}/__control/${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    expect((await post('publish-dns', { domain: 'example.it' })).status).toBe(200);
    expect(await (await post('activate', { email: 'notifications@example.it' })).json()).toEqual({ ok: true });
    expect(data(await api('GET', 'sender/notifications@example.it'))[0]).toMatchObject({ Status: 'Active' });
  });
});

describe('faults', () => {
  it('answers the n-th request with the fault asked for, then behaves again', async () => {
    standIn.control.fail({ nth: 2, fault: { kind: 'status', status: 429, retryAfter: 3 } });
    expect((await api('GET', 'sender')).status).toBe(200);
    const limited = await api('GET', 'sender');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await api('GET', 'sender')).status).toBe(200);
  });

  it('drops the connection, before or after doing the work', async () => {
    standIn.control.fail({ method: 'POST', path: '/v3/REST/sender', fault: { kind: 'drop-after' } });
    await expect(api('POST', 'sender', { Email: 'a@example.it' })).rejects.toThrow();
    expect(standIn.control.account().senders.map((s) => s.Email)).toEqual(['a@example.it']);
    standIn.control.fail({ fault: { kind: 'drop' } });
    await expect(api('POST', 'sender', { Email: 'b@example.it' })).rejects.toThrow();
    expect(standIn.control.account().senders).toHaveLength(1);
  });
});

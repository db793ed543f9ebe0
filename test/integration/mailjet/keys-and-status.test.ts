import { afterEach, describe, expect, it } from 'vitest';
import { createMailjetHandlers } from '@main/core/mailjet/handlers';
import { failureOf, FAST, type Harness, startHarness } from './harness';

// Saving and checking the key pair, and reading where a domain stands.

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('mailjetSaveKeys', () => {
  it('never saves a pair Mailjet refuses', async () => {
    h = await startHarness({ storeKeys: false });
    const error = await failureOf(
      h.handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: 'wrong-secret-123' }, h.context()),
    );
    expect(error).toMatchObject({ code: 'mailjet.auth' });
    expect(await h.deps.keychain.get('mailjet')).toBeNull();
    expect(h.deps.settings.read().mailjet?.apiKey).toBeUndefined();
  });

  it('saves a pair Mailjet accepts: the API key in the settings, the secret in the keychain', async () => {
    h = await startHarness({ storeKeys: false });
    const result = await h.handlers.mailjetSaveKeys(
      { apiKey: h.account.apiKey, secretKey: h.account.secretKey },
      h.context(),
    );
    expect(result).toEqual({
      saved: true,
      source: 'keychain',
      apiKey: h.account.apiKey,
      region: 'default',
      host: '127.0.0.1',
      senderCount: 0,
      endsWith: h.account.secretKey.slice(-4),
    });
    expect(h.deps.settings.read().mailjet).toMatchObject({ apiKey: h.account.apiKey, region: 'default' });
    expect(await h.deps.keychain.get('mailjet')).toBe(h.account.secretKey);
  });

  it('forgets the senders remembered for the previous key when the key changes', async () => {
    h = await startHarness();
    await h.handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    await h.handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: h.account.secretKey }, h.context());
    expect(h.deps.settings.read().mailjet?.domains).toHaveLength(1);
    h.deps.settings.patch({ mailjet: { apiKey: 'previouskey12345' } });
    await h.handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: h.account.secretKey }, h.context());
    expect(h.deps.settings.read().mailjet?.domains).toBeUndefined();
  });
});

describe('mailjetVerify', () => {
  it('checks the saved pair and counts every sender of the key, not the page Mailjet answers with', async () => {
    h = await startHarness();
    // Mailjet's Total is the page size unless countOnly is asked (review M1): three senders, not "1".
    for (const email of ['*@example.it', 'sales@example.it', 'info@other.it'])
      h.standIn.control.account().createSender({ Email: email });
    expect(await h.handlers.mailjetVerify({}, h.context())).toMatchObject({
      apiKey: h.account.apiKey,
      senderCount: 3,
      host: '127.0.0.1',
    });
    expect(
      (await h.handlers.mailjetSaveKeys({ apiKey: h.account.apiKey, secretKey: h.account.secretKey }, h.context()))
        .senderCount,
    ).toBe(3);
    await h.deps.keychain.forget('mailjet');
    expect(await failureOf(h.handlers.mailjetVerify({}, h.context()))).toMatchObject({ code: 'mailjet.no-secret-key' });
  });

  it('lets MAILJET_API_KEY win over the settings on the command line only', async () => {
    h = await startHarness();
    h.deps.settings.patch({ mailjet: { apiKey: 'stalekey12345678' } });
    const endpoints = { ...h.deps.endpoints, mailjetApiKey: h.account.apiKey };
    const cli = createMailjetHandlers({ ...h.deps, face: 'cli', endpoints }, FAST);
    expect(await cli.mailjetVerify({}, h.context())).toMatchObject({ apiKey: h.account.apiKey });
    const web = createMailjetHandlers({ ...h.deps, face: 'web', endpoints }, FAST);
    expect(await failureOf(web.mailjetVerify({}, h.context()))).toMatchObject({ code: 'mailjet.auth' });
  });

  it('refuses a plain-http Mailjet address that is not on this machine', async () => {
    h = await startHarness();
    const handlers = createMailjetHandlers({ ...h.deps, endpoints: { mailjetApiUrl: 'http://api.mailjet.com' } }, FAST);
    expect(await failureOf(handlers.mailjetVerify({}, h.context()))).toMatchObject({ code: 'mailjet.insecure-url' });
  });
});

describe('mailjetStatus', () => {
  it('reads the last domain set up, changing nothing at Mailjet', async () => {
    h = await startHarness();
    await h.handlers.mailjetSetup({ domain: 'example.it', addresses: { catchall: 'info@example.it' } }, h.context());
    h.standIn.control.resetRequests();
    const report = await h.handlers.mailjetStatus({}, h.context());
    expect(report.domain).toBe('example.it');
    expect(report.senders.map((s) => s.email)).toContain('info@example.it');
    expect(report.senders.every((s) => s.action === undefined)).toBe(true);
    expect(h.standIn.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('asks Mailjet for a fresh DNS check only when told to', async () => {
    h = await startHarness();
    await h.handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    h.standIn.control.publishDns('example.it', ['spf', 'dkim']);
    expect((await h.handlers.mailjetStatus({ domain: 'example.it' }, h.context())).spf.status).toBe('error');
    h.standIn.control.resetRequests();
    const checked = await h.handlers.mailjetStatus({ domain: 'example.it', check: true }, h.context());
    expect(checked).toMatchObject({
      spf: { status: 'ok' },
      dkim: { status: 'ok' },
      domainValidated: false,
      complete: false,
    });
    expect(h.standIn.requests.filter((r) => r.method !== 'GET').map((r) => r.path)).toEqual([
      '/v3/REST/dns/example.it/check',
    ]);
    expect(h.deps.settings.read().mailjet?.domains?.[0]).toMatchObject({ spfStatus: 'ok', dkimStatus: 'ok' });
  });

  it('shows a domain that was never set up as missing, and leaves no trace of it', async () => {
    h = await startHarness();
    const report = await h.handlers.mailjetStatus({ domain: 'elsewhere.it' }, h.context());
    expect(report.senders.every((s) => s.status === 'missing' && s.waitingFor === 'setup')).toBe(true);
    expect(report.dns).toEqual({});
    expect(h.deps.settings.read().mailjet?.domains).toBeUndefined();
  });

  it('looks for the addresses it is given, as when they were added by hand in Mailjet', async () => {
    h = await startHarness();
    await h.handlers.mailjetSetup(
      { domain: 'example.it', addresses: { notifications: 'avvisi@example.it' }, activationEmails: 'send' },
      h.context(),
    );
    const remembered = await h.handlers.mailjetStatus({ domain: 'example.it' }, h.context());
    expect(remembered.senders.find((s) => s.role === 'notifications')).toMatchObject({
      email: 'avvisi@example.it',
      status: 'inactive',
    });
    const given = await h.handlers.mailjetStatus(
      { domain: 'example.it', addresses: { notifications: 'notifiche@example.it' } },
      h.context(),
    );
    expect(given.senders.find((s) => s.role === 'notifications')).toMatchObject({
      email: 'notifiche@example.it',
      status: 'missing',
    });
    expect(given.senders.find((s) => s.role === 'bounce')).toMatchObject({
      email: 'bounce@example.it',
      status: 'inactive',
    });
  });

  it('asks for a domain when none is named and none was set up', async () => {
    h = await startHarness();
    expect(await failureOf(h.handlers.mailjetStatus({}, h.context()))).toMatchObject({ code: 'mailjet.no-domain' });
  });

  it('remembers which addresses are waiting for an activation e-mail', async () => {
    h = await startHarness();
    await h.handlers.mailjetSetup({ domain: 'example.it', activationEmails: 'send' }, h.context());
    const report = await h.handlers.mailjetStatus({}, h.context());
    expect(report.senders.filter((s) => s.waitingFor === 'activation-email')).toHaveLength(3);
  });
});

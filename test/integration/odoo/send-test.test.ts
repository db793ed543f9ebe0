import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '@main/cli/run';
import { SEED_USER } from '@main/sandbox/odoo/database';
import { createTranslator } from '@shared/i18n';
import { sendTestNotices } from '@shared/odoo/send-test-timeline';
import { createMemoryKeychain } from '@main/host/keychain';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { relayDirectory } from '@main/sandbox/mailjet/smtp-relay';
import { MAILJET, ODOO_PASSWORD, odooFixture, type OdooFixture, type OdooSecretKind } from './fixture';

// The test e-mail end to end on the stand-ins, which form one mail system here: Odoo's stand-in sends
// mail.mail over real SMTP to the server its ir.mail_server names, in-v3.mailjet.com leads to the
// Mailjet stand-in's relay on loopback (TLS with a throwaway certificate), and the relay feeds
// Mailjet's message API, which the assistant polls.

let mailjet: MailjetStandIn | undefined;
let fixture: OdooFixture | undefined;

afterEach(async () => {
  await fixture?.close();
  await mailjet?.stop();
  fixture = undefined;
  mailjet = undefined;
});

/** Mailjet with its relay, Odoo pointing at it, the Mailjet server applied in Odoo (tested by a real SMTP login). */
async function mailSystem(
  options: { port?: 465 | 587; domainValidated?: boolean; version?: 17 | 19; secret?: OdooSecretKind } = {},
) {
  mailjet = await startMailjetStandIn({
    accounts: [{ apiKey: MAILJET.apiKey, secretKey: MAILJET.secret }],
    smtp: true,
  });
  fixture = await odooFixture(options.version ?? 17, {
    smtpDirectory: relayDirectory(mailjet.smtp!),
    ...(options.secret ? { secret: options.secret } : {}),
  });
  fixture.deps.endpoints.mailjetApiUrl = mailjet.url;
  if (options.domainValidated ?? true) {
    const account = mailjet.control.account();
    account.createSender({ Email: '*@example.com', EmailType: 'transactional' });
    account.senders.find((sender) => sender.Email === '*@example.com')!.Status = 'Active';
  }
  const setup = await fixture.call('odooSetup', { port: options.port ?? 465 });
  expect(setup.ok, JSON.stringify(setup)).toBe(true);
  return { mailjet, fixture, relay: mailjet.smtp! };
}

describe('the test e-mail on the stand-ins', () => {
  it.each([465, 587] as const)(
    'port %i: Odoo sends one message through the relay, Mailjet has it as sent',
    async (port) => {
      const { fixture, relay, mailjet } = await mailSystem({ port });
      const writesBefore = fixture.standIn.writes().length;
      const result = await fixture.call('odooSendTest', {
        to: 'Someone@Customer.test',
        waitSeconds: 5,
        language: 'it',
      });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const value = result.value;
      expect(value).toMatchObject({
        from: 'notifications@example.com',
        to: 'someone@customer.test',
        outcome: 'delivered',
        odoo: { state: 'sent', mailServerIsOurs: true },
        mailjet: { status: 'sent' },
      });
      expect(value.reference).toMatch(/^mjo-[0-9a-f]{12}$/);
      // Mailjet's IDs are beyond 2^53: the one read back is exact.
      expect(value.mailjet.messageId).toBe(String(mailjet.control.messages()[0]!.id));
      expect(relay.received).toHaveLength(1);
      expect(relay.received[0]).toMatchObject({
        user: MAILJET.apiKey,
        headerFrom: 'notifications@example.com',
        rcptTo: ['someone@customer.test'],
        customId: value.reference,
      });
      expect(relay.received[0]!.subject).toBe(`E-mail di prova da Odoo tramite Mailjet [${value.reference}]`);
      // The only record written is the test message (create + send).
      expect(
        fixture.standIn
          .writes()
          .slice(writesBefore)
          .map((call) => call.target),
      ).toEqual(['mail.mail.create']);
      expect([...fixture.standIn.db.mails.values()]).toEqual([
        expect.objectContaining({ state: 'sent', failure_reason: false }),
      ]);
      expect(fixture.progress.map((event) => event.key)).toEqual(
        expect.arrayContaining([
          'odoo.sendTest.progress.create',
          'odoo.sendTest.progress.send',
          'odoo.sendTest.progress.follow',
        ]),
      );
    },
  );

  it('on Odoo 19 over JSON-2 (an API key): Odoo sends it with its own code, Mailjet has it as sent', async () => {
    const { fixture, relay } = await mailSystem({ version: 19, secret: 'api-key' });
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered', odoo: { state: 'sent' } });
    expect(fixture.callsOver('json-2')).toContain('mail.mail.send');
    expect(fixture.callsOver('xml-rpc')).toEqual([]);
    expect(relay.received).toHaveLength(1);
  });

  it('a second run sends a new message with a new reference', async () => {
    const { fixture, relay } = await mailSystem();
    const first = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 2 });
    const second = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 2 });
    expect(first.ok && second.ok).toBe(true);
    expect(relay.received.map((r) => r.customId)).toEqual([
      first.ok && first.value.reference,
      second.ok && second.value.reference,
    ]);
    expect(new Set(relay.received.map((r) => r.customId)).size).toBe(2);
  });

  it('a sender Mailjet has not validated: accepted at SMTP, then blocked, and said so', async () => {
    const { fixture, relay, mailjet } = await mailSystem({ domainValidated: false });
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'sender-not-validated',
      odoo: { state: 'sent' },
      mailjet: { status: 'blocked' },
    });
    expect(relay.received).toHaveLength(1);
    // Mailjet's "new sender detection": the address is now an inactive sender with its activation e-mail.
    expect(mailjet.control.account().senders.find((s) => s.Email === 'notifications@example.com')?.Status).toBe(
      'Inactive',
    );
  });

  it('a wrong password in Odoo: Odoo records the refusal, nothing reaches Mailjet', async () => {
    const { fixture, relay } = await mailSystem();
    const server = fixture.mailjetServers()[0]!;
    server.smtp_pass = 'not-the-secret-key-0000';
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'password-refused',
      odoo: { state: 'exception', mailServerId: server.id },
      mailjet: { status: 'not-sent' },
      polls: 1,
    });
    expect(result.ok && result.value.odoo.failureReason).toMatch(/^\(535, b'.*authentication failed/);
    expect(relay.received).toHaveLength(0);
  });

  it('another server whose From filter matches first gets the message, and that is what the user reads', async () => {
    const { fixture, relay } = await mailSystem();
    // An exact address in a filter wins over Mailjet's domain filter, whatever the priorities (Odoo 17 _find_mail_server).
    const otherId = fixture.standIn.db.insertServer({
      name: 'Old notifications relay',
      smtp_host: 'smtp.example.com',
      smtp_port: 587,
      smtp_encryption: 'starttls',
      smtp_user: 'x',
      smtp_pass: 'old-relay-password-1',
      from_filter: 'notifications@example.com',
      sequence: 50,
    });
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'other-server',
      odoo: {
        state: 'exception',
        mailServerId: otherId,
        mailServerName: 'Old notifications relay',
        mailServerIsOurs: false,
      },
    });
    expect(result.ok && result.value.odoo.failureReason).toContain('Name or service not known');
    expect(relay.received).toHaveLength(0);
  });

  it('the wait is honoured: a message Mailjet does not list in time is "not seen", after the wait and not long after', async () => {
    const { fixture, mailjet } = await mailSystem();
    mailjet.control.setMessageDelay(60_000);
    const started = Date.now();
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 3 });
    const elapsed = Date.now() - started;
    expect(result.ok && result.value).toMatchObject({ outcome: 'not-seen', mailjet: { status: 'not-seen' } });
    expect(elapsed).toBeGreaterThanOrEqual(3_000);
    expect(elapsed).toBeLessThan(9_000);
    // 1 s, 2 s, then the rest: a handful of reads, not one a second.
    expect(result.ok && result.value.polls).toBeGreaterThanOrEqual(2);
    expect(result.ok && result.value.polls).toBeLessThanOrEqual(4);
  });

  it('a busy Mailjet (429 with Retry-After) is waited out, then the message is found', async () => {
    const { fixture, mailjet } = await mailSystem();
    mailjet.control.resetRequests();
    mailjet.control.fail({ path: '/v3/REST/message', fault: { kind: 'status', status: 429, retryAfter: 2 } });
    const started = Date.now();
    const result = await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 10 });
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered', polls: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    const reads = mailjet.requests.filter((request) => request.path === '/v3/REST/message');
    expect(reads.map((request) => request.status)).toEqual([429, 200]);
    expect(reads[1]!.startedAt - reads[0]!.endedAt).toBeGreaterThanOrEqual(1_900);
  });

  it('a bounce at the recipient is reported as one', async () => {
    const { fixture, mailjet } = await mailSystem();
    mailjet.control.setRecipientFate('nobody@customer.test', {
      status: 'hardbounced',
      stateId: 1,
      comment: 'user unknown',
    });
    const result = await fixture.call('odooSendTest', { to: 'nobody@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'bounced',
      mailjet: { status: 'hardbounced', reason: 'state-1' },
    });
  });

  it('no secret in any answer, progress event or log line', async () => {
    const { fixture } = await mailSystem();
    fixture.mailjetServers()[0]!.smtp_pass = `${MAILJET.secret}-x`;
    await fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 1 });
    const everything = JSON.stringify([fixture.results, fixture.progress, fixture.log.lines]);
    for (const secret of [MAILJET.secret, ODOO_PASSWORD]) expect(everything).not.toContain(secret);
  });

  it("Odoo's Test Connection is a real SMTP login: the wrong encryption for a port fails as it does against Mailjet", async () => {
    const { fixture } = await mailSystem({ port: 587 });
    const server = fixture.mailjetServers()[0]!;
    expect((await fixture.call('odooTest', { serverId: server.id })).ok).toBe(true);
    server.smtp_encryption = 'ssl';
    const tls = await fixture.call('odooTest', { serverId: server.id });
    expect(tls.ok ? undefined : tls.error.code).toBe('odoo.smtp-tls');
    Object.assign(server, { smtp_encryption: 'starttls', smtp_pass: 'wrong-secret-key-000000' });
    const auth = await fixture.call('odooTest', { serverId: server.id });
    expect(auth.ok ? undefined : auth.error.code).toBe('odoo.smtp-auth');
  });

  it('bad input is refused before anything is sent', async () => {
    const { fixture, relay } = await mailSystem();
    const result = await fixture.call('odooSendTest', { to: 'not an address\nBcc: x@y.z' });
    expect(result).toEqual({ ok: false, error: { code: 'app.invalid-input', params: { field: 'to' } } });
    expect(fixture.standIn.db.mails.size).toBe(0);
    expect(relay.received).toHaveLength(0);
  });
});

describe('mailjet-odoo odoo send-test', () => {
  async function cli(
    args: string[],
    options: { lang?: 'en' | 'it'; domainValidated?: boolean; before?: string[] } = {},
  ) {
    await fixture?.close();
    await mailjet?.stop();
    const { fixture: odoo } = await mailSystem({ domainValidated: options.domainValidated ?? true });
    const keychain = createMemoryKeychain();
    await keychain.set('mailjet', MAILJET.secret);
    await keychain.set('odoo', ODOO_PASSWORD);
    let stdout = '';
    let stderr = '';
    const home = mkdtempSync(join(tmpdir(), 'send-test-cli-'));
    const run = (words: string[]) =>
      runCli(words, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        stdin: new PassThrough(),
        env: { MAILJET_ODOO_HOME: home, MAILJET_API_KEY: MAILJET.apiKey, MAILJET_API_URL: mailjet!.url },
        keychain,
      });
    // An earlier command in the same settings folder (each run is a new process: nothing else is shared);
    // `mailjet setup` exits 1 while the DNS records are still to be published.
    if (options.before) {
      expect([0, 1]).toContain(await run(options.before));
      stdout = '';
    }
    const code = await run([
      ...args,
      '--url',
      odoo.standIn.url,
      '--db',
      'demo',
      '--login',
      'admin',
      '--lang',
      options.lang ?? 'en',
    ]);
    for (const secret of [MAILJET.secret, ODOO_PASSWORD]) expect(stdout + stderr).not.toContain(secret);
    return { code, stdout, stderr };
  }

  it("prints the journey and exits 0 when Mailjet sent it; --json has the issue's shape", async () => {
    const words = await cli(['odoo', 'send-test', '--to', 'a@customer.test', '--wait', '5']);
    expect(words.code, words.stderr).toBe(0);
    expect(words.stdout).toMatch(/Test e-mail mjo-[0-9a-f]{12}: from notifications@example.com to a@customer.test/);
    expect(words.stdout).toMatch(/✓ Odoo handed it to Mailjet \(server no. \d+/);
    expect(words.stdout).toContain('✓ Mailjet received it.');
    expect(words.stdout).toContain('Your mail goes out through Mailjet.');
    const json = await cli(['odoo', 'send-test', '--to', 'a@customer.test', '--wait', '5', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      reference: expect.stringMatching(/^mjo-/),
      odoo: { state: 'sent', mailServerId: expect.any(Number) },
      mailjet: { status: 'sent', messageId: expect.stringMatching(/^\d{18}$/), arrivedAt: expect.any(String) },
    });
  });

  it("says so when the From is the notifications address saved by mailjet setup and Odoo's own is another", async () => {
    const words = await cli(['odoo', 'send-test', '--to', 'a@customer.test', '--wait', '5'], {
      lang: 'it',
      before: ['mailjet', 'setup', '--domain', 'example.com', '--notifications', 'avvisi@example.com'],
    });
    expect(words.code, words.stderr).toBe(0);
    expect(words.stdout).toMatch(/da avvisi@example.com a a@customer.test/);
    expect(words.stdout).toContain(
      "in Odoo, però, l'indirizzo delle notifiche è notifications@example.com ed è da lì che partono le sue notifiche.",
    );
  });

  it('in Italian: exit 1 with the reason when Mailjet blocks it, exit 2 on a bad --wait or a missing --to', async () => {
    const blocked = await cli(['odoo', 'send-test', '--to', 'a@customer.test', '--wait', '3'], {
      lang: 'it',
      domainValidated: false,
    });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain("✗ Mailjet l'ha bloccata.");
    expect(blocked.stdout).toContain('il mittente notifications@example.com non è convalidato su Mailjet');
    const bad = await cli(['odoo', 'send-test', '--to', 'a@customer.test', '--wait', 'soon'], { lang: 'it' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const missing = await cli(['odoo', 'send-test'], { lang: 'it' });
    expect(missing.code).toBe(2);
    expect(fixture!.standIn.db.mails.size).toBe(0);
  });
});

describe('the test e-mail right after the server step: no new login, the message written while Odoo is read', () => {
  const STATE_READS = ['res.users.has_group', 'ir.mail_server.search_read', 'mail.alias.domain.search_read'];
  /** The calls of one run, by target, with when they started and answered. */
  const runCalls = (target: OdooFixture) => target.standIn.calls.map((call) => ({ ...call }));

  async function sendAfterSetup(input: Record<string, unknown>, senders?: Record<string, unknown>) {
    const system = await mailSystem();
    if (senders) {
      const setup = await system.fixture.call('mailjetSetup', senders);
      expect(setup.ok, JSON.stringify(setup)).toBe(true);
    }
    // A little distance, so that what runs side by side shows in the times the stand-in records.
    system.fixture.standIn.latencyMs = 40;
    system.fixture.standIn.calls.length = 0;
    const result = await system.fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5, ...input });
    return { ...system, result, calls: runCalls(system.fixture) };
  }

  const find = (calls: ReturnType<typeof runCalls>, target: string) => calls.find((call) => call.target === target)!;

  it('with --from: create goes out before Odoo has said which servers it has, and no login is repeated', async () => {
    const { result, calls, relay } = await sendAfterSetup({ from: 'notifications@example.com' });
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered', odoo: { mailServerIsOurs: true } });
    expect(result.ok && result.value.notices).toBeUndefined();
    const create = find(calls, 'mail.mail.create');
    for (const target of STATE_READS) expect(create.startedAt).toBeLessThan(find(calls, target).endedAt);
    expect(calls.map((call) => call.target)).not.toContain('common.authenticate');
    // Only what the report needs: no templates, mailings or modules read for a test e-mail.
    expect(calls.map((call) => call.target)).not.toContain('mail.template.search_read');
    expect(relay.received).toHaveLength(1);
  });

  it("the notifications address from the Senders and domain step counts as known: the same order, Odoo's address", async () => {
    const { result, calls, relay } = await sendAfterSetup({}, { domain: 'example.com' });
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered', from: 'notifications@example.com' });
    expect(result.ok && result.value.notices).toBeUndefined();
    const create = find(calls, 'mail.mail.create');
    expect(create.startedAt).toBeLessThan(find(calls, 'ir.mail_server.search_read').endedAt);
    expect(relay.received[0]!.headerFrom).toBe('notifications@example.com');
  });

  it("a Senders step address that is not Odoo's: sent from it, and the result says Odoo's own is another", async () => {
    const { result, relay } = await sendAfterSetup(
      { language: 'it' },
      { domain: 'example.com', addresses: { notifications: 'avvisi@example.com' } },
    );
    expect(result.ok && result.value).toMatchObject({
      outcome: 'delivered',
      from: 'avvisi@example.com',
      notices: [
        {
          code: 'from-not-odoo-notifications',
          params: { from: 'avvisi@example.com', odoo: 'notifications@example.com' },
        },
      ],
    });
    expect(relay.received[0]!.headerFrom).toBe('avvisi@example.com');
    const notice = result.ok ? sendTestNotices(result.value)[0]! : undefined;
    for (const language of ['it', 'en'] as const) {
      const { t } = await createTranslator(language);
      const sentence = t(notice!.key, notice!.params);
      expect(sentence).toContain('avvisi@example.com');
      expect(sentence).toContain('notifications@example.com');
    }
  });

  it('Odoo without a notifications address of its own: sent from the Senders step address, and said so', async () => {
    const system = await mailSystem();
    const senders = await system.fixture.call('mailjetSetup', { domain: 'example.com' });
    expect(senders.ok, JSON.stringify(senders)).toBe(true);
    system.fixture.standIn.db.aliasDomains.length = 0;
    const result = await system.fixture.call('odooSendTest', { to: 'a@customer.test', waitSeconds: 5 });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'delivered',
      from: 'notifications@example.com',
      notices: [{ code: 'odoo-no-notifications', params: { from: 'notifications@example.com' } }],
    });
  });

  it("nothing known about the From: Odoo's state first, then the message, as before", async () => {
    const { result, calls } = await sendAfterSetup({});
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered', from: 'notifications@example.com' });
    const create = find(calls, 'mail.mail.create');
    for (const target of STATE_READS) expect(create.startedAt).toBeGreaterThanOrEqual(find(calls, target).endedAt);
  });

  it('Odoo refuses the remembered login at the create: one new login, the create again, one message', async () => {
    const system = await mailSystem();
    system.fixture.standIn.inject({
      target: 'mail.mail.create',
      fault: { faultCode: 3, faultString: 'Access Denied' },
      times: 1,
    });
    system.fixture.standIn.calls.length = 0;
    const result = await system.fixture.call('odooSendTest', {
      to: 'a@customer.test',
      from: 'notifications@example.com',
      waitSeconds: 5,
    });
    expect(result.ok && result.value).toMatchObject({ outcome: 'delivered' });
    const targets = system.fixture.standIn.calls.map((call) => call.target);
    expect(targets.filter((target) => target === 'common.authenticate')).toHaveLength(1);
    expect(targets.filter((target) => target === 'mail.mail.create')).toHaveLength(2);
    expect(system.fixture.standIn.db.mails.size).toBe(1);
    expect(system.relay.received).toHaveLength(1);
  });

  it('Cancel while Odoo writes the message and is read: stops there, nothing is sent', async () => {
    const system = await mailSystem();
    system.fixture.standIn.latencyMs = 300;
    system.fixture.standIn.calls.length = 0;
    const running = system.fixture.call('odooSendTest', {
      to: 'a@customer.test',
      from: 'notifications@example.com',
      waitSeconds: 30,
    });
    await vi.waitFor(() =>
      expect(system.fixture.progress.map((event) => event.key)).toContain('odoo.sendTest.progress.create'),
    );
    expect(system.fixture.core.operations.cancel('test-op-0001')).toBe(true);
    expect(await running).toEqual({ ok: false, error: { code: 'app.cancelled' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(system.fixture.standIn.calls.map((call) => call.target)).not.toContain('mail.mail.send');
    expect(system.relay.received).toHaveLength(0);
  });

  it('a user who is not a Settings administrator, with --from: refused as before, and nothing is sent', async () => {
    const system = await mailSystem();
    await system.fixture.deps.keychain.set('odoo', SEED_USER.password);
    system.fixture.deps.settings.patch({ odoo: { login: 'sales' } });
    const result = await system.fixture.call('odooSendTest', {
      to: 'a@customer.test',
      from: 'notifications@example.com',
      waitSeconds: 2,
    });
    expect(result).toEqual({ ok: false, error: { code: 'odoo.not-admin', params: { login: 'sales' } } });
    expect(system.fixture.standIn.db.mails.size).toBe(0);
    expect(system.relay.received).toHaveLength(0);
  });
});

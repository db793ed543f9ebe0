import { dispatch } from '@main/core/dispatch';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn } from '@main/sandbox/odoo/server';
import { startMailjetStandIn } from '@main/sandbox/mailjet/server';
import { relayDirectory } from '@main/sandbox/mailjet/smtp-relay';
import { testCore } from '../support/core';
import type { Measurement } from './run';

// The test e-mail from "Send" to Mailjet's final word on the stand-ins, with 100 ms per answer from
// Odoo and from Mailjet (the SMTP leg between them runs at loopback speed). Its critical path, as issue
// 10 puts it: Odoo creates and sends the message, then the first Mailjet read that can see it. A second
// line adds what the assistant must learn first (login, the sender and the servers).

const LATENCY_MS = 100;
const MAILJET = { apiKey: 'benchapikey0000000000000000000002', secret: 'bench-secret-0000000000000002' };

export async function run(): Promise<Measurement[]> {
  const mailjet = await startMailjetStandIn({
    accounts: [{ apiKey: MAILJET.apiKey, secretKey: MAILJET.secret }],
    smtp: true,
  });
  const odoo = await startOdooStandIn({ version: 17, smtpDirectory: relayDirectory(mailjet.smtp!) });
  try {
    const account = mailjet.control.account();
    account.createSender({ Email: '*@example.com' });
    account.findSender('*@example.com')!.Status = 'Active';
    const { core, deps } = testCore({ endpoints: { mailjetApiUrl: mailjet.url } });
    await deps.keychain.set('odoo', SEED_ADMIN.password);
    await deps.keychain.set('mailjet', MAILJET.secret);
    deps.settings.patch({ mailjet: { apiKey: MAILJET.apiKey }, odoo: { url: odoo.url, db: 'demo', login: 'admin' } });
    const setup = await dispatch(core, 'odooSetup', { port: 587 });
    if (!setup.ok) throw new Error(setup.error.code);
    // As in the wizard, Mailjet's client has been used before (the keys step): its first load is not timed.
    await dispatch(core, 'mailjetVerify', {});
    odoo.latencyMs = LATENCY_MS;
    mailjet.control.setLatency(LATENCY_MS);
    mailjet.control.resetRequests();
    odoo.calls.length = 0;
    const started = performance.now();
    const result = await dispatch(core, 'odooSendTest', { to: 'someone@customer.test', waitSeconds: 30 });
    const wall = performance.now() - started;
    if (!result.ok) throw new Error(result.error.code);
    const value = result.value as { outcome: string; polls: number };
    if (value.outcome !== 'delivered') throw new Error(value.outcome);
    const reads = mailjet.requests.filter((request) => request.path === '/v3/REST/message').length;
    const critical = 3 * LATENCY_MS;
    const withLearning = 5 * LATENCY_MS;
    return [
      {
        name: 'test e-mail: Send to final state',
        value: wall,
        unit: 'ms',
        note: `${odoo.calls.length} Odoo calls, ${mailjet.requests.length} Mailjet requests`,
      },
      {
        name: 'test e-mail: ratio to the critical path',
        value: wall / critical,
        unit: 'x',
        note: `create → send → first Mailjet read = ${critical} ms at ${LATENCY_MS} ms a request`,
      },
      {
        name: 'test e-mail: ratio with login and reading Odoo first',
        value: wall / withLearning,
        unit: 'x',
        note: `login → read sender and servers → create → send → read = ${withLearning} ms`,
      },
      { name: 'test e-mail: Mailjet polls', value: value.polls, unit: 'reads', note: `${reads} message API requests` },
    ];
  } finally {
    await odoo.close();
    await mailjet.stop();
  }
}

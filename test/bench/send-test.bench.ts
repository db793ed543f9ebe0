import { createCore, dispatch, type Core } from '@main/core/dispatch';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn, type CallRecord, type OdooStandIn } from '@main/sandbox/odoo/server';
import { startMailjetStandIn, type MailjetStandIn } from '@main/sandbox/mailjet/server';
import { relayDirectory } from '@main/sandbox/mailjet/smtp-relay';
import { testCore } from '../support/core';
import type { Measurement } from './run';

// The test e-mail from "Send" to Mailjet's final word on the stand-ins, with 100 ms per answer from
// Odoo and from Mailjet (the SMTP leg between them runs at loopback speed). Its critical path, as issue
// 10 puts it: Odoo creates and sends the message, then the first Mailjet read that can see it. The goal
// (≤ 1.3 × that path) is for the wizard: Send right after the outgoing-server step, in the same running
// assistant, which is already logged in to Odoo and knows the notifications address from the Senders
// and domain step. A second line measures a cold start (a new core, as each `mailjet-odoo` run is: no
// login in memory, the version known from the settings), honestly: it pays for the login.

const LATENCY_MS = 100;
const MAILJET = { apiKey: 'benchapikey0000000000000000000002', secret: 'bench-secret-0000000000000002' };

/**
 * Round trips one after the other: the longest chain of Odoo calls in which each starts only after the
 * one before it answered (calls that overlap run side by side and count once). Login, create, send,
 * read is 4; the same with the state read in the middle, 5.
 */
function chainedRounds(calls: readonly CallRecord[]): number {
  const sorted = [...calls].sort((a, b) => a.endedAt - b.endedAt);
  const depth = new Map<CallRecord, number>();
  for (const call of sorted) {
    const before = sorted.filter((other) => other.endedAt <= call.startedAt).map((other) => depth.get(other) ?? 0);
    depth.set(call, 1 + Math.max(0, ...before));
  }
  return Math.max(0, ...depth.values());
}

interface Run {
  wall: number;
  outcome: string;
  polls: number;
  odooCalls: number;
  rounds: number;
  reads: number;
}

async function timedSend(core: Core, odoo: OdooStandIn, mailjet: MailjetStandIn): Promise<Run> {
  mailjet.control.resetRequests();
  odoo.calls.length = 0;
  const started = performance.now();
  const result = await dispatch(core, 'odooSendTest', { to: 'someone@customer.test', waitSeconds: 30 });
  const wall = performance.now() - started;
  if (!result.ok) throw new Error(result.error.code);
  const value = result.value as { outcome: string; polls: number };
  if (value.outcome !== 'delivered') throw new Error(value.outcome);
  return {
    wall,
    outcome: value.outcome,
    polls: value.polls,
    odooCalls: odoo.calls.length,
    rounds: chainedRounds(odoo.calls),
    reads: mailjet.requests.filter((request) => request.path === '/v3/REST/message').length,
  };
}

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
    // The wizard's steps before Send, untimed: the keys (Mailjet's client loaded), the Senders and domain
    // step (the notifications address recorded), the outgoing server applied in Odoo.
    await dispatch(core, 'mailjetVerify', {});
    const senders = await dispatch(core, 'mailjetSetup', { domain: 'example.com' });
    if (!senders.ok) throw new Error(senders.error.code);
    const setup = await dispatch(core, 'odooSetup', { port: 587 });
    if (!setup.ok) throw new Error(setup.error.code);
    odoo.latencyMs = LATENCY_MS;
    mailjet.control.setLatency(LATENCY_MS);
    const wizard = await timedSend(core, odoo, mailjet);
    // A new core on the same settings and keychain: what a new `mailjet-odoo odoo send-test` process
    // starts with (its module loading, the same in every command, is not counted here).
    const cold = await timedSend(createCore({ ...deps }), odoo, mailjet);
    const critical = 3 * LATENCY_MS;
    const calls = (r: Run) => `${r.odooCalls} Odoo calls in ${r.rounds} rounds`;
    return [
      {
        name: 'test e-mail (wizard): Send to final state',
        value: wizard.wall,
        unit: 'ms',
        note: `${calls(wizard)}, ${wizard.reads} Mailjet message reads`,
      },
      {
        name: 'test e-mail (wizard): ratio to the critical path',
        value: wizard.wall / critical,
        unit: 'x',
        note: `goal ≤ 1.3; create → send → first Mailjet read = ${critical} ms at ${LATENCY_MS} ms a request`,
      },
      { name: 'test e-mail (wizard): Mailjet polls', value: wizard.polls, unit: 'reads' },
      {
        name: 'test e-mail (cold start, CLI): Send to final state',
        value: cold.wall,
        unit: 'ms',
        note: `${calls(cold)}, ${cold.reads} Mailjet message reads`,
      },
      {
        name: 'test e-mail (cold start, CLI): ratio to the critical path',
        value: cold.wall / critical,
        unit: 'x',
        note: 'no login in memory: the login is one more round (not part of the goal)',
      },
      { name: 'test e-mail (cold start, CLI): Mailjet polls', value: cold.polls, unit: 'reads' },
    ];
  } finally {
    await odoo.close();
    await mailjet.stop();
  }
}

import { dispatch } from '@main/core/dispatch';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn, type CallRecord } from '@main/sandbox/odoo/server';
import { testCore } from '../support/core';
import type { Measurement } from './run';

// A full Odoo setup against the stand-in with 100 ms per answer, like a server on another continent.
// Counts calls and the round trips that ran one after the other (calls overlapping in time count as
// one), and compares them with the critical path: the answers each step must wait for.

const LATENCY_MS = 100;
const MAILJET = { apiKey: 'benchapikey0000000000000000000001', secret: 'bench-secret-0000000000000001' };

/** Calls grouped into rounds: a call that starts before the current round's last answer joins it. */
function sequentialRounds(calls: CallRecord[]): number {
  let rounds = 0;
  let roundEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.startedAt - b.startedAt)) {
    if (call.startedAt >= roundEnd) rounds += 1;
    roundEnd = Math.max(roundEnd, call.endedAt);
  }
  return rounds;
}

/** Odoo 18 over XML-RPC with a password, or Odoo 19 over JSON-2 with an API key. */
type Protocol = 'xml-rpc' | 'json-2';

async function measure(
  label: string,
  criticalPath: string[],
  input: Record<string, unknown>,
  rerun: boolean,
  protocol: Protocol = 'xml-rpc',
): Promise<Measurement[]> {
  const version = protocol === 'json-2' ? 19 : 18;
  const standIn = await startOdooStandIn({
    version,
    latencyMs: LATENCY_MS,
    mailjetPair: { user: MAILJET.apiKey, password: MAILJET.secret },
  });
  try {
    const { core, deps } = testCore();
    await deps.keychain.set('odoo', protocol === 'json-2' ? SEED_ADMIN.apiKeys[0]! : SEED_ADMIN.password);
    await deps.keychain.set('mailjet', MAILJET.secret);
    deps.settings.patch({
      mailjet: { apiKey: MAILJET.apiKey },
      odoo: { url: standIn.url, db: 'demo', login: 'admin' },
    });
    if (rerun) await dispatch(core, 'odooSetup', input);
    standIn.calls.length = 0;
    const started = performance.now();
    const result = await dispatch(core, 'odooSetup', input);
    const wall = performance.now() - started;
    if (!result.ok) throw new Error(result.error.code);
    const spoke = (result.value as { transport?: string }).transport;
    if (spoke !== protocol) throw new Error(`spoke ${spoke}, not ${protocol}`);
    const rounds = sequentialRounds(standIn.calls);
    const critical = criticalPath.length * LATENCY_MS;
    return [
      {
        name: `${label}: calls to Odoo`,
        value: standIn.calls.length,
        unit: 'calls',
        note: `${standIn.writes().length} writes`,
      },
      {
        name: `${label}: sequential round trips`,
        value: rounds,
        unit: 'rounds',
        note: `critical path ${criticalPath.length}: ${criticalPath.join(' → ')}`,
      },
      {
        name: `${label}: wall time`,
        value: wall,
        unit: 'ms',
        note: `critical path ${critical} ms at ${LATENCY_MS} ms a round trip`,
      },
      {
        name: `${label}: ratio to the critical path`,
        value: wall / critical,
        unit: 'x',
        note: `one call at a time would take ${standIn.calls.length * LATENCY_MS} ms`,
      },
    ];
  } finally {
    await standIn.close();
  }
}

export async function run(): Promise<Measurement[]> {
  const massMailing = { purpose: 'mass-mailing', keepOdooForTransactional: true };
  // A first setup without an earlier connect learns the version before it logs in (the wizard's connect step
  // normally has done that, and then the login goes out together with the version). A second run in the same
  // running assistant reuses the first run's login (core/odoo/login-memory.ts): it only reads and tests.
  return [
    ...(await measure(
      'first setup, mass mailing',
      ['version', 'login', 'read', 'write server', 'test', 'activate + parameters'],
      massMailing,
      false,
    )),
    ...(await measure('second run, nothing to change', ['read', 'test'], massMailing, true)),
    ...(await measure(
      'Odoo 19 JSON-2: first setup',
      ['version', 'login', 'read', 'write server', 'test', 'activate + parameters'],
      massMailing,
      false,
      'json-2',
    )),
    ...(await measure('Odoo 19 JSON-2: second run', ['read', 'test'], massMailing, true, 'json-2')),
  ];
}

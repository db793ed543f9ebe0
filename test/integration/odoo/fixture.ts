import type { ChannelName } from '@shared/contract';
import type { ProgressEvent } from '@shared/contract/channel';
import { createCore, dispatch } from '@main/core/dispatch';
import { SEED_ADMIN } from '@main/sandbox/odoo/database';
import { startOdooStandIn, type StandInOptions } from '@main/sandbox/odoo/server';
import type { StandInVersion } from '@main/sandbox/odoo/profiles';
import { testCore } from '../../support/core';

// One stand-in Odoo and one core wired to it: keychain holding the Odoo password and the Mailjet secret
// key, settings holding the address, database, login and the Mailjet API key.

export const MAILJET = { apiKey: 'testapikey00000000000000000000a1', secret: 'mj-secret-7c1e5a90b3d24f68a1c0e2d4' };
export const ODOO_PASSWORD = SEED_ADMIN.password;
export const ODOO_API_KEY = SEED_ADMIN.apiKeys[0]!;

export type OdooSecretKind = 'password' | 'api-key';

/** `secret`: what the keychain holds for Odoo; on 19 an API key makes the assistant speak JSON-2. */
export async function odooFixture(version: StandInVersion, options: StandInOptions & { secret?: OdooSecretKind } = {}) {
  const { secret = 'password', ...standInOptions } = options;
  const standIn = await startOdooStandIn({
    version,
    mailjetPair: { user: MAILJET.apiKey, password: MAILJET.secret },
    ...standInOptions,
  });
  const { core: firstCore, deps, log, dataDir } = testCore();
  let core = firstCore;
  await deps.keychain.set('odoo', secret === 'api-key' ? ODOO_API_KEY : ODOO_PASSWORD);
  await deps.keychain.set('mailjet', MAILJET.secret);
  deps.settings.patch({ mailjet: { apiKey: MAILJET.apiKey }, odoo: { url: standIn.url, db: 'demo', login: 'admin' } });
  const progress: ProgressEvent[] = [];
  const results: unknown[] = [];
  const call = async (name: ChannelName, input: unknown = {}) => {
    const result = await dispatch(core, name, input, {
      operationId: 'test-op-0001',
      onProgress: (event) => progress.push(event),
    });
    results.push(result);
    return result as
      { ok: true; value: any } | { ok: false; error: { code: string; params?: Record<string, unknown> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  /** The calls each protocol carried, by target. */
  const callsOver = (transport: 'xml-rpc' | 'json-2' | 'web') =>
    standIn.calls.filter((call) => call.transport === transport).map((call) => call.target);
  const mailjetServers = () =>
    [...standIn.db.servers.values()].filter((server) => server.smtp_host === 'in-v3.mailjet.com');
  /** As a new process would start: the same settings and keychain, nothing in the core's memory. */
  const restart = () => {
    core = createCore({ ...deps });
  };
  return {
    standIn,
    get core() {
      return core;
    },
    restart,
    deps,
    log,
    dataDir,
    call,
    progress,
    results,
    mailjetServers,
    callsOver,
    close: () => standIn.close(),
  };
}

export type OdooFixture = Awaited<ReturnType<typeof odooFixture>>;
